/*
 * vg_copy_query.c - reading copy-detection results: clusters, their
 * members and spread, pairs, and the provenance of a document's passages.
 *
 * Everything here is computed from the copy tables and the documents at
 * query time (first publisher, sources, time span), so the pass only keeps
 * counters that grow.  Provenance re-splits the texts involved into
 * sentences and matches their hashes; it considers the document's own
 * class (exact copies) and every class paired with it.
 */
#include "vigie/copy.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vg_copy_db.h"
#include "vg_store_sql.h"

vg_err vg_copy_prep(vg_store *s, sqlite3_stmt **st, const char *sql)
{
    if (sqlite3_prepare_v2(vg_store_sqlite(s), sql, -1, st, NULL) != SQLITE_OK)
        return vg_store_fail(s, "preparing a copy query");
    return VG_OK;
}
#define prep vg_copy_prep

vg_slice vg_copy_col(sqlite3_stmt *st, int i)
{
    vg_slice v = {(const char *)sqlite3_column_text(st, i), 0};
    v.n = v.p ? (size_t)sqlite3_column_bytes(st, i) : 0;
    return v;
}
#define col vg_copy_col

#define MEMBERS_OF                                                                 \
    " FROM copy_classes c JOIN copy_docs m ON m.cls = c.cls JOIN docs d ON d.seq = m.seq" \
    " WHERE c.cluster = ?1"
#define TIME_OF "coalesce(d.published_at, d.ingested_at)"

/* Copy v into c->buf at *used, cut to max bytes on a character boundary. */
static vg_slice keep(vg_cluster *c, size_t *used, vg_slice v, size_t max)
{
    size_t room = sizeof c->buf - *used;
    size_t n = v.n < max ? v.n : max;
    if (n > room)
        n = room;
    if (n < v.n)
        while (n > 0 && ((unsigned char)v.p[n] & 0xC0) == 0x80)
            n--;
    char *dst = c->buf + *used;
    if (n)
        memcpy(dst, v.p, n);
    *used += n;
    return (vg_slice){dst, n};
}

/* Fill the per-cluster details of c (id, docs, texts already set). */
static vg_err details(vg_store *s, sqlite3_stmt *agg, sqlite3_stmt *first, vg_cluster *c)
{
    sqlite3_reset(agg);
    sqlite3_bind_int64(agg, 1, c->id);
    if (sqlite3_step(agg) != SQLITE_ROW)
        return vg_store_fail(s, "reading a copy cluster");
    c->sources = (uint64_t)sqlite3_column_int64(agg, 0);
    c->authors = (uint64_t)sqlite3_column_int64(agg, 1);
    c->first_at = sqlite3_column_int64(agg, 2);
    c->last_at = sqlite3_column_int64(agg, 3);
    sqlite3_reset(first);
    sqlite3_bind_int64(first, 1, c->id);
    int rc = sqlite3_step(first);
    if (rc == SQLITE_ROW) {
        c->first_seq = sqlite3_column_int64(first, 0);
        size_t used = 0;
        c->first_id = keep(c, &used, col(first, 1), 255);
        c->first_source = keep(c, &used, col(first, 2), 255);
        c->first_author = keep(c, &used, col(first, 3), 255);
        c->sample = keep(c, &used, col(first, 4), sizeof c->buf - used);
    } else if (rc != SQLITE_DONE) {
        return vg_store_fail(s, "reading a copy cluster");
    }
    return VG_OK;
}

static vg_err prep_details(vg_store *s, sqlite3_stmt **agg, sqlite3_stmt **first)
{
    vg_err e = prep(s, agg,
                    "SELECT count(DISTINCT d.source), count(DISTINCT d.author), "
                    "min(" TIME_OF "), max(" TIME_OF ")" MEMBERS_OF);
    if (e == VG_OK)
        e = prep(s, first,
                 "SELECT d.seq, d.id, d.source, d.author, substr(d.text, 1, 200)" MEMBERS_OF
                 " ORDER BY " TIME_OF ", d.seq LIMIT 1");
    return e;
}

vg_err vg_copy_clusters(vg_store *s, const vg_cluster_query *q,
                        int (*row)(void *ctx, const vg_cluster *c), void *ctx)
{
    sqlite3_stmt *list = NULL, *agg = NULL, *first = NULL, *src = NULL;
    vg_err e = prep(s, &list,
                    "SELECT c.id, c.docs, c.classes FROM copy_clusters c "
                    "JOIN copy_classes k ON k.cls = c.id WHERE c.merged_into IS NULL "
                    "AND c.docs >= ?1 AND k.ncp >= ?2 ORDER BY c.docs DESC, c.id");
    if (e == VG_OK)
        e = prep_details(s, &agg, &first);
    if (e == VG_OK && q && q->source)
        e = prep(s, &src, "SELECT 1" MEMBERS_OF " AND d.source = ?2 LIMIT 1");
    if (e != VG_OK)
        goto out;
    sqlite3_bind_int64(list, 1, q && q->min_docs ? (int64_t)q->min_docs : 2);
    sqlite3_bind_int64(list, 2, q ? (int64_t)q->min_chars : 0);
    unsigned shown = 0;
    int rc;
    while ((rc = sqlite3_step(list)) == SQLITE_ROW) {
        vg_cluster c;
        memset(&c, 0, sizeof c);
        c.id = sqlite3_column_int64(list, 0);
        c.docs = (uint64_t)sqlite3_column_int64(list, 1);
        c.texts = (uint64_t)sqlite3_column_int64(list, 2);
        if (src) {
            sqlite3_reset(src);
            sqlite3_bind_int64(src, 1, c.id);
            sqlite3_bind_text(src, 2, q->source, -1, SQLITE_STATIC);
            if (sqlite3_step(src) != SQLITE_ROW)
                continue;
        }
        if ((e = details(s, agg, first, &c)) != VG_OK)
            goto out;
        if (q && q->since && c.last_at < q->since)
            continue;
        if (q && q->until && c.first_at > q->until)
            continue;
        if (row(ctx, &c))
            break;
        if (q && q->limit && ++shown >= q->limit)
            break;
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        e = vg_store_fail(s, "listing copy clusters");
out:
    sqlite3_finalize(list);
    sqlite3_finalize(agg);
    sqlite3_finalize(first);
    sqlite3_finalize(src);
    return e;
}

/* The one integer `sql` selects for `arg`; VG_ENOTFOUND without a row. */
static vg_err one_int64(vg_store *s, const char *sql, int64_t arg, int64_t *out)
{
    sqlite3_stmt *st = NULL;
    vg_err e = prep(s, &st, sql);
    if (e != VG_OK)
        return e;
    sqlite3_bind_int64(st, 1, arg);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        *out = sqlite3_column_int64(st, 0);
    else
        e = rc == SQLITE_DONE ? VG_ENOTFOUND : vg_store_fail(s, "reading copy classes");
    sqlite3_finalize(st);
    return e;
}

vg_err vg_copy_class_of_seq(vg_store *s, int64_t seq, int64_t *cls)
{
    return one_int64(s, "SELECT cls FROM copy_docs WHERE seq = ?", seq, cls);
}

vg_err vg_copy_cluster_of(vg_store *s, const char *id, int64_t *cluster)
{
    vg_doc d;
    vg_err e = vg_store_get(s, id, &d);
    if (e != VG_OK)
        return e;
    int64_t cls = 0;
    if ((e = vg_copy_class_of_seq(s, d.seq, &cls)) != VG_OK)
        return e;
    return one_int64(s, "SELECT cluster FROM copy_classes WHERE cls = ?", cls, cluster);
}

/* Follow merged_into links from *id; fills docs and texts. */
static vg_err resolve(vg_store *s, int64_t *id, vg_cluster *c)
{
    sqlite3_stmt *st = NULL, *cl = NULL;
    vg_err e = prep(s, &st, "SELECT merged_into, docs, classes FROM copy_clusters WHERE id = ?");
    if (e == VG_OK)
        e = prep(s, &cl, "SELECT count(*), coalesce(sum(n), 0) FROM copy_classes WHERE cluster = ?");
    for (int hops = 0; e == VG_OK && hops < 1000; hops++) {
        sqlite3_reset(st);
        sqlite3_bind_int64(st, 1, *id);
        int rc = sqlite3_step(st);
        if (rc == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL) {
            *id = sqlite3_column_int64(st, 0);
            continue;
        }
        if (rc == SQLITE_ROW) {
            c->docs = (uint64_t)sqlite3_column_int64(st, 1);
            c->texts = (uint64_t)sqlite3_column_int64(st, 2);
            break;
        }
        if (rc != SQLITE_DONE) {
            e = vg_store_fail(s, "reading a copy cluster");
            break;
        }
        /* No cluster row: a text without copies is a cluster of one. */
        sqlite3_bind_int64(cl, 1, *id);
        if (sqlite3_step(cl) == SQLITE_ROW && sqlite3_column_int64(cl, 0) > 0) {
            c->texts = (uint64_t)sqlite3_column_int64(cl, 0);
            c->docs = (uint64_t)sqlite3_column_int64(cl, 1);
        } else {
            e = VG_ENOTFOUND;
        }
        break;
    }
    sqlite3_finalize(st);
    sqlite3_finalize(cl);
    return e;
}

typedef struct near_edge {
    int64_t a, b;
    double j;
} near_edge;

typedef struct seen_cls {
    int64_t cls, first_seq;
} seen_cls;

vg_err vg_copy_cluster_show(vg_store *s, int64_t *id, vg_cluster *c,
                            int (*member)(void *ctx, const vg_cluster_member *m),
                            int64_t bucket,
                            int (*spread)(void *ctx, int64_t start, uint64_t n), void *ctx)
{
    memset(c, 0, sizeof *c);
    sqlite3_stmt *agg = NULL, *first = NULL, *mem = NULL, *pairs = NULL, *sp = NULL;
    near_edge *edges = NULL;
    seen_cls *seen = NULL;
    size_t nedges = 0, ecap = 0, nseen = 0, scap = 0;
    vg_err e = resolve(s, id, c);
    if (e != VG_OK)
        return e;
    c->id = *id;
    if ((e = prep_details(s, &agg, &first)) != VG_OK || (e = details(s, agg, first, c)) != VG_OK)
        goto out;
    if (member) {
        if ((e = prep(s, &pairs,
                      "SELECT a, b, jaccard FROM copy_pairs WHERE kind = 1 AND a IN "
                      "(SELECT cls FROM copy_classes WHERE cluster = ?1)")) != VG_OK)
            goto out;
        sqlite3_bind_int64(pairs, 1, *id);
        while (sqlite3_step(pairs) == SQLITE_ROW) {
            if (nedges == ecap) {
                ecap = ecap ? ecap * 2 : 64;
                near_edge *v = realloc(edges, ecap * sizeof *v);
                if (!v) {
                    e = VG_ENOMEM;
                    goto out;
                }
                edges = v;
            }
            edges[nedges++] = (near_edge){sqlite3_column_int64(pairs, 0),
                                          sqlite3_column_int64(pairs, 1),
                                          sqlite3_column_double(pairs, 2)};
        }
        if ((e = prep(s, &mem,
                      "SELECT d.seq, d.id, d.source, d.author, d.url, d.title, d.published_at, "
                      "d.ingested_at, m.cls" MEMBERS_OF " ORDER BY " TIME_OF ", d.seq")) != VG_OK)
            goto out;
        sqlite3_bind_int64(mem, 1, *id);
        int rc;
        while ((rc = sqlite3_step(mem)) == SQLITE_ROW) {
            vg_cluster_member m;
            memset(&m, 0, sizeof m);
            vg_doc_init(&m.doc);
            m.doc.seq = sqlite3_column_int64(mem, 0);
            m.doc.id = col(mem, 1);
            m.doc.source = col(mem, 2);
            m.doc.author = col(mem, 3);
            m.doc.url = col(mem, 4);
            m.doc.title = col(mem, 5);
            if (sqlite3_column_type(mem, 6) != SQLITE_NULL)
                m.doc.published_at = sqlite3_column_int64(mem, 6);
            m.doc.ingested_at = sqlite3_column_int64(mem, 7);
            m.cls = sqlite3_column_int64(mem, 8);
            m.kind = VG_COPY_EXACT;
            size_t i;
            for (i = 0; i < nseen && seen[i].cls != m.cls; i++)
                ;
            if (i < nseen) {
                m.like = seen[i].first_seq;
                m.jaccard = 1.0;
            } else {
                /* A new text: its closest text listed before it. */
                double best = -1.0;
                for (size_t k = 0; k < nedges; k++) {
                    int64_t other = edges[k].a == m.cls ? edges[k].b
                                    : edges[k].b == m.cls ? edges[k].a : 0;
                    if (!other || edges[k].j <= best)
                        continue;
                    for (size_t j = 0; j < nseen; j++)
                        if (seen[j].cls == other) {
                            best = edges[k].j;
                            m.like = seen[j].first_seq;
                        }
                }
                if (nseen) {
                    m.kind = VG_COPY_NEAR;
                    m.jaccard = best > 0 ? best : 0.0;
                }
                if (nseen == scap) {
                    scap = scap ? scap * 2 : 64;
                    seen_cls *v = realloc(seen, scap * sizeof *v);
                    if (!v) {
                        e = VG_ENOMEM;
                        goto out;
                    }
                    seen = v;
                }
                seen[nseen++] = (seen_cls){m.cls, m.doc.seq};
            }
            if (member(ctx, &m))
                break;
        }
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
            e = vg_store_fail(s, "listing cluster members");
            goto out;
        }
    }
    if (spread) {
        if (bucket <= 0)
            bucket = 86400;
        if ((e = prep(s, &sp,
                      "SELECT (" TIME_OF " - ((" TIME_OF ") % ?2 + ?2) % ?2) AS b, count(*)"
                      MEMBERS_OF " GROUP BY b ORDER BY b")) != VG_OK)
            goto out;
        sqlite3_bind_int64(sp, 1, *id);
        sqlite3_bind_int64(sp, 2, bucket);
        while (sqlite3_step(sp) == SQLITE_ROW)
            if (spread(ctx, sqlite3_column_int64(sp, 0), (uint64_t)sqlite3_column_int64(sp, 1)))
                break;
    }
out:
    sqlite3_finalize(agg);
    sqlite3_finalize(first);
    sqlite3_finalize(mem);
    sqlite3_finalize(pairs);
    sqlite3_finalize(sp);
    free(edges);
    free(seen);
    return e;
}

vg_err vg_copy_pairs(vg_store *s, int64_t doc_seq,
                     int (*row)(void *ctx, const vg_copy_pair *p), void *ctx)
{
    int64_t cls = 0;
    vg_err e;
    if (doc_seq && (e = vg_copy_class_of_seq(s, doc_seq, &cls)) != VG_OK)
        return e;
    sqlite3_stmt *st = NULL;
    if ((e = prep(s, &st,
                  "SELECT p.a, p.b, p.kind, p.jaccard, p.a_in_b, p.b_in_a, p.reused, ca.n, cb.n "
                  "FROM copy_pairs p JOIN copy_classes ca ON ca.cls = p.a "
                  "JOIN copy_classes cb ON cb.cls = p.b "
                  "WHERE ?1 = 0 OR p.a = ?1 OR p.b = ?1 ORDER BY p.a, p.b")) != VG_OK)
        return e;
    sqlite3_bind_int64(st, 1, cls);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        vg_copy_pair p = {(vg_copy_kind)sqlite3_column_int(st, 2),
                          sqlite3_column_int64(st, 0),
                          sqlite3_column_int64(st, 1),
                          sqlite3_column_double(st, 3),
                          sqlite3_column_double(st, 4),
                          sqlite3_column_double(st, 5),
                          sqlite3_column_double(st, 6),
                          (uint64_t)sqlite3_column_int64(st, 7),
                          (uint64_t)sqlite3_column_int64(st, 8)};
        if (row(ctx, &p))
            break;
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        e = vg_store_fail(s, "listing copy pairs");
    sqlite3_finalize(st);
    return e;
}
