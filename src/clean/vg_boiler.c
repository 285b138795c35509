/*
 * vg_boiler.c - the bounded line-count table (see vg_boiler.h).
 *
 *   slot  = { uint64 key; uint32 last_doc; uint32 count }     16 bytes
 *   table = VG_BOILER_SLOTS slots in buckets of 8 (one key hashes to one
 *           bucket; a key lives in any slot of its bucket)
 *
 * A line seen for the first time takes a free slot of its bucket, or evicts
 * the slot with the lowest count; the newcomer starts at 1.  A line that
 * keeps recurring therefore outlives one-off lines competing for its bucket.
 * last_doc (32 bits mixed from the document hash; 0 = none) stops a document observed
 * twice in a row from counting twice.  A count never exceeds UINT32_MAX.
 */
#include "vg_boiler.h"

#include <stdlib.h>
#include <string.h>

#include "vg_hash.h"
#include "vg_sort.h"

#define BUCKET 8

typedef struct slot {
    uint64_t key;
    uint32_t last_doc;
    uint32_t count;
} slot;

struct vg_boiler {
    slot *slots;
};

vg_boiler *vg_boiler_new(void)
{
    vg_boiler *b = calloc(1, sizeof *b);
    if (!b)
        return NULL;
    b->slots = calloc(VG_BOILER_SLOTS, sizeof *b->slots);
    if (!b->slots) {
        free(b);
        return NULL;
    }
    return b;
}

void vg_boiler_free(vg_boiler *b)
{
    if (!b)
        return;
    free(b->slots);
    free(b);
}

uint64_t vg_boiler_source(const char *p, size_t n)
{
    uint64_t h = vg_hash64(p ? p : "", n, 0x626f696cu); /* "boil" */
    return h ? h : 1;
}

uint64_t vg_boiler_key(uint64_t source, const char *p, size_t n)
{
    char tmp[VG_BOILER_MAX_LINE];
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (c == 0xC2 && i + 1 < n && (unsigned char)p[i + 1] == 0xA0) { /* NBSP */
            i++;
            continue;
        }
        if (k == sizeof tmp)
            return 0;
        tmp[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    if (k < VG_BOILER_MIN_LINE)
        return 0;
    uint64_t h = vg_hash64(tmp, k, source);
    return h ? h : 1;
}

static slot *bucket_of(const vg_boiler *b, uint64_t key)
{
    return b->slots + ((key >> 20) % (VG_BOILER_SLOTS / BUCKET)) * BUCKET;
}

void vg_boiler_observe(vg_boiler *b, uint64_t *keys, size_t nkeys, uint64_t doc)
{
    vg_sort_u64(keys, nkeys);
    uint32_t tag = (uint32_t)((doc * 0x9E3779B97F4A7C15ull) >> 32);
    if (!tag) /* 0 marks a slot never counted */
        tag = 1;
    for (size_t i = 0; i < nkeys; i++) {
        uint64_t key = keys[i];
        if (!key || (i && keys[i - 1] == key))
            continue;
        slot *bk = bucket_of(b, key), *victim = NULL;
        int found = 0;
        for (int j = 0; j < BUCKET; j++) {
            if (bk[j].key == key) {
                if (bk[j].last_doc != tag && bk[j].count < UINT32_MAX)
                    bk[j].count++;
                bk[j].last_doc = tag;
                found = 1;
                break;
            }
            if (!victim || bk[j].count < victim->count)
                victim = bk + j;
        }
        if (!found) {
            victim->key = key;
            victim->last_doc = tag;
            victim->count = 1;
        }
    }
}

unsigned vg_boiler_count(const vg_boiler *b, uint64_t key)
{
    if (!key)
        return 0;
    const slot *bk = bucket_of(b, key);
    for (int j = 0; j < BUCKET; j++)
        if (bk[j].key == key)
            return bk[j].count;
    return 0;
}
