/*
 * vg_norm.c - whitespace normalisation and NFC (see vg_norm.h).
 *
 * The NFC quick-check table has one bit per BMP code point, built once per
 * handle from utf8proc's properties (8 KiB, about a millisecond): the bit is
 * set when the character has combining class 0, is not the second half of
 * any canonical composition (utf8proc marks those with bit 15 of
 * comb_index), is not a Hangul vowel or final jamo, and its canonical
 * canonical decomposition, if any, composes back to the character itself
 * (not a singleton, not excluded from composition).
 * A string of such characters is NFC.  Code points below U+0300 all qualify.
 * Other characters (outside the BMP, or combining marks) are tested on
 * utf8proc's properties directly; a combining mark passes when it composes
 * with nothing and the combining classes are in canonical order, which is
 * the NFC_Quick_Check algorithm of UAX #15.
 */
#include "vg_norm.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "vg_utf8.h"

struct vg_norm {
    uint8_t nfc_yes[0x10000 / 8]; /* bit set: stable under NFC in any context */
    vg_buf u32;                   /* utf8proc's code-point work area */
};

/*
 * NFC_Quick_Check=Yes for cp, ignoring canonical ordering: not the second
 * half of a composition, not a Hangul V/T jamo, no singleton or excluded
 * canonical decomposition.  *ccc receives the combining class.
 */
static int nfc_qc_yes(uint32_t cp, int *ccc)
{
    *ccc = 0;
    if (cp < 0x300)
        return 1;
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
        return 0;
    if (cp >= 0x1160 && cp <= 0x11FF) /* Hangul V and T jamo compose algorithmically */
        return 0;
    const utf8proc_property_t *pr = utf8proc_get_property((utf8proc_int32_t)cp);
    *ccc = pr->combining_class;
    if (pr->comb_index != UINT16_MAX && (pr->comb_index & 0x8000))
        return 0;
    if (pr->decomp_seqindex != UINT16_MAX && pr->decomp_type == 0) {
        if (pr->comp_exclusion)
            return 0;
        /* Precomposed characters are stable when composing their full
         * decomposition gives them back; singletons (U+212B ANGSTROM SIGN
         * -> U+00C5) and excluded ones do not. */
        utf8proc_int32_t d[8];
        int bc = 0;
        utf8proc_ssize_t k = utf8proc_decompose_char((utf8proc_int32_t)cp, d, 8,
                                                     UTF8PROC_DECOMPOSE, &bc);
        if (k < 1 || k > 8)
            return 0;
        k = utf8proc_normalize_utf32(d, k, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
        if (k != 1 || (uint32_t)d[0] != cp)
            return 0;
    }
    return 1;
}

/* Stable under NFC whatever surrounds it: quick-check yes and class 0. */
static int nfc_stable(uint32_t cp)
{
    int ccc;
    return nfc_qc_yes(cp, &ccc) && ccc == 0;
}

vg_norm *vg_norm_new(void)
{
    vg_norm *nm = calloc(1, sizeof *nm);
    if (!nm)
        return NULL;
    for (uint32_t cp = 0; cp < 0x10000; cp++)
        if (nfc_stable(cp))
            nm->nfc_yes[cp >> 3] |= (uint8_t)(1u << (cp & 7));
    return nm;
}

void vg_norm_free(vg_norm *nm)
{
    if (!nm)
        return;
    vg_buf_free(&nm->u32);
    free(nm);
}

int vg_norm_is_nfc(const vg_norm *nm, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    int last = 0; /* combining class of the previous character */
    while (i < n) {
        if (i + 8 <= n && vg_utf8_ascii8(p + i)) {
            i += 8;
            last = 0;
            continue;
        }
        if (p[i] < 0x80) {
            i++;
            last = 0;
            continue;
        }
        if (p[i] < 0xCC) { /* U+0080..U+02FF: always stable */
            i += 2;
            last = 0;
            continue;
        }
        size_t len;
        uint32_t cp = vg_utf8_decode_valid(p + i, &len);
        i += len;
        if (cp < 0x10000 && (nm->nfc_yes[cp >> 3] & (1u << (cp & 7)))) {
            last = 0;
            continue;
        }
        /* Combining marks (Thai tone marks, Arabic harakat, Hebrew points)
         * are fine in canonical order, unless they compose with what
         * precedes them (nfc_qc_yes refuses those). */
        int ccc;
        if (!nfc_qc_yes(cp, &ccc) || (ccc != 0 && ccc < last))
            return 0;
        last = ccc;
    }
    return 1;
}

vg_err vg_norm_nfc(vg_norm *nm, const char *p, size_t n, vg_buf *out, int *changed)
{
    *changed = 0;
    if (vg_norm_is_nfc(nm, p, n))
        return VG_OK;
    const utf8proc_option_t opt = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
    /* Decomposition can grow the text (at most 18 code points per character
     * for canonical decomposition, see UAX #15); ask utf8proc for the size. */
    utf8proc_ssize_t k = utf8proc_decompose_custom((const utf8proc_uint8_t *)p,
                                                   (utf8proc_ssize_t)n, NULL, 0, opt, NULL, NULL);
    if (k < 0)
        return VG_EINVAL;
    vg_buf_reset(&nm->u32);
    if ((size_t)k > (SIZE_MAX - 8) / 4 || vg_buf_reserve(&nm->u32, (size_t)k * 4 + 4))
        return VG_ENOMEM;
    utf8proc_int32_t *w = (utf8proc_int32_t *)(void *)nm->u32.p;
    utf8proc_ssize_t k2 = utf8proc_decompose_custom((const utf8proc_uint8_t *)p, (utf8proc_ssize_t)n,
                                                    w, k, opt, NULL, NULL);
    if (k2 != k)
        return VG_EINVAL;
    utf8proc_ssize_t m = utf8proc_reencode(w, k, opt);
    if (m < 0)
        return VG_EINVAL;
    vg_buf_reset(out);
    vg_err e = vg_buf_append(out, w, (size_t)m);
    if (!e)
        *changed = 1;
    return e;
}

/* What a character is to the whitespace normaliser. */
enum { CH_KEEP, CH_SPACE, CH_DROP, CH_EOL };

static int classify(uint32_t cp)
{
    if (cp < 0x80) {
        if (cp == '\n' || cp == '\r')
            return CH_EOL;
        if (cp == ' ' || cp == '\t' || cp == '\v' || cp == '\f')
            return CH_SPACE;
        return (cp < 0x20 || cp == 0x7F) ? CH_DROP : CH_KEEP;
    }
    if (cp == 0x85 || cp == 0x2028 || cp == 0x2029)
        return CH_EOL;
    if (cp < 0xA0)
        return CH_DROP;
    if (cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F
        || cp == 0x205F || cp == 0x3000)
        return CH_SPACE;
    if (cp == 0x200B || cp == 0x2060 || cp == 0xFEFF)
        return CH_DROP;
    return CH_KEEP;
}

/* Per-byte flags (bit 7 of each byte) of a word: bytes below c, bytes equal
 * to c.  A byte that matches is always flagged; a byte above the lowest
 * match may be flagged wrongly (the borrow), so only the lowest flag is
 * exact, which is the one a scan needs. */
#define ONES 0x0101010101010101ull
#define HIGHS 0x8080808080808080ull
static inline uint64_t bytes_below(uint64_t x, unsigned char c)
{
    return (x - ONES * c) & ~x & HIGHS;
}

static inline uint64_t bytes_equal(uint64_t x, unsigned char c)
{
    return bytes_below(x ^ (ONES * c), 1);
}

/*
 * The length of the prefix of the 8 bytes at p that the normaliser copies
 * as it is inside a line: printable ASCII, and single spaces followed by
 * printable ASCII; next is the byte after the 8.  At most 8; less may be
 * said than is true (never more), and the byte loop takes over.
 */
static inline size_t plain_run8(const unsigned char *p, unsigned char next)
{
#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
    (void)p, (void)next;
    return 0; /* the flags below read the word little-endian */
#endif
    uint64_t x = vg_load8(p);
    uint64_t odd = bytes_below(x, 0x20) | (x & HIGHS) | bytes_equal(x, 0x7F);
    uint64_t sp = bytes_equal(x, 0x20);
    /* Each byte's successor: a space before an odd byte or a space is not
     * plain. */
    uint64_t after = (odd | sp) >> 8;
    if (!(next > 0x20 && next < 0x7F))
        after |= 0x80ull << 56;
    uint64_t stop = odd | (sp & after);
    return stop ? (size_t)__builtin_ctzll(stop) >> 3 : 8;
}

/*
 * The output never grows: a kept character is copied as is, a run of space
 * characters (at least one byte) becomes at most one ' ', and an end of
 * line (at least one byte) at most one '\n'.  So one reservation of n bytes
 * (and 8 for the word-wide copy) up front lets the loop write without
 * checks, which is what keeps a tweet at a few nanoseconds per byte.
 */
vg_err vg_norm_space(const char *s, size_t n, vg_buf *out)
{
    const unsigned char *p = (const unsigned char *)s;
    vg_err e = vg_buf_reserve(out, n + 9);
    if (e)
        return e;
    char *w = out->p + out->n;  /* write position */
    char *line = w;             /* start of the current output line */
    int lines = out->n > 0;     /* a finished line precedes */
    int space = 0;              /* a space is pending inside the line */
    size_t i = 0;
    while (i < n) {
        unsigned char c = p[i];
        if (c > 0x20 && c < 0x7F) { /* printable ASCII: the common case */
            if (w == line) {
                if (lines)
                    *w++ = '\n', line = w;
            } else if (space) {
                *w++ = ' ';
            }
            space = 0;
            *w++ = (char)c;
            i++;
            /* On through printable ASCII, and single spaces between it:
             * inside a line those are copied as they are, a word at a time
             * while whole words are. */
            while (i + 9 <= n) {
                size_t k = plain_run8(p + i, p[i + 8]);
                memcpy(w, p + i, 8);
                w += k;
                i += k;
                if (k < 8)
                    break;
            }
            while (i < n) {
                unsigned char b = p[i];
                if (b > 0x20 && b < 0x7F) {
                    *w++ = (char)b;
                    i++;
                } else if (b == ' ' && i + 1 < n && p[i + 1] > 0x20 && p[i + 1] < 0x7F) {
                    *w++ = ' ';
                    *w++ = (char)p[i + 1];
                    i += 2;
                } else {
                    break;
                }
            }
            continue;
        }
        if (c >= 0xC3 && c <= 0xDF) { /* U+00C0..U+07FF: letters, always kept */
            if (w == line) {
                if (lines)
                    *w++ = '\n', line = w;
            } else if (space) {
                *w++ = ' ';
            }
            space = 0;
            *w++ = (char)c;
            *w++ = (char)p[i + 1];
            i += 2;
            continue;
        }
        size_t at = i, len = 1;
        uint32_t cp = c < 0x80 ? c : vg_utf8_decode_valid(p + i, &len);
        i += len;
        int k = classify(cp);
        if (k == CH_KEEP) {
            if (w == line) {
                if (lines)
                    *w++ = '\n', line = w;
            } else if (space) {
                *w++ = ' ';
            }
            space = 0;
            for (size_t j = at; j < i; j++)
                *w++ = (char)p[j];
        } else if (k == CH_SPACE) {
            space = 1;
        } else if (k == CH_EOL) {
            if (cp == '\r' && i < n && p[i] == '\n')
                i++;
            if (w != line)
                lines = 1;
            line = w;
            space = 0;
        }
    }
    out->n = (size_t)(w - out->p);
    out->p[out->n] = '\0';
    return VG_OK;
}
