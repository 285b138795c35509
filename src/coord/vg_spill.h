/*
 * vg_spill.h - actions sorted by (object, time, account), in memory or on
 * disk, read back one object's run at a time (docs/ARCHITECTURE.md,
 * "Coordination", "Memory").
 *
 * Every pass of coordination detection (the window estimate, the sweeps,
 * the null runs, the summaries) looks at one object's actions at a time,
 * so none needs every action in memory.  A vg_spill collects actions in a
 * chunk of fixed size; a full chunk is sorted and written to an unlinked
 * temporary file (in $TMPDIR, else /tmp) as a sorted run.  At the end the
 * runs are merged into one sorted file, which a vg_action_src reads
 * through a block buffer.  A store whose actions fit in one chunk never
 * touches the disk: the chunk is sorted in place and read from memory.
 * Both give the same actions in the same order, so results do not depend
 * on the path taken.
 *
 *   file of n actions, 16 bytes each, sorted:
 *   +-----+------+------+-----+------+------+-----+------+-----
 *   | obj | acct | t    | obj | acct | t    | ... (object 0's run, then
 *   | u32 | u32  | i64  |                    object 1's run ...)
 *
 * Memory: the chunk (VG_SPILL_CHUNK actions, 64 MiB) while reading, a
 * 64 KiB buffer per sorted run while merging, then a block (1 MiB) and
 * the longest object's run while reading back.
 */
#ifndef VG_SPILL_H
#define VG_SPILL_H

#include <stddef.h>
#include <stdint.h>

#include "vigie/err.h"

typedef struct vg_action {
    uint32_t obj;   /* dense object number */
    uint32_t acct;  /* dense account number */
    int64_t t;      /* seconds */
} vg_action;

/* Actions sorted in memory before a chunk is written out. */
#define VG_SPILL_CHUNK ((size_t)1 << 22)

/* Sort actions by object, then time, then account (in place). */
void vg_actions_sort(vg_action *a, size_t n);

/* The order of vg_actions_sort: negative, 0, positive. */
int vg_action_cmp(const vg_action *a, const vg_action *b);

typedef struct vg_spill {
    vg_action *v;       /* the chunk being filled; after vg_spill_finish,
                           every action when fd < 0 */
    size_t n, cap;      /* actions in v, its capacity */
    size_t chunk;       /* actions per chunk; 0 = VG_SPILL_CHUNK */
    size_t total;       /* actions pushed */
    int fd;             /* the sorted actions on disk (unlinked), or -1 */
    uint64_t *run_end;  /* while reading: where each sorted run ends in fd */
    size_t nruns;
} vg_spill;

/* An empty spill (chunk 0: the default). */
void vg_spill_init(vg_spill *s, size_t chunk);
void vg_spill_free(vg_spill *s);
/* Add an action.  VG_ENOMEM, VG_EIO (the temporary file). */
vg_err vg_spill_push(vg_spill *s, uint32_t obj, uint32_t acct, int64_t t);
/* Sort what is left and merge the runs: the actions are then readable.
 * VG_ENOMEM, VG_EIO. */
vg_err vg_spill_finish(vg_spill *s);

/*
 * A cursor over sorted actions, one object's run at a time: over an array
 * (borrowed) or a file of `n` sorted actions (borrowed descriptor).
 */
typedef struct vg_action_src {
    const vg_action *v; /* in memory, or NULL */
    int fd;             /* on disk, or -1 */
    size_t n;           /* actions */
    size_t pos;         /* in memory: the next action */
    uint64_t fpos;      /* on disk: the next action to read into blk */
    vg_action *blk;     /* on disk: a block of the file */
    size_t bsize;       /* actions a block (the spill's chunk, at most 1 MiB) */
    size_t blen, bpos;
    vg_action *run;     /* on disk: a run that spans blocks */
    size_t rcap;
    size_t longest;     /* the longest run returned so far */
} vg_action_src;

/* A cursor over a[0..n) sorted by vg_actions_sort (borrowed). */
void vg_src_mem(vg_action_src *c, const vg_action *a, size_t n);
/* A cursor over the actions of a finished spill (valid until it is freed). */
void vg_src_spill(vg_action_src *c, const vg_spill *s);
/* Back to the first action. */
void vg_src_rewind(vg_action_src *c);
/*
 * The next object's run: VG_OK and *run[0..*m) (valid until the next call),
 * VG_DONE at the end, VG_EIO, VG_ENOMEM.
 */
vg_err vg_src_next(vg_action_src *c, const vg_action **run, size_t *m);
void vg_src_free(vg_action_src *c);

#endif
