/*
 * vg_url.c - URL canonicalisation and URL spans in text.
 *
 * Canonical form (two spellings of one resource compare equal; nothing is
 * fetched or resolved):
 *
 *   scheme://[userinfo@]host[:port]/path[?query]
 *   ^^^^^^   ^^^^^^^^^^ ^^^^ ^^^^^^ ^^^^^ ^^^^^
 *   lower    kept       lower dropped kept  tracking parameters removed,
 *   (http,   as is      case  when    ("/"  others kept in order; '?' dropped
 *    https)             (ASCII) default if   when none is left
 *                             (80,443) empty)
 *
 * The fragment is dropped, except "#!" (old AJAX URLs such as
 * twitter.com/#!/user, where it names the page).  Percent escapes are kept
 * but their hex digits upper-cased ("%2f" -> "%2F"); nothing is decoded,
 * because decoding can change meaning ("%2F" in a path).
 *
 * Tracking parameters removed: any key starting "utm_", and fbclid gclid
 * gclsrc dclid msclkid mc_cid mc_eid igshid yclid twclid ttclid _ga _gl
 * _hsenc _hsmi mkt_tok ref_src ref_url vero_id oly_anon_id oly_enc_id
 * rb_clickid wickedid; on twitter.com / x.com also "s" and "t" (share
 * tokens).
 */
#include "vg_url.h"

#include <ctype.h>
#include <string.h>

static int lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

static int prefix_ci(const char *p, size_t n, const char *lit)
{
    size_t k = strlen(lit);
    if (n < k)
        return 0;
    for (size_t i = 0; i < k; i++)
        if (lower((unsigned char)p[i]) != lit[i])
            return 0;
    return 1;
}

int vg_url_starts(const char *p, size_t n)
{
    return prefix_ci(p, n, "http://") || prefix_ci(p, n, "https://") || prefix_ci(p, n, "www.");
}

static const char *const tracking[] = {
    "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid",
    "yclid", "twclid", "ttclid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "ref_src",
    "ref_url", "vero_id", "oly_anon_id", "oly_enc_id", "rb_clickid", "wickedid"};

static int is_tracking(const char *k, size_t n, int twitter)
{
    if (n >= 4 && prefix_ci(k, n, "utm_"))
        return 1;
    if (twitter && n == 1 && (k[0] == 's' || k[0] == 't'))
        return 1;
    for (size_t i = 0; i < sizeof tracking / sizeof *tracking; i++)
        if (strlen(tracking[i]) == n && prefix_ci(k, n, tracking[i]))
            return 1;
    return 0;
}

/* Bounded writer: once full, everything else is dropped and ok cleared. */
typedef struct sink {
    char *p;
    size_t n, cap;
    int ok;
} sink;

static void put(sink *s, const char *p, size_t n)
{
    if (!s->ok || n >= s->cap - s->n) {
        s->ok = 0;
        return;
    }
    memcpy(s->p + s->n, p, n);
    s->n += n;
}

static void put_c(sink *s, char c)
{
    put(s, &c, 1);
}

/* Copy with percent-escape hex digits upper-cased. */
static void put_escaped(sink *s, const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (c == '%' && i + 2 < n + 0 && isxdigit((unsigned char)p[i + 1])
            && isxdigit((unsigned char)p[i + 2])) {
            char e[3] = {'%', (char)toupper((unsigned char)p[i + 1]),
                         (char)toupper((unsigned char)p[i + 2])};
            put(s, e, 3);
            i += 2;
        } else {
            put_c(s, c);
        }
    }
}

static int host_char(unsigned char c)
{
    return isalnum(c) || c == '.' || c == '-' || c == '_' || c == '~' || c == '%' || c >= 0x80;
}

size_t vg_url_canon(const char *p, size_t n, char *out, size_t cap)
{
    if (!p || !out || cap == 0)
        return 0;
    sink s = {out, 0, cap, 1};
    size_t i;
    int https;
    if (prefix_ci(p, n, "http://")) {
        https = 0;
        i = 7;
    } else if (prefix_ci(p, n, "https://")) {
        https = 1;
        i = 8;
    } else {
        goto fail;
    }
    for (size_t k = 0; k < n; k++) /* a URL holds no space or control byte */
        if ((unsigned char)p[k] <= 0x20 || p[k] == 0x7F)
            goto fail;
    put(&s, https ? "https://" : "http://", https ? 8 : 7);

    /* authority = [userinfo@]host[:port], up to '/', '?' or '#' */
    size_t a = i;
    while (i < n && p[i] != '/' && p[i] != '?' && p[i] != '#')
        i++;
    size_t auth_end = i, host = a;
    for (size_t k = a; k < auth_end; k++)
        if (p[k] == '@')
            host = k + 1;
    if (host > a)
        put(&s, p + a, host - a);
    size_t host_end = auth_end, port = auth_end;
    if (host < auth_end && p[host] == '[') { /* IPv6 literal */
        const char *rb = memchr(p + host, ']', auth_end - host);
        if (!rb)
            goto fail;
        host_end = (size_t)(rb - p) + 1;
        if (host_end < auth_end && p[host_end] != ':')
            goto fail;
        port = host_end;
    } else {
        for (size_t k = host; k < auth_end; k++)
            if (p[k] == ':') {
                host_end = port = k;
                break;
            }
        for (size_t k = host; k < host_end; k++)
            if (!host_char((unsigned char)p[k]))
                goto fail;
    }
    if (host_end == host)
        goto fail;
    size_t hs = s.n;
    for (size_t k = host; k < host_end; k++)
        put_c(&s, (char)lower((unsigned char)p[k]));
    if (!s.ok)
        goto fail;
    const char *h = out + hs;
    size_t hn = s.n - hs;
    int twitter = (hn == 11 && !memcmp(h, "twitter.com", 11)) || (hn == 15 && !memcmp(h, "www.twitter.com", 15))
                  || (hn == 5 && !memcmp(h, "x.com", 5)) || (hn == 18 && !memcmp(h, "mobile.twitter.com", 18));
    if (port < auth_end) { /* ":digits" */
        size_t d = port + 1;
        for (size_t k = d; k < auth_end; k++)
            if (!isdigit((unsigned char)p[k]))
                goto fail;
        while (d < auth_end && p[d] == '0')
            d++;
        size_t dn = auth_end - d;
        int dflt = dn == 0 || (!https && dn == 2 && !memcmp(p + d, "80", 2))
                   || (https && dn == 3 && !memcmp(p + d, "443", 3));
        if (!dflt) {
            put_c(&s, ':');
            put(&s, p + d, dn);
        }
    }

    /* path */
    size_t ps = i;
    while (i < n && p[i] != '?' && p[i] != '#')
        i++;
    if (i == ps)
        put_c(&s, '/');
    else
        put_escaped(&s, p + ps, i - ps);

    /* query */
    if (i < n && p[i] == '?') {
        i++;
        size_t qs = i;
        while (i < n && p[i] != '#')
            i++;
        int first = 1;
        size_t k = qs;
        while (k < i) {
            size_t e = k;
            while (e < i && p[e] != '&')
                e++;
            size_t key_end = k;
            while (key_end < e && p[key_end] != '=')
                key_end++;
            if (e > k && !is_tracking(p + k, key_end - k, twitter)) {
                put_c(&s, first ? '?' : '&');
                put_escaped(&s, p + k, e - k);
                first = 0;
            }
            k = e + 1;
        }
    }
    /* fragment: dropped unless it is a "#!" route */
    if (i + 1 < n && p[i] == '#' && p[i + 1] == '!')
        put_escaped(&s, p + i, n - i);
    if (!s.ok)
        goto fail;
    out[s.n] = '\0';
    return s.n;
fail:
    out[0] = '\0';
    return 0;
}

/* Characters that end a URL in running text, by their first byte(s). */
static size_t stop_len(const unsigned char *p, size_t n)
{
    unsigned c = p[0];
    if (c <= 0x20 || c == 0x7F || c == '<' || c == '>' || c == '"' || c == '`' || c == '{'
        || c == '}' || c == '|' || c == '\\' || c == '^')
        return 1;
    if (c == 0xC2 && n >= 2 && (p[1] == 0xAB || p[1] == 0xBB || p[1] == 0xA0)) /* « » NBSP */
        return 2;
    if (c == 0xE2 && n >= 3 && p[1] == 0x80
        && ((p[2] >= 0x98 && p[2] <= 0x9F) || p[2] == 0xA6 || (p[2] >= 0x80 && p[2] <= 0x8B)))
        return 3; /* ‘ ’ ‚ ‛ “ ” „ ‟ … and Unicode spaces */
    if (c == 0xE3 && n >= 3 && p[1] == 0x80 && (p[2] == 0x80 || p[2] == 0x81 || p[2] == 0x82))
        return 3; /* ideographic space, comma, full stop */
    if (c == 0xEF && n >= 3 && p[1] == 0xBC && (p[2] == 0x8C || p[2] == 0x88 || p[2] == 0x89))
        return 3; /* fullwidth comma, parentheses */
    return 0;
}

size_t vg_url_span(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    if (!vg_url_starts(s, n))
        return 0;
    size_t e = 0;
    for (;;) {
        /* Printable ASCII other than the stop characters: the common case. */
        while (e < n && p[e] > 0x20 && p[e] < 0x7F && p[e] != '<' && p[e] != '>' && p[e] != '"'
               && p[e] != '`' && p[e] != '{' && p[e] != '}' && p[e] != '|' && p[e] != '\\'
               && p[e] != '^')
            e++;
        if (e >= n || stop_len(p + e, n - e))
            break;
        e++;
    }
    /* Give back trailing punctuation and unbalanced closers. */
    for (;;) {
        if (e == 0)
            break;
        unsigned char c = p[e - 1];
        if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\''
            || c == '*') {
            e--;
            continue;
        }
        if (c == ')' || c == ']') {
            unsigned char o = c == ')' ? '(' : '[';
            int depth = 0;
            for (size_t k = 0; k < e; k++)
                depth += p[k] == o ? 1 : p[k] == c ? -1 : 0;
            if (depth < 0) {
                e--;
                continue;
            }
        }
        break;
    }
    size_t min = prefix_ci(s, n, "https://") ? 8 : prefix_ci(s, n, "http://") ? 7 : 4;
    return e > min ? e : 0;
}
