/*
 * vg_doc.c - document helpers: reset and the content-hash id.
 *
 * The hashed id covers source, author, url, published_at, title and text,
 * each followed by a 0xff byte (which never occurs in UTF-8) so that field
 * boundaries matter.  Author and time are part of it because the same text
 * posted by two accounts, or twice at different times, is two posts.
 */
#include "vigie/doc.h"

#include <stdio.h>
#include <string.h>

#include "vg_hash.h"

void vg_doc_init(vg_doc *d)
{
    memset(d, 0, sizeof *d);
    d->published_at = VG_TIME_NONE;
}

static uint64_t mix_field(uint64_t h, vg_slice s)
{
    static const unsigned char sep = 0xff;
    h = vg_hash64(s.p ? s.p : "", s.n, h);
    return vg_hash64(&sep, 1, h);
}

void vg_doc_ensure_id(vg_doc *d, char *buf)
{
    if (d->id.n)
        return;
    uint64_t h = 0x76696769u; /* "vigi": fixed forever, ids are persisted */
    char when[24];
    vg_slice t = {when, 0};
    if (d->published_at != VG_TIME_NONE)
        t.n = (size_t)snprintf(when, sizeof when, "%lld", (long long)d->published_at);
    h = mix_field(h, d->source);
    h = mix_field(h, d->author);
    h = mix_field(h, d->url);
    h = mix_field(h, t);
    h = mix_field(h, d->title);
    h = mix_field(h, d->text);
    snprintf(buf, VG_DOC_HASHID_LEN + 1, "h:%016llx", (unsigned long long)h);
    d->id.p = buf;
    d->id.n = VG_DOC_HASHID_LEN;
    d->flags |= VG_DOC_HASHED_ID;
}
