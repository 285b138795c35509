/*
 * vg_html_charset.c - charset sniffing and transcoding of web pages to
 * UTF-8 (rules in vg_html_charset.h and docs/EXTRACTION.md).
 *
 * Transcoding uses the C library's iconv (glibc knows every charset the
 * web uses); the UTF-8 path is a hand-written validator because it runs
 * on every page and usually finds nothing to fix, in which case the page
 * is handed to the parser without a copy.
 */
#include "vg_html_charset.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <iconv.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#define PRESCAN_BYTES 4096
static const char REPLACEMENT[3] = {(char)0xEF, (char)0xBF, (char)0xBD};

/* Length of the valid UTF-8 sequence at p (n bytes left), 0 if invalid. */
static size_t utf8_seq(const unsigned char *p, size_t n)
{
    unsigned c = p[0];
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return n >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (n < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
            return 0;
        if (c == 0xE0 && p[1] < 0xA0)
            return 0; /* overlong */
        if (c == 0xED && p[1] >= 0xA0)
            return 0; /* surrogate */
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (n < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && p[1] < 0x90)
            return 0;
        if (c == 0xF4 && p[1] >= 0x90)
            return 0;
        return 4;
    }
    return 0;
}

/* Counts over the bytes: multi-byte sequences, invalid bytes, NULs. */
typedef struct utf8_census {
    size_t multi, invalid, nul;
} utf8_census;

static void census(const char *s, size_t n, utf8_census *c)
{
    const unsigned char *p = (const unsigned char *)s;
    memset(c, 0, sizeof *c);
    size_t i = 0;
    while (i < n) {
        /* ASCII runs are the common case: skip them eight at a time. */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            if (w & 0x8080808080808080ull)
                break;
            /* A NUL byte in the word: look at it byte by byte below. */
            if ((w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        if (p[i] == 0) {
            c->nul++;
            i++;
            continue;
        }
        size_t k = utf8_seq(p + i, n - i);
        if (k == 0) {
            c->invalid++;
            i++;
        } else {
            if (k > 1)
                c->multi++;
            i += k;
        }
    }
}

bool vg_html_utf8_valid(const char *p, size_t n)
{
    utf8_census c;
    census(p, n, &c);
    return c.invalid == 0;
}

/* Copy UTF-8 with every invalid byte and NUL replaced by U+FFFD. */
static vg_err repair_utf8(const char *s, size_t n, vg_buf *out)
{
    const unsigned char *p = (const unsigned char *)s;
    vg_err e = vg_buf_reserve(out, n + n / 8 + 16);
    size_t i = 0, run = 0;
    while (!e && i < n) {
        size_t k = p[i] ? utf8_seq(p + i, n - i) : 0;
        if (k) {
            i += k;
            run += k;
            continue;
        }
        e = vg_buf_append(out, s + i - run, run);
        if (!e)
            e = vg_buf_append(out, REPLACEMENT, 3);
        run = 0;
        i++;
    }
    if (!e)
        e = vg_buf_append(out, s + n - run, run);
    return e;
}

/* Canonical iconv name for a declared charset, or "" when unknown. */
static void canonical(const char *in, char out[VG_CHARSET_NAME_MAX])
{
    char low[VG_CHARSET_NAME_MAX];
    size_t k = 0;
    for (; in[k] && k + 1 < sizeof low; k++)
        low[k] = (char)tolower((unsigned char)in[k]);
    low[k] = '\0';
    static const struct {
        const char *from, *to;
    } alias[] = {
        {"utf-8", "UTF-8"},           {"utf8", "UTF-8"},
        {"unicode-1-1-utf-8", "UTF-8"}, {"iso-8859-1", "WINDOWS-1252"},
        {"iso8859-1", "WINDOWS-1252"}, {"latin1", "WINDOWS-1252"},
        {"latin-1", "WINDOWS-1252"},  {"l1", "WINDOWS-1252"},
        {"us-ascii", "WINDOWS-1252"}, {"ascii", "WINDOWS-1252"},
        {"iso_8859-1", "WINDOWS-1252"}, {"cp1252", "WINDOWS-1252"},
        {"windows-1252", "WINDOWS-1252"}, {"x-cp1252", "WINDOWS-1252"},
        {"iso-8859-9", "WINDOWS-1254"}, {"latin5", "WINDOWS-1254"},
        {"tis-620", "WINDOWS-874"},   {"iso-8859-11", "WINDOWS-874"},
        {"gb2312", "GB18030"},        {"gbk", "GB18030"},
        {"x-gbk", "GB18030"},         {"gb_2312-80", "GB18030"},
        {"x-sjis", "SHIFT_JIS"},      {"shift-jis", "SHIFT_JIS"},
        {"ks_c_5601-1987", "CP949"},  {"euc-kr", "CP949"},
        {"big5", "BIG5-HKSCS"},       {"x-mac-roman", "MACINTOSH"},
        {"utf-16", "UTF-16LE"},
    };
    for (size_t i = 0; i < sizeof alias / sizeof alias[0]; i++) {
        if (strcmp(low, alias[i].from) == 0) {
            snprintf(out, VG_CHARSET_NAME_MAX, "%s", alias[i].to);
            return;
        }
    }
    /* Anything else must be a name iconv opens; checked by the caller. */
    size_t j = 0;
    for (size_t i = 0; low[i] && j + 1 < VG_CHARSET_NAME_MAX; i++) {
        unsigned char c = (unsigned char)low[i];
        if (isalnum(c) || c == '-' || c == '_' || c == '.' || c == ':')
            out[j++] = (char)toupper(c);
    }
    out[j] = '\0';
}

void vg_html_charset_param(const char *p, size_t n, char name[VG_CHARSET_NAME_MAX])
{
    name[0] = '\0';
    for (size_t i = 0; i + 8 <= n; i++) {
        if (strncasecmp(p + i, "charset", 7) != 0)
            continue;
        size_t j = i + 7;
        while (j < n && (p[j] == ' ' || p[j] == '\t'))
            j++;
        if (j >= n || p[j] != '=')
            continue;
        j++;
        while (j < n && (p[j] == ' ' || p[j] == '\t' || p[j] == '"' || p[j] == '\''))
            j++;
        size_t k = 0;
        while (j < n && k + 1 < VG_CHARSET_NAME_MAX &&
               (isalnum((unsigned char)p[j]) || p[j] == '-' || p[j] == '_' || p[j] == '.' ||
                p[j] == ':'))
            name[k++] = p[j++];
        name[k] = '\0';
        return;
    }
}

/*
 * A <meta> declaration in the first PRESCAN_BYTES.  This is a simplified
 * form of the HTML5 prescan: it looks for "<meta" and, inside that tag,
 * for charset=..., which covers both <meta charset> and the http-equiv
 * form; comments and scripts before it are not skipped.
 */
static void prescan(const char *p, size_t n, char name[VG_CHARSET_NAME_MAX])
{
    name[0] = '\0';
    if (n > PRESCAN_BYTES)
        n = PRESCAN_BYTES;
    /* XHTML: <?xml version="1.0" encoding="ISO-8859-1"?> */
    if (n > 6 && strncmp(p, "<?xml", 5) == 0) {
        const char *end = memchr(p, '>', n);
        size_t len = end ? (size_t)(end - p) : n;
        for (size_t i = 0; i + 9 < len; i++) {
            if (strncasecmp(p + i, "encoding", 8) != 0)
                continue;
            size_t j = i + 8;
            while (j < len && (p[j] == ' ' || p[j] == '=' || p[j] == '"' || p[j] == '\''))
                j++;
            size_t k = 0;
            while (j < len && k + 1 < VG_CHARSET_NAME_MAX && p[j] != '"' && p[j] != '\'' &&
                   p[j] != ' ' && p[j] != '?')
                name[k++] = p[j++];
            name[k] = '\0';
            if (name[0])
                return;
        }
    }
    for (size_t i = 0; i + 5 < n; i++) {
        if (p[i] != '<' || strncasecmp(p + i + 1, "meta", 4) != 0)
            continue;
        const char *gt = memchr(p + i, '>', n - i);
        size_t len = gt ? (size_t)(gt - (p + i)) : n - i;
        vg_html_charset_param(p + i, len, name);
        if (name[0])
            return;
    }
}

/* Transcode with iconv; undecodable bytes become U+FFFD. */
static vg_err transcode(iconv_t cd, const char *s, size_t n, vg_buf *out, bool *bad)
{
    vg_err e = vg_buf_reserve(out, n * 2 + 16);
    if (e)
        return e;
    char *in = (char *)s;
    size_t left = n;
    while (left > 0) {
        if (out->cap - out->n < 64 && (e = vg_buf_reserve(out, out->cap)) != VG_OK)
            return e;
        char *dst = out->p + out->n;
        size_t room = out->cap - out->n - 1;
        size_t r = iconv(cd, &in, &left, &dst, &room);
        out->n = (size_t)(dst - out->p);
        out->p[out->n] = '\0';
        if (r != (size_t)-1)
            break;
        if (errno == E2BIG) {
            if ((e = vg_buf_reserve(out, out->cap)) != VG_OK)
                return e;
            continue;
        }
        /* EILSEQ: a byte the charset does not map; EINVAL: a sequence cut
         * by the end of the page.  Either way: one U+FFFD, one byte on. */
        *bad = true;
        if ((e = vg_buf_append(out, REPLACEMENT, 3)) != VG_OK)
            return e;
        in++;
        left--;
        iconv(cd, NULL, NULL, NULL, NULL);
    }
    return VG_OK;
}

vg_err vg_html_decode(const char *page, size_t n, const char *http_charset, vg_buf *scratch,
                      vg_slice *out, char name[VG_CHARSET_NAME_MAX], bool *bad)
{
    const unsigned char *u = (const unsigned char *)page;
    char cs[VG_CHARSET_NAME_MAX] = "";
    *bad = false;
    vg_buf_reset(scratch);
    if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        page += 3;
        n -= 3;
        snprintf(cs, sizeof cs, "UTF-8");
    } else if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
        page += 2;
        n -= 2;
        snprintf(cs, sizeof cs, "UTF-16LE");
    } else if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
        page += 2;
        n -= 2;
        snprintf(cs, sizeof cs, "UTF-16BE");
    } else {
        char declared[VG_CHARSET_NAME_MAX] = "";
        bool in_page = false;
        if (http_charset && *http_charset) {
            snprintf(declared, sizeof declared, "%s", http_charset);
        } else {
            prescan(page, n, declared);
            in_page = true;
        }
        if (declared[0])
            canonical(declared, cs);
        /* A page that could declare UTF-16 in ASCII bytes is not UTF-16
         * (HTML5 reads such a declaration as UTF-8). */
        if (in_page && (strncmp(cs, "UTF-16", 6) == 0 || strncmp(cs, "UTF-32", 6) == 0))
            snprintf(cs, sizeof cs, "UTF-8");
    }
    /* UTF-16 and other non-ASCII-compatible pages can only be transcoded. */
    bool utf16 = strncmp(cs, "UTF-16", 6) == 0 || strncmp(cs, "UTF-32", 6) == 0;
    utf8_census c = {0, 0, 0};
    if (!utf16)
        census(page, n, &c);
    if (!utf16) {
        bool is_utf8 = strcmp(cs, "UTF-8") == 0;
        if (!cs[0])
            snprintf(cs, sizeof cs, "%s", c.invalid == 0 ? "UTF-8" : "WINDOWS-1252");
        else if (!is_utf8 && c.invalid == 0 && c.multi > 0)
            /* declared Latin-1 (or any legacy charset), written in UTF-8:
             * legacy text is never valid UTF-8 with multi-byte sequences
             * over a whole page by accident */
            snprintf(cs, sizeof cs, "UTF-8");
        else if (is_utf8 && c.invalid > 0 && c.invalid > c.multi)
            snprintf(cs, sizeof cs, "WINDOWS-1252"); /* declared UTF-8, written in 8 bits */
    }
    if (strcmp(cs, "UTF-8") == 0) {
        snprintf(name, VG_CHARSET_NAME_MAX, "UTF-8");
        if (c.invalid == 0 && c.nul == 0) {
            *out = (vg_slice){page, n};
            return VG_OK;
        }
        *bad = c.invalid > 0;
        vg_err e = repair_utf8(page, n, scratch);
        *out = (vg_slice){scratch->p, scratch->n};
        return e;
    }
    iconv_t cd = iconv_open("UTF-8", cs);
    if (cd == (iconv_t)-1) {
        /* A name iconv does not know: decide from the bytes alone. */
        snprintf(cs, sizeof cs, "%s", c.invalid == 0 ? "UTF-8" : "WINDOWS-1252");
        if (c.invalid == 0) {
            snprintf(name, VG_CHARSET_NAME_MAX, "UTF-8");
            vg_err e = repair_utf8(page, n, scratch);
            *out = (vg_slice){scratch->p, scratch->n};
            return e;
        }
        cd = iconv_open("UTF-8", cs);
        if (cd == (iconv_t)-1)
            return VG_ENOMEM;
    }
    snprintf(name, VG_CHARSET_NAME_MAX, "%s", cs);
    vg_err e = transcode(cd, page, n, scratch, bad);
    iconv_close(cd);
    if (e)
        return e;
    /* The transcoded bytes may still hold NULs (or, from a lenient
     * converter, anything): one more pass guarantees the invariant. */
    utf8_census c2;
    census(scratch->p ? scratch->p : "", scratch->n, &c2);
    if (c2.invalid || c2.nul) {
        vg_buf tmp = VG_BUF_INIT;
        e = repair_utf8(scratch->p, scratch->n, &tmp);
        if (e) {
            vg_buf_free(&tmp);
            return e;
        }
        vg_buf_free(scratch);
        *scratch = tmp;
    }
    *out = (vg_slice){scratch->p ? scratch->p : "", scratch->n};
    return VG_OK;
}
