/*
 * vg_entities.c - links, hashtags and mentions (see vg_entities.h).
 *
 * Links: "http://", "https://" or "www." at the start of a token; the span
 * rules of vg_url_span (trailing punctuation given back); "www." links are
 * canonicalised as "http://www...".  A span that does not canonicalise
 * (bad host, too long) is skipped.  Nothing inside a link is taken as a
 * hashtag or mention ("https://x.org/#frag", "https://medium.com/@user").
 *
 * Hashtags (Twitter's rules, extended to all scripts): '#' or fullwidth
 * '＃', not preceded by a letter, digit, '_', '&' or another '#', followed
 * by letters, digits, combining marks and '_' (Unicode categories L*, N*,
 * Mn, Mc, Pc); at least one of them not a digit ("#1" is not a hashtag).
 * Stored NFC lower-case (utf8proc's simple lower-case mapping).
 *
 * Mentions: '@' or '＠', not preceded by a letter, digit or one of
 * _ ! @ # $ % & * (so "jane@example.org" is an address, not a mention),
 * followed by 1 to 15 ASCII letters, digits or '_', and then not by one
 * more of them, nor by '@' (longer names are not Twitter handles).
 */
#include "vg_entities.h"

#include <string.h>
#include <utf8proc.h>

#include "vg_hash.h"
#include "vg_url.h"
#include "vg_utf8.h"

static int is_word_cp(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
               || cp == '_';
    switch (utf8proc_category((utf8proc_int32_t)cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_PC:
        return 1;
    default:
        return 0;
    }
}

static int is_digit_cp(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= '0' && cp <= '9';
    return utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_ND;
}

static int is_handle_c(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* Append item to list unless already there (hash set in en->seen, by list). */
static vg_err add_item(vg_entities *en, vg_buf *list, uint64_t salt, const char *p, size_t n)
{
    uint64_t h = vg_hash64(p, n, salt);
    const uint64_t *seen = (const uint64_t *)(void *)en->seen.p;
    size_t k = en->seen.n / sizeof h;
    for (size_t i = 0; i < k; i++)
        if (seen[i] == h)
            return VG_OK; /* a 64-bit collision would drop an item; accepted */
    vg_err e = vg_buf_append(&en->seen, &h, sizeof h);
    if (!e && list->n)
        e = vg_buf_putc(list, '\n');
    if (!e)
        e = vg_buf_append(list, p, n);
    return e;
}

static vg_err add_link(vg_entities *en, const char *p, size_t n)
{
    vg_buf *sc = &en->scratch;
    vg_buf_reset(sc);
    int www = (p[0] == 'w' || p[0] == 'W');
    vg_err e = vg_buf_reserve(sc, 2 * n + 16);
    if (e)
        return e;
    const char *src = p;
    size_t sn = n;
    char *dst = sc->p;
    size_t cap = sc->cap;
    if (www) { /* build "http://" + p at the end of the scratch area */
        size_t half = n + 8;
        memcpy(sc->p + half, "http://", 7);
        memcpy(sc->p + half + 7, p, n);
        src = sc->p + half;
        sn = n + 7;
        cap = half;
    }
    size_t k = vg_url_canon(src, sn, dst, cap);
    if (!k)
        return VG_OK;
    return add_item(en, &en->links, 1, dst, k);
}

static vg_err add_lower(vg_entities *en, vg_buf *list, uint64_t salt, const char *p, size_t n)
{
    vg_buf *sc = &en->scratch;
    vg_buf_reset(sc);
    vg_err e = vg_buf_reserve(sc, n + 8);
    size_t i = 0;
    while (!e && i < n) {
        unsigned char c = (unsigned char)p[i];
        if (c < 0x80) {
            e = vg_buf_putc(sc, (char)(c >= 'A' && c <= 'Z' ? c + 32 : c));
            i++;
        } else {
            uint32_t cp = vg_utf8_next(p, n, &i);
            e = vg_utf8_put(sc, (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp));
        }
    }
    return e ? e : add_item(en, list, salt, sc->p, sc->n);
}

/* The code point before s[i] (a space at the start). */
static uint32_t prev_cp(const char *s, size_t i)
{
    if (i == 0)
        return ' ';
    if ((unsigned char)s[i - 1] < 0x80)
        return (unsigned char)s[i - 1];
    return vg_utf8_prev(s, &i);
}

vg_err vg_entities_add_links(vg_entities *en, const char *list, size_t n)
{
    vg_err e = VG_OK;
    for (size_t i = 0; i < n && !e;) {
        const char *nl = memchr(list + i, '\n', n - i);
        size_t end = nl ? (size_t)(nl - list) : n;
        if (end - i >= 8 && (list[i] == 'h' || list[i] == 'H'))
            e = add_link(en, list + i, end - i);
        i = end + 1;
    }
    return e;
}

vg_err vg_entities_extract(vg_entities *en, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    vg_buf_reset(&en->links);
    vg_buf_reset(&en->hashtags);
    vg_buf_reset(&en->mentions);
    vg_buf_reset(&en->seen);
    vg_err e = VG_OK;
    size_t i = 0;
    /* Only these bytes can start an entity: h H w W # @ and EF (the lead
     * byte of the fullwidth forms); none is a continuation byte, so the scan
     * can step bytewise and look back only at a candidate.  A table makes
     * the skip one load per byte (this loop was a tenth of tweet ingest). */
    static const unsigned char starts[256] = {
        ['h'] = 1, ['H'] = 1, ['w'] = 1, ['W'] = 1, ['#'] = 1, ['@'] = 1, [0xEF] = 1,
    };
    while (i < n && !e) {
        while (i < n && !starts[p[i]])
            i++;
        if (i >= n)
            break;
        unsigned char c = p[i];
        if ((c | 32) == 'h' && !(i + 1 < n && (p[i + 1] | 32) == 't')) {
            i++; /* not "http": most 'h' in running text */
            continue;
        }
        if ((c | 32) == 'w' && !(i + 1 < n && (p[i + 1] | 32) == 'w')) {
            i++;
            continue;
        }
        uint32_t prev = prev_cp(s, i);
        if (c == 'h' || c == 'H' || c == 'w' || c == 'W') {
            if (!is_word_cp(prev) && prev != '/' && prev != '.' && prev != '@') {
                size_t k = vg_url_span(s + i, n - i);
                if (k) {
                    e = add_link(en, s + i, k);
                    i += k;
                    continue;
                }
            }
            i++;
            continue;
        }
        size_t j = i;
        uint32_t cp = vg_utf8_next(s, n, &j);
        if ((cp == '#' || cp == 0xFF03) && !is_word_cp(prev) && prev != '&' && prev != '#'
            && prev != 0xFF03) {
            size_t t = j, last = j;
            int nondigit = 0;
            while (t < n) {
                size_t k = t;
                uint32_t ch = p[k] < 0x80 ? p[k++] : vg_utf8_next(s, n, &k);
                if (!is_word_cp(ch))
                    break;
                nondigit |= !is_digit_cp(ch);
                t = last = k;
            }
            if (last > j && nondigit) {
                e = add_lower(en, &en->hashtags, 2, s + j, last - j);
                i = last;
                continue;
            }
        } else if ((cp == '@' || cp == 0xFF20) && !is_word_cp(prev)
                   && !(prev < 0x80 && prev && strchr("_!@#$%&*", (int)prev))) {
            size_t t = j;
            while (t < n && t - j <= 15 && is_handle_c(p[t]))
                t++;
            size_t len = t - j;
            int follow_bad = t < n && (is_handle_c(p[t]) || p[t] == '@');
            if (len >= 1 && len <= 15 && !follow_bad) {
                e = add_lower(en, &en->mentions, 3, s + j, len);
                i = t;
                continue;
            }
        }
        i = j;
    }
    return e;
}

void vg_entities_free(vg_entities *en)
{
    if (!en)
        return;
    vg_buf_free(&en->links);
    vg_buf_free(&en->hashtags);
    vg_buf_free(&en->mentions);
    vg_buf_free(&en->scratch);
    vg_buf_free(&en->seen);
}
