/*
 * vg_byline.c - byline and dateline recognition (see vg_byline.h).
 *
 * Byline:   [intro] NAME [, AGENCY]
 *   intro   "By", "Par", "Von", "Por", "Di", "Door", "Av", "Автор:" (any
 *           case, followed by a space), or at the end of a text only, a
 *           bullet or dash: "•", "·", "—", "–", "-"
 *   NAME    1 to 6 words, each capitalised or a name particle (de, van, von,
 *           da, di, du, del, der, le, la, bin, al, dos, das) or a joiner
 *           (and, und, et, y, e, и); no digits, at most 60 bytes, no
 *           sentence punctuation ("By the way, ..." is no byline)
 *   AGENCY  after a comma, 1 to 4 capitalised words ("Reuters"), not kept
 *
 * Dateline: PLACE [, DETAIL] (AGENCY) DASH TEXT
 *   PLACE   1 to 4 upper-case words (letters of any script, '.', '-', '\'')
 *   DETAIL  up to 40 bytes without parentheses ("Ukraine", "5. Mai")
 *   AGENCY  1 to 40 bytes without parentheses, starting with a letter ("dpa")
 *   DASH    "-", "–", "—" or ":", followed by a space
 */
#include "vg_byline.h"

#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

#include "vg_utf8.h"

static int cat_upper(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

static int cat_letter(uint32_t cp)
{
    if (cp < 0x80)
        return ((cp | 32) >= 'a' && (cp | 32) <= 'z');
    utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

static int word_is(const char *p, size_t n, const char *const *list, size_t k)
{
    for (size_t i = 0; i < k; i++)
        if (strlen(list[i]) == n && !memcmp(p, list[i], n))
            return 1;
    return 0;
}

static const char *const particles[] = {
    "de", "van", "von", "da", "di", "du", "del", "der", "den", "le", "la", "bin", "al", "dos",
    "das", "ter", "and", "und", "et", "y", "e", "\xD0\xB8"};

/* Is p[0..n) a plausible personal name? */
static int name_ok(const char *p, size_t n)
{
    if (n == 0 || n > 60 || !cat_upper((uint32_t)(unsigned char)p[0] < 0x80 ? (unsigned char)p[0] : 0x41)
        || (n && (p[n - 1] == '.' && n >= 2 && p[n - 2] != ' ' && !cat_upper((unsigned char)p[n - 2]))))
        return 0;
    size_t words = 0;
    for (size_t w = 0; w < n;) {
        const char *sp = memchr(p + w, ' ', n - w);
        size_t e = sp ? (size_t)(sp - p) : n;
        if (e == w)
            return 0;
        size_t i = w;
        uint32_t first = vg_utf8_next(p, e, &i);
        if (!cat_upper(first) && !word_is(p + w, e - w, particles, sizeof particles / sizeof *particles))
            return 0;
        for (size_t j = w; j < e;) {
            uint32_t cp = vg_utf8_next(p, e, &j);
            if (!cat_letter(cp) && cp != '.' && cp != '-' && cp != '\'' && cp != 0x2019)
                return 0;
        }
        words++;
        w = e + 1;
    }
    return words >= 1 && words <= 6;
}

static size_t intro_len(const char *p, size_t n, int at_end)
{
    static const char *const intros[] = {
        "By ", "BY ", "by ", "Par ", "PAR ", "par ", "Von ", "VON ", "von ", "Por ", "POR ",
        "por ", "Di ", "Door ", "Av ", "\xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80: ", /* Автор: */
    };
    static const char *const bullets[] = {
        "\xE2\x80\xA2 ", "\xC2\xB7 ", "\xE2\x80\x94 ", "\xE2\x80\x93 ", "- ",
    };
    for (size_t i = 0; i < sizeof intros / sizeof *intros; i++) {
        size_t k = strlen(intros[i]);
        if (n > k && !memcmp(p, intros[i], k))
            return k;
    }
    for (size_t i = 0; at_end && i < sizeof bullets / sizeof *bullets; i++) {
        size_t k = strlen(bullets[i]);
        if (n > k && !memcmp(p, bullets[i], k))
            return k;
    }
    return 0;
}

int vg_byline_match(const char *p, size_t n, int at_end, vg_slice *name)
{
    size_t k = intro_len(p, n, at_end);
    if (!k || n - k > 100)
        return 0;
    const char *s = p + k;
    size_t m = n - k;
    const char *comma = memchr(s, ',', m);
    size_t nl = comma ? (size_t)(comma - s) : m;
    if (comma && !(nl + 2 < m && s[nl + 1] == ' ' && name_ok(s + nl + 2, m - nl - 2)))
        return 0;
    if (!name_ok(s, nl))
        return 0;
    name->p = s;
    name->n = nl;
    return 1;
}

size_t vg_dateline_match(const char *p, size_t n, vg_slice *place, vg_slice *agency)
{
    size_t lim = n < 120 ? n : 120;
    const char *open = memchr(p, '(', lim);
    if (!open)
        return 0;
    size_t o = (size_t)(open - p);
    /* PLACE: upper-case words up to ',' or ' (' */
    size_t i = 0, place_end = 0, words = 0;
    int letters = 0;
    while (i < o) {
        size_t at = i;
        uint32_t cp = vg_utf8_next(p, o, &i);
        if (cp == ',' || (cp == ' ' && i == o)) {
            place_end = at;
            break;
        }
        if (cp == ' ') {
            words++;
            continue;
        }
        if (cat_letter(cp)) {
            if (!cat_upper(cp))
                return 0;
            letters++;
        } else if (cp != '.' && cp != '-' && cp != '\'' && cp != 0x2019) {
            return 0;
        }
    }
    if (place_end == 0 || letters < 2 || words > 3)
        return 0;
    if (o - place_end > 42) /* DETAIL too long */
        return 0;
    const char *close = memchr(open, ')', n - o);
    if (!close)
        return 0;
    size_t c = (size_t)(close - p);
    size_t k = o + 1;
    if (c - o - 1 < 1 || c - o - 1 > 40 || !cat_letter(vg_utf8_next(p, c, &k))
        || memchr(p + o + 1, '(', c - o - 1))
        return 0;
    size_t j = c + 1;
    while (j < n && p[j] == ' ')
        j++;
    size_t d = 0;
    if (j < n && (p[j] == '-' || p[j] == ':'))
        d = 1;
    else if (j + 3 <= n && !memcmp(p + j, "\xE2\x80", 2) && (p[j + 2] == '\x93' || p[j + 2] == '\x94'))
        d = 3;
    if (!d || j + d >= n || p[j + d] != ' ')
        return 0;
    j += d;
    while (j < n && p[j] == ' ')
        j++;
    if (j >= n)
        return 0;
    place->p = p;
    place->n = place_end;
    agency->p = p + o + 1;
    agency->n = c - o - 1;
    return j;
}
