/*
 * vg_mojibake.c - mojibake repair (see vg_mojibake.h).
 *
 * A mojibake sequence is what one UTF-8 sequence of k bytes becomes after
 * a wrong Latin-1/CP1252 decoding: a "lead" character U+00C2..U+00F4 (the
 * lead byte read as Latin-1) followed by k-1 "continuation" characters, each
 * standing for one byte 80..BF:
 *
 *   byte 80..BF read as Latin-1      U+0080..U+00BF  (C1 controls, NBSP, ¡..¿)
 *   byte 80..9F read as CP1252       € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ
 *   byte BC..BE after NFKC           "1⁄4" "1⁄2" "3⁄4" (seen in the SemEval data)
 *
 * A candidate is replaced by the character its bytes encode only when the
 * result is valid UTF-8 and the swap makes the text less odd, which is the
 * badness idea of ftfy reduced to what can be judged locally:
 *
 *   - the original pair must be odd: a capital accented letter glued to a
 *     symbol, punctuation mark, C1 control or NBSP ("Ã©", "â€™") is odd;
 *     glued to one of the letters ƒ Š Œ Ž š œ ž Ÿ ª µ º it is odd only after
 *     the usual mojibake leads Ã Ä Å Î Ï Ð Ñ ("Ãº" for "ú", "ÄŸ" for "ğ");
 *   - the result must be plausible text: for two bytes a Latin letter or
 *     symbol of U+00A0..U+024F, a spacing modifier, Greek, Cyrillic, Hebrew or
 *     Arabic; IPA letters and combining marks are refused, so "É”" (capital
 *     E-acute before a closing quote) never becomes "ɔ"; for three and four
 *     bytes anything but private use, noncharacters and C1 controls.
 *
 * A legitimate "Ã" is never touched unless it is glued to a symbol: "SÃO
 * PAULO", "NÃO" and "irmÃ" stay as they are.  Lost bytes (CP1252 has no
 * character for 81 8D 8F 90 9D, so "Ãœ" sometimes arrives as a bare "Ã")
 * cannot be recovered and are left.
 */
#include "vg_mojibake.h"

#include <stdint.h>
#include <string.h>

#include "vg_utf8.h"

/* CP1252 characters for bytes 80..9F; 0 where CP1252 has none. */
static const uint16_t cp1252_hi[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

int vg_mojibake_suspect(const char *p, size_t n)
{
    const char *end = p + n;
    while (p < end) {
        const char *q = memchr(p, 0xC3, (size_t)(end - p));
        if (!q || q + 1 >= end)
            return 0;
        unsigned char c = (unsigned char)q[1];
        if (c >= 0x82 && c <= 0xB4)
            return 1;
        p = q + 1;
    }
    return 0;
}

/*
 * Byte that the character at s[*i] stands for as a continuation (80..BF),
 * advancing *i; -1 (and *i untouched) if it is none.  *letter is set when
 * the character is a letter in its own right.
 */
static int cont_byte(const char *s, size_t n, size_t *i, int *letter)
{
    size_t j = *i;
    if (j >= n)
        return -1;
    uint32_t cp = vg_utf8_next(s, n, &j);
    *letter = 0;
    int b = -1;
    if (cp >= 0x80 && cp <= 0xBF) {
        b = (int)cp;
        *letter = cp == 0xAA || cp == 0xB5 || cp == 0xBA;
    } else if (cp >= 0x100) {
        for (int k = 0; k < 32; k++)
            if (cp1252_hi[k] == cp) {
                b = 0x80 + k;
                *letter = cp == 0x0192 || cp == 0x0160 || cp == 0x0152 || cp == 0x017D
                          || cp == 0x0161 || cp == 0x0153 || cp == 0x017E || cp == 0x0178;
                break;
            }
    } else if ((cp == '1' || cp == '3') && j + 4 <= n && memcmp(s + j, "\xE2\x81\x84", 3) == 0) {
        /* "1⁄4" "1⁄2" "3⁄4": ¼ ½ ¾ after compatibility normalisation. */
        char d = s[j + 3];
        if (cp == '1' && d == '4')
            b = 0xBC;
        else if (cp == '1' && d == '2')
            b = 0xBD;
        else if (cp == '3' && d == '4')
            b = 0xBE;
        if (b > 0)
            j += 4;
    }
    if (b >= 0)
        *i = j;
    return b;
}

static int plausible2(uint32_t d)
{
    if (d >= 0xA0 && d <= 0x24F)
        return 1;
    if (d >= 0x2B0 && d <= 0x2FF)
        return 1;
    return (d >= 0x370 && d <= 0x52F) || (d >= 0x590 && d <= 0x6FF);
}

static int plausible34(uint32_t d)
{
    if (d >= 0xE000 && d <= 0xF8FF)
        return 0;
    if ((d >= 0xFDD0 && d <= 0xFDEF) || (d & 0xFFFE) == 0xFFFE)
        return 0;
    return d < 0xF0000;
}

/* One pass; returns repairs made or (size_t)-1 on ENOMEM. */
static size_t fix_pass(const char *s, size_t n, vg_buf *out)
{
    size_t fixed = 0, i = 0, copied = 0;
    vg_buf_reset(out);
    if (vg_buf_reserve(out, n))
        return (size_t)-1;
    while (i < n) {
        /* Leads are C3 82..C3 B4; skip quickly to the next C3. */
        const char *q = memchr(s + i, 0xC3, n - i);
        if (!q)
            break;
        i = (size_t)(q - s);
        size_t start = i;
        uint32_t lead = vg_utf8_next(s, n, &i);
        if (lead < 0xC2 || lead > 0xF4)
            continue;
        size_t need = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        unsigned char bytes[4] = {(unsigned char)lead};
        int letters = 0, ok = 1;
        size_t j = i;
        for (size_t k = 1; k < need; k++) {
            int letter;
            int b = cont_byte(s, n, &j, &letter);
            if (b < 0) {
                ok = 0;
                break;
            }
            bytes[k] = (unsigned char)b;
            letters += letter;
        }
        if (!ok || vg_utf8_valid_prefix((const char *)bytes, need) != need)
            continue;
        size_t z = 0;
        uint32_t d = vg_utf8_next((const char *)bytes, need, &z);
        if (need == 2) {
            if (!plausible2(d))
                continue;
            if (letters && !(lead == 0xC3 || lead == 0xC4 || lead == 0xC5 || lead == 0xCE
                             || lead == 0xCF || lead == 0xD0 || lead == 0xD1))
                continue;
        } else if (!plausible34(d)) {
            continue;
        }
        if (vg_buf_append(out, s + copied, start - copied) || vg_utf8_put(out, d))
            return (size_t)-1;
        copied = i = j;
        fixed++;
    }
    if (vg_buf_append(out, s + copied, n - copied))
        return (size_t)-1;
    return fixed;
}

size_t vg_mojibake_fix(const char *p, size_t n, vg_buf *out, vg_buf *scratch)
{
    size_t total = 0;
    size_t k = fix_pass(p, n, out);
    if (k == (size_t)-1)
        return k;
    total += k;
    for (int pass = 1; k && pass < VG_MOJIBAKE_PASSES && vg_mojibake_suspect(out->p, out->n); pass++) {
        vg_buf_reset(scratch);
        if (vg_buf_append(scratch, out->p, out->n))
            return (size_t)-1;
        k = fix_pass(scratch->p, scratch->n, out);
        if (k == (size_t)-1)
            return k;
        total += k;
    }
    return total;
}
