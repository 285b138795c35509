/*
 * vg_utf8.h - UTF-8 validation, repair and code-point iteration.
 *
 * "Valid" means RFC 3629 UTF-8: no overlong forms, no surrogates
 * (U+D800..U+DFFF), nothing above U+10FFFF, no 5- or 6-byte forms.  Repair
 * replaces each maximal invalid subpart (the W3C/Unicode "substitution of
 * maximal subparts" practice) by U+FFFD, so a truncated 3-byte sequence costs
 * one replacement, a stray continuation byte one each.
 */
#ifndef VG_UTF8_H
#define VG_UTF8_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "vg_buf.h"

/* Length of the valid prefix of p[0..n).  == n when the whole is valid. */
size_t vg_utf8_valid_prefix(const char *p, size_t n);

/*
 * Append p[0..n) to out with invalid sequences replaced by U+FFFD.
 * *nbad (may be NULL) receives the number of replacements made.
 */
vg_err vg_utf8_repair(const char *p, size_t n, vg_buf *out, size_t *nbad);

/*
 * Decode the code point at p[*i] of VALID UTF-8 (n bounds the slice) and
 * advance *i past it.  On invalid input returns 0xFFFD and advances by one
 * byte, so it never loops, but callers should repair first.
 */
uint32_t vg_utf8_next(const char *p, size_t n, size_t *i);

/* The 8 bytes at p, little-endian, as one word (any alignment). */
static inline uint64_t vg_load8(const unsigned char *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
    return w;
}

/* 1 when the 8 bytes at p are all ASCII: runs of ASCII are skipped a word
 * at a time. */
static inline int vg_utf8_ascii8(const unsigned char *p)
{
    return (vg_load8(p) & 0x8080808080808080ull) == 0;
}

/*
 * Decode the code point at p of VALID UTF-8 whose lead byte is >= 0x80 and
 * set *len to its length.  No checks: only for text already validated.
 */
static inline uint32_t vg_utf8_decode_valid(const unsigned char *p, size_t *len)
{
    if (p[0] < 0xE0) {
        *len = 2;
        return ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (p[0] < 0xF0) {
        *len = 3;
        return ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *len = 4;
    return ((uint32_t)(p[0] & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12)
           | ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

/* Decode the code point ending just before p[*i] and move *i back to it. */
uint32_t vg_utf8_prev(const char *p, size_t *i);

/* Encode cp (<= 0x10FFFF, not a surrogate) into out; returns 1..4. */
size_t vg_utf8_encode(uint32_t cp, char out[4]);

/* Append the encoding of cp to b. */
vg_err vg_utf8_put(vg_buf *b, uint32_t cp);

#endif
