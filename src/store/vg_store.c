/*
 * vg_store.c - the SQLite document store (see vigie/store.h and the table
 * drawing in docs/ARCHITECTURE.md).
 *
 * Invariants:
 *   - every committed document has one row in doc_keys, its key being
 *     vg_doc_key(id, salt) for the smallest salt in 0..VG_KEY_PROBES-1 that
 *     was free when its key was settled, so a lookup probes salts in order
 *     and stops at the first absent key;
 *   - appended documents (vg_store_append) wait in s->pend, as (key, seq),
 *     until the next settle (at the latest at commit), which adds their
 *     keys in key order and deletes the rows that turn out to be
 *     duplicates; nothing reads docs by key while any wait;
 *   - meta.fts_upto is the largest seq present in docs_fts, and every
 *     document with seq <= fts_upto is indexed (the index is only ever
 *     caught up in seq order, inside one transaction with the watermark);
 *   - statements are prepared once per handle and reset after each use.
 *
 * Durability: WAL with synchronous=NORMAL, or for a bulk writer alone on
 * the store the rollback journal with synchronous=FULL.  A crash or kill of
 * the process loses at most the open transaction; committed batches
 * survive, and the file is never left corrupt.  fast_unsafe (benchmarks)
 * turns syncs off.
 */
#include "vigie/store.h"

#include <pthread.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vg_buf.h"
#include "vg_schema.h"
#include "vg_sort.h"
#include "vg_store_sql.h"

/* Salts tried for a key before giving up.  A document is its (id, source):
 * the same input id from N sources (per-channel message numbers, row
 * numbers in several CSV files) takes N probes; time-local keys of hashed
 * ids collide now and then too (40 hash bits per day). */
#define VG_KEY_PROBES 256

/*
 * Keys of appended documents are added to doc_keys in sorted runs: one
 * B-tree descent after another into the same pages, where arrival order
 * (the IRA tweets come author by author) sends each into a cold page; a
 * run is at most this many documents (4 MiB of pairs).
 */
#define VG_PENDING_MAX ((size_t)1 << 18)

/* When more than half of the last this-many documents were already
 * stored (the same input ingested again), appending each row only to
 * delete it at the settle is wasted: keys are then looked up first, one
 * by one, until new documents dominate again. */
#define VG_MODE_WINDOW 4096

#define DOC_COLUMNS                                                           \
    "seq, id, source, author, url, title, text, lang, byline, dateline_place, " \
    "dateline_agency, links, hashtags, mentions, repost_of, reply_to, "         \
    "published_at, ingested_at, flags, "                                        \
    "(SELECT path FROM origins WHERE origins.id = docs.origin), origin_line"

struct vg_store {
    sqlite3 *db;
    sqlite3_stmt *ins;      /* append a document row */
    sqlite3_stmt *key_add;  /* add a key unless taken */
    sqlite3_stmt *key_seq;  /* the seq stored under a key */
    sqlite3_stmt *ident;    /* id and source of a seq */
    sqlite3_stmt *drop;     /* delete a row (a duplicate found at a settle) */
    sqlite3_stmt *get;      /* whole document by key */
    sqlite3_stmt *get_seq;  /* whole document by seq */
    sqlite3_stmt *origin_get; /* id of an input file name */
    sqlite3_stmt *origin_add; /* record an input file name */
    char *origin;           /* last input file name seen by put, owned */
    int64_t origin_id;      /* its id in origins */
    int readonly;
    int bulk;               /* in the rollback journal until closed */
    int in_txn;
    int lost;               /* SQLite ended the caller's transaction: its
                               commit must fail, not succeed empty */
    int64_t now;            /* ingested_at for documents of this batch */
    vg_buf pend;            /* vg_pair (key, seq) of appended rows, not
                               settled */
    int direct;             /* keys looked up before rows are appended */
    uint64_t win_n, win_dups; /* documents and duplicates in this window */
    uint64_t added, dups;   /* settled and committed since the store was
                               opened */
    uint64_t txn_added, txn_dups; /* settled in the open transaction */
    int64_t next_seq;       /* seq of the next document put or appended,
                               stored or not: a document's seq is the store's
                               last + 1 + its rank in the run, whatever the
                               commits and settles, so the same input gives
                               the same numbers; 0 after a rollback */
    vg_buf ident_copy;      /* id and source of a row, during a settle */
    char msg[512];
};

struct vg_cursor {
    vg_store *s;
    sqlite3_stmt *st;
    int kind;               /* CUR_COUNT or CUR_DOC */
    int has_snippet;
    char msg[256];
};

enum { CUR_COUNT, CUR_DOC };

static vg_err fail_db(vg_store *s, const char *what)
{
    snprintf(s->msg, sizeof s->msg, "%s: %s", what, sqlite3_errmsg(s->db));
    return VG_ESTORE;
}

sqlite3 *vg_store_sqlite(vg_store *s)
{
    return s->db;
}

vg_err vg_store_fail(vg_store *s, const char *what)
{
    return fail_db(s, what);
}

int vg_store_in_txn(const vg_store *s)
{
    return s->in_txn;
}

const char *vg_store_errmsg(const vg_store *s)
{
    return s ? s->msg : "no store";
}

static int exec(vg_store *s, const char *sql)
{
    char *m = NULL;
    int rc = sqlite3_exec(s->db, sql, NULL, NULL, &m);
    if (rc != SQLITE_OK)
        snprintf(s->msg, sizeof s->msg, "%s: %s", sql, m ? m : "?");
    sqlite3_free(m);
    return rc;
}

/* 1 when the journal mode pragma sql leaves the store in mode want. */
static int journal_is(vg_store *s, const char *sql, const char *want)
{
    sqlite3_stmt *st = NULL;
    int ok = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) == SQLITE_OK &&
             sqlite3_step(st) == SQLITE_ROW &&
             strcmp((const char *)sqlite3_column_text(st, 0), want) == 0;
    sqlite3_finalize(st);
    return ok;
}

static int prepare(vg_store *s, const char *sql, sqlite3_stmt **st)
{
    int rc = sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL);
    if (rc != SQLITE_OK)
        snprintf(s->msg, sizeof s->msg, "preparing statement: %s", sqlite3_errmsg(s->db));
    return rc;
}

/*
 * SQLite keeps allocation statistics by default, under a global mutex taken
 * on every malloc; a bulk load mallocs per row, and turning the statistics
 * off saved 6 % of the IRA ingest.  This is process-wide and must come
 * before SQLite is initialised: when the application has already used
 * SQLite the call fails harmlessly and its settings stay.
 */
static void sqlite_setup(void)
{
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

/*
 * A bulk writer killed inside a transaction leaves a hot rollback journal,
 * which a read-only connection cannot roll back (SQLITE_READONLY_ROLLBACK):
 * any read-write connection does, on its first read, putting back the last
 * committed state.  1 when that was done.
 */
static int roll_back_hot_journal(const char *path)
{
    sqlite3 *db = NULL;
    int ok = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK &&
             sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL) ==
                 SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

static vg_err store_open(vg_store **out, const char *path, const vg_store_opts *opts,
                         char *err, size_t errcap, int *hot);

vg_err vg_store_open(vg_store **out, const char *path, const vg_store_opts *opts,
                     char *err, size_t errcap)
{
    int hot = 0;
    vg_err e = store_open(out, path, opts, err, errcap, &hot);
    if (hot && roll_back_hot_journal(path))
        e = store_open(out, path, opts, err, errcap, &hot);
    return e;
}

/* vg_store_open; *hot set when a read-only open met a hot journal. */
static vg_err store_open(vg_store **out, const char *path, const vg_store_opts *opts,
                         char *err, size_t errcap, int *hot)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, sqlite_setup);
    static const vg_store_opts defaults = {0};
    if (!opts)
        opts = &defaults;
    *out = NULL;
    vg_err e = VG_ESTORE;
    vg_store *s = calloc(1, sizeof *s);
    if (!s) {
        snprintf(err, errcap, "out of memory");
        return VG_ENOMEM;
    }
    s->readonly = opts->readonly;
    /* A store handle is used by one thread at a time: no SQLite mutexes. */
    int flags = SQLITE_OPEN_NOMUTEX | (opts->readonly ? SQLITE_OPEN_READONLY
                                                      : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (sqlite3_open_v2(path, &s->db, flags, NULL) != SQLITE_OK) {
        snprintf(err, errcap, "%s: cannot open store: %s", path,
                 s->db ? sqlite3_errmsg(s->db) : "out of memory");
        goto fail;
    }
    sqlite3_extended_result_codes(s->db, 1);
    sqlite3_busy_timeout(s->db, opts->busy_ms > 0 ? opts->busy_ms : 10000);
    /* 16 KiB pages (for new stores; an existing file keeps its own): every
     * page written to the WAL and copied back at a checkpoint is a system
     * call, and bulk loads were spending a quarter of their time there
     * with 4 KiB pages (IRA ingest 6.8 s -> 5.5 s; 64 KiB was slower). */
    char pragmas[256];
    snprintf(pragmas, sizeof pragmas,
             "PRAGMA page_size = 16384; PRAGMA cache_size = -%d; PRAGMA temp_store = MEMORY;"
             "PRAGMA foreign_keys = ON;",
             (opts->cache_mib > 0 ? opts->cache_mib : 32) * 1024);
    if (exec(s, pragmas) != SQLITE_OK) {
        *hot = sqlite3_extended_errcode(s->db) == SQLITE_READONLY_ROLLBACK;
        goto fail_msg;
    }
    if (!opts->readonly) {
        /* A bulk writer alone on the store takes the rollback journal: in
         * the log every page is written twice, and the IRA ingest spent a
         * sixth of its time there.  SQLite refuses the change while another
         * connection has the store open; the log then stays. */
        s->bulk = opts->bulk && !opts->fast_unsafe &&
                  journal_is(s, "PRAGMA journal_mode = TRUNCATE", "truncate");
        /* Otherwise the log; while a bulk writer holds the store in the
         * rollback journal SQLite refuses the change at once (no busy
         * wait), and this handle works in the journal too. */
        int wal = !s->bulk && journal_is(s, "PRAGMA journal_mode = WAL", "wal");
        /* Checkpoint every 2048 pages (32 MiB) of WAL rather than every
         * 1000: each checkpoint syncs the database file. */
        if (exec(s, "PRAGMA wal_autocheckpoint = 2048") != SQLITE_OK)
            goto fail_msg;
        /* NORMAL is safe against power loss with the log, FULL with the
         * rollback journal. */
        if (exec(s, opts->fast_unsafe ? "PRAGMA synchronous = OFF"
                    : wal             ? "PRAGMA synchronous = NORMAL"
                                      : "PRAGMA synchronous = FULL") != SQLITE_OK)
            goto fail_msg;
    }
    /* A file that is not a database fails here, with SQLite's reason. */
    char merr[256];
    e = vg_schema_migrate(s->db, opts->readonly, merr, sizeof merr);
    if (e) {
        snprintf(err, errcap, "%s: %s", path, merr);
        goto fail;
    }
    e = VG_ESTORE;
    if (!s->readonly &&
        (prepare(s, "INSERT INTO docs (id, source, author, url, title, text, "
                    "lang, byline, dateline_place, dateline_agency, links, hashtags, "
                    "mentions, repost_of, reply_to, published_at, ingested_at, flags, "
                    "origin, origin_line, seq) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                 &s->ins) != SQLITE_OK ||
         prepare(s, "INSERT OR IGNORE INTO doc_keys (key, seq) VALUES (?, ?)",
                 &s->key_add) != SQLITE_OK ||
         prepare(s, "DELETE FROM docs WHERE seq = ?", &s->drop) != SQLITE_OK))
        goto fail_msg;
    if (prepare(s, "SELECT seq FROM doc_keys WHERE key = ?", &s->key_seq) != SQLITE_OK ||
        prepare(s, "SELECT id, source FROM docs WHERE seq = ?", &s->ident) != SQLITE_OK ||
        prepare(s, "SELECT " DOC_COLUMNS " FROM docs WHERE seq = "
                   "(SELECT seq FROM doc_keys WHERE key = ?)", &s->get) != SQLITE_OK ||
        prepare(s, "SELECT " DOC_COLUMNS " FROM docs WHERE seq = ?", &s->get_seq) != SQLITE_OK ||
        prepare(s, "SELECT id FROM origins WHERE path = ?", &s->origin_get) != SQLITE_OK ||
        (prepare(s, "INSERT INTO origins (path) VALUES (?)", &s->origin_add) != SQLITE_OK &&
         !s->readonly))
        goto fail_msg;
    *out = s;
    return VG_OK;
fail_msg:
    snprintf(err, errcap, "%s: %s", path, s->msg);
fail:
    vg_store_close(s);
    return e;
}

void vg_store_close(vg_store *s)
{
    if (!s)
        return;
    if (s->in_txn)
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_finalize(s->ins);
    sqlite3_finalize(s->key_add);
    sqlite3_finalize(s->key_seq);
    sqlite3_finalize(s->ident);
    sqlite3_finalize(s->drop);
    sqlite3_finalize(s->get);
    sqlite3_finalize(s->get_seq);
    sqlite3_finalize(s->origin_get);
    sqlite3_finalize(s->origin_add);
    free(s->origin);
    vg_buf_free(&s->pend);
    vg_buf_free(&s->ident_copy);
    /* Back to the log for the readers; should another connection hold the
     * store now, the next read-write open switches it. */
    if (s->bulk)
        sqlite3_exec(s->db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);
    sqlite3_close(s->db);
    free(s);
}

/* Forget the transaction's work: the waiting rows, the counts, the cached
 * origin (which the work may have added). */
static void forget_txn(vg_store *s)
{
    s->in_txn = 0;
    s->next_seq = 0; /* read again at the next begin */
    vg_buf_reset(&s->pend);
    s->txn_added = s->txn_dups = 0;
    free(s->origin);
    s->origin = NULL;
}

/* SQLite rolls a whole transaction back by itself on some errors (a full
 * disk, I/O, out of memory).  1 when it did so with the open one: the
 * handle then forgets it too, so that no row or key is ever written
 * outside a transaction, and the caller's commit fails. */
static int ended_by_sqlite(vg_store *s)
{
    if (!s->in_txn || !sqlite3_get_autocommit(s->db))
        return 0;
    forget_txn(s);
    s->lost = 1;
    return 1;
}

static const char lost_msg[] = "the transaction was rolled back by SQLite after an earlier error";

/* ended_by_sqlite, noticed before a step (the error was a caller's, or
 * went unnoticed): says so in the message. */
static int txn_lost(vg_store *s)
{
    if (!ended_by_sqlite(s))
        return 0;
    snprintf(s->msg, sizeof s->msg, "%s", lost_msg);
    return 1;
}

vg_err vg_store_begin(vg_store *s)
{
    if (s->in_txn && !txn_lost(s))
        return VG_OK;
    s->lost = 0;
    if (exec(s, "BEGIN IMMEDIATE") != SQLITE_OK)
        return VG_ESTORE;
    s->in_txn = 1;
    s->now = (int64_t)time(NULL);
    s->txn_added = s->txn_dups = 0;
    /* Numbers go on from this handle's last transaction (whose last
     * documents may have been dropped as duplicates), or from the store's
     * last document if another writer came in between. */
    sqlite3_stmt *st = NULL;
    int ok = sqlite3_prepare_v2(s->db, "SELECT coalesce(max(seq), 0) + 1 FROM docs", -1, &st,
                                NULL) == SQLITE_OK &&
             sqlite3_step(st) == SQLITE_ROW;
    if (ok && sqlite3_column_int64(st, 0) > s->next_seq)
        s->next_seq = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    if (!ok) {
        fail_db(s, "reading the last sequence number");
        vg_store_rollback(s);
        return VG_ESTORE;
    }
    return VG_OK;
}

/* ended_by_sqlite, after a failed step e: adds it to the step's message.
 * Returns e. */
static vg_err check_txn(vg_store *s, vg_err e)
{
    if (ended_by_sqlite(s)) {
        size_t k = strlen(s->msg);
        snprintf(s->msg + k, sizeof s->msg - k, " (the transaction was rolled back)");
    }
    return e;
}

/* How many times a commit that readers keep waiting (the rollback
 * journal needs them gone) is tried, each after the busy timeout. */
#define VG_COMMIT_TRIES 30

vg_err vg_store_commit(vg_store *s)
{
    if (s->in_txn)
        (void)txn_lost(s);
    if (!s->in_txn) {
        if (!s->lost)
            return VG_OK;
        s->lost = 0;
        snprintf(s->msg, sizeof s->msg, "%s", lost_msg);
        return VG_ESTORE;
    }
    vg_err e = vg_store_settle(s);
    if (e)
        return e;
    /* A reader in the middle of a query holds the rollback journal's
     * commit: SQLite keeps the transaction, and the commit is tried again
     * (a failed COMMIT with SQLITE_BUSY changes nothing). */
    int rc = SQLITE_BUSY;
    for (int i = 0; i < VG_COMMIT_TRIES && (rc & 0xff) == SQLITE_BUSY; i++)
        rc = exec(s, "COMMIT");
    if (rc != SQLITE_OK) {
        if ((rc & 0xff) == SQLITE_BUSY) {
            size_t k = strlen(s->msg);
            snprintf(s->msg + k, sizeof s->msg - k,
                     " (a reader kept the store busy; 'vigie ingest --wal' writes beside "
                     "long readers)");
        }
        return check_txn(s, VG_ESTORE);
    }
    s->added += s->txn_added;
    s->dups += s->txn_dups;
    int64_t next = s->next_seq;
    forget_txn(s);
    s->next_seq = next;
    return VG_OK;
}

vg_err vg_store_rollback(vg_store *s)
{
    if (!s->in_txn || txn_lost(s)) { /* nothing left to roll back */
        s->lost = 0;
        return VG_OK;
    }
    forget_txn(s);
    return exec(s, "ROLLBACK") == SQLITE_OK ? VG_OK : VG_ESTORE;
}

static int64_t key_of(vg_slice id, int salt)
{
    return vg_doc_key(id, salt);
}

static void bind_slice(sqlite3_stmt *st, int i, vg_slice v)
{
    if (v.n)
        sqlite3_bind_text(st, i, v.p, (int)v.n, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}

static int slice_eq_col(sqlite3_stmt *st, int col, vg_slice v)
{
    const char *p = (const char *)sqlite3_column_text(st, col);
    size_t n = p ? (size_t)sqlite3_column_bytes(st, col) : 0;
    return n == v.n && (n == 0 || memcmp(p, v.p, n) == 0);
}

/* The seq stored under key into *seq: 1, or 0 when no document has the
 * key, -1 on error. */
static int seq_at_key(vg_store *s, int64_t key, int64_t *seq)
{
    sqlite3_stmt *st = s->key_seq;
    sqlite3_bind_int64(st, 1, key);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        *seq = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* Key -> seq into doc_keys: 1 when added, 0 when the key is taken, -1 on
 * error. */
static int add_key(vg_store *s, int64_t key, int64_t seq)
{
    sqlite3_stmt *st = s->key_add;
    sqlite3_bind_int64(st, 1, key);
    sqlite3_bind_int64(st, 2, seq);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        return -1;
    return sqlite3_changes(s->db) == 1;
}

/* 1 when the document at seq is (id, source), 0 when it is another one, -1
 * on error (the message set).  Two sources may use the same id for different items (message
 * numbers per channel), so the source is part of a document's identity. */
static int same_doc(vg_store *s, int64_t seq, vg_slice id, vg_slice source)
{
    sqlite3_stmt *st = s->ident;
    sqlite3_bind_int64(st, 1, seq);
    int rc = sqlite3_step(st);
    int r = rc == SQLITE_ROW ? slice_eq_col(st, 0, id) && slice_eq_col(st, 1, source) : -1;
    sqlite3_reset(st);
    if (rc == SQLITE_DONE)
        snprintf(s->msg, sizeof s->msg, "document key points at sequence number %lld, "
                 "which holds no document: the store is damaged", (long long)seq);
    else if (rc != SQLITE_ROW)
        fail_db(s, "looking up document key");
    return r;
}

/* The id of input file name path in origins, added if new.  Documents come
 * in runs from one file, so the last name is cached. */
static vg_err origin_id(vg_store *s, const char *path, int64_t *out)
{
    if (s->origin && strcmp(s->origin, path) == 0) {
        *out = s->origin_id;
        return VG_OK;
    }
    sqlite3_stmt *st = s->origin_get;
    sqlite3_bind_text(st, 1, path, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        *out = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    if (rc == SQLITE_DONE) {
        st = s->origin_add;
        sqlite3_bind_text(st, 1, path, -1, SQLITE_STATIC);
        rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE)
            return fail_db(s, "recording input file");
        *out = sqlite3_last_insert_rowid(s->db);
    } else if (rc != SQLITE_ROW) {
        return fail_db(s, "looking up input file");
    }
    char *copy = strdup(path);
    if (!copy)
        return VG_ENOMEM;
    free(s->origin);
    s->origin = copy;
    s->origin_id = *out;
    return VG_OK;
}

static vg_err check_doc(vg_store *s, const vg_doc *d)
{
    if (!d->id.n) {
        snprintf(s->msg, sizeof s->msg, "document without id");
        return VG_EINVAL;
    }
    if (d->text.n > (size_t)INT32_MAX || d->title.n > (size_t)INT32_MAX) {
        snprintf(s->msg, sizeof s->msg, "document %.*s: text over 2 GiB",
                 (int)(d->id.n > 64 ? 64 : d->id.n), d->id.p);
        return VG_ELIMIT;
    }
    return VG_OK;
}

static vg_err no_free_key(vg_store *s, vg_slice id)
{
    snprintf(s->msg, sizeof s->msg, "no free key for document %.*s",
             (int)(id.n > 64 ? 64 : id.n), id.p);
    return VG_ESTORE;
}

/* Append d as a new row; its seq into *seq. */
static vg_err append_row(vg_store *s, const vg_doc *d, int64_t *seq)
{
    if (!s->in_txn && !s->now)
        s->now = (int64_t)time(NULL);
    sqlite3_stmt *st = s->ins;
    bind_slice(st, 1, d->id);
    bind_slice(st, 2, d->source);
    bind_slice(st, 3, d->author);
    bind_slice(st, 4, d->url);
    bind_slice(st, 5, d->title);
    bind_slice(st, 6, d->text);
    bind_slice(st, 7, d->lang);
    bind_slice(st, 8, d->byline);
    bind_slice(st, 9, d->dateline_place);
    bind_slice(st, 10, d->dateline_agency);
    bind_slice(st, 11, d->links);
    bind_slice(st, 12, d->hashtags);
    bind_slice(st, 13, d->mentions);
    bind_slice(st, 14, d->repost_of);
    bind_slice(st, 15, d->reply_to);
    if (d->published_at == VG_TIME_NONE)
        sqlite3_bind_null(st, 16);
    else
        sqlite3_bind_int64(st, 16, d->published_at);
    sqlite3_bind_int64(st, 17, s->now);
    sqlite3_bind_int64(st, 18, (int64_t)d->flags);
    if (d->origin) {
        int64_t oid;
        vg_err e = origin_id(s, d->origin, &oid);
        if (e)
            return e;
        sqlite3_bind_int64(st, 19, oid);
    } else {
        sqlite3_bind_null(st, 19);
    }
    sqlite3_bind_int64(st, 20, (int64_t)d->origin_line);
    sqlite3_bind_int64(st, 21, s->next_seq);
    /* Every parameter is bound on each call, so no clear_bindings; the
     * borrowed text must not be touched after return, and is not. */
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        return fail_db(s, "storing document");
    *seq = s->next_seq++;
    return VG_OK;
}

/* Count n settled documents, dups of them already stored, into the
 * store's totals and the mode window; a full window picks the mode. */
static void count_settled(vg_store *s, uint64_t n, uint64_t dups)
{
    s->txn_added += n - dups;
    s->txn_dups += dups;
    s->win_n += n;
    s->win_dups += dups;
    if (s->win_n >= VG_MODE_WINDOW) {
        s->direct = s->win_dups * 2 > s->win_n;
        s->win_n = s->win_dups = 0;
    }
}

/* Store d with its key looked up first; *added as in vg_store_put.  Inside
 * a transaction. */
static vg_err put_direct(vg_store *s, const vg_doc *d, int *added)
{
    *added = 0;
    for (int salt = 0; salt < VG_KEY_PROBES; salt++) {
        int64_t key = key_of(d->id, salt), at, seq;
        int r = seq_at_key(s, key, &at);
        if (r < 0)
            return fail_db(s, "looking up document key");
        if (r == 0) {
            vg_err e = append_row(s, d, &seq);
            if (e)
                return e;
            if (add_key(s, key, seq) != 1)
                return fail_db(s, "storing document key");
            *added = 1;
            count_settled(s, 1, 0);
            return VG_OK;
        }
        int same = same_doc(s, at, d->id, d->source);
        if (same < 0)
            return VG_ESTORE;
        if (same) {
            s->next_seq++; /* as if appended and dropped: see next_seq */
            count_settled(s, 1, 1);
            return VG_OK;
        }
    }
    return no_free_key(s, d->id);
}

/* The appended row at seq, whose key (salt 0) is taken: it is either the
 * document stored under the key, then deleted (*dup = 1), or another
 * document that takes the next free salt. */
static vg_err settle_taken(vg_store *s, int64_t key, int64_t seq, int *dup)
{
    *dup = 0;
    /* The row's id and source, copied: the statement is reused below. */
    sqlite3_stmt *st = s->ident;
    sqlite3_bind_int64(st, 1, seq);
    int rc = sqlite3_step(st);
    vg_err e = VG_OK;
    vg_buf *b = &s->ident_copy;
    vg_buf_reset(b);
    size_t nid = 0;
    if (rc == SQLITE_ROW) {
        nid = (size_t)sqlite3_column_bytes(st, 0);
        e = vg_buf_append(b, sqlite3_column_text(st, 0), nid);
        if (!e)
            e = vg_buf_append(b, sqlite3_column_text(st, 1),
                              (size_t)sqlite3_column_bytes(st, 1));
    }
    sqlite3_reset(st);
    if (rc == SQLITE_DONE) {
        snprintf(s->msg, sizeof s->msg, "the document appended as sequence number %lld "
                 "is gone before its key was stored", (long long)seq);
        return VG_ESTORE;
    }
    if (rc != SQLITE_ROW)
        return fail_db(s, "reading a stored document");
    if (e)
        return e;
    vg_slice id = {b->p, nid}, source = {b->p + nid, b->n - nid};
    for (int salt = 0;;) {
        int64_t at;
        int r = seq_at_key(s, key, &at);
        if (r < 0)
            return fail_db(s, "looking up document key");
        if (r == 1) {
            int same = same_doc(s, at, id, source);
            if (same < 0)
                return VG_ESTORE;
            if (same) {
                sqlite3_bind_int64(s->drop, 1, seq);
                rc = sqlite3_step(s->drop);
                sqlite3_reset(s->drop);
                if (rc != SQLITE_DONE)
                    return fail_db(s, "dropping a duplicate");
                *dup = 1;
                return VG_OK;
            }
            if (++salt == VG_KEY_PROBES)
                return no_free_key(s, id);
            key = key_of(id, salt);
        }
        r = add_key(s, key, seq);
        if (r < 0)
            return fail_db(s, "storing document key");
        if (r == 1)
            return VG_OK;
    }
}

/* The pairs waiting in s->pend, and their count. */
static vg_pair *pending(vg_store *s, size_t *n)
{
    *n = s->pend.n / sizeof(vg_pair);
    return (vg_pair *)(void *)s->pend.p;
}

vg_err vg_store_settle(vg_store *s)
{
    size_t n;
    vg_pair *pend = pending(s, &n);
    if (!n)
        return VG_OK;
    /* Keys written after SQLite ended the transaction would each commit on
     * their own, pointing at rows that are gone. */
    if (txn_lost(s))
        return VG_ESTORE;
    vg_sort_pairs(pend, n);
    uint64_t dups = 0;
    vg_err e = VG_OK;
    for (size_t i = 0; i < n && !e; i++) {
        int64_t key = (int64_t)pend[i].a, seq = (int64_t)pend[i].b;
        int r = add_key(s, key, seq);
        if (r < 0) {
            e = fail_db(s, "storing document key");
        } else if (r == 0) {
            int dup;
            e = settle_taken(s, key, seq, &dup);
            dups += (uint64_t)dup;
        }
    }
    if (e) {
        /* Half settled, the transaction cannot commit, nor settle again
         * (a savepoint would let it, at the price of a copy of every page
         * of doc_keys it touches, in memory): it is rolled back. */
        size_t k = strlen(s->msg);
        snprintf(s->msg + k, sizeof s->msg - k, " (the transaction was rolled back)");
        if (!sqlite3_get_autocommit(s->db))
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        forget_txn(s);
        return e;
    }
    count_settled(s, n, dups);
    vg_buf_reset(&s->pend);
    return VG_OK;
}

vg_err vg_store_append(vg_store *s, const vg_doc *d)
{
    vg_err e = check_doc(s, d);
    if (e)
        return e;
    if (txn_lost(s))
        return VG_ESTORE;
    if (!s->in_txn) {
        snprintf(s->msg, sizeof s->msg, "appending outside a transaction");
        return VG_EINVAL;
    }
    size_t n;
    (void)pending(s, &n);
    if (n == VG_PENDING_MAX && (e = vg_store_settle(s)) != VG_OK)
        return e;
    if (s->direct) {
        int added;
        return check_txn(s, put_direct(s, d, &added));
    }
    /* Room for the key first: a row is never left without it. */
    if (vg_buf_reserve(&s->pend, sizeof(vg_pair))) {
        snprintf(s->msg, sizeof s->msg, "out of memory");
        return VG_ENOMEM;
    }
    int64_t seq;
    if ((e = append_row(s, d, &seq)) != VG_OK)
        return check_txn(s, e);
    vg_pair k = {(uint64_t)key_of(d->id, 0), (uint64_t)seq};
    return vg_buf_append(&s->pend, &k, sizeof k);
}

vg_err vg_store_put(vg_store *s, const vg_doc *d, int *added)
{
    *added = 0;
    vg_err e = check_doc(s, d);
    if (e)
        return e;
    if (txn_lost(s))
        return VG_ESTORE;
    int own_txn = !s->in_txn;
    if (own_txn && (e = vg_store_begin(s)) != VG_OK)
        return e;
    e = vg_store_settle(s);
    if (!e)
        e = check_txn(s, put_direct(s, d, added));
    if (own_txn && !e)
        e = vg_store_commit(s);
    if (own_txn && e)
        vg_store_rollback(s);
    if (e)
        *added = 0;
    return e;
}

void vg_store_counts(const vg_store *s, uint64_t *added, uint64_t *duplicates)
{
    *added = s->added;
    *duplicates = s->dups;
}

static int64_t scalar_int(vg_store *s, const char *sql, int *ok)
{
    sqlite3_stmt *st = NULL;
    int64_t v = 0;
    *ok = 0;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
        v = sqlite3_column_int64(st, 0);
        *ok = 1;
    } else {
        fail_db(s, sql);
    }
    sqlite3_finalize(st);
    return v;
}

vg_err vg_store_index(vg_store *s, uint64_t *indexed)
{
    *indexed = 0;
    int own_txn = !s->in_txn;
    if (own_txn && vg_store_begin(s) != VG_OK)
        return VG_ESTORE;
    if (vg_store_settle(s) != VG_OK)
        goto fail;
    int ok;
    int64_t upto = scalar_int(s, "SELECT v FROM meta WHERE k = 'fts_upto'", &ok);
    if (!ok)
        goto fail;
    int64_t last = scalar_int(s, "SELECT coalesce(max(seq), 0) FROM docs", &ok);
    if (!ok)
        goto fail;
    if (last > upto) {
        char sql[256];
        snprintf(sql, sizeof sql,
                 "INSERT INTO docs_fts (rowid, title, text) SELECT seq, title, text "
                 "FROM docs WHERE seq > %lld ORDER BY seq",
                 (long long)upto);
        if (exec(s, sql) != SQLITE_OK)
            goto fail;
        *indexed = (uint64_t)sqlite3_changes64(s->db);
        snprintf(sql, sizeof sql, "UPDATE meta SET v = %lld WHERE k = 'fts_upto'",
                 (long long)last);
        if (exec(s, sql) != SQLITE_OK)
            goto fail;
    }
    if (own_txn && vg_store_commit(s) != VG_OK)
        goto fail;
    return VG_OK;
fail:
    *indexed = 0;
    if (own_txn)
        vg_store_rollback(s);
    return VG_ESTORE;
}

vg_err vg_store_log_run(vg_store *s, const vg_run_record *r)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db,
                           "INSERT INTO runs (inputs, started_at, finished_at, read, added, "
                           "duplicates, skipped) VALUES (?,?,?,?,?,?,?)",
                           -1, &st, NULL) != SQLITE_OK)
        return fail_db(s, "recording run");
    sqlite3_bind_text(st, 1, r->inputs ? r->inputs : "", -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, r->started_at);
    sqlite3_bind_int64(st, 3, r->finished_at);
    sqlite3_bind_int64(st, 4, (int64_t)r->read);
    sqlite3_bind_int64(st, 5, (int64_t)r->added);
    sqlite3_bind_int64(st, 6, (int64_t)r->duplicates);
    sqlite3_bind_int64(st, 7, (int64_t)r->skipped);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? VG_OK : check_txn(s, fail_db(s, "recording run"));
}

vg_err vg_store_info_get(vg_store *s, vg_store_info *out)
{
    memset(out, 0, sizeof *out);
    if (vg_store_settle(s) != VG_OK)
        return VG_ESTORE;
    int ok = 1, k;
    out->docs = (uint64_t)scalar_int(s, "SELECT count(*) FROM docs", &k);
    ok &= k;
    int64_t upto = scalar_int(s, "SELECT v FROM meta WHERE k = 'fts_upto'", &k);
    ok &= k;
    char sql[128];
    snprintf(sql, sizeof sql, "SELECT count(*) FROM docs WHERE seq > %lld", (long long)upto);
    out->unindexed = (uint64_t)scalar_int(s, sql, &k);
    ok &= k;
    out->sources = (uint64_t)scalar_int(s, "SELECT count(DISTINCT source) FROM docs", &k);
    ok &= k;
    out->authors = (uint64_t)scalar_int(s, "SELECT count(DISTINCT author) FROM docs", &k);
    ok &= k;
    int have = (int)scalar_int(s, "SELECT count(published_at) > 0 FROM docs", &k);
    ok &= k;
    out->first_at = out->last_at = VG_TIME_NONE;
    if (have) {
        out->first_at = scalar_int(s, "SELECT min(published_at) FROM docs", &k);
        ok &= k;
        out->last_at = scalar_int(s, "SELECT max(published_at) FROM docs", &k);
        ok &= k;
    }
    out->schema_version = (int)scalar_int(s, "PRAGMA user_version", &k);
    ok &= k;
    out->runs = (uint64_t)scalar_int(s, "SELECT count(*) FROM runs", &k);
    ok &= k;
    return ok ? VG_OK : VG_ESTORE;
}

static vg_slice col_slice(sqlite3_stmt *st, int i)
{
    vg_slice v = {(const char *)sqlite3_column_text(st, i), 0};
    v.n = v.p ? (size_t)sqlite3_column_bytes(st, i) : 0;
    return v;
}

/* Fill d from a row laid out as DOC_COLUMNS. */
static void doc_from_row(sqlite3_stmt *st, vg_doc *d)
{
    vg_doc_init(d);
    d->seq = sqlite3_column_int64(st, 0);
    d->id = col_slice(st, 1);
    d->source = col_slice(st, 2);
    d->author = col_slice(st, 3);
    d->url = col_slice(st, 4);
    d->title = col_slice(st, 5);
    d->text = col_slice(st, 6);
    d->lang = col_slice(st, 7);
    d->byline = col_slice(st, 8);
    d->dateline_place = col_slice(st, 9);
    d->dateline_agency = col_slice(st, 10);
    d->links = col_slice(st, 11);
    d->hashtags = col_slice(st, 12);
    d->mentions = col_slice(st, 13);
    d->repost_of = col_slice(st, 14);
    d->reply_to = col_slice(st, 15);
    if (sqlite3_column_type(st, 16) != SQLITE_NULL)
        d->published_at = sqlite3_column_int64(st, 16);
    d->ingested_at = sqlite3_column_int64(st, 17);
    d->flags = (uint32_t)sqlite3_column_int64(st, 18);
    d->origin = (const char *)sqlite3_column_text(st, 19);
    d->origin_line = (uint64_t)sqlite3_column_int64(st, 20);
}

vg_err vg_store_get(vg_store *s, const char *id, vg_doc *d)
{
    vg_err e = vg_store_settle(s);
    if (e)
        return e;
    sqlite3_reset(s->get);
    sqlite3_reset(s->get_seq);
    if (id[0] == '#' && id[1]) {
        char *end;
        long long seq = strtoll(id + 1, &end, 10);
        if (*end == '\0') {
            sqlite3_bind_int64(s->get_seq, 1, seq);
            int rc = sqlite3_step(s->get_seq);
            if (rc == SQLITE_ROW) {
                doc_from_row(s->get_seq, d);
                return VG_OK;
            }
            if (rc != SQLITE_DONE)
                return fail_db(s, "reading document");
            snprintf(s->msg, sizeof s->msg, "no document with sequence number %lld", seq);
            return VG_ENOTFOUND;
        }
    }
    vg_slice want = {id, strlen(id)};
    for (int salt = 0; salt < VG_KEY_PROBES; salt++) {
        sqlite3_reset(s->get);
        sqlite3_bind_int64(s->get, 1, key_of(want, salt));
        int rc = sqlite3_step(s->get);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW)
            return fail_db(s, "reading document");
        vg_slice got = col_slice(s->get, 1);
        if (got.n == want.n && memcmp(got.p, want.p, got.n) == 0) {
            doc_from_row(s->get, d);
            return VG_OK;
        }
    }
    snprintf(s->msg, sizeof s->msg, "no document with id '%s'", id);
    return VG_ENOTFOUND;
}

static vg_err cursor_new(vg_store *s, const char *sql, int kind, vg_cursor **out)
{
    *out = NULL;
    vg_err e = vg_store_settle(s); /* no query sees a row that may go */
    if (e)
        return e;
    vg_cursor *c = calloc(1, sizeof *c);
    if (!c)
        return VG_ENOMEM;
    c->s = s;
    c->kind = kind;
    if (sqlite3_prepare_v2(s->db, sql, -1, &c->st, NULL) != SQLITE_OK) {
        free(c);
        return fail_db(s, "preparing query");
    }
    *out = c;
    return VG_OK;
}

vg_err vg_store_count(vg_store *s, vg_group g, unsigned limit, vg_cursor **out)
{
    const char *key;
    switch (g) {
    case VG_GROUP_SOURCE: key = "coalesce(source, '(none)')"; break;
    case VG_GROUP_LANG: key = "coalesce(lang, 'und')"; break;
    case VG_GROUP_AUTHOR: key = "coalesce(author, '(none)')"; break;
    case VG_GROUP_DAY:
        key = "coalesce(strftime('%Y-%m-%d', published_at, 'unixepoch'), '(no date)')";
        break;
    default:
        snprintf(s->msg, sizeof s->msg, "unknown grouping");
        return VG_EINVAL;
    }
    char sql[640];
    if (g == VG_GROUP_DAY) /* the last `limit` days, in date order */
        snprintf(sql, sizeof sql,
                 "SELECT k, n FROM (SELECT %s AS k, count(*) AS n FROM docs GROUP BY k "
                 "ORDER BY k DESC LIMIT %lld) ORDER BY k",
                 key, limit ? (long long)limit : -1LL);
    else
        snprintf(sql, sizeof sql,
                 "SELECT %s AS k, count(*) AS n FROM docs GROUP BY k ORDER BY n DESC, k "
                 "LIMIT %lld",
                 key, limit ? (long long)limit : -1LL);
    return cursor_new(s, sql, CUR_COUNT, out);
}

vg_err vg_cursor_next_count(vg_cursor *c, vg_count *row)
{
    if (c->kind != CUR_COUNT)
        return VG_EINVAL;
    int rc = sqlite3_step(c->st);
    if (rc == SQLITE_DONE)
        return VG_DONE;
    if (rc != SQLITE_ROW) {
        snprintf(c->msg, sizeof c->msg, "%s", sqlite3_errmsg(c->s->db));
        return VG_ESTORE;
    }
    row->key = col_slice(c->st, 0);
    row->n = (uint64_t)sqlite3_column_int64(c->st, 1);
    return VG_OK;
}

vg_err vg_store_search(vg_store *s, const char *query, unsigned limit, vg_cursor **out)
{
    char sql[512];
    snprintf(sql, sizeof sql,
             "SELECT " DOC_COLUMNS ", m.snip FROM "
             "(SELECT rowid AS r, rank AS rk, snippet(docs_fts, 1, '[', ']', '...', 16) AS snip "
             " FROM docs_fts WHERE docs_fts MATCH ?1 ORDER BY rank LIMIT %lld) AS m "
             "JOIN docs ON docs.seq = m.r ORDER BY m.rk",
             limit ? (long long)limit : -1LL);
    vg_err e = cursor_new(s, sql, CUR_DOC, out);
    if (e)
        return e;
    (*out)->has_snippet = 1;
    sqlite3_bind_text((*out)->st, 1, query, -1, SQLITE_TRANSIENT);
    return VG_OK;
}

vg_err vg_store_scan(vg_store *s, int64_t from_seq, vg_cursor **out)
{
    vg_err e = cursor_new(s, "SELECT " DOC_COLUMNS " FROM docs WHERE seq >= ?1 ORDER BY seq",
                          CUR_DOC, out);
    if (e)
        return e;
    sqlite3_bind_int64((*out)->st, 1, from_seq);
    return VG_OK;
}

vg_err vg_cursor_next_doc(vg_cursor *c, vg_doc *d, vg_slice *snippet)
{
    if (c->kind != CUR_DOC)
        return VG_EINVAL;
    int rc = sqlite3_step(c->st);
    if (rc == SQLITE_DONE)
        return VG_DONE;
    if (rc != SQLITE_ROW) {
        const char *m = sqlite3_errmsg(c->s->db);
        /* FTS5 reports query syntax errors at the first step. */
        snprintf(c->msg, sizeof c->msg, "%s", m);
        return rc == SQLITE_ERROR ? VG_EINVAL : VG_ESTORE;
    }
    doc_from_row(c->st, d);
    if (snippet) {
        vg_slice none = {NULL, 0};
        *snippet = c->has_snippet ? col_slice(c->st, 21) : none;
    }
    return VG_OK;
}

const char *vg_cursor_errmsg(const vg_cursor *c)
{
    return c ? c->msg : "no cursor";
}

void vg_cursor_free(vg_cursor *c)
{
    if (!c)
        return;
    sqlite3_finalize(c->st);
    free(c);
}
