/*
 * vg_lang.c - language identification (include/vigie/lang.h) over CLD2.
 *
 * CLD2 won the measurement recorded in docs/EVALUATION.md ("Language
 * identification"): more accurate than libexttextcat on the SemEval 2022
 * task 8 labels, on whole articles and on tweet-sized prefixes, and 13
 * (articles) to 70 (tweets) times faster.  This file adds what CLD2 leaves to its
 * caller:
 *
 *   - a sample: CLD2 is shown the text without its links (http://, https://,
 *     www. up to the next white space) and @handles, at most
 *     VG_LANG_MAX_BYTES bytes of it (never a split character), so a 1 MB
 *     text costs what a long article costs and a link-only tweet is "und";
 *   - arbitrary bytes: CLD2 refuses a buffer holding anything outside
 *     interchange-valid UTF-8 ("un").  Cleaned text never does, so that
 *     check is the fast path; otherwise the sample is copied again with each
 *     bad byte or sequence turned into a space and detected again;
 *   - codes: CLD2's own codes become ISO 639-1 (ISO 639-3 where there is no
 *     two-letter code); its pseudo-languages ("xx-Latn", "zzb", Klingon...)
 *     and "un" become "und";
 *   - one reliability figure in [0, 1]:
 *
 *         "und"                       0
 *         CLD2 says not reliable      0.05 + 0.45 * share    in [0.05, 0.50)
 *         CLD2 says reliable          0.50 + 0.50 * share    in [0.50, 1]
 *
 *     where share is the fraction of the scored letters CLD2 gave to the
 *     returned language.  So ">= 0.5" means exactly "CLD2 calls it
 *     reliable", and mixed-language text ranks below single-language text.
 *
 * Short text: CLD2 is asked for its best effort (kCLDFlagBestEffort), so a
 * six-word tweet gets its most likely language, flagged as not reliable,
 * instead of "und" (4 % more of the IRA tweets would be "und" otherwise).
 * "und" remains for text with no letters outside links and handles.
 *
 * Cost: about 0.6 us a call plus 20-25 ns a byte, 4.3 us for an average
 * tweet (docs/EVALUATION.md).  CLD2 mallocs and frees about 175 KB a call;
 * if that lands at the top of glibc's heap, every free trims it back to
 * the kernel and every call pays page faults: 30-80 times slower.  The
 * process (not this library: it is process-wide) should raise
 * M_TRIM_THRESHOLD, e.g. mallopt(M_TRIM_THRESHOLD, 64 << 20).
 */
#include <assert.h>
#include <string.h>
#include <strings.h>

#include "vg_cld2.h"
#include "vg_lang.h"


/*
 * Copy s[0..n) to dst (n bytes), turning every byte that does not start
 * an interchange-valid UTF-8 character into a space: malformed, overlong
 * or truncated sequences, surrogates, code points past U+10FFFF, C0/C1
 * controls other than TAB, LF, FF and CR, DEL, and the noncharacters
 * U+FDD0..U+FDEF and U+xxFFFE/F.  This is how CLD2 reads "valid".
 * Returns n.  Written by hand because the rule is CLD2's own, not
 * plain UTF-8 validity (utf8proc would accept controls and noncharacters).
 */
static size_t vg_lang_scrub(const char *s, size_t n, char *dst)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned c = p[i];
        size_t len = 0;
        unsigned cp = 0, min = 0;
        if (c < 0x80) {
            int ok = (c >= 0x20 && c < 0x7F) || c == '\t' || c == '\n' || c == '\f' ||
                     c == '\r';
            dst[i] = ok ? (char)c : ' ';
            i++;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2, cp = c & 0x1F, min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3, cp = c & 0x0F, min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4, cp = c & 0x07, min = 0x10000;
        }
        int ok = len > 0 && i + len <= n;
        for (size_t j = 1; ok && j < len; j++) {
            if ((p[i + j] & 0xC0) != 0x80)
                ok = 0;
            else
                cp = (cp << 6) | (p[i + j] & 0x3F);
        }
        ok = ok && cp >= min && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF) &&
             !(cp >= 0x80 && cp <= 0x9F) && !(cp >= 0xFDD0 && cp <= 0xFDEF) &&
             (cp & 0xFFFE) != 0xFFFE;
        if (!ok) {
            dst[i++] = ' ';
            continue;
        }
        memcpy(dst + i, s + i, len);
        i += len;
    }
    return n;
}

/*
 * Map a CLD2 language code (static string) to vigie's: ISO 639-1, or
 * ISO 639-3 where CLD2 has no two-letter code, or "und".
 */
static void vg_lang_code_from_cld2(const char *code, char out[8])
{
    static const char *const renamed[][2] = {
        {"iw", "he"},      /* Hebrew: CLD2 keeps the code withdrawn in 1989 */
        {"jw", "jv"},      /* Javanese, likewise */
        {"zh-Hant", "zh"}, /* Traditional Chinese script; the language is zh */
        {"sr-ME", "sr"},   /* Montenegrin; CLD2 never actually returns it */
    };
    for (size_t i = 0; i < sizeof renamed / sizeof renamed[0]; i++) {
        if (strcmp(code, renamed[i][0]) == 0) {
            memcpy(out, renamed[i][1], strlen(renamed[i][1]) + 1);
            return;
        }
    }
    /* Real languages have 2- or 3-letter lowercase codes; the rest ("un",
     * "xx-Latn" script-only guesses, unnamed table slots) say nothing.
     * "xxx", "zz?" and "tlh" are CLD2's test pseudo-languages (Bork Bork,
     * Pig Latin, Hacker, Elmer Fudd, Klingon). */
    size_t len = 0;
    while (len < 4 && code[len] >= 'a' && code[len] <= 'z')
        len++;
    int real = (len == 2 || len == 3) && code[len] == '\0' && strcmp(code, "un") != 0 &&
               strcmp(code, "xxx") != 0 && strncmp(code, "zz", 2) != 0 &&
               strcmp(code, "tlh") != 0;
    memcpy(out, real ? code : "und", (real ? len : 3) + 1);
}

/* Is s[i..n) the start of "http://", "https://" or "www." (any case)? */
static int vg_lang_at_link(const char *s, size_t i, size_t n)
{
    static const char *const starts[] = {"http://", "https://", "www."};
    for (size_t k = 0; k < sizeof starts / sizeof starts[0]; k++) {
        size_t len = strlen(starts[k]);
        if (n - i >= len && strncasecmp(s + i, starts[k], len) == 0)
            return 1;
    }
    return 0;
}

static int vg_lang_is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int vg_lang_is_handle_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_';
}

/*
 * The text CLD2 is shown: s[0..n) copied to dst with links (up to the next
 * white space) and @handles left out, at most cap bytes, never ending in
 * the middle of a character.  Links and handles are letters in no
 * language: in a tweet they are a quarter of the bytes, and CLD2's cost is
 * linear in bytes.  Returns the length written.
 */
static size_t vg_lang_sample(const char *s, size_t n, int keep_links, char *dst, size_t cap)
{
    size_t i = 0, o = 0;
    while (i < n && o < cap) {
        unsigned char c = (unsigned char)s[i];
        if (!keep_links && (c == 'h' || c == 'H' || c == 'w' || c == 'W') &&
            vg_lang_at_link(s, i, n)) {
            while (i < n && !vg_lang_is_space((unsigned char)s[i]))
                i++;
            continue;
        }
        if (!keep_links && c == '@' && i + 1 < n && vg_lang_is_handle_char((unsigned char)s[i + 1])) {
            i++;
            while (i < n && vg_lang_is_handle_char((unsigned char)s[i]))
                i++;
            continue;
        }
        dst[o++] = s[i++];
    }
    if (o == cap && i < n) {
        /* Drop a character the cap cut short: look back over at most three
         * continuation bytes to its lead byte. */
        size_t k = o;
        while (k > 0 && o - k < 3 && ((unsigned char)dst[k - 1] & 0xC0) == 0x80)
            k--;
        if (k > 0 && ((unsigned char)dst[k - 1] & 0xC0) == 0xC0) {
            unsigned lead = (unsigned char)dst[k - 1];
            size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
            if (o - (k - 1) < need)
                o = k - 1;
        }
    }
    return o;
}

double vg_lang_detect(const char *s, size_t n, char out[8])
{
    return vg_lang_detect_opts(s, n, NULL, out);
}

double vg_lang_detect_opts(const char *s, size_t n, const vg_lang_opts *opts, char out[8])
{
    static const vg_lang_opts defaults = {0};
    char sample[VG_LANG_MAX_BYTES];
    char scrubbed[VG_LANG_MAX_BYTES];
    vg_cld2_guess g;

    if (opts == NULL)
        opts = &defaults;
    int cld_flags = opts->strict ? 0 : VG_CLD2_BEST_EFFORT;
    size_t cap = opts->max_bytes > 0 && opts->max_bytes < VG_LANG_MAX_BYTES ? opts->max_bytes
                                                                           : VG_LANG_MAX_BYTES;
    memcpy(out, "und", 4);
    if (s == NULL || n == 0)
        return 0.0;
    n = vg_lang_sample(s, n, opts->keep_links, sample, cap);
    if (n == 0)
        return 0.0;

    vg_cld2_detect(sample, (int)n, cld_flags, &g);
    if (g.valid_prefix < (int)n) {
        n = vg_lang_scrub(sample, n, scrubbed);
        vg_cld2_detect(scrubbed, (int)n, cld_flags, &g);
        /* Should CLD2's notion of valid ever be stricter than the scrub's,
         * fall back to the part it accepts rather than to "und". */
        if (g.valid_prefix < (int)n && g.valid_prefix > 0)
            vg_cld2_detect(scrubbed, g.valid_prefix, cld_flags, &g);
    }

    vg_lang_code_from_cld2(g.code, out);
    if (strcmp(out, "und") == 0)
        return 0.0;
    assert(g.percent >= 0 && g.percent <= 100);
    double share = g.percent / 100.0;
    return g.reliable ? 0.50 + 0.50 * share : 0.05 + 0.45 * share;
}
