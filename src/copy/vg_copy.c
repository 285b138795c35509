/*
 * vg_copy.c - the copy-detection pass (vg_copy_update) and the settings of
 * a store's index.
 *
 * One pass: load the index of earlier passes from copy_classes (two scans:
 * count, then fill, so the index is built in place at 8 bytes per entry),
 * then take the documents with seq > meta.copy_upto in order, 4096 at a
 * time.  For each: normalise; an exact-hash hit makes it a member of that
 * class; otherwise it starts a class, is looked up in the index (band keys
 * of its MinHash signature, its sentence hashes), every candidate is
 * verified on the texts themselves, and the class is inserted.  Near copies
 * are joined by union-find (the root is always the oldest class, so a
 * cluster keeps the id of the class that founded it).
 *
 * State written at each commit (about once a second, and at the end) is
 * consistent: the documents done, their classes' counters, the clusters
 * and meta.copy_upto move together, so a kill loses at most the last
 * second and the next pass resumes after the last commit.
 *
 * In memory, per class: its seq, cluster id, union-find parent, member
 * count, cluster counters (valid at roots), last activity (minutes), the low
 * half of its exact hash, code points, flags: 45 bytes, plus its sketch and
 * its index entries.  Class numbers are 31-bit (the top bit tags hits found
 * through a sentence): a pass holds at most 2^31 - 1 texts in memory.
 */
#include "vigie/copy.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vg_fp.h"
#include "vg_hash.h"
#include "vg_mmap.h"
#include "vg_store_sql.h"

#define CHUNK 4096
#define COMMIT_SECS 1.0
#define GET_CAP 64        /* values per key per lookup */
#define MAX_SENTS 4096    /* sentence keys per document */
#define MAX_HASHES 256

enum { F_DIRTY = 1, F_CDIRTY = 2, F_NEW = 4 };

/*
 * Long texts get their own banding, with half the hash budget: each band
 * key costs 8 bytes of index per article, their sentences index them too,
 * and a chance candidate is cheap to drop with the sketch.  Their sketch
 * has max(Kw, 256 t (1 - t)) values, so that the filter's margin (four
 * standard deviations at t) stays at 0.25 (see promising()): 41 at 0.8,
 * 64 at 0.5.
 */
static unsigned word_sketch(const vg_copy_params *p)
{
    unsigned kw = p->wbands * p->wrows;
    unsigned s = (unsigned)ceil(256.0 * p->threshold * (1.0 - p->threshold));
    s = s > kw ? s : kw;
    return s < MAX_HASHES ? s : MAX_HASHES;
}

typedef struct classes {
    int64_t *seq;
    int64_t *cid;       /* cluster id (roots) */
    uint32_t *parent;
    uint32_t *n;        /* documents of the class */
    uint32_t *cdocs;    /* documents of the cluster (roots) */
    uint32_t *ccls;     /* classes of the cluster (roots) */
    int32_t *last;      /* latest document, minutes since 1970 */
    uint32_t *xlo;      /* low 32 bits of the exact hash */
    uint32_t *ncp;      /* code points of the normalised text */
    uint8_t *sk;        /* sketch: low bytes of the MinHash values of the
                           text's own kind: K for character shingles when
                           ncp < long_min, else word_sketch() for words (skw
                           bytes a class) */
    uint8_t *flags;
    size_t skw;
    size_t len, cap;
} classes;

typedef struct merge_ev {
    int64_t from, to;   /* cluster ids */
} merge_ev;

typedef struct cand {
    uint32_t c;
    uint32_t hits;
    int sent;           /* found through a sentence */
} cand;

/*
 * The verification cache: a candidate's sorted shingle set (of the kind
 * of the comparison) and sentence hashes, direct-mapped by class number.
 * Copypasta families make the same earlier texts candidates again and
 * again; a hit saves reading, normalising and shingling the text.
 */
#define VCACHE_SLOTS 4096

typedef struct vcache {
    uint32_t c1;        /* class + 1; 0: empty slot */
    int kind;
    int empty;          /* the text normalises to nothing */
    vg_u64s sh;         /* sorted, repeat-free shingles of `kind` */
    vg_u64s sents;      /* sorted sentence hashes */
} vcache;

typedef struct pass {
    vg_store *s;
    sqlite3 *db;
    vg_copy_params p;
    const vg_copy_opts *o;
    vg_copy_stats *st;
    classes k;
    vg_mmap *ix;
    int32_t horizon;    /* minutes; classes last active before it expire */
    int64_t window_min;
    int32_t newest;     /* latest document time seen, minutes; INT32_MIN: none */
    unsigned sw;        /* sketch values of a long text (word_sketch) */
    double cut[2];      /* sketch filter: least estimate, short and long */
    double char_lim;    /* texts shorter than this (code points) get
                           character signatures (has_char) */
    int32_t future;     /* minutes: later times (a clock or a typo a year
                           ahead) do not move the window */
    /* statements */
    sqlite3_stmt *scan, *fetch, *ins_doc, *ins_cls, *upd_cls, *ins_pair, *put_clu,
        *merge_clu, *merge_cls;
    /* dirty lists, flushed at each commit */
    uint32_t *dirty;
    size_t ndirty, dcap;
    merge_ev *ev;
    size_t nev, evcap;
    /* work areas for the current document */
    vg_fp_norm nt, nt2; /* the document's text and a candidate's, with spans */
    vg_u64s sh_char, sh_word, keys;
    vg_fp_sents sents, sents2;
    vg_u64s own_sents;
    uint8_t sent_hit[MAX_SENTS]; /* per own sentence: already in the index */
    struct vcache *vc;  /* VCACHE_SLOTS candidates' sets */
    uint32_t sig[MAX_HASHES];
    uint8_t sketch[2 * MAX_HASHES];
    uint32_t *got;
    cand *cands;
    size_t ncand, candcap;
    uint32_t *raw;
    size_t nraw, rawcap;
    char *err;
    size_t errcap;
} pass;

/* ---- settings ---------------------------------------------------------- */

static void params_from_opts(const vg_copy_opts *o, vg_copy_params *p)
{
    p->threshold = o && o->threshold > 0 ? o->threshold : 0.8;
    p->recall = o && o->recall > 0 ? o->recall : 0.98;
    unsigned kmax = o && o->max_hashes ? o->max_hashes : 64;
    if (kmax > MAX_HASHES)
        kmax = MAX_HASHES;
    vg_fp_lsh_params(p->threshold, p->recall, kmax, &p->bands, &p->rows);
    vg_fp_lsh_params(p->threshold, p->recall, kmax / 2 ? kmax / 2 : 1, &p->wbands, &p->wrows);
    p->char_n = o && o->char_n ? o->char_n : 5;
    p->word_n = o && o->word_n ? o->word_n : 3;
    p->long_min = o && o->long_min ? o->long_min : 300;
    p->sent_words = o && o->sent_words ? o->sent_words : 6;
}

static void params_format(const vg_copy_params *p, char *buf, size_t cap)
{
    snprintf(buf, cap, "v2 threshold=%.15g recall=%.15g bands=%u rows=%u wbands=%u wrows=%u "
             "char=%u word=%u long=%u sentence=%u",
             p->threshold, p->recall, p->bands, p->rows, p->wbands, p->wrows, p->char_n,
             p->word_n, p->long_min, p->sent_words);
}

/* Parse stored settings; 0 unless the whole string is well formed and
 * within the limits the pass was built for (a hand-edited or foreign
 * store must not size its buffers). */
static int params_parse(const char *s, vg_copy_params *p)
{
    memset(p, 0, sizeof *p);
    int end = -1;
    if (sscanf(s, "v2 threshold=%lf recall=%lf bands=%u rows=%u wbands=%u wrows=%u "
                  "char=%u word=%u long=%u sentence=%u%n",
               &p->threshold, &p->recall, &p->bands, &p->rows, &p->wbands, &p->wrows,
               &p->char_n, &p->word_n, &p->long_min, &p->sent_words, &end) != 10 ||
        end < 0 || s[end] != '\0')
        return 0;
    return p->threshold >= 0.05 && p->threshold <= 1.0 && p->recall >= 0.5 && p->recall < 1.0 &&
           p->bands >= 1 && p->rows >= 1 && p->bands <= MAX_HASHES &&
           p->rows <= MAX_HASHES / p->bands && p->wbands >= 1 && p->wrows >= 1 &&
           p->wbands <= MAX_HASHES && p->wrows <= MAX_HASHES / p->wbands && p->char_n >= 1 &&
           p->char_n <= 32 && p->word_n >= 1 && p->word_n <= 16 && p->long_min >= 1 &&
           p->long_min <= 1000000 && p->sent_words >= 1 && p->sent_words <= 1000;
}

static vg_err meta_get(sqlite3 *db, const char *k, char *out, size_t cap)
{
    sqlite3_stmt *st = NULL;
    vg_err e = VG_ENOTFOUND;
    if (sqlite3_prepare_v2(db, "SELECT v FROM meta WHERE k = ?", -1, &st, NULL) != SQLITE_OK)
        return VG_ESTORE;
    sqlite3_bind_text(st, 1, k, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        const unsigned char *v = sqlite3_column_text(st, 0);
        snprintf(out, cap, "%s", v ? (const char *)v : "");
        e = VG_OK;
    } else if (rc != SQLITE_DONE) {
        e = VG_ESTORE;
    }
    sqlite3_finalize(st);
    return e;
}

static int meta_set(sqlite3 *db, const char *k, const char *v)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO meta (k, v) VALUES (?, ?)", -1, &st,
                           NULL) != SQLITE_OK)
        return SQLITE_ERROR;
    sqlite3_bind_text(st, 1, k, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, v, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

vg_err vg_copy_params_get(vg_store *s, vg_copy_params *p)
{
    char buf[256];
    vg_err e = meta_get(vg_store_sqlite(s), "copy_params", buf, sizeof buf);
    if (e != VG_OK)
        return e;
    return params_parse(buf, p) ? VG_OK : VG_EINVAL;
}

const char *vg_copy_kind_name(vg_copy_kind k)
{
    switch (k) {
    case VG_COPY_EXACT: return "exact";
    case VG_COPY_NEAR: return "near";
    case VG_COPY_PARTIAL: return "partial";
    }
    return "?";
}

/* ---- classes and union-find ------------------------------------------- */

static void classes_free(classes *k)
{
    free(k->seq);
    free(k->cid);
    free(k->parent);
    free(k->n);
    free(k->cdocs);
    free(k->ccls);
    free(k->last);
    free(k->xlo);
    free(k->ncp);
    free(k->sk);
    free(k->flags);
    memset(k, 0, sizeof *k);
}

#define GROW(field)                                                     \
    do {                                                                \
        void *q_ = realloc(k->field, cap * sizeof *k->field);           \
        if (!q_)                                                        \
            return VG_ENOMEM;                                           \
        k->field = q_;                                                  \
    } while (0)

static vg_err classes_reserve(classes *k, size_t want)
{
    if (want <= k->cap)
        return VG_OK;
    size_t cap = k->cap ? k->cap : 1024;
    while (cap < want)
        cap *= 2;
    GROW(seq);
    GROW(cid);
    GROW(parent);
    GROW(n);
    GROW(cdocs);
    GROW(ccls);
    GROW(last);
    GROW(xlo);
    GROW(ncp);
    GROW(flags);
    {
        void *q_ = realloc(k->sk, cap * k->skw + 1);
        if (!q_)
            return VG_ENOMEM;
        k->sk = q_;
    }
    k->cap = cap;
    return VG_OK;
}
#undef GROW

static uint32_t find(classes *k, uint32_t c)
{
    uint32_t r = c;
    while (k->parent[r] != r)
        r = k->parent[r];
    while (k->parent[c] != r) {
        uint32_t next = k->parent[c];
        k->parent[c] = r;
        c = next;
    }
    return r;
}

static int32_t to_min(int64_t t)
{
    int64_t m = t / 60;
    if (t < 0 && t % 60)
        m--;
    if (m > INT32_MAX)
        return INT32_MAX;
    if (m < INT32_MIN + 1)
        return INT32_MIN + 1;
    return (int32_t)m;
}

/* The window's horizon from the newest time seen: no horizon without a
 * window or before any document; clamped to the minutes' range. */
static void set_horizon(pass *ps)
{
    if (ps->window_min <= 0 || ps->newest == INT32_MIN) {
        ps->horizon = INT32_MIN;
        return;
    }
    int64_t h = (int64_t)ps->newest - ps->window_min;
    ps->horizon = h < INT32_MIN ? INT32_MIN : h > INT32_MAX ? INT32_MAX : (int32_t)h;
}

static vg_err mark(pass *ps, uint32_t c, uint8_t f)
{
    if (!(ps->k.flags[c] & (F_DIRTY | F_CDIRTY))) {
        if (ps->ndirty == ps->dcap) {
            size_t cap = ps->dcap ? ps->dcap * 2 : 1024;
            uint32_t *v = realloc(ps->dirty, cap * sizeof *v);
            if (!v)
                return VG_ENOMEM;
            ps->dirty = v;
            ps->dcap = cap;
        }
        ps->dirty[ps->ndirty++] = c;
    }
    ps->k.flags[c] |= f;
    return VG_OK;
}

/* Join the clusters of classes a and b; the older root survives. */
static vg_err unite(pass *ps, uint32_t a, uint32_t b)
{
    classes *k = &ps->k;
    uint32_t ra = find(k, a), rb = find(k, b);
    if (ra == rb)
        return VG_OK;
    if (k->cid[rb] < k->cid[ra]) {
        uint32_t t = ra;
        ra = rb;
        rb = t;
    }
    /* rb is absorbed into ra */
    if (ps->nev == ps->evcap) {
        size_t cap = ps->evcap ? ps->evcap * 2 : 256;
        merge_ev *v = realloc(ps->ev, cap * sizeof *v);
        if (!v)
            return VG_ENOMEM;
        ps->ev = v;
        ps->evcap = cap;
    }
    ps->ev[ps->nev++] = (merge_ev){k->cid[rb], k->cid[ra]};
    k->parent[rb] = ra;
    k->cdocs[ra] += k->cdocs[rb];
    k->ccls[ra] += k->ccls[rb];
    if (k->cdocs[rb] >= 2)
        ps->st->merges++;
    return mark(ps, ra, F_CDIRTY);
}

static int keep_class(void *ctx, uint32_t c)
{
    pass *ps = ctx;
    return ps->k.last[c] >= ps->horizon;
}

/* ---- statements --------------------------------------------------------- */

static vg_err prep(pass *ps, sqlite3_stmt **st, const char *sql)
{
    if (sqlite3_prepare_v3(ps->db, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL) != SQLITE_OK)
        return vg_store_fail(ps->s, "preparing copy statements");
    return VG_OK;
}

static vg_err prepare_all(pass *ps)
{
    vg_err e;
    if ((e = prep(ps, &ps->scan,
                  "SELECT seq, text, coalesce(published_at, ingested_at) FROM docs "
                  "WHERE seq > ? ORDER BY seq LIMIT " "4096")) ||
        (e = prep(ps, &ps->fetch, "SELECT text FROM docs WHERE seq = ?")) ||
        (e = prep(ps, &ps->ins_doc, "INSERT OR IGNORE INTO copy_docs (seq, cls, xhash) "
                                    "VALUES (?, ?, ?)")) ||
        (e = prep(ps, &ps->ins_cls, "INSERT OR IGNORE INTO copy_classes (cls, cluster, n, "
                                    "last_at, xhash, ncp, keys, sketch) "
                                    "VALUES (?, ?, 1, ?, ?, ?, ?, ?)")) ||
        (e = prep(ps, &ps->upd_cls, "UPDATE OR IGNORE copy_classes SET n = ?, last_at = ?, cluster = ? "
                                    "WHERE cls = ?")) ||
        (e = prep(ps, &ps->ins_pair, "INSERT OR IGNORE INTO copy_pairs (a, b, kind, jaccard, "
                                     "a_in_b, b_in_a, reused) VALUES (?, ?, ?, ?, ?, ?, ?)")) ||
        (e = prep(ps, &ps->put_clu, "INSERT OR REPLACE INTO copy_clusters (id, merged_into, "
                                    "docs, classes) VALUES (?, NULL, ?, ?)")) ||
        (e = prep(ps, &ps->merge_clu, "INSERT INTO copy_clusters (merged_into, id, docs, classes) "
                                      "VALUES (?, ?, 0, 0) ON CONFLICT (id) DO UPDATE "
                                      "SET merged_into = excluded.merged_into")) ||
        (e = prep(ps, &ps->merge_cls, "UPDATE copy_classes SET cluster = ? WHERE cluster = ?")))
        return e;
    return VG_OK;
}

static void finalize_all(pass *ps)
{
    sqlite3_stmt **all[] = {&ps->scan, &ps->fetch, &ps->ins_doc, &ps->ins_cls, &ps->upd_cls,
                            &ps->ins_pair, &ps->put_clu, &ps->merge_clu, &ps->merge_cls};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
        sqlite3_finalize(*all[i]);
        *all[i] = NULL;
    }
}

static int step_done(sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE;
}

/* ---- loading the index of earlier passes -------------------------------- */

static vg_err load(pass *ps)
{
    classes *k = &ps->k;
    vg_err e = VG_OK;
    sqlite3_stmt *st = NULL;
    vg_mmap *standin = NULL; /* cluster id -> the class standing in for an
                                expired founder (only with a window) */
    char sql[512];
    int64_t max_last = INT64_MIN;
    ps->future = to_min((int64_t)time(NULL) + 86400);
    {
        sqlite3_stmt *q = NULL;
        if (sqlite3_prepare_v2(ps->db, "SELECT (SELECT max(last_at) FROM copy_classes "
                               "WHERE last_at <= ?), count(*), "
                               "coalesce(sum(length(keys)), 0) FROM copy_classes",
                               -1, &q, NULL) != SQLITE_OK)
            return vg_store_fail(ps->s, "reading the copy index");
        sqlite3_bind_int64(q, 1, (int64_t)ps->future * 60 + 59);
        size_t nkeys = 0, ncls = 0;
        if (sqlite3_step(q) == SQLITE_ROW) {
            if (sqlite3_column_type(q, 0) != SQLITE_NULL)
                max_last = sqlite3_column_int64(q, 0);
            ncls = (size_t)sqlite3_column_int64(q, 1);
            nkeys = (size_t)sqlite3_column_int64(q, 2) / 8;
        }
        sqlite3_finalize(q);
        /* Size the directory for what is stored and what is coming. */
        int64_t upto = 0, last = 0;
        char buf[64];
        if (meta_get(ps->db, "copy_upto", buf, sizeof buf) == VG_OK)
            upto = strtoll(buf, NULL, 10);
        if (sqlite3_prepare_v2(ps->db, "SELECT coalesce(max(seq), 0) FROM docs", -1, &q,
                               NULL) == SQLITE_OK &&
            sqlite3_step(q) == SQLITE_ROW)
            last = sqlite3_column_int64(q, 0);
        sqlite3_finalize(q);
        size_t coming = last > upto ? (size_t)(last - upto) : 0;
        size_t per = 1 + ps->p.bands + 8;
        ps->ix = vg_mmap_new(nkeys + ncls + coming * per);
        if (!ps->ix)
            return VG_ENOMEM;
        k->skw = ps->p.bands * ps->p.rows;
        if (ps->sw > k->skw)
            k->skw = ps->sw;
        /* Room for every class to come at once: pages never written
         * cost no memory, and the arrays are never copied. */
        if (classes_reserve(k, ncls + coming + 1024) != VG_OK)
            return VG_ENOMEM;
    }
    ps->newest = max_last == INT64_MIN ? INT32_MIN : to_min(max_last);
    set_horizon(ps);
    snprintf(sql, sizeof sql,
             "SELECT c.cls, c.cluster, c.n, c.last_at, c.xhash, c.keys, k.docs, k.classes, "
             "c.ncp, c.sketch "
             "FROM copy_classes c LEFT JOIN copy_clusters k ON k.id = c.cluster "
             "WHERE c.last_at >= ? ORDER BY c.cls");
    int64_t since = ps->window_min > 0 ? (int64_t)ps->horizon * 60 : INT64_MIN;
    for (int round = 0; round < 2; round++) {
        if (sqlite3_prepare_v2(ps->db, sql, -1, &st, NULL) != SQLITE_OK)
            return vg_store_fail(ps->s, "reading the copy index");
        sqlite3_bind_int64(st, 1, since);
        uint32_t c = 0;
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            uint64_t x = (uint64_t)sqlite3_column_int64(st, 4);
            const uint64_t *keys = sqlite3_column_blob(st, 5);
            size_t nk = (size_t)sqlite3_column_bytes(st, 5) / 8;
            if (round == 0) {
                vg_mmap_bulk_count(ps->ix, x);
                for (size_t i = 0; i < nk; i++) {
                    uint64_t key;
                    memcpy(&key, keys + i, 8);
                    vg_mmap_bulk_count(ps->ix, key);
                }
                continue;
            }
            if (c >= k->cap) {
                e = VG_ESTORE; /* the table changed between the two scans */
                break;
            }
            int64_t cls = sqlite3_column_int64(st, 0), cluster = sqlite3_column_int64(st, 1);
            k->seq[c] = cls;
            k->n[c] = (uint32_t)sqlite3_column_int64(st, 2);
            k->last[c] = to_min(sqlite3_column_int64(st, 3));
            k->xlo[c] = (uint32_t)x;
            k->ncp[c] = (uint32_t)sqlite3_column_int64(st, 8);
            memset(k->sk + c * k->skw, 0, k->skw);
            if ((size_t)sqlite3_column_bytes(st, 9) == k->skw)
                memcpy(k->sk + c * k->skw, sqlite3_column_blob(st, 9), k->skw);
            k->flags[c] = 0;
            k->parent[c] = c;
            k->cid[c] = cluster;
            k->cdocs[c] = k->n[c];
            k->ccls[c] = 1;
            if (cluster != cls) {
                /* The founder has the smallest seq: it was loaded earlier,
                 * unless the window dropped it; then this class stands in. */
                size_t lo = 0, hi = c;
                while (lo < hi) {
                    size_t mid = lo + (hi - lo) / 2;
                    if (k->seq[mid] < cluster)
                        lo = mid + 1;
                    else
                        hi = mid;
                }
                uint32_t r = UINT32_MAX;
                if (lo < c && k->seq[lo] == cluster) {
                    r = find(k, (uint32_t)lo);
                } else {
                    uint64_t hk = vg_hash64(&cluster, sizeof cluster, 0x7374616e64696eull);
                    if (!standin && !(standin = vg_mmap_new(1024))) {
                        e = VG_ENOMEM;
                        break;
                    }
                    uint32_t got[GET_CAP];
                    size_t ng = vg_mmap_get(standin, hk, got, GET_CAP);
                    for (size_t j = 0; j < ng && r == UINT32_MAX; j++)
                        if (k->cid[got[j]] == cluster)
                            r = got[j];
                    if (r == UINT32_MAX && vg_mmap_add(standin, hk, c) != VG_OK) {
                        e = VG_ENOMEM;
                        break;
                    }
                }
                if (r != UINT32_MAX)
                    k->parent[c] = r;
            }
            if (k->parent[c] == c && sqlite3_column_type(st, 6) != SQLITE_NULL) {
                k->cdocs[c] = (uint32_t)sqlite3_column_int64(st, 6);
                k->ccls[c] = (uint32_t)sqlite3_column_int64(st, 7);
            }
            vg_mmap_bulk_put(ps->ix, x, c);
            for (size_t i = 0; i < nk; i++) {
                uint64_t key;
                memcpy(&key, keys + i, 8);
                vg_mmap_bulk_put(ps->ix, key, c);
            }
            c++;
        }
        if (e == VG_OK && rc != SQLITE_DONE)
            e = vg_store_fail(ps->s, "reading the copy index");
        sqlite3_finalize(st);
        st = NULL;
        if (e != VG_OK) {
            vg_mmap_free(standin);
            return e;
        }
        if (round == 0) {
            if (vg_mmap_bulk_alloc(ps->ix) != VG_OK)
                return VG_ENOMEM;
            (void)classes_reserve(k, 1); /* arrays exist even when empty */
        } else {
            k->len = c;
            vg_mmap_bulk_done(ps->ix);
        }
    }
    vg_mmap_free(standin);
    ps->st->loaded = k->len;
    return VG_OK;
}

/* ---- one document -------------------------------------------------------- */

static vg_err add_raw(pass *ps, uint32_t v)
{
    if (ps->nraw == ps->rawcap) {
        size_t cap = ps->rawcap ? ps->rawcap * 2 : 1024;
        uint32_t *r = realloc(ps->raw, cap * sizeof *r);
        if (!r)
            return VG_ENOMEM;
        ps->raw = r;
        ps->rawcap = cap;
    }
    ps->raw[ps->nraw++] = v;
    return VG_OK;
}

/* Look every key up, collecting class numbers; the top bit marks a
 * sentence match. */
/* Look keys[0..n) up, adding their classes (| tag) to the raw hits; when
 * hit is not NULL, hit[i] says whether keys[i] had any. */
static vg_err lookup(pass *ps, const uint64_t *keys, size_t n, uint32_t tag, uint8_t *hit)
{
    for (int stage = 0; stage < 2; stage++)
        for (size_t i = 0; i < n; i++)
            vg_mmap_prefetch(ps->ix, keys[i], stage);
    for (size_t i = 0; i < n; i++) {
        size_t g = vg_mmap_get(ps->ix, keys[i], ps->got, GET_CAP);
        if (hit)
            hit[i] = g > 0;
        for (size_t j = 0; j < g; j++)
            if (add_raw(ps, ps->got[j] | tag) != VG_OK)
                return VG_ENOMEM;
    }
    return VG_OK;
}

static int cmp_u32(const void *x, const void *y)
{
    uint32_t a = *(const uint32_t *)x & 0x7fffffffu, b = *(const uint32_t *)y & 0x7fffffffu;
    return (a > b) - (a < b);
}

static int cmp_cand(const void *x, const void *y)
{
    const cand *a = x, *b = y;
    if (a->hits != b->hits)
        return a->hits < b->hits ? 1 : -1;
    return (a->c < b->c) - (a->c > b->c); /* newer first */
}

/* Turn the raw hits into distinct candidates, most hits first. */
static vg_err gather(pass *ps)
{
    ps->ncand = 0;
    if (ps->nraw == 0)
        return VG_OK;
    qsort(ps->raw, ps->nraw, sizeof *ps->raw, cmp_u32);
    for (size_t i = 0; i < ps->nraw;) {
        uint32_t c = ps->raw[i] & 0x7fffffffu;
        cand cd = {c, 0, 0};
        for (; i < ps->nraw && (ps->raw[i] & 0x7fffffffu) == c; i++) {
            cd.hits++;
            cd.sent |= (ps->raw[i] >> 31) != 0;
        }
        if (ps->window_min > 0 && ps->k.last[c] < ps->horizon)
            continue; /* expired since it was indexed */
        if (ps->ncand == ps->candcap) {
            size_t cap = ps->candcap ? ps->candcap * 2 : 256;
            cand *v = realloc(ps->cands, cap * sizeof *v);
            if (!v)
                return VG_ENOMEM;
            ps->cands = v;
            ps->candcap = cap;
        }
        ps->cands[ps->ncand++] = cd;
    }
    if (ps->ncand > 1)
        qsort(ps->cands, ps->ncand, sizeof *ps->cands, cmp_cand);
    return VG_OK;
}

static vg_err fetch_text(pass *ps, int64_t seq, const char **p, size_t *n)
{
    sqlite3_reset(ps->fetch);
    sqlite3_bind_int64(ps->fetch, 1, seq);
    int rc = sqlite3_step(ps->fetch);
    if (rc == SQLITE_ROW) {
        *p = (const char *)sqlite3_column_text(ps->fetch, 0);
        *n = (size_t)sqlite3_column_bytes(ps->fetch, 0);
        if (!*p)
            *p = "";
        return VG_OK;
    }
    if (rc == SQLITE_DONE) {
        *p = "";
        *n = 0;
        return VG_OK; /* the document is gone: nothing matches it */
    }
    return vg_store_fail(ps->s, "reading a candidate's text");
}

/* Sorted, repeat-free sentence hashes (non-zero) of sents. */
static vg_err sent_set(const vg_fp_sents *ss, vg_u64s *out)
{
    out->n = 0;
    for (size_t i = 0; i < ss->n && out->n < MAX_SENTS; i++)
        if (ss->v[i].hash && vg_u64s_push(out, ss->v[i].hash) != VG_OK)
            return VG_ENOMEM;
    vg_u64s_sort_unique(out);
    return VG_OK;
}

/* Share of the text in sentences ss (whose hashes are `own`) found among
 * `other`'s hashes, by bytes. */
static double reused_share(const vg_fp_sents *ss, const vg_u64s *other)
{
    size_t all = 0, found = 0;
    for (size_t i = 0; i < ss->n; i++) {
        size_t len = ss->v[i].end - ss->v[i].start;
        all += len;
        if (ss->v[i].hash && vg_u64s_has(other, ss->v[i].hash))
            found += len;
    }
    return all ? (double)found / (double)all : 0.0;
}

/* The state of the document being matched. */
typedef struct cur {
    int64_t seq;
    const char *text;
    size_t len;
    int char_ix, word_ix;  /* has character / word signatures */
    int sorted_char, sorted_word, have_sents;
} cur;

static vg_err own_set(pass *ps, cur *d, int kind, vg_u64s **out)
{
    if (kind == VG_SH_CHAR) {
        if (!d->sorted_char) {
            if (!d->char_ix && vg_fp_shingles(&ps->nt, VG_SH_CHAR, ps->p.char_n, &ps->sh_char))
                return VG_ENOMEM;
            vg_u64s_sort_unique(&ps->sh_char);
            d->sorted_char = 1;
        }
        *out = &ps->sh_char;
    } else {
        if (!d->sorted_word) {
            if (!d->word_ix && vg_fp_shingles(&ps->nt, VG_SH_WORD, ps->p.word_n, &ps->sh_word))
                return VG_ENOMEM;
            vg_u64s_sort_unique(&ps->sh_word);
            d->sorted_word = 1;
        }
        *out = &ps->sh_word;
    }
    return VG_OK;
}

static vg_err own_sents(pass *ps, cur *d)
{
    if (d->have_sents)
        return VG_OK;
    vg_err e = vg_fp_sentences_of(d->text, d->len, &ps->nt, ps->p.sent_words, &ps->sents);
    if (e == VG_OK)
        e = sent_set(&ps->sents, &ps->own_sents);
    d->have_sents = 1;
    return e;
}

static vg_err put_pair(pass *ps, int64_t a, int64_t b, vg_copy_kind kind, double j,
                       double a_in_b, double b_in_a, double reused, int has_reused)
{
    sqlite3_stmt *st = ps->ins_pair;
    sqlite3_bind_int64(st, 1, a);
    sqlite3_bind_int64(st, 2, b);
    sqlite3_bind_int(st, 3, (int)kind);
    sqlite3_bind_double(st, 4, j);
    sqlite3_bind_double(st, 5, a_in_b);
    sqlite3_bind_double(st, 6, b_in_a);
    if (has_reused)
        sqlite3_bind_double(st, 7, reused);
    else
        sqlite3_bind_null(st, 7);
    if (!step_done(st))
        return vg_store_fail(ps->s, "storing a copy pair");
    return VG_OK;
}

/* Which signatures a text of ncp code points has: character shingles for
 * every text that could be a near copy of a short one, word shingles for
 * long texts. */
static int has_char(const pass *ps, size_t ncp)
{
    return (double)ncp < ps->char_lim;
}

static int has_word(const pass *ps, size_t ncp)
{
    return ncp >= ps->p.long_min;
}

/*
 * The sketch filter: estimate the Jaccard similarity of classes a and b
 * from the low bytes of their K MinHash values (b-bit MinHash: two bytes
 * agree with probability J + (1 - J) / 256) and skip the texts' comparison
 * when the estimate is below threshold - margin.  The margin is four
 * standard deviations of the estimate at J = threshold, sqrt(t (1 - t) / K),
 * and at least 0.25: a pair at the threshold is dropped with probability
 * about 3e-5 (t = 0.5, K = 28: margin 0.38; t = 0.8, K = 50: 0.25), while
 * most chance collisions of the index, far below the threshold, are
 * dropped here without reading a text.  A pair whose longer text has no
 * signature of the pair's kind is too unequal in length to reach the
 * threshold.
 */
static double sketch_margin(double t, unsigned K)
{
    double m = 4.0 * sqrt(t * (1.0 - t) / (K ? K : 1));
    return m > 0.25 ? m : 0.25;
}

static int promising(const pass *ps, uint32_t a, uint32_t b)
{
    const classes *k = &ps->k;
    uint32_t na = k->ncp[a], nb = k->ncp[b];
    unsigned K = ps->p.bands * ps->p.rows;
    int word = na >= ps->p.long_min && nb >= ps->p.long_min;
    if (word ? !(has_word(ps, na) && has_word(ps, nb)) : !(has_char(ps, na) && has_char(ps, nb)))
        return 0;
    if (word)
        K = ps->sw;
    else if (na >= ps->p.long_min || nb >= ps->p.long_min)
        return 1; /* a long text keeps no character sketch */
    const uint8_t *x = k->sk + a * k->skw;
    const uint8_t *y = k->sk + b * k->skw;
    unsigned m = 0;
    for (unsigned i = 0; i < K; i++)
        m += x[i] == y[i];
    double est = ((double)m / K - 1.0 / 256) / (1.0 - 1.0 / 256);
    return est >= ps->cut[word];
}

/* What the settings fix for the whole pass. */
static void derive(pass *ps)
{
    double t = ps->p.threshold > 0.05 ? ps->p.threshold : 0.05;
    unsigned K = ps->p.bands * ps->p.rows;
    ps->sw = word_sketch(&ps->p);
    ps->cut[0] = ps->p.threshold - sketch_margin(ps->p.threshold, K);
    ps->cut[1] = ps->p.threshold - sketch_margin(ps->p.threshold, ps->sw);
    ps->char_lim = (double)ps->p.long_min / t + ps->p.char_n;
}

/* The sets of candidate class c for a comparison of `kind`: from the
 * cache, else from its text. */
static vg_err candidate_sets(pass *ps, uint32_t c, int kind, const vcache **out)
{
    if (!ps->vc && !(ps->vc = calloc(VCACHE_SLOTS, sizeof *ps->vc)))
        return VG_ENOMEM;
    vcache *v = &ps->vc[c % VCACHE_SLOTS];
    *out = v;
    if (v->c1 == c + 1 && v->kind == kind)
        return VG_OK;
    v->c1 = 0;
    const char *p = "";
    size_t n = 0;
    vg_err e = fetch_text(ps, ps->k.seq[c], &p, &n);
    if (e != VG_OK || (e = vg_fp_norm_text(p, n, &ps->nt2)) != VG_OK)
        return e;
    v->kind = kind;
    v->empty = ps->nt2.text.n == 0;
    v->sh.n = v->sents.n = 0;
    if (!v->empty) {
        if ((e = vg_fp_shingles(&ps->nt2, kind, kind == VG_SH_CHAR ? ps->p.char_n
                                                                    : ps->p.word_n,
                                &v->sh)) != VG_OK ||
            (e = vg_fp_sentences_of(p, n, &ps->nt2, ps->p.sent_words, &ps->sents2)) != VG_OK ||
            (e = sent_set(&ps->sents2, &v->sents)) != VG_OK)
            return e;
        vg_u64s_sort_unique(&v->sh);
    }
    v->c1 = c + 1;
    return VG_OK;
}

/* Compare the new class me with candidate cd on their texts. */
static vg_err verify(pass *ps, cur *d, uint32_t me, const cand *cd)
{
    classes *k = &ps->k;
    if (!cd->sent && !promising(ps, me, cd->c)) {
        ps->st->filtered++;
        return VG_OK;
    }
    int kind = (ps->nt.ncp < ps->p.long_min || k->ncp[cd->c] < ps->p.long_min) ? VG_SH_CHAR
                                                                               : VG_SH_WORD;
    const vcache *o;
    vg_err e = candidate_sets(ps, cd->c, kind, &o);
    if (e != VG_OK)
        return e;
    ps->st->verified++;
    if (o->empty)
        return VG_OK;
    vg_u64s *mine;
    if ((e = own_set(ps, d, kind, &mine)) != VG_OK)
        return e;
    size_t ov = vg_u64s_overlap(mine->v, mine->n, o->sh.v, o->sh.n);
    size_t uni = mine->n + o->sh.n - ov;
    double j = uni ? (double)ov / (double)uni : 0.0;
    double a_in_b = o->sh.n ? (double)ov / (double)o->sh.n : 0.0;
    double b_in_a = mine->n ? (double)ov / (double)mine->n : 0.0;
    double reused = 0.0;
    int has_reused = 0;
    if (cd->sent || j < ps->p.threshold) {
        /* Sentence reuse, measured on the original texts. */
        if ((e = own_sents(ps, d)) != VG_OK)
            return e;
        if (ps->own_sents.n) {
            reused = reused_share(&ps->sents, &o->sents);
            has_reused = 1;
        }
    }
    int64_t a = k->seq[cd->c], b = k->seq[me];
    if (j >= ps->p.threshold) {
        ps->st->near_pairs++;
        if ((e = put_pair(ps, a, b, VG_COPY_NEAR, j, a_in_b, b_in_a, reused, has_reused)))
            return e;
        return unite(ps, cd->c, me);
    }
    double min_reuse = ps->o && ps->o->min_reuse > 0 ? ps->o->min_reuse : 0.0;
    if (has_reused && reused > 0.0 && reused >= min_reuse) {
        ps->st->partial_pairs++;
        return put_pair(ps, a, b, VG_COPY_PARTIAL, j, a_in_b, b_in_a, reused, 1);
    }
    return VG_OK;
}

static vg_err add_class(pass *ps, int64_t seq, uint64_t x, int32_t t, uint32_t ncp,
                        const uint8_t *sketch, uint32_t *out)
{
    classes *k = &ps->k;
    if (classes_reserve(k, k->len + 1) != VG_OK)
        return VG_ENOMEM;
    if (k->len >= 0x7fffffffu)
        return VG_ENOMEM; /* 31-bit class numbers: use --window */
    uint32_t c = (uint32_t)k->len++;
    k->seq[c] = seq;
    k->cid[c] = seq;
    k->parent[c] = c;
    k->n[c] = 1;
    k->cdocs[c] = 1;
    k->ccls[c] = 1;
    k->last[c] = t;
    k->xlo[c] = (uint32_t)x;
    k->ncp[c] = ncp;
    memcpy(k->sk + c * k->skw, sketch, k->skw);
    k->flags[c] = F_NEW;
    *out = c;
    return VG_OK;
}

static vg_err do_doc(pass *ps, int64_t seq, const char *text, size_t len, int64_t at)
{
    classes *k = &ps->k;
    vg_copy_stats *st = ps->st;
    vg_err e;
    int32_t t = to_min(at);
    if (t > ps->newest && t <= ps->future) {
        ps->newest = t;
        set_horizon(ps);
    }
    st->docs++;
    if ((e = vg_fp_norm_text(text, len, &ps->nt)) != VG_OK)
        return e;
    if (ps->nt.text.n == 0) {
        st->empty++;
        return VG_OK;
    }
    uint64_t x = vg_fp_exact(&ps->nt);
    /* 1. An exact copy of a known text? */
    size_t g = vg_mmap_get(ps->ix, x, ps->got, GET_CAP);
    for (size_t i = 0; i < g; i++) {
        uint32_t c = ps->got[i];
        if (k->xlo[c] != (uint32_t)x || (ps->window_min > 0 && k->last[c] < ps->horizon))
            continue;
        st->exact++;
        k->n[c]++;
        if (t > k->last[c])
            k->last[c] = t;
        uint32_t r = find(k, c);
        k->cdocs[r]++;
        sqlite3_stmt *s1 = ps->ins_doc;
        sqlite3_bind_int64(s1, 1, seq);
        sqlite3_bind_int64(s1, 2, k->seq[c]);
        sqlite3_bind_int64(s1, 3, (int64_t)x);
        if (!step_done(s1))
            return vg_store_fail(ps->s, "storing a copy");
        if ((e = mark(ps, c, F_DIRTY)) != VG_OK)
            return e;
        return mark(ps, r, F_CDIRTY);
    }
    /* 2. A new text: fingerprints, candidates, verification. */
    st->classes++;
    cur d = {seq, text, len, 0, 0, 0, 0, 0};
    size_t ncp = ps->nt.ncp;
    d.char_ix = has_char(ps, ncp);
    d.word_ix = has_word(ps, ncp);
    memset(ps->sketch, 0, k->skw);
    ps->keys.n = 0;
    ps->nraw = 0;
    unsigned nb = ps->p.bands, K = ps->p.bands * ps->p.rows;
    uint64_t bk[MAX_HASHES];
    if (d.char_ix) {
        if ((e = vg_fp_shingles(&ps->nt, VG_SH_CHAR, ps->p.char_n, &ps->sh_char)) != VG_OK)
            return e;
        vg_fp_minhash(ps->sh_char.v, ps->sh_char.n, K, ps->sig);
        vg_fp_bands(ps->sig, nb, ps->p.rows, VG_SH_CHAR, bk);
        if (ncp < ps->p.long_min)
            for (unsigned i = 0; i < K; i++)
                ps->sketch[i] = (uint8_t)ps->sig[i];
        for (unsigned i = 0; i < nb; i++)
            if (vg_u64s_push(&ps->keys, bk[i]) != VG_OK)
                return VG_ENOMEM;
    }
    if (d.word_ix) {
        if ((e = vg_fp_shingles(&ps->nt, VG_SH_WORD, ps->p.word_n, &ps->sh_word)) != VG_OK)
            return e;
        unsigned sw = ps->sw;
        vg_fp_minhash(ps->sh_word.v, ps->sh_word.n, sw, ps->sig);
        vg_fp_bands(ps->sig, ps->p.wbands, ps->p.wrows, VG_SH_WORD, bk);
        for (unsigned i = 0; i < sw; i++)
            ps->sketch[i] = (uint8_t)ps->sig[i];
        for (unsigned i = 0; i < ps->p.wbands; i++)
            if (vg_u64s_push(&ps->keys, bk[i]) != VG_OK)
                return VG_ENOMEM;
    }
    size_t nband_keys = ps->keys.n;
    if ((e = lookup(ps, ps->keys.v, nband_keys, 0, NULL)) != VG_OK)
        return e;
    /* Sentences: every text looks its passages up; long texts add those
     * the index does not hold yet (a later text taking one is paired with
     * the text that had it first, which is what provenance wants, and
     * wire sentences repeated by every outlet cost one entry).  With a
     * window the holder may expire, so every sentence is added. */
    if ((e = own_sents(ps, &d)) != VG_OK)
        return e;
    if (ps->own_sents.n) {
        if ((e = lookup(ps, ps->own_sents.v, ps->own_sents.n, 0x80000000u, ps->sent_hit)) !=
            VG_OK)
            return e;
        if (d.word_ix)
            for (size_t i = 0; i < ps->own_sents.n; i++)
                if ((ps->window_min > 0 || !ps->sent_hit[i]) &&
                    vg_u64s_push(&ps->keys, ps->own_sents.v[i]) != VG_OK)
                    return VG_ENOMEM;
    }
    if ((e = gather(ps)) != VG_OK)
        return e;
    uint32_t me;
    if ((e = add_class(ps, seq, x, t, (uint32_t)ncp, ps->sketch, &me)) != VG_OK)
        return e;
    st->candidates += ps->ncand;
    unsigned maxc = ps->o && ps->o->max_cand ? ps->o->max_cand : 200;
    size_t nc = ps->ncand;
    if (nc > maxc) {
        st->capped++;
        nc = maxc;
    }
    for (size_t i = 0; i < nc; i++)
        if ((e = verify(ps, &d, me, &ps->cands[i])) != VG_OK)
            return e;
    /* Insert: exact hash, band keys, sentence keys; persist them. */
    if (vg_mmap_add(ps->ix, x, me) != VG_OK)
        return VG_ENOMEM;
    for (size_t i = 0; i < ps->keys.n; i++)
        if (vg_mmap_add(ps->ix, ps->keys.v[i], me) != VG_OK)
            return VG_ENOMEM;
    uint32_t r = find(k, me);
    sqlite3_stmt *s2 = ps->ins_cls;
    sqlite3_bind_int64(s2, 1, seq);
    sqlite3_bind_int64(s2, 2, k->cid[r]);
    sqlite3_bind_int64(s2, 3, at);
    sqlite3_bind_int64(s2, 4, (int64_t)x);
    sqlite3_bind_int64(s2, 5, (int64_t)ncp);
    sqlite3_bind_blob(s2, 6, ps->keys.v, (int)(ps->keys.n * sizeof(uint64_t)), SQLITE_STATIC);
    sqlite3_bind_blob(s2, 7, ps->sketch, (int)k->skw, SQLITE_STATIC);
    if (!step_done(s2))
        return vg_store_fail(ps->s, "storing a text class");
    sqlite3_stmt *s1 = ps->ins_doc;
    sqlite3_bind_int64(s1, 1, seq);
    sqlite3_bind_int64(s1, 2, seq);
    sqlite3_bind_int64(s1, 3, (int64_t)x);
    if (!step_done(s1))
        return vg_store_fail(ps->s, "storing a copy");
    return VG_OK;
}

/* ---- commits ------------------------------------------------------------- */

static vg_err flush(pass *ps, int64_t upto)
{
    classes *k = &ps->k;
    for (size_t i = 0; i < ps->nev; i++) {
        sqlite3_bind_int64(ps->merge_clu, 1, ps->ev[i].to);
        sqlite3_bind_int64(ps->merge_clu, 2, ps->ev[i].from);
        sqlite3_bind_int64(ps->merge_cls, 1, ps->ev[i].to);
        sqlite3_bind_int64(ps->merge_cls, 2, ps->ev[i].from);
        if (!step_done(ps->merge_clu) || !step_done(ps->merge_cls))
            return vg_store_fail(ps->s, "merging copy clusters");
    }
    ps->nev = 0;
    for (size_t i = 0; i < ps->ndirty; i++) {
        uint32_t c = ps->dirty[i];
        uint32_t r = find(k, c);
        if (k->flags[c] & F_DIRTY) {
            sqlite3_stmt *st = ps->upd_cls;
            sqlite3_bind_int64(st, 1, k->n[c]);
            sqlite3_bind_int64(st, 2, (int64_t)k->last[c] * 60 + 59);
            sqlite3_bind_int64(st, 3, k->cid[r]);
            sqlite3_bind_int64(st, 4, k->seq[c]);
            if (!step_done(st))
                return vg_store_fail(ps->s, "updating a text class");
        }
        if ((k->flags[c] & F_CDIRTY) && r == c && k->cdocs[c] >= 2) {
            sqlite3_stmt *st = ps->put_clu;
            sqlite3_bind_int64(st, 1, k->cid[c]);
            sqlite3_bind_int64(st, 2, k->cdocs[c]);
            sqlite3_bind_int64(st, 3, k->ccls[c]);
            if (!step_done(st))
                return vg_store_fail(ps->s, "storing a copy cluster");
        }
        k->flags[c] &= (uint8_t)~(F_DIRTY | F_CDIRTY);
    }
    ps->ndirty = 0;
    char buf[32];
    snprintf(buf, sizeof buf, "%lld", (long long)upto);
    if (meta_set(ps->db, "copy_upto", buf) != SQLITE_OK)
        return vg_store_fail(ps->s, "recording copy progress");
    return VG_OK;
}

/* ---- the pass -------------------------------------------------------------- */

static void pass_free(pass *ps)
{
    finalize_all(ps);
    classes_free(&ps->k);
    vg_mmap_free(ps->ix);
    free(ps->dirty);
    free(ps->ev);
    vg_fp_norm_free(&ps->nt);
    vg_fp_norm_free(&ps->nt2);
    vg_u64s_free(&ps->sh_char);
    vg_u64s_free(&ps->sh_word);
    for (size_t i = 0; ps->vc && i < VCACHE_SLOTS; i++) {
        vg_u64s_free(&ps->vc[i].sh);
        vg_u64s_free(&ps->vc[i].sents);
    }
    free(ps->vc);
    vg_u64s_free(&ps->keys);
    vg_u64s_free(&ps->own_sents);
    vg_fp_sents_free(&ps->sents);
    vg_fp_sents_free(&ps->sents2);
    free(ps->got);
    free(ps->cands);
    free(ps->raw);
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Settings: the store's when it has an index (checked against what the
 * caller asked for), else the caller's (recorded). */
static vg_err settle_params(pass *ps, const vg_copy_opts *o)
{
    vg_copy_params want, have;
    params_from_opts(o, &want);
    char buf[256];
    vg_err e = meta_get(ps->db, "copy_params", buf, sizeof buf);
    if (e == VG_ESTORE)
        return vg_store_fail(ps->s, "reading copy settings");
    if (e == VG_OK && !params_parse(buf, &have)) {
        snprintf(ps->err, ps->errcap,
                 "the copy index of this store has settings this vigie cannot read (%s): "
                 "run 'vigie copies reset' to rebuild it",
                 buf);
        return VG_EINVAL;
    }
    if (e == VG_OK) {
        int asked = o && (o->threshold > 0 || o->recall > 0 || o->max_hashes || o->char_n ||
                          o->word_n || o->long_min || o->sent_words);
        if (asked && (fabs(want.threshold - have.threshold) > 1e-9 || want.bands != have.bands ||
                      want.rows != have.rows || want.wbands != have.wbands ||
                      want.wrows != have.wrows || want.char_n != have.char_n ||
                      want.word_n != have.word_n || want.long_min != have.long_min ||
                      want.sent_words != have.sent_words)) {
            char w[256];
            params_format(&want, w, sizeof w);
            snprintf(ps->err, ps->errcap,
                     "the copy index of this store was built with other settings (%s; "
                     "asked: %s): run 'vigie copies reset' to rebuild it with new ones",
                     buf, w);
            return VG_EINVAL;
        }
        ps->p = have;
        return VG_OK;
    }
    ps->p = want;
    params_format(&want, buf, sizeof buf);
    if (meta_set(ps->db, "copy_params", buf) != SQLITE_OK)
        return vg_store_fail(ps->s, "recording copy settings");
    return VG_OK;
}

vg_err vg_copy_update(vg_store *s, const vg_copy_opts *o, vg_copy_stats *st, char *err,
                      size_t errcap)
{
    pass ps;
    memset(&ps, 0, sizeof ps);
    memset(st, 0, sizeof *st);
    double started = now_s();
    ps.s = s;
    ps.db = vg_store_sqlite(s);
    ps.o = o;
    ps.st = st;
    ps.err = err;
    ps.errcap = errcap;
    ps.nt.want_spans = ps.nt2.want_spans = 1;
    if (errcap)
        err[0] = '\0';
    ps.window_min = o && o->window > 0 ? (o->window + 59) / 60 : 0;
    vg_err e = VG_OK;
    int own_txn = !vg_store_in_txn(s);
    if (own_txn && (e = vg_store_begin(s)) != VG_OK)
        goto fail;
    if ((e = settle_params(&ps, o)) == VG_OK)
        derive(&ps);
    if (e != VG_OK)
        goto fail;
    st->params = ps.p;
    ps.got = malloc(GET_CAP * sizeof *ps.got);
    if (!ps.got) {
        e = VG_ENOMEM;
        goto fail;
    }
    if ((e = load(&ps)) != VG_OK || (e = prepare_all(&ps)) != VG_OK)
        goto fail;
    char buf[64];
    int64_t upto = 0, total = 0;
    if (meta_get(ps.db, "copy_upto", buf, sizeof buf) == VG_OK)
        upto = strtoll(buf, NULL, 10);
    {
        sqlite3_stmt *q = NULL;
        if (sqlite3_prepare_v2(ps.db, "SELECT count(*) FROM docs WHERE seq > ?", -1, &q,
                               NULL) == SQLITE_OK) {
            sqlite3_bind_int64(q, 1, upto);
            if (sqlite3_step(q) == SQLITE_ROW)
                total = sqlite3_column_int64(q, 0);
        }
        sqlite3_finalize(q);
    }
    size_t peak = vg_mmap_bytes(ps.ix);
    double t0 = now_s();
    uint64_t next_progress = 65536;
    for (;;) {
        sqlite3_reset(ps.scan);
        sqlite3_bind_int64(ps.scan, 1, upto);
        int rc, rows = 0;
        while ((rc = sqlite3_step(ps.scan)) == SQLITE_ROW) {
            int64_t seq = sqlite3_column_int64(ps.scan, 0);
            const char *text = (const char *)sqlite3_column_text(ps.scan, 1);
            size_t len = (size_t)sqlite3_column_bytes(ps.scan, 1);
            int64_t at = sqlite3_column_int64(ps.scan, 2);
            if ((e = do_doc(&ps, seq, text ? text : "", len, at)) != VG_OK)
                goto fail;
            upto = seq;
            rows++;
        }
        if (rc != SQLITE_DONE) {
            e = vg_store_fail(s, "reading documents to fingerprint");
            goto fail;
        }
        sqlite3_reset(ps.scan);
        size_t b = vg_mmap_bytes(ps.ix);
        peak = b > peak ? b : peak;
        if ((e = vg_mmap_merge(ps.ix, 0, ps.window_min > 0 ? keep_class : NULL, &ps)) != VG_OK)
            goto fail;
        if (o && o->on_progress && st->docs >= next_progress) {
            o->on_progress(o->ctx, st->docs, (uint64_t)total);
            next_progress = st->docs + 65536;
        }
        if (rows == 0 || now_s() - t0 >= COMMIT_SECS) {
            if ((e = flush(&ps, upto)) != VG_OK)
                goto fail;
            /* No statement may stay on a row across the commit: an open
             * read pins the WAL, which then grows by every page the pass
             * writes (30 GB on 12 M documents) instead of being reset. */
            sqlite3_reset(ps.fetch);
            if (own_txn && ((e = vg_store_commit(s)) != VG_OK || (rows && (e = vg_store_begin(s)) != VG_OK)))
                goto fail;
            t0 = now_s();
        }
        if (rows == 0)
            break;
    }
    st->upto = (uint64_t)upto;
    st->seconds = now_s() - started;
    st->index_entries = vg_mmap_count(ps.ix);
    st->index_bytes = peak;
    {
        /* the arrays' written part: pages reserved and never written are
         * not memory */
        size_t kb = ps.k.len * (2 * sizeof(int64_t) + 7 * sizeof(uint32_t) + 1 + ps.k.skw);
        st->index_bytes += kb;
    }
    pass_free(&ps);
    return VG_OK;
fail:
    if (errcap && !err[0]) {
        if (e == VG_ESTORE)
            snprintf(err, errcap, "%s", vg_store_errmsg(s));
        else
            snprintf(err, errcap, "copy detection: %s", vg_strerror(e));
    }
    pass_free(&ps);
    if (own_txn)
        vg_store_rollback(s);
    return e;
}

vg_err vg_copy_reset(vg_store *s, char *err, size_t errcap)
{
    sqlite3 *db = vg_store_sqlite(s);
    int own_txn = !vg_store_in_txn(s);
    if (own_txn && vg_store_begin(s) != VG_OK)
        goto fail;
    if (sqlite3_exec(db,
                     "DELETE FROM copy_docs; DELETE FROM copy_classes; DELETE FROM copy_pairs;"
                     "DELETE FROM copy_clusters; DELETE FROM meta WHERE k = 'copy_params';"
                     "UPDATE meta SET v = 0 WHERE k = 'copy_upto';",
                     NULL, NULL, NULL) != SQLITE_OK) {
        vg_store_fail(s, "resetting copy detection");
        goto fail;
    }
    if (own_txn && vg_store_commit(s) != VG_OK)
        goto fail;
    return VG_OK;
fail:
    snprintf(err, errcap, "%s", vg_store_errmsg(s));
    if (own_txn)
        vg_store_rollback(s);
    return VG_ESTORE;
}
