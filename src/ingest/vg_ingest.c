/*
 * vg_ingest.c - the pipeline read -> clean -> store (see vigie/ingest.h).
 *
 * Records are gathered into a batch: their raw fields are copied into one
 * arena (a vg_buf; slices are kept as offsets while the arena may still
 * move, and turned into pointers when the batch is full).  A full batch is
 * shown to the cleaner's boilerplate statistics as a whole, then each record
 * is cleaned and stored.  Memory is therefore bounded by the batch size
 * times the record limit, whatever the input.
 *
 * Transactions: one is opened by the first batch and committed once it is
 * commit_ms old (checked between batches) and at the end of every input, so
 * a transaction always holds whole batches.
 *
 * The content-hash id is computed on the raw fields, before cleaning, so a
 * future change of the cleaning rules never changes the ids of inputs
 * without their own id (re-ingesting stays idempotent).
 */
#include "vigie/ingest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vg_buf.h"

static int64_t ms_between(const struct timespec *t0, const struct timespec *t)
{
    return (int64_t)(t->tv_sec - t0->tv_sec) * 1000 + (t->tv_nsec - t0->tv_nsec) / 1000000;
}

static int64_t ms_since(const struct timespec *t0)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return ms_between(t0, &t);
}

/* The coarse clock (a few ms of resolution) costs nanoseconds: it is read
 * once per record. */
static int64_t ms_since_coarse(const struct timespec *t0)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC_COARSE, &t);
    return ms_between(t0, &t);
}

/* Fields of a raw record copied into the batch arena, in this order. */
enum { RF_ID, RF_SOURCE, RF_AUTHOR, RF_URL, RF_TITLE, RF_TEXT, RF_LANG,
       RF_REPOST, RF_REPLY, RF_LINKS, RF_ORIGIN, RF_N };

typedef struct raw_rec {
    size_t off[RF_N];
    size_t len[RF_N];
    int64_t published_at;
    uint32_t flags;
    uint64_t origin_line;
} raw_rec;

typedef struct batch {
    raw_rec *recs;
    size_t n, cap;
    vg_buf arena;
} batch;

typedef struct ingest_ctx {
    vg_store *store;
    vg_cleaner *cleaner;
    const vg_ingest_opts *o;
    vg_ingest_stats *st;
    batch b;
    vg_doc *docs;          /* the batch as documents, cap entries */
    uint64_t next_progress;
    time_t last_index;
    struct timespec txn_start; /* when the open transaction began */
    struct timespec batch_start; /* when the batch's first record came */
    int64_t commit_every;  /* commit_ms with its default */
    uint64_t added0, dups0; /* the store's settled counts before this run */
    int in_txn;
    char *err;
    size_t errcap;
} ingest_ctx;

static vg_slice *raw_field(vg_doc *d, int f)
{
    switch (f) {
    case RF_ID: return &d->id;
    case RF_SOURCE: return &d->source;
    case RF_AUTHOR: return &d->author;
    case RF_URL: return &d->url;
    case RF_TITLE: return &d->title;
    case RF_TEXT: return &d->text;
    case RF_LANG: return &d->lang;
    case RF_REPOST: return &d->repost_of;
    case RF_REPLY: return &d->reply_to;
    case RF_LINKS: return &d->links; /* from the input (links in an HTML body) */
    default: return NULL;
    }
}

static vg_err batch_add(batch *b, const vg_doc *d)
{
    raw_rec *r = &b->recs[b->n];
    for (int f = 0; f < RF_N; f++) {
        vg_slice v;
        if (f == RF_ORIGIN) {
            v.p = d->origin;
            v.n = d->origin ? strlen(d->origin) : 0;
        } else {
            v = *raw_field((vg_doc *)d, f);
        }
        r->off[f] = b->arena.n;
        r->len[f] = v.n;
        /* Each field is NUL-terminated in the arena: origin is used as a
         * C string, and it costs one byte. */
        if (vg_buf_append(&b->arena, v.p, v.n) || vg_buf_putc(&b->arena, '\0'))
            return VG_ENOMEM;
    }
    r->published_at = d->published_at;
    r->flags = d->flags;
    r->origin_line = d->origin_line;
    b->n++;
    return VG_OK;
}

static void batch_docs(const batch *b, vg_doc *docs)
{
    for (size_t i = 0; i < b->n; i++) {
        const raw_rec *r = &b->recs[i];
        vg_doc *d = &docs[i];
        vg_doc_init(d);
        for (int f = 0; f < RF_N; f++) {
            const char *p = b->arena.p + r->off[f];
            if (f == RF_ORIGIN) {
                d->origin = r->len[f] ? p : NULL;
                continue;
            }
            vg_slice *s = raw_field(d, f);
            s->p = p;
            s->n = r->len[f];
        }
        d->published_at = r->published_at;
        d->flags = r->flags;
        d->origin_line = r->origin_line;
    }
}

/* The run's added and duplicate documents, as far as settled (at every
 * commit). */
static void count_docs(ingest_ctx *c)
{
    uint64_t added, dups;
    vg_store_counts(c->store, &added, &dups);
    c->st->added = added - c->added0;
    c->st->duplicates = dups - c->dups0;
}

static vg_err run_index(ingest_ctx *c)
{
    uint64_t n = 0;
    if (vg_store_index(c->store, &n) != VG_OK) {
        snprintf(c->err, c->errcap, "full-text index: %s", vg_store_errmsg(c->store));
        return VG_ESTORE;
    }
    c->st->indexed += n;
    c->last_index = time(NULL);
    return VG_OK;
}

/* Commit the open transaction, catching the full-text index up first when
 * it is due. */
static vg_err commit(ingest_ctx *c)
{
    if (!c->in_txn)
        return VG_OK;
    /* A long-running stream gets its full-text index caught up now and then;
     * a bulk load does it once at the end, which is much faster. */
    if (!c->o->defer_index && time(NULL) - c->last_index >= 60) {
        vg_err e = run_index(c);
        if (e)
            return e;
    }
    if (vg_store_commit(c->store) != VG_OK) {
        snprintf(c->err, c->errcap, "%s", vg_store_errmsg(c->store));
        return VG_ESTORE;
    }
    c->in_txn = 0;
    count_docs(c);
    return VG_OK;
}

static void rollback(ingest_ctx *c)
{
    if (c->in_txn)
        vg_store_rollback(c->store);
    c->in_txn = 0;
}

/* Clean and store the batch, then empty it; commit when the transaction is
 * old enough, or always when final is set. */
static vg_err flush(ingest_ctx *c, int final)
{
    batch *b = &c->b;
    vg_err e = VG_OK;
    if (b->n) {
        batch_docs(b, c->docs);
        for (size_t i = 0; i < b->n; i++)
            vg_cleaner_observe(c->cleaner, &c->docs[i]);
        if (!c->in_txn) {
            if ((e = vg_store_begin(c->store)) != VG_OK) {
                snprintf(c->err, c->errcap, "%s", vg_store_errmsg(c->store));
                return e;
            }
            c->in_txn = 1;
            clock_gettime(CLOCK_MONOTONIC, &c->txn_start);
        }
        for (size_t i = 0; i < b->n; i++) {
            vg_doc *d = &c->docs[i];
            e = vg_cleaner_clean(c->cleaner, d);
            if (e) {
                snprintf(c->err, c->errcap, "%s:%llu: cleaning failed: %s",
                         d->origin ? d->origin : "-", (unsigned long long)d->origin_line,
                         vg_strerror(e));
                goto fail;
            }
            e = vg_store_append(c->store, d);
            if (e) {
                snprintf(c->err, c->errcap, "%s:%llu: %s", d->origin ? d->origin : "-",
                         (unsigned long long)d->origin_line, vg_store_errmsg(c->store));
                goto fail;
            }
        }
        b->n = 0;
        vg_buf_reset(&b->arena);
    }
    if (final || (c->in_txn && ms_since(&c->txn_start) >= c->commit_every)) {
        if ((e = commit(c)) != VG_OK)
            goto fail;
    }
    return VG_OK;
fail:
    rollback(c);
    return e;
}

static void progress(ingest_ctx *c)
{
    if (c->o->on_progress && c->st->read >= c->next_progress) {
        vg_cleaner_stats(c->cleaner, &c->st->clean);
        c->o->on_progress(c->o->ctx, c->st);
        c->next_progress = c->st->read + (c->o->progress_every ? c->o->progress_every : 65536);
    }
}

static vg_err ingest_path(ingest_ctx *c, const char *path)
{
    vg_reader *r = NULL;
    vg_err e = vg_reader_open(&r, path, &c->o->read, c->err, c->errcap);
    if (e == VG_ENOMEM || (e && c->o->strict))
        return e;
    if (e) { /* a missing or unreadable input: the others are still read */
        c->st->unreadable++;
        if (c->o->on_skip)
            c->o->on_skip(c->o->ctx, c->err);
        c->err[0] = '\0';
        return VG_OK;
    }
    size_t cap = c->b.cap;
    char idbuf[VG_DOC_HASHID_LEN + 1];
    int flushed = 0; /* the batch was flushed (or failed to) after the loop */
    for (;;) {
        vg_doc d;
        vg_doc_init(&d);
        e = vg_reader_next(r, &d);
        if (e == VG_DONE) {
            e = VG_OK;
            break;
        }
        if (e == VG_EPARSE || e == VG_EIO) {
            /* A bad record, or a file that cannot be read on (truncated,
             * unreadable): the reader goes on with the next record or file.
             * Under --strict the run stops here instead. */
            if (e == VG_EIO)
                c->st->unreadable++;
            else
                c->st->skipped++;
            if (c->o->strict) {
                snprintf(c->err, c->errcap, "%s (stopping: --strict)", vg_reader_errmsg(r));
                vg_err fe = flush(c, 1);
                e = fe ? fe : e;
                flushed = 1;
                break;
            }
            if (c->o->on_skip)
                c->o->on_skip(c->o->ctx, vg_reader_errmsg(r));
            continue;
        }
        if (e) {
            snprintf(c->err, c->errcap, "%s", vg_reader_errmsg(r));
            break;
        }
        c->st->read++;
        vg_doc_ensure_id(&d, idbuf);
        e = batch_add(&c->b, &d);
        if (e) {
            snprintf(c->err, c->errcap, "out of memory");
            break;
        }
        if (c->b.n == 1)
            clock_gettime(CLOCK_MONOTONIC_COARSE, &c->batch_start);
        /* A full batch is stored; so is a partial one that has waited
         * commit_ms (a slow stream on standard input), and then committed. */
        int full = c->b.n == cap;
        if (full || ms_since_coarse(&c->batch_start) >= c->commit_every) {
            if ((e = flush(c, !full)) != VG_OK) {
                flushed = 1;
                break;
            }
        }
        progress(c);
    }
    /* What was read before a failing read is kept: the batch is flushed
     * whatever stopped the loop, unless the flush itself failed. */
    if (!flushed) {
        vg_err fe = flush(c, 1);
        if (e == VG_OK)
            e = fe;
    }
    vg_read_stats rs;
    vg_reader_stats(r, &rs);
    c->st->bytes += rs.bytes;
    vg_reader_free(r);
    return e;
}

/* The run's error is its first: a later step's failure (msg) only when
 * all went well before it. */
static void keep_first(vg_err *e, char *err, size_t errcap, vg_err step, const char *msg)
{
    if (*e == VG_OK && step != VG_OK) {
        *e = step;
        snprintf(err, errcap, "%s", msg);
    }
}

vg_err vg_ingest(vg_store *s, const char *const *paths, size_t npaths,
                 const vg_ingest_opts *opts, vg_ingest_stats *st, char *err,
                 size_t errcap)
{
    static const vg_ingest_opts defaults = {0};
    if (!opts)
        opts = &defaults;
    memset(st, 0, sizeof *st);
    ingest_ctx c = {.store = s, .o = opts, .st = st, .err = err, .errcap = errcap};
    err[0] = '\0';
    c.last_index = time(NULL);
    c.next_progress = opts->progress_every ? opts->progress_every : 65536;
    c.b.cap = opts->batch ? opts->batch : 4096;
    c.commit_every = opts->commit_ms ? opts->commit_ms : 1000;
    vg_store_counts(s, &c.added0, &c.dups0);
    vg_err e = VG_ENOMEM;
    c.b.recs = malloc(c.b.cap * sizeof *c.b.recs);
    c.docs = malloc(c.b.cap * sizeof *c.docs);
    if (!c.b.recs || !c.docs) {
        snprintf(err, errcap, "out of memory");
        goto out;
    }
    e = vg_cleaner_new(&c.cleaner, &opts->clean);
    if (e) {
        snprintf(err, errcap, "cannot create cleaner: %s", vg_strerror(e));
        goto out;
    }
    for (size_t i = 0; i < npaths && e == VG_OK; i++)
        e = ingest_path(&c, paths[i]);
    rollback(&c); /* only open after a failure */
    /* What was committed is indexed even when the run failed later. */
    if (!opts->defer_index) {
        char keep[512];
        snprintf(keep, sizeof keep, "%s", err);
        vg_err ie = run_index(&c);
        if (e == VG_OK)
            e = ie;
        else
            snprintf(err, errcap, "%s", keep);
    }
    /* Copy detection over what was committed, like the index; then the
     * stories, over the documents and copy clusters committed. */
    char serr[512];
    if (!opts->no_copies)
        keep_first(&e, err, errcap,
                   vg_copy_update(s, &opts->copy, &st->copy, serr, sizeof serr), serr);
    if (!opts->no_stories)
        keep_first(&e, err, errcap, vg_story_update(s, NULL, &st->story, serr, sizeof serr),
                   serr);
    if (e == VG_OK && st->unreadable) {
        snprintf(err, errcap, "%llu input%s could not be read to the end (reported above)",
                 (unsigned long long)st->unreadable, st->unreadable == 1 ? "" : "s");
        e = VG_EIO;
    }
    vg_cleaner_stats(c.cleaner, &st->clean);
out:
    vg_cleaner_free(c.cleaner);
    vg_buf_free(&c.b.arena);
    free(c.b.recs);
    free(c.docs);
    return e;
}
