/*
 * vg_mmap.c - the copy index multimap (see vg_mmap.h).
 *
 * Merging works in place: the run is grown with realloc (glibc moves large
 * blocks with mremap, without copying), live entries are first compacted
 * towards the front, then every bucket is moved backwards to its new place,
 * last bucket first, and the delta's entries are written after it.  Peak
 * memory is therefore the run plus the delta, never two runs.
 *
 * The delta holds packed entries like the run's (12 bytes with the chain
 * link), chained per bucket of the directory: a lookup walks the chain of
 * its bucket, and a merge walks the chains bucket by bucket.
 */
#include "vg_mmap.h"

#include <stdlib.h>
#include <string.h>

#include "vg_sort.h"

#define DELTA_MIN (1u << 18)
#define NIL UINT32_MAX

struct vg_mmap {
    uint64_t *run;    /* entries, bucket by bucket */
    size_t nrun;
    uint32_t *dir;    /* 2^dbits + 1 bucket starts */
    unsigned dbits;
    uint64_t *dv;     /* delta entries, packed as in the run, in insertion order */
    uint32_t *dnext;  /* older entry of the same bucket, or NIL */
    size_t ndt, dtcap;
    size_t ndt_peak;  /* most delta entries ever held: pages written */
    uint32_t *head;   /* per bucket: newest delta entry, or NIL; NULL until used */
};

static unsigned bucket_of(const vg_mmap *m, uint64_t key)
{
    return (unsigned)((uint32_t)key >> (32 - m->dbits));
}

vg_mmap *vg_mmap_new(size_t expect)
{
    vg_mmap *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    /* About sixteen entries per bucket (two cache lines of the run),
     * between 2^12 and 2^28 buckets: the directory and the delta's chain
     * heads cost half a byte an entry together. */
    unsigned d = 12;
    while (d < 28 && ((size_t)1 << d) * 16 < expect)
        d++;
    m->dbits = d;
    m->dir = calloc(((size_t)1 << d) + 1, sizeof *m->dir);
    if (!m->dir) {
        free(m);
        return NULL;
    }
    return m;
}

void vg_mmap_free(vg_mmap *m)
{
    if (!m)
        return;
    free(m->run);
    free(m->dir);
    free(m->dv);
    free(m->dnext);
    free(m->head);
    free(m);
}

static size_t nbuckets(const vg_mmap *m)
{
    return (size_t)1 << m->dbits;
}

vg_err vg_mmap_add(vg_mmap *m, uint64_t key, uint32_t val)
{
    if (!m->head) {
        if (!(m->head = malloc(nbuckets(m) * sizeof *m->head)))
            return VG_ENOMEM;
        memset(m->head, 0xff, nbuckets(m) * sizeof *m->head);
    }
    if (m->ndt == m->dtcap) {
        size_t cap = m->dtcap ? m->dtcap * 2 : 4096;
        uint64_t *v = realloc(m->dv, cap * sizeof *v);
        if (!v)
            return VG_ENOMEM;
        m->dv = v;
        uint32_t *nx = realloc(m->dnext, cap * sizeof *nx);
        if (!nx)
            return VG_ENOMEM;
        m->dnext = nx;
        m->dtcap = cap;
    }
    unsigned b = bucket_of(m, key);
    m->dv[m->ndt] = (key >> 32) << 32 | val;
    m->dnext[m->ndt] = m->head[b];
    m->head[b] = (uint32_t)m->ndt;
    m->ndt++;
    if (m->ndt > m->ndt_peak)
        m->ndt_peak = m->ndt;
    return VG_OK;
}

void vg_mmap_prefetch(const vg_mmap *m, uint64_t key, int stage)
{
    unsigned b = bucket_of(m, key);
    if (stage == 0) {
        if (m->head)
            __builtin_prefetch(&m->head[b]);
        if (m->nrun)
            __builtin_prefetch(&m->dir[b]);
    } else if (m->nrun) {
        __builtin_prefetch(&m->run[m->dir[b]]);
    }
}

size_t vg_mmap_get(const vg_mmap *m, uint64_t key, uint32_t *out, size_t cap)
{
    size_t k = 0;
    unsigned b = bucket_of(m, key);
    uint64_t hi = key >> 32;
    if (m->head) {
        for (uint32_t i = m->head[b]; i != NIL && k < cap; i = m->dnext[i])
            if ((m->dv[i] >> 32) == hi)
                out[k++] = (uint32_t)m->dv[i];
    }
    if (k == cap || m->nrun == 0)
        return k;
    size_t lo = m->dir[b], hi_end = m->dir[b + 1];
    /* Buckets are sorted: find the end of the run of this key. */
    size_t a = lo, z = hi_end;
    while (a < z) {          /* first entry with key part > hi */
        size_t mid = a + (z - a) / 2;
        if ((m->run[mid] >> 32) <= hi)
            a = mid + 1;
        else
            z = mid;
    }
    for (size_t i = a; i > lo && k < cap; i--) {
        uint64_t e = m->run[i - 1];
        if ((e >> 32) != hi)
            break;
        out[k++] = (uint32_t)e;
    }
    return k;
}

vg_err vg_mmap_merge(vg_mmap *m, int force, int (*keep)(void *ctx, uint32_t val), void *ctx)
{
    size_t due = m->nrun / 16 > DELTA_MIN ? m->nrun / 16 : DELTA_MIN;
    if (!force && m->ndt < due)
        return VG_OK;
    if (m->nrun + m->ndt > UINT32_MAX)
        return VG_ENOMEM; /* bucket starts are 32-bit: 4 G entries at most */
    size_t nb = (size_t)1 << m->dbits;
    uint32_t *cnt = calloc(nb, sizeof *cnt);   /* live run entries per bucket */
    uint32_t *add = calloc(nb, sizeof *add);   /* delta entries per bucket */
    if (!cnt || !add) {
        free(cnt);
        free(add);
        return VG_ENOMEM;
    }
    size_t alloc = m->nrun + m->ndt;
    /* Room for everything first, so nothing below can fail halfway. */
    if (m->ndt) {
        uint64_t *r = realloc(m->run, (m->nrun + m->ndt) * sizeof *r);
        if (!r) {
            free(cnt);
            free(add);
            return VG_ENOMEM;
        }
        m->run = r;
    }
    /* 1. Compact live entries to the front, bucket by bucket. */
    size_t w = 0;
    if (!keep) {
        for (size_t b = 0; b < nb; b++)
            cnt[b] = m->dir[b + 1] - m->dir[b];
        w = m->nrun;
    }
    for (size_t b = 0; keep && b < nb; b++) {
        size_t from = m->dir[b], to = m->dir[b + 1], w0 = w;
        for (size_t i = from; i < to; i++)
            if (keep(ctx, (uint32_t)m->run[i]))
                m->run[w++] = m->run[i];
        cnt[b] = (uint32_t)(w - w0);
    }
    for (size_t b = 0; m->ndt && b < nb; b++)
        for (uint32_t i = m->head[b]; i != NIL; i = m->dnext[i])
            if (!keep || keep(ctx, (uint32_t)m->dv[i]))
                add[b]++;
    /* 2. New bucket starts. */
    size_t total = 0;
    for (size_t b = 0; b < nb; b++) {
        m->dir[b] = (uint32_t)total;
        total += (size_t)cnt[b] + add[b];
    }
    m->dir[nb] = (uint32_t)total;
    /* 3. Move buckets to their new places, last first (they only move up). */
    size_t cend = w;
    for (size_t b = nb; b-- > 0;) {
        size_t cstart = cend - cnt[b];
        if (cnt[b] && m->dir[b] != cstart)
            memmove(m->run + m->dir[b], m->run + cstart, cnt[b] * sizeof(uint64_t));
        cend = cstart;
    }
    /* 4. Append the delta's entries after each bucket's run, then sort. */
    for (size_t b = 0; m->ndt && b < nb; b++)
        for (uint32_t i = m->head[b]; i != NIL; i = m->dnext[i])
            if (!keep || keep(ctx, (uint32_t)m->dv[i]))
                m->run[m->dir[b] + cnt[b]++] = m->dv[i];
    for (size_t b = 0; b < nb; b++)
        if (add[b])
            vg_sort_u64(m->run + m->dir[b], cnt[b]);
    m->nrun = total;
    if (total && total < alloc) { /* entries expired: give memory back */
        uint64_t *r = realloc(m->run, total * sizeof *r);
        if (r)
            m->run = r;
    }
    free(cnt);
    free(add);
    if (m->head && m->ndt)
        memset(m->head, 0xff, nb * sizeof *m->head);
    m->ndt = 0;
    return VG_OK;
}

size_t vg_mmap_count(const vg_mmap *m)
{
    return m->nrun + m->ndt;
}

size_t vg_mmap_bytes(const vg_mmap *m)
{
    return m->nrun * sizeof(uint64_t) + (nbuckets(m) + 1) * sizeof(uint32_t) +
           m->ndt_peak * (sizeof(uint64_t) + sizeof(uint32_t)) +
           (m->head ? nbuckets(m) * sizeof(uint32_t) : 0);
}

/* During a bulk load dir[b + 1] counts bucket b's entries, then (after
 * alloc) dir[b + 1] is the next free slot of bucket b. */
void vg_mmap_bulk_count(vg_mmap *m, uint64_t key)
{
    m->dir[bucket_of(m, key) + 1]++;
}

vg_err vg_mmap_bulk_alloc(vg_mmap *m)
{
    size_t nb = (size_t)1 << m->dbits, total = 0;
    for (size_t b = 0; b < nb; b++) {
        size_t c = m->dir[b + 1];
        m->dir[b + 1] = (uint32_t)total; /* start of bucket b, advanced by put */
        total += c;
    }
    m->dir[0] = 0;
    if (total == 0)
        return VG_OK;
    if (total > UINT32_MAX)
        return VG_ENOMEM; /* bucket starts are 32-bit: 4 G entries at most */
    free(m->run);
    m->run = malloc(total * sizeof *m->run);
    if (!m->run) {
        memset(m->dir, 0, (nb + 1) * sizeof *m->dir);
        return VG_ENOMEM;
    }
    m->nrun = total;
    return VG_OK;
}

void vg_mmap_bulk_put(vg_mmap *m, uint64_t key, uint32_t val)
{
    unsigned b = bucket_of(m, key);
    m->run[m->dir[b + 1]++] = (key >> 32) << 32 | val;
}

void vg_mmap_bulk_done(vg_mmap *m)
{
    /* dir[b + 1] now ends bucket b, which is where bucket b + 1 starts. */
    size_t nb = (size_t)1 << m->dbits;
    m->dir[0] = 0;
    for (size_t b = 0; b < nb; b++)
        vg_sort_u64(m->run + m->dir[b], m->dir[b + 1] - m->dir[b]);
}
