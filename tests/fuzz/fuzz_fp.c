/*
 * fuzz_fp.c - copy-detection fingerprints (src/copy/vg_fp.c) on arbitrary
 * bytes: normalisation, shingles, MinHash, LSH parameters and sentences.
 * The first byte picks the sizes (character n-gram 1..8, word n-gram 1..4,
 * words per hashed sentence 0..7); the rest is the text.
 *
 * Invariants checked (abort on violation, so libFuzzer reports it):
 *   normalised text: valid UTF-8, no NUL, single spaces between tokens,
 *     as many tokens as hashes, ncp its code points, normalising it again
 *     changes nothing (same text, same exact hash);
 *   shingles: max(1, units - n + 1) of them when there are units, else 0;
 *   MinHash: independent of order and repeats; a subset's values are never
 *     below the whole set's;
 *   LSH: bands * rows <= kmax, and the recall is reached or rows == 1;
 *   sentences: spans in bounds, non-empty, in order, not overlapping,
 *     trimmed, covering every non-space byte; a hash iff enough words; a
 *     span split again on its own is the same single sentence.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "vg_fp.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(c)                                                                  \
    do {                                                                          \
        if (!(c)) {                                                               \
            fprintf(stderr, "fuzz_fp: %s:%d: invariant failed: %s\n", __FILE__,   \
                    __LINE__, #c);                                                \
            abort();                                                              \
        }                                                                         \
    } while (0)

#define K 64

static int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static void check_norm(const vg_fp_norm *nt)
{
    const char *t = nt->text.p;
    size_t n = nt->text.n;
    CHECK(t != NULL);
    CHECK(t[n] == '\0');
    CHECK(strlen(t) == n);
    CHECK(n == 0 || (t[0] != ' ' && t[n - 1] != ' '));
    size_t spaces = 0, cps = 0;
    for (size_t i = 0; i < n; i++) {
        if (t[i] == ' ') {
            CHECK(t[i + 1] != ' ');
            spaces++;
        }
        cps += ((unsigned char)t[i] & 0xC0) != 0x80;
    }
    CHECK(cps == nt->ncp);
    CHECK(nt->toks.n == (n ? spaces + 1 : 0));
    /* Valid UTF-8 throughout. */
    size_t i = 0;
    while (i < n) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)t + i,
                                              (utf8proc_ssize_t)(n - i), &cp);
        CHECK(k > 0);
        i += (size_t)k;
    }
}

static void check_count(size_t got, size_t units, unsigned n)
{
    if (units == 0)
        CHECK(got == 0);
    else if (units <= n)
        CHECK(got == 1);
    else
        CHECK(got == units - n + 1);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t b = size ? data[0] : 0;
    const char *p = size ? (const char *)data + 1 : "";
    size_t n = size ? size - 1 : 0;
    unsigned char_n = 1 + (b & 7), word_n = 1 + ((b >> 3) & 3), min_words = b >> 5;

    vg_fp_norm nt = {0}, again = {0}, work = {0};
    vg_u64s sh = {0}, rev = {0};
    vg_fp_sents ss = {0}, one = {0};

    CHECK(vg_fp_norm_text(p, n, &nt) == VG_OK);
    check_norm(&nt);
    CHECK(vg_fp_norm_text(nt.text.p, nt.text.n, &again) == VG_OK);
    CHECK(again.text.n == nt.text.n && memcmp(again.text.p, nt.text.p, nt.text.n) == 0);
    CHECK(vg_fp_exact(&again) == vg_fp_exact(&nt));

    /* Shingles of both kinds. */
    CHECK(vg_fp_shingles(&nt, VG_SH_CHAR, char_n, &sh) == VG_OK);
    check_count(sh.n, nt.ncp, char_n);
    CHECK(vg_fp_shingles(&nt, VG_SH_WORD, word_n, &sh) == VG_OK);
    check_count(sh.n, nt.toks.n, word_n);

    /* MinHash over the word shingles, against the same list reversed and
     * doubled, and against its first half. */
    if (sh.n) {
        for (size_t i = sh.n; i-- > 0;) {
            CHECK(vg_u64s_push(&rev, sh.v[i]) == VG_OK);
            CHECK(vg_u64s_push(&rev, sh.v[i]) == VG_OK);
        }
        uint32_t s1[K], s2[K], s3[K];
        vg_fp_minhash(sh.v, sh.n, K, s1);
        vg_fp_minhash(rev.v, rev.n, K, s2);
        CHECK(memcmp(s1, s2, sizeof s1) == 0);
        vg_fp_minhash(sh.v, (sh.n + 1) / 2, K, s3);
        for (unsigned i = 0; i < K; i++)
            CHECK(s3[i] >= s1[i]);
        uint64_t k1[K], k2[K];
        vg_fp_bands(s1, 16, 4, VG_SH_WORD, k1);
        vg_fp_bands(s2, 16, 4, VG_SH_WORD, k2);
        CHECK(memcmp(k1, k2, 16 * sizeof k1[0]) == 0);
    }

    /* LSH parameters from the bytes: threshold 0.05..1, recall 0.5..0.9999. */
    {
        double t = 0.05 + 0.95 * (double)(n ? (uint8_t)p[0] : 0) / 255.0;
        double recall = 0.5 + 0.4999 * (double)(n > 1 ? (uint8_t)p[1] : 0) / 255.0;
        unsigned kmax = 1 + (n > 2 ? (uint8_t)p[2] : 63);
        unsigned bands, rows;
        vg_fp_lsh_params(t, recall, kmax, &bands, &rows);
        CHECK(bands >= 1 && rows >= 1 && bands * rows <= kmax);
        CHECK(vg_fp_lsh_prob(t, bands, rows) >= recall || (rows == 1 && bands == kmax));
    }

    /* Sentences. */
    CHECK(vg_fp_sentences(p, n, min_words, &work, &ss) == VG_OK);
    size_t prev_end = 0;
    for (size_t i = 0; i < ss.n; i++) {
        const vg_fp_sent *s = &ss.v[i];
        CHECK(s->start < s->end && s->end <= n);
        CHECK(s->start >= prev_end);
        CHECK(!is_space((unsigned char)p[s->start]) && !is_space((unsigned char)p[s->end - 1]));
        for (size_t j = prev_end; j < s->start; j++)
            CHECK(is_space((unsigned char)p[j]));
        if (s->words < min_words || s->words == 0)
            CHECK(s->hash == 0);
        else
            CHECK(s->hash != 0); /* a zero hash by chance: 2^-64 */
        prev_end = s->end;
        /* On its own, a sentence is itself (but for a repost marker
         * "RT @x:" or "RT:", dropped only at the start of a text). */
        CHECK(vg_fp_sentences(p + s->start, s->end - s->start, min_words, &again, &one) == VG_OK);
        CHECK(one.n == 1);
        CHECK(one.v[0].start == 0 && one.v[0].end == s->end - s->start);
        size_t m = s->end - s->start;
        int rt = s->start > 0 && m >= 3 && (p[s->start] | 0x20) == 'r' &&
                 (p[s->start + 1] | 0x20) == 't' &&
                 (p[s->start + 2] == ':' || (m >= 4 && p[s->start + 2] == ' ' &&
                                             p[s->start + 3] == '@'));
        CHECK(rt || (one.v[0].hash == s->hash && one.v[0].words == s->words));
    }
    for (size_t j = prev_end; j < n; j++)
        CHECK(is_space((unsigned char)p[j]));

    vg_fp_norm_free(&nt);
    vg_fp_norm_free(&again);
    vg_fp_norm_free(&work);
    vg_u64s_free(&sh);
    vg_u64s_free(&rev);
    vg_fp_sents_free(&ss);
    vg_fp_sents_free(&one);
    return 0;
}
