/*
 * vg_doc.c - document helpers: reset and the content-hash id.
 *
 * The hashed id covers source, author, url, published_at, title and text,
 * each followed by a 0xff byte (which never occurs in UTF-8) so that field
 * boundaries matter.  Author and time are part of it because the same text
 * posted by two accounts, or twice at different times, is two posts.
 */
#include "vigie/doc.h"

#include <string.h>

#include "vg_hash.h"

void vg_doc_init(vg_doc *d)
{
    memset(d, 0, sizeof *d);
    d->published_at = VG_TIME_NONE;
}

/* Day numbers in hashed ids are biased by this so they print as 5 hex
 * digits: 1970 +- 1435 years. */
#define VG_DAY_BIAS (1 << 19)

static int64_t floor_div(int64_t a, int64_t b)
{
    return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

static uint64_t mix_field(uint64_t h, vg_slice s)
{
    static const unsigned char sep = 0xff;
    h = vg_hash64(s.p ? s.p : "", s.n, h);
    return vg_hash64(&sep, 1, h);
}

/* v in decimal, as "%lld" prints it, at the end of buf[24]: snprintf was
 * a visible share of tweet ingest. */
static vg_slice format_decimal(int64_t v, char buf[24])
{
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    char *p = buf + 24;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        *--p = '-';
    return (vg_slice){p, (size_t)(buf + 24 - p)};
}

void vg_doc_ensure_id(vg_doc *d, char *buf)
{
    if (d->id.n)
        return;
    uint64_t h = 0x76696769u; /* "vigi": fixed forever, ids are persisted */
    char when[24];
    vg_slice t = {when, 0};
    if (d->published_at != VG_TIME_NONE)
        t = format_decimal(d->published_at, when);
    h = mix_field(h, d->source);
    h = mix_field(h, d->author);
    h = mix_field(h, d->url);
    h = mix_field(h, t);
    h = mix_field(h, d->title);
    h = mix_field(h, d->text);
    /* Formatted by hand, like the time above. */
    static const char digits[] = "0123456789abcdef";
    int64_t day = d->published_at == VG_TIME_NONE ? INT64_MIN : floor_div(d->published_at, 86400);
    size_t n = 0;
    buf[n++] = 'h';
    buf[n++] = ':';
    if (day >= -VG_DAY_BIAS && day < VG_DAY_BIAS) {
        uint64_t b = (uint64_t)(day + VG_DAY_BIAS);
        for (int i = 4; i >= 0; i--)
            buf[n++] = digits[(b >> (4 * i)) & 15];
    }
    for (int i = 15; i >= 0; i--)
        buf[n++] = digits[(h >> (4 * i)) & 15];
    buf[n] = '\0';
    d->id.p = buf;
    d->id.n = n;
    d->flags |= VG_DOC_HASHED_ID;
}

/* Value of n lower-case hex digits, or -1 if one is not.  By table: every
 * stored document's key is read off its id. */
static int64_t hex(const char *p, size_t n)
{
    static const signed char val[256] = {
        ['0'] = 1, ['1'] = 2, ['2'] = 3, ['3'] = 4, ['4'] = 5, ['5'] = 6, ['6'] = 7,
        ['7'] = 8, ['8'] = 9, ['9'] = 10, ['a'] = 11, ['b'] = 12, ['c'] = 13,
        ['d'] = 14, ['e'] = 15, ['f'] = 16,
    }; /* digit value + 1; 0 for any other byte */
    int64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        int k = val[(unsigned char)p[i]];
        if (!k)
            return -1;
        v = v << 4 | (k - 1);
    }
    return v;
}

int64_t vg_doc_key(vg_slice id, int salt)
{
    if (salt == 0 && id.n == VG_DOC_HASHID_LEN && id.p[0] == 'h' && id.p[1] == ':') {
        int64_t day = hex(id.p + 2, 5);
        int64_t lo = hex(id.p + 7 + 6, 10); /* the hash's low 40 bits */
        if (day >= 0 && lo >= 0)
            return day << 40 | lo;
    }
    if (salt == 0 && id.n >= 1 && id.n <= 18) {
        int64_t v = 0;
        size_t i = 0;
        while (i < id.n && id.p[i] >= '0' && id.p[i] <= '9')
            v = v * 10 + (id.p[i++] - '0');
        if (i == id.n && (id.n == 1 || id.p[0] != '0'))
            return v;
    }
    /* The top bit is cleared so keys stay positive like the others. */
    return (int64_t)(vg_hash64(id.p, id.n, (uint64_t)salt) >> 1);
}
