/*
 * vigie/store.h - the document store (SQLite, WAL) and its queries.
 *
 * One store is one SQLite file.  Its schema is versioned (PRAGMA
 * user_version) and migrated forward on open; a file written by a newer
 * vigie is refused with VG_ESCHEMA rather than damaged.  Documents are
 * written in explicit transactions (vg_store_begin / vg_store_commit), so a
 * crash or kill loses at most the open batch and never corrupts what was
 * committed.  Putting a document whose id is already stored for the same
 * source adds nothing: a document is identified by (id, source), since two
 * sources may number their items alike.
 *
 * Full-text search uses an FTS5 index over title and text, caught up with
 * the stored documents in one pass by vg_store_index() (one INSERT ...
 * SELECT over the documents added since the last call, much faster than
 * indexing row by row).  Searches see only indexed documents;
 * vg_store_info() says how many are waiting.
 */
#ifndef VIGIE_STORE_H
#define VIGIE_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "vigie/doc.h"
#include "vigie/err.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct vg_store vg_store;

typedef struct vg_store_opts {
    int readonly;         /* 1: open an existing store read-only */
    int cache_mib;        /* SQLite page cache; 0 = 32 MiB */
    int fast_unsafe;      /* 1: synchronous=OFF (benchmarks; a power loss
                             may lose recent batches, never corrupt; no bulk
                             journal then) */
    int busy_ms;          /* how long a locked store is waited for; 0 = 10 s */
    int bulk;             /* 1: a bulk writer: SQLite's rollback journal
                             instead of the write-ahead log while this handle
                             is open, when no other connection has the store
                             open (new pages are then written once, not to
                             the log and again at a checkpoint); back to the
                             log at close.  A reader in the middle of a query
                             then holds commits (each is tried 30 times, after
                             the busy wait) */
} vg_store_opts;

/* Open or create the store at path.  opts may be NULL.  Caller frees with
 * vg_store_close().  On failure a message is written into err. */
vg_err vg_store_open(vg_store **out, const char *path, const vg_store_opts *opts,
                     char *err, size_t errcap);
void vg_store_close(vg_store *s);

/* The last error message on this store; valid until the next call. */
const char *vg_store_errmsg(const vg_store *s);

vg_err vg_store_begin(vg_store *s);
vg_err vg_store_commit(vg_store *s);
vg_err vg_store_rollback(vg_store *s);

/*
 * Store doc (fields borrowed for the call).  *added is 1 when it was new, 0
 * when a document with the same id and source was already stored (nothing
 * changes).  Inside or outside a transaction.
 * The document reaches the full-text index at the next vg_store_index().
 */
vg_err vg_store_put(vg_store *s, const vg_doc *doc, int *added);

/*
 * Store doc as vg_store_put does, for bulk loads: inside a transaction, and
 * whether it was new is only settled later, for many documents at once (at
 * the latest by vg_store_commit; every query and lookup settles first too).
 * Sequence numbers follow the order of the calls: every call takes one,
 * so a duplicate (here or in vg_store_put) leaves a gap.  vg_store_counts gives the committed totals.  Should SQLite
 * end the transaction after an error (a full disk), the handle forgets it
 * as well, and appending needs a new vg_store_begin.
 */
vg_err vg_store_append(vg_store *s, const vg_doc *doc);

/* Settle the appended documents now (inside their transaction). */
vg_err vg_store_settle(vg_store *s);

/* Documents committed as new and found already stored since the store was
 * opened (by vg_store_put and vg_store_append). */
void vg_store_counts(const vg_store *s, uint64_t *added, uint64_t *duplicates);

/* Bring the full-text index up to date; *indexed receives the count. */
vg_err vg_store_index(vg_store *s, uint64_t *indexed);

/* Record one ingest run (inputs, counters) in the store's history. */
typedef struct vg_run_record {
    const char *inputs;   /* input names, '\n'-separated */
    int64_t started_at;   /* seconds, UTC */
    int64_t finished_at;
    uint64_t read;        /* records read */
    uint64_t added;       /* new documents */
    uint64_t duplicates;  /* already stored */
    uint64_t skipped;     /* bad records */
} vg_run_record;
vg_err vg_store_log_run(vg_store *s, const vg_run_record *run);

typedef struct vg_store_info {
    uint64_t docs;          /* documents stored */
    uint64_t unindexed;     /* documents not yet in the full-text index */
    uint64_t sources;       /* distinct sources */
    uint64_t authors;       /* distinct authors */
    int64_t first_at;       /* earliest published_at, VG_TIME_NONE if none */
    int64_t last_at;        /* latest published_at */
    int schema_version;
    uint64_t runs;          /* ingest runs recorded */
} vg_store_info;
vg_err vg_store_info_get(vg_store *s, vg_store_info *out);

/*
 * Look a document up by id (or by "#SEQ" for a sequence number).  When
 * several sources use the id, the first stored is returned (use #SEQ for
 * the others).  doc's slices are valid until the next call on s.
 * VG_ENOTFOUND if absent.
 */
vg_err vg_store_get(vg_store *s, const char *id, vg_doc *doc);

/* Counts grouped by a key, biggest first. */
typedef enum vg_group {
    VG_GROUP_SOURCE,
    VG_GROUP_LANG,
    VG_GROUP_DAY,      /* key "YYYY-MM-DD" of published_at (UTC) */
    VG_GROUP_AUTHOR
} vg_group;

typedef struct vg_count {
    vg_slice key;      /* valid until the next vg_cursor_next() */
    uint64_t n;
} vg_count;

/*
 * A cursor walks query results; one kind of row per cursor.  Rows are valid
 * until the next vg_cursor_next() or vg_cursor_free().
 */
typedef struct vg_cursor vg_cursor;

/* Counts by group, biggest first; limit 0 = all.  Days come in date order
 * instead, the last `limit` of them. */
vg_err vg_store_count(vg_store *s, vg_group g, unsigned limit, vg_cursor **out);
vg_err vg_cursor_next_count(vg_cursor *c, vg_count *row);

/*
 * Full-text search (FTS5 query syntax: words, "phrases", AND/OR/NOT,
 * prefix*), best match first.  snippet receives a short excerpt with
 * matches marked by '[' and ']'.
 */
vg_err vg_store_search(vg_store *s, const char *query, unsigned limit, vg_cursor **out);

/* All documents in sequence order, optionally from a sequence number on. */
vg_err vg_store_scan(vg_store *s, int64_t from_seq, vg_cursor **out);

/* Next document of a search or scan cursor; snippet may be NULL. */
vg_err vg_cursor_next_doc(vg_cursor *c, vg_doc *doc, vg_slice *snippet);

/* Error message of a failed cursor; valid until the next call. */
const char *vg_cursor_errmsg(const vg_cursor *c);
void vg_cursor_free(vg_cursor *c);

#ifdef __cplusplus
}
#endif
#endif
