/*
 * vigie/ingest.h - the ingest pipeline: read -> clean -> store.
 *
 * Inputs are read one after another; records are cleaned in batches (the
 * batch first feeds the per-source boilerplate statistics, then each record
 * is cleaned) and written to the store.  A transaction spans whole batches
 * and is committed about once a second (commit_ms) and at the end of each
 * input, so a kill loses at most the last second of work and never leaves a
 * batch half-stored.  A partial batch is stored too once its first record
 * is commit_ms old, so a slow stream (a feed on standard input) is committed
 * as it comes.  (One transaction per small batch would rewrite the
 * same random pages of the id index again and again: committing by time
 * keeps bulk loads I/O-light.)  Bad records are reported through the
 * on_skip callback with "FILE:LINE: reason", counted and skipped; in strict
 * mode the first one stops the run with VG_EPARSE (batches already committed
 * stay).  The full-text index is caught up once at the end unless deferred,
 * and so are copy detection (vg_copy_update over the new documents) and
 * then the stories (vg_story_update).
 */
#ifndef VIGIE_INGEST_H
#define VIGIE_INGEST_H

#include <stdint.h>

#include "vigie/clean.h"
#include "vigie/copy.h"
#include "vigie/err.h"
#include "vigie/read.h"
#include "vigie/store.h"
#include "vigie/story.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct vg_ingest_stats {
    uint64_t read;        /* records read */
    uint64_t added;       /* new documents stored (counted at each commit) */
    uint64_t duplicates;  /* already stored, not added again (the same) */
    uint64_t skipped;     /* bad records skipped */
    uint64_t unreadable;  /* inputs or files that could not be opened or
                             read to the end (reported through on_skip;
                             the run goes on and returns VG_EIO) */
    uint64_t indexed;     /* documents added to the full-text index */
    uint64_t bytes;       /* uncompressed input bytes */
    vg_clean_stats clean; /* what the cleaner did */
    vg_copy_stats copy;   /* what copy detection found */
    vg_story_stats story; /* what the stories' update did */
} vg_ingest_stats;

typedef struct vg_ingest_opts {
    vg_read_opts read;    /* readers' options */
    vg_clean_opts clean;  /* cleaner's options */
    int strict;           /* 1: stop at the first bad record */
    int defer_index;      /* 1: leave the full-text index for vg_store_index */
    int no_copies;        /* 1: leave copy detection for vg_copy_update */
    vg_copy_opts copy;    /* copy detection's settings */
    int no_stories;       /* 1: leave the stories for vg_story_update */
    unsigned batch;       /* records per cleaning batch; 0 = 4096 */
    unsigned commit_ms;   /* commit when a transaction is this old, checked
                             after each batch; 0 = 1000 */
    /* Called for each skipped record with "FILE:LINE: reason", and for each
     * input that cannot be read (the others are still read); may be NULL. */
    void (*on_skip)(void *ctx, const char *msg);
    /* Called about every progress_every records; may be NULL. */
    void (*on_progress)(void *ctx, const vg_ingest_stats *st);
    uint64_t progress_every; /* 0 = 65536 */
    void *ctx;               /* passed to the callbacks */
} vg_ingest_opts;

/*
 * Ingest each of paths[0..npaths) into s.  st receives the counters (also on
 * failure, for what was done).  On failure err holds a message.
 */
vg_err vg_ingest(vg_store *s, const char *const *paths, size_t npaths,
                 const vg_ingest_opts *opts, vg_ingest_stats *st, char *err,
                 size_t errcap);

#ifdef __cplusplus
}
#endif
#endif
