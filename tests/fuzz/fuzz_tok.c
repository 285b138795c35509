/*
 * fuzz_tok.c - the story tokeniser (src/story/vg_tok.c) on arbitrary bytes.
 * The first byte picks the language (a stemmer or none); the rest is the
 * text.  Invariants checked (abort on violation): every term is non-empty,
 * valid UTF-8 without NUL, and no longer than the stemmer can make of
 * VG_TOK_MAX bytes; names are never stemmed words of zero length; a run
 * stopped by the callback after k words reports exactly k.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "vg_tok.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(c)                                                                  \
    do {                                                                          \
        if (!(c)) {                                                               \
            fprintf(stderr, "fuzz_tok: %s:%d: %s\n", __FILE__, __LINE__, #c);    \
            abort();                                                              \
        }                                                                         \
    } while (0)

typedef struct seen {
    unsigned words, names, stop_at;
} seen;

static int term(void *ctx, vg_tok_kind kind, const char *p, size_t n)
{
    seen *s = ctx;
    CHECK(n > 0 && n <= 4 * VG_TOK_MAX);
    CHECK(memchr(p, '\0', n) == NULL);
    for (size_t i = 0; i < n;) {
        utf8proc_int32_t c;
        utf8proc_ssize_t l = utf8proc_iterate((const utf8proc_uint8_t *)p + i,
                                              (utf8proc_ssize_t)(n - i), &c);
        CHECK(l > 0);
        i += (size_t)l;
    }
    if (kind == VG_TOK_WORD)
        s->words++;
    else
        s->names++;
    return s->stop_at && s->words >= s->stop_at;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const langs[] = {"en", "fr", "de", "ru", "ar", "tr", "xx", NULL};
    if (size < 1)
        return 0;
    vg_tok *t = NULL;
    if (vg_tok_new(langs[data[0] % 8], &t) != VG_OK)
        return 0;
    seen all = {0, 0, 0};
    CHECK(vg_tok_run(t, (const char *)data + 1, size - 1, term, &all) == VG_OK);
    if (all.words > 1) {
        seen part = {0, 0, all.words / 2};
        CHECK(vg_tok_run(t, (const char *)data + 1, size - 1, term, &part) == VG_OK);
        CHECK(part.words == all.words / 2);
    }
    vg_tok_free(t);
    return 0;
}
