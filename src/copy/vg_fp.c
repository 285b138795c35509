/*
 * vg_fp.c - fingerprints of one text (see vg_fp.h).
 *
 * The normaliser is one pass over the bytes with an ASCII fast path; other
 * code points are classified with utf8proc.  Token hashes are computed as
 * tokens end, so word shingles never re-read the text.
 */
#include "vg_fp.h"

#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "vg_hash.h"
#include "vg_sort.h"

/* Seeds keep the hash families of different purposes apart. */
#define SEED_TOKEN 0x746f6b656e5f7631ull  /* "token_v1" */
#define SEED_EXACT 0x65786163745f7631ull
#define SEED_CHAR 0x636861725f5f7631ull
#define SEED_WORD 0x776f72645f5f7631ull
#define SEED_BAND 0x62616e645f5f7631ull
#define SEED_SENT 0x73656e745f5f7631ull

vg_err vg_u64s_push(vg_u64s *a, uint64_t x)
{
    if (a->n == a->cap) {
        size_t cap = a->cap ? a->cap * 2 : 256;
        uint64_t *v = realloc(a->v, cap * sizeof *v);
        if (!v)
            return VG_ENOMEM;
        a->v = v;
        a->cap = cap;
    }
    a->v[a->n++] = x;
    return VG_OK;
}

void vg_u64s_free(vg_u64s *a)
{
    free(a->v);
    a->v = NULL;
    a->n = a->cap = 0;
}

void vg_u64s_sort_unique(vg_u64s *a)
{
    if (a->n < 2)
        return;
    vg_sort_u64(a->v, a->n);
    size_t w = 1;
    for (size_t i = 1; i < a->n; i++)
        if (a->v[i] != a->v[w - 1])
            a->v[w++] = a->v[i];
    a->n = w;
}

int vg_u64s_has(const vg_u64s *a, uint64_t x)
{
    size_t lo = 0, hi = a->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a->v[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < a->n && a->v[lo] == x;
}

size_t vg_u64s_overlap(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
    size_t i = 0, j = 0, k = 0;
    while (i < na && j < nb) {
        if (a[i] < b[j])
            i++;
        else if (a[i] > b[j])
            j++;
        else
            k++, i++, j++;
    }
    return k;
}

void vg_fp_norm_free(vg_fp_norm *nt)
{
    vg_buf_free(&nt->text);
    vg_u64s_free(&nt->toks);
    vg_u64s_free(&nt->spans);
}

/* Characters of scripts written without spaces: each is a token. */
static int is_unspaced(int32_t c)
{
    return (c >= 0x0E00 && c <= 0x0EFF) ||   /* Thai, Lao */
           (c >= 0x1000 && c <= 0x109F) ||   /* Myanmar */
           (c >= 0x1780 && c <= 0x17FF) ||   /* Khmer */
           (c >= 0x3040 && c <= 0x30FF) ||   /* Hiragana, Katakana */
           (c >= 0x3400 && c <= 0x4DBF) ||   /* CJK extension A */
           (c >= 0x4E00 && c <= 0x9FFF) ||   /* CJK unified ideographs */
           (c >= 0xF900 && c <= 0xFAFF) ||   /* CJK compatibility */
           (c >= 0x20000 && c <= 0x3FFFF);   /* CJK extensions B.. */
}

enum { CL_SEP, CL_WORD, CL_MARK, CL_SOLO };

static int classify(int32_t c)
{
    if (is_unspaced(c))
        return CL_SOLO;
    switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return CL_WORD;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
        return CL_MARK;
    case UTF8PROC_CATEGORY_SO:
        return CL_SOLO;
    default:
        return CL_SEP;
    }
}

static int ascii_word(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static int starts_ci(const char *p, size_t n, const char *lit)
{
    size_t k = strlen(lit);
    if (n < k)
        return 0;
    for (size_t i = 0; i < k; i++) {
        char c = p[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != lit[i])
            return 0;
    }
    return 1;
}

static int is_space_byte(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Bytes to skip at p: a URL or an @mention, or 0. */
/* Bytes of an ideographic full stop, exclamation or question mark ('。',
 * '！', '？') at p, which end a sentence without a space; else 0. */
static size_t cjk_stop(const char *p, size_t n)
{
    if (n < 3)
        return 0;
    const unsigned char *u = (const unsigned char *)p;
    if ((u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x82) ||
        (u[0] == 0xEF && u[1] == 0xBC && (u[2] == 0x81 || u[2] == 0x9F)))
        return 3;
    return 0;
}

static size_t skip_len(const char *p, size_t n)
{
    if (starts_ci(p, n, "http://") || starts_ci(p, n, "https://") || starts_ci(p, n, "www.")) {
        /* A URL ends at a space, or where a sentence ends without one. */
        size_t i = 0;
        while (i < n && !is_space_byte((unsigned char)p[i]) && !cjk_stop(p + i, n - i))
            i++;
        return i;
    }
    if (p[0] == '@' && n > 1 && (ascii_word((unsigned char)p[1]) || p[1] == '_')) {
        size_t i = 1;
        while (i < n && (ascii_word((unsigned char)p[i]) || p[i] == '_'))
            i++;
        return i;
    }
    return 0;
}

/* Close the token that started at byte tok0 of the output. */
/* src0, src1: the token's bytes in the input. */
static vg_err end_token(vg_fp_norm *out, size_t tok0, size_t src0, size_t src1)
{
    if (out->text.n == tok0)
        return VG_OK;
    if (out->want_spans &&
        vg_u64s_push(&out->spans, (uint64_t)src0 << 32 | (uint64_t)src1) != VG_OK)
        return VG_ENOMEM;
    return vg_u64s_push(&out->toks,
                        vg_hash64(out->text.p + tok0, out->text.n - tok0, SEED_TOKEN));
}

vg_err vg_fp_norm_text(const char *p, size_t n, vg_fp_norm *out)
{
    vg_buf_reset(&out->text);
    out->toks.n = 0;
    out->spans.n = 0;
    out->ncp = 0;
    if (vg_buf_reserve(&out->text, n + 1) != VG_OK)
        return VG_ENOMEM;
    size_t i = 0;
    /* A leading repost marker "RT @x:" goes with its mention. */
    while (i < n && is_space_byte((unsigned char)p[i]))
        i++;
    if (starts_ci(p + i, n - i, "rt @") || starts_ci(p + i, n - i, "rt:"))
        i += 2;
    int in_tok = 0;   /* inside a word token */
    size_t tok0 = 0;  /* its first byte in out->text */
    size_t src0 = 0, src1 = 0; /* its bytes in p */
    vg_buf *t = &out->text;
    vg_err e = VG_OK;
#define OPEN_TOKEN()                                          \
    do {                                                      \
        if (!in_tok) {                                        \
            if (t->n) {                                       \
                t->p[t->n++] = ' ';                           \
                out->ncp++;                                   \
            }                                                 \
            tok0 = t->n;                                      \
            src0 = cp0;                                       \
            in_tok = 1;                                       \
        }                                                     \
    } while (0)
    while (i < n) {
        unsigned char c = (unsigned char)p[i];
        size_t cp0 = i; /* the character's first byte */
        if (!in_tok || c == '@') {
            size_t k = skip_len(p + i, n - i);
            if (k) {
                if (in_tok) {
                    if ((e = end_token(out, tok0, src0, src1)) != VG_OK)
                        goto out;
                    in_tok = 0;
                }
                i += k;
                continue;
            }
        }
        if (c < 0x80) {
            if (ascii_word(c)) {
                /* A space and the byte: the output outgrows the input when
                 * a token follows a CJK character or an emoji directly. */
                if (t->n + 3 > t->cap && vg_buf_reserve(t, 2) != VG_OK) {
                    e = VG_ENOMEM;
                    goto out;
                }
                OPEN_TOKEN();
                t->p[t->n++] = (char)((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
                out->ncp++;
                src1 = i + 1;
            } else if (in_tok) {
                if ((e = end_token(out, tok0, src0, src1)) != VG_OK)
                    goto out;
                in_tok = 0;
            }
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)p + i,
                                              (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0) { /* invalid byte: a separator */
            if (in_tok) {
                if ((e = end_token(out, tok0, src0, src1)) != VG_OK)
                    goto out;
                in_tok = 0;
            }
            i++;
            continue;
        }
        i += (size_t)k;
        int cl = classify(cp);
        if (cl == CL_MARK && !in_tok)
            continue;           /* a mark after a separator or emoji */
        if (cl == CL_SEP || cl == CL_SOLO) {
            if (in_tok) {
                if ((e = end_token(out, tok0, src0, src1)) != VG_OK)
                    goto out;
                in_tok = 0;
            }
            if (cl == CL_SEP)
                continue;
        }
        /* CL_WORD and CL_MARK extend a token; CL_SOLO is one by itself. */
        utf8proc_int32_t lc = cl == CL_WORD ? utf8proc_tolower(cp) : cp;
        utf8proc_uint8_t enc[4];
        utf8proc_ssize_t m = utf8proc_encode_char(lc, enc);
        /* The lower-case form may be longer than the original. */
        if (t->n + (size_t)m + 2 > t->cap && vg_buf_reserve(t, (size_t)m + 2) != VG_OK) {
            e = VG_ENOMEM;
            goto out;
        }
        OPEN_TOKEN();
        memcpy(t->p + t->n, enc, (size_t)m);
        t->n += (size_t)m;
        out->ncp++;
        src1 = i;
        if (cl == CL_SOLO) {
            if ((e = end_token(out, tok0, src0, src1)) != VG_OK)
                goto out;
            in_tok = 0;
        }
    }
    if (in_tok)
        e = end_token(out, tok0, src0, src1);
#undef OPEN_TOKEN
out:
    t->p[t->n] = '\0';
    return e;
}

uint64_t vg_fp_exact(const vg_fp_norm *nt)
{
    return vg_hash64(nt->text.p ? nt->text.p : "", nt->text.n, SEED_EXACT);
}

vg_err vg_fp_shingles(const vg_fp_norm *nt, int kind, unsigned n, vg_u64s *out)
{
    out->n = 0;
    if (n == 0)
        n = 1;
    if (kind == VG_SH_WORD) {
        size_t m = nt->toks.n;
        if (m == 0)
            return VG_OK;
        if (m <= n)
            return vg_u64s_push(out, vg_hash64(nt->toks.v, m * sizeof(uint64_t), SEED_WORD));
        for (size_t i = 0; i + n <= m; i++)
            if (vg_u64s_push(out, vg_hash64(nt->toks.v + i, n * sizeof(uint64_t), SEED_WORD)))
                return VG_ENOMEM;
        return VG_OK;
    }
    const char *s = nt->text.p;
    size_t len = nt->text.n;
    if (len == 0)
        return VG_OK;
    if (nt->ncp <= n)
        return vg_u64s_push(out, vg_hash64(s, len, SEED_CHAR));
    /* A ring of the byte offsets of the last n+1 code point starts. */
    size_t ring[64];
    if (n > 63)
        n = 63;
    size_t cps = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
            continue;               /* continuation byte */
        ring[cps % (n + 1)] = i;
        if (cps >= n) {
            size_t from = ring[(cps - n) % (n + 1)];
            if (vg_u64s_push(out, vg_hash64(s + from, i - from, SEED_CHAR)))
                return VG_ENOMEM;
        }
        cps++;
    }
    return VG_OK;
}

/* The MinHash family: a_i odd, both from splitmix64 of i (vg_mix64). */

/* An AVX2 clone of the MinHash loop, chosen at load time where the CPU
 * has it (GCC's function multiversioning; clang's does not link in every
 * configuration here, so it gets the portable loop). */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define VG_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define VG_CLONES
#endif

#define MH_MAX 512
/* The constants a_i, b_i split in 32-bit halves (see vg_fp_minhash). */
static uint32_t mh_al[MH_MAX], mh_ah[MH_MAX], mh_bl[MH_MAX], mh_bh[MH_MAX];
static pthread_once_t mh_once = PTHREAD_ONCE_INIT;

static void mh_init(void)
{
    for (unsigned i = 0; i < MH_MAX; i++) {
        uint64_t a = vg_mix64(2 * (uint64_t)i + 0x6d696e68) | 1;
        uint64_t b = vg_mix64(2 * (uint64_t)i + 1 + 0x6d696e68);
        mh_al[i] = (uint32_t)a, mh_ah[i] = (uint32_t)(a >> 32);
        mh_bl[i] = (uint32_t)b, mh_bh[i] = (uint32_t)(b >> 32);
    }
}

/*
 * (a x + b) >> 32 mod 2^32 for a 32-bit x, in 32-bit lanes so that the
 * compiler vectorises it without a 64-bit vector multiply:
 * with a = ah 2^32 + al and b = bh 2^32 + bl,
 * (a x + b) >> 32 = ah x + bh + ((al x + bl) >> 32)   (mod 2^32).
 */
VG_CLONES void vg_fp_minhash(const uint64_t *sh, size_t n, unsigned k, uint32_t *sig)
{
    pthread_once(&mh_once, mh_init);
    if (k > MH_MAX)
        k = MH_MAX;
    for (unsigned i = 0; i < k; i++)
        sig[i] = UINT32_MAX;
    for (size_t j = 0; j < n; j++) {
        uint32_t x = (uint32_t)(sh[j] ^ (sh[j] >> 32));
        for (unsigned i = 0; i < k; i++) {
            uint32_t v = mh_ah[i] * x + mh_bh[i] +
                         (uint32_t)(((uint64_t)mh_al[i] * x + mh_bl[i]) >> 32);
            sig[i] = v < sig[i] ? v : sig[i];
        }
    }
}

void vg_fp_bands(const uint32_t *sig, unsigned bands, unsigned rows, int kind,
                 uint64_t *keys)
{
    for (unsigned j = 0; j < bands; j++)
        keys[j] = vg_hash64(sig + (size_t)j * rows, rows * sizeof(uint32_t),
                            SEED_BAND + ((uint64_t)kind << 32) + j);
}

void vg_fp_sents_free(vg_fp_sents *s)
{
    free(s->v);
    s->v = NULL;
    s->n = s->cap = 0;
}

/* Append the sentence p[a..b) (trimmed) with the tokens of nt whose
 * first byte lies in it, from *tok on. */
static vg_err push_sent(vg_fp_sents *out, const char *p, size_t a, size_t b,
                        unsigned min_words, const vg_fp_norm *nt, size_t *tok)
{
    size_t t0 = *tok, t1 = t0;
    while (t1 < nt->spans.n && (size_t)(nt->spans.v[t1] >> 32) < b)
        t1++;
    *tok = t1;
    while (a < b && is_space_byte((unsigned char)p[a]))
        a++;
    while (b > a && is_space_byte((unsigned char)p[b - 1]))
        b--;
    if (a == b)
        return VG_OK;
    if (out->n == out->cap) {
        size_t cap = out->cap ? out->cap * 2 : 64;
        vg_fp_sent *v = realloc(out->v, cap * sizeof *v);
        if (!v)
            return VG_ENOMEM;
        out->v = v;
        out->cap = cap;
    }
    size_t nw = t1 - t0;
    vg_fp_sent *s = &out->v[out->n++];
    s->start = a;
    s->end = b;
    s->words = (unsigned)nw;
    s->hash = (nw >= min_words && nw > 0)
                  ? vg_hash64(nt->toks.v + t0, nw * sizeof(uint64_t), SEED_SENT)
                  : 0;
    return VG_OK;
}

vg_err vg_fp_sentences_of(const char *p, size_t n, const vg_fp_norm *nt, unsigned min_words,
                          vg_fp_sents *out)
{
    out->n = 0;
    size_t a = 0, tok = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        size_t end = 0; /* one past the terminator, when a sentence ends here */
        if (c == '\n') {
            end = i + 1;
        } else if (c == '.' || c == '!' || c == '?') {
            size_t j = i + 1;
            while (j < n && (p[j] == '.' || p[j] == '!' || p[j] == '?' || p[j] == '"' ||
                             p[j] == '\'' || p[j] == ')'))
                j++;
            if (j == n || is_space_byte((unsigned char)p[j]))
                end = j;
        } else if (c == 0xE2 && i + 2 < n && (unsigned char)p[i + 1] == 0x80 &&
                   (unsigned char)p[i + 2] == 0xA6) { /* … */
            if (i + 3 == n || is_space_byte((unsigned char)p[i + 3]))
                end = i + 3;
        } else if (cjk_stop(p + i, n - i)) { /* 。 ！ ？ */
            end = i + 3;
        }
        if (end) {
            vg_err e = push_sent(out, p, a, end, min_words, nt, &tok);
            if (e != VG_OK)
                return e;
            a = end;
            i = end - 1;
        }
    }
    return push_sent(out, p, a, n, min_words, nt, &tok);
}

vg_err vg_fp_sentences(const char *p, size_t n, unsigned min_words, vg_fp_norm *nt,
                       vg_fp_sents *out)
{
    nt->want_spans = 1;
    vg_err e = vg_fp_norm_text(p, n, nt);
    if (e != VG_OK)
        return e;
    return vg_fp_sentences_of(p, n, nt, min_words, out);
}

double vg_fp_lsh_prob(double s, unsigned bands, unsigned rows)
{
    return 1.0 - pow(1.0 - pow(s, rows), bands);
}

void vg_fp_lsh_params(double t, double recall, unsigned kmax, unsigned *bands,
                      unsigned *rows)
{
    *bands = kmax ? kmax : 1;
    *rows = 1;
    for (unsigned r = kmax; r >= 1; r--) {
        double q = 1.0 - pow(t, r);
        if (q <= 0.0) { /* t == 1 */
            *bands = 1, *rows = r;
            return;
        }
        double b = ceil(log(1.0 - recall) / log(q));
        if (b >= 1 && b * r <= kmax) {
            *bands = (unsigned)b;
            *rows = r;
            return;
        }
    }
}
