/*
 * vg_mmap.h - the copy index: a multimap from 64-bit keys (band keys,
 * sentence hashes, exact hashes) to 32-bit class numbers, built for many
 * millions of entries at 8 bytes each.
 *
 *   run:   entries grouped by bucket, bucket = bits [32-dbits, 32) of the key
 *          +---------------------------+----------------------------+
 *          | high 32 bits of key (u32) | class number (u32)         |  u64
 *          +---------------------------+----------------------------+
 *          dir[b] .. dir[b+1]: the entries of bucket b; a bucket is sorted
 *          by entry value (key, then class: older classes first).
 *   delta: entries added since the last merge, packed the same way, with a
 *          chain per bucket (head[b], newest first; 12 bytes an entry);
 *          merged into the run when it holds a sixteenth of the run (at
 *          least 256 Ki entries).
 *
 * A lookup therefore compares 32 + dbits bits of the key (dbits is fixed
 * when the map is created, from the expected size): a false match is
 * possible, which is fine for candidates that are verified anyway; exact
 * lookups check the rest of the key themselves.  Giant clusters stay cheap:
 * a lookup reports at most `cap` matches per key, newest first.
 *
 * Entries of expired classes (vg_mmap_merge's keep callback says no) are
 * dropped at the next merge; memory then follows the live classes.
 */
#ifndef VG_MMAP_H
#define VG_MMAP_H

#include <stddef.h>
#include <stdint.h>

#include "vigie/err.h"

typedef struct vg_mmap vg_mmap;

/* A map sized for about `expect` entries.  Caller frees with vg_mmap_free. */
vg_mmap *vg_mmap_new(size_t expect);
void vg_mmap_free(vg_mmap *m);

vg_err vg_mmap_add(vg_mmap *m, uint64_t key, uint32_t val);

/*
 * Append to out[0..cap) the values stored under key, newest first, at most
 * cap of them; returns how many.
 */
size_t vg_mmap_get(const vg_mmap *m, uint64_t key, uint32_t *out, size_t cap);

/*
 * Start loading what vg_mmap_get(m, key) will read, so that the cache
 * misses of a batch of keys overlap: for every key of the batch
 * vg_mmap_prefetch(m, key, 0) (its bucket's bounds, the delta's chain
 * head), then for every key vg_mmap_prefetch(m, key, 1) (the bucket).
 */
void vg_mmap_prefetch(const vg_mmap *m, uint64_t key, int stage);

/*
 * Merge the delta into the run when it is due (or always when force),
 * dropping entries whose value keep(ctx, val) rejects (keep may be NULL).
 */
vg_err vg_mmap_merge(vg_mmap *m, int force, int (*keep)(void *ctx, uint32_t val),
                     void *ctx);

/* Entries held, and bytes of memory written (allocated pages never
 * written are not counted: they take no memory). */
size_t vg_mmap_count(const vg_mmap *m);
size_t vg_mmap_bytes(const vg_mmap *m);

#endif

/*
 * Bulk loading straight into the run, without the delta: call
 * vg_mmap_bulk_count() for every entry, then vg_mmap_bulk_alloc(), then
 * vg_mmap_bulk_put() for the same entries, then vg_mmap_bulk_done().  The
 * map must be empty when it starts.  Peak memory is the run itself.
 */
void vg_mmap_bulk_count(vg_mmap *m, uint64_t key);
vg_err vg_mmap_bulk_alloc(vg_mmap *m);
void vg_mmap_bulk_put(vg_mmap *m, uint64_t key, uint32_t val);
void vg_mmap_bulk_done(vg_mmap *m);
