/*
 * vg_utf8.c - UTF-8 validation and repair (see vg_utf8.h).
 *
 * Hand-written rather than taken from utf8proc because repair must count
 * replacements and follow the maximal-subpart rule, and because the ASCII
 * fast path (8 bytes at a time) is what makes cleaning a tweet cost well
 * under a microsecond.  The lead-byte ranges are those of RFC 3629, table 3-7
 * of the Unicode standard:
 *
 *   U+0000..U+007F      00..7F
 *   U+0080..U+07FF      C2..DF  80..BF
 *   U+0800..U+0FFF      E0      A0..BF  80..BF
 *   U+1000..U+CFFF      E1..EC  80..BF  80..BF
 *   U+D000..U+D7FF      ED      80..9F  80..BF
 *   U+E000..U+FFFF      EE..EF  80..BF  80..BF
 *   U+10000..U+3FFFF    F0      90..BF  80..BF  80..BF
 *   U+40000..U+FFFFF    F1..F3  80..BF  80..BF  80..BF
 *   U+100000..U+10FFFF  F4      80..8F  80..BF  80..BF
 */
#include "vg_utf8.h"

#include <string.h>

/*
 * Length of the valid sequence starting at p[0] (1..4), or 0 when invalid;
 * *sub receives the length of the maximal invalid subpart (>= 1) then.
 */
static size_t seq_len(const unsigned char *p, size_t n, size_t *sub)
{
    unsigned c = p[0];
    if (c < 0x80)
        return 1;
    unsigned lo = 0x80, hi = 0xBF;
    size_t need;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        *sub = 1;
        return 0;
    }
    size_t k = 1;
    if (k < n && p[k] >= lo && p[k] <= hi) {
        k++;
        while (k < need && k < n && p[k] >= 0x80 && p[k] <= 0xBF)
            k++;
    }
    if (k == need)
        return need;
    *sub = k;
    return 0;
}

size_t vg_utf8_valid_prefix(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, sub;
    while (i < n) {
        if (i + 8 <= n && vg_utf8_ascii8(p + i)) {
            i += 8;
            continue;
        }
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        if (p[i] >= 0xC2 && p[i] <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
            i += 2; /* Latin, Greek, Cyrillic, Hebrew, Arabic */
            continue;
        }
        size_t k = seq_len(p + i, n - i, &sub);
        if (!k)
            return i;
        i += k;
    }
    return n;
}

vg_err vg_utf8_repair(const char *s, size_t n, vg_buf *out, size_t *nbad)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t bad = 0, i = 0;
    vg_err e = vg_buf_reserve(out, n);
    while (!e && i < n) {
        size_t ok = vg_utf8_valid_prefix(s + i, n - i);
        e = vg_buf_append(out, s + i, ok);
        i += ok;
        if (e || i >= n)
            break;
        size_t sub = 1;
        (void)seq_len(p + i, n - i, &sub);
        e = vg_buf_append(out, "\xEF\xBF\xBD", 3);
        i += sub;
        bad++;
    }
    if (nbad)
        *nbad = bad;
    return e;
}

uint32_t vg_utf8_next(const char *s, size_t n, size_t *i)
{
    const unsigned char *p = (const unsigned char *)s + *i;
    size_t sub;
    size_t k = seq_len(p, n - *i, &sub);
    uint32_t cp;
    switch (k) {
    case 1:
        cp = p[0];
        break;
    case 2:
        cp = ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
        break;
    case 3:
        cp = ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        break;
    case 4:
        cp = ((uint32_t)(p[0] & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12)
             | ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
        break;
    default:
        *i += 1;
        return 0xFFFD;
    }
    *i += k;
    return cp;
}

uint32_t vg_utf8_prev(const char *s, size_t *i)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t j = *i;
    if (j == 0)
        return 0;
    size_t stop = j >= 4 ? j - 4 : 0;
    j--;
    while (j > stop && (p[j] & 0xC0) == 0x80)
        j--;
    size_t k = j;
    uint32_t cp = vg_utf8_next(s, *i, &k);
    if (k != *i) { /* not a whole sequence: step back one byte only */
        *i -= 1;
        return 0xFFFD;
    }
    *i = j;
    return cp;
}

size_t vg_utf8_encode(uint32_t cp, char out[4])
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

vg_err vg_utf8_put(vg_buf *b, uint32_t cp)
{
    char tmp[4];
    return vg_buf_append(b, tmp, vg_utf8_encode(cp, tmp));
}
