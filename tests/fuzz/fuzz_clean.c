/*
 * fuzz_clean.c - the whole cleaner on arbitrary bytes.
 *
 * Input layout: the first byte chooses options and how the rest is split
 * into fields (title | text | lang | source, separated by 0x00 bytes when
 * present).  Checks: cleaning succeeds, the text and title are valid UTF-8,
 * NFC-stable (utf8proc NFC leaves them unchanged), hold no control
 * character but '\n', and the lists are '\n'-separated without empty items.
 * The document is observed before cleaning so the boilerplate path runs;
 * cleaners are cached per option set (never freed: the process ends).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "vg_utf8.h"
#include "vigie/clean.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_text(vg_slice s, int allow_nl)
{
    if (!s.p && s.n)
        abort();
    if (vg_utf8_valid_prefix(s.p ? s.p : "", s.n) != s.n)
        abort();
    for (size_t i = 0; i < s.n; i++) {
        unsigned char c = (unsigned char)s.p[i];
        if ((c < 0x20 && !(allow_nl && c == '\n')) || c == 0x7F)
            abort();
    }
    if (!s.n)
        return;
    utf8proc_uint8_t *nfc = NULL;
    utf8proc_ssize_t k = utf8proc_map((const utf8proc_uint8_t *)s.p, (utf8proc_ssize_t)s.n, &nfc,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (k < 0 || (size_t)k != s.n || memcmp(nfc, s.p, s.n) != 0)
        abort();
    free(nfc);
}

static void check_list(vg_slice s)
{
    check_text(s, 1);
    if (s.n && (s.p[0] == '\n' || s.p[s.n - 1] == '\n' || memmem(s.p, s.n, "\n\n", 2)))
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    unsigned mode = data[0];
    const char *p = (const char *)data + 1;
    size_t n = size - 1;
    vg_slice f[4] = {{p, 0}, {p, n}, {"", 0}, {"src", 3}};
    if (mode & 1) { /* split on NUL bytes into title, text, lang, source */
        size_t k = 0, start = 0;
        for (size_t i = 0; i <= n && k < 4; i++)
            if (i == n || p[i] == '\0') {
                f[k++] = (vg_slice){p + start, i - start};
                start = i + 1;
            }
        if (k < 2) {
            f[1] = f[0];
            f[0] = (vg_slice){p, 0};
        }
    }
    vg_clean_opts o = {
        .keep_furniture = (mode >> 1) & 1,
        .no_mojibake = (mode >> 2) & 1,
        .no_langid = 1, /* language identification has its own fuzz coverage */
        .no_learn = (mode >> 3) & 1,
        .boiler_min_docs = 1 + ((mode >> 4) & 3),
    };
    /* One cleaner per option set, kept across inputs: creating one costs
     * milliseconds (NFC table, 4 MiB boilerplate table), which would
     * dominate the run; state carried over is what real use looks like. */
    static vg_cleaner *cache[64];
    vg_cleaner **slot = &cache[(mode >> 1) & 63];
    if (!*slot && vg_cleaner_new(slot, &o) != VG_OK)
        return 0;
    vg_cleaner *c = *slot;
    vg_doc d;
    vg_doc_init(&d);
    d.title = f[0];
    d.text = f[1];
    d.lang = f[2];
    d.source = f[3];
    for (int r = 0; r < 2; r++)
        vg_cleaner_observe(c, &d);
    if (vg_cleaner_clean(c, &d) != VG_OK)
        abort();
    check_text(d.text, 1);
    check_text(d.title, 0);
    check_text(d.byline, 0);
    check_text(d.dateline_place, 0);
    check_text(d.dateline_agency, 0);
    check_list(d.links);
    check_list(d.hashtags);
    check_list(d.mentions);
    if (d.lang.n < 2 || d.lang.n > 7)
        abort();
    /* cleaning clean text again changes nothing in the text's validity */
    vg_doc again;
    vg_doc_init(&again);
    char *copy = malloc(d.text.n + 1);
    if (copy) {
        memcpy(copy, d.text.p, d.text.n);
        again.text = (vg_slice){copy, d.text.n};
        if (vg_cleaner_clean(c, &again) != VG_OK)
            abort();
        check_text(again.text, 1);
        free(copy);
    }
    return 0;
}
