/*
 * test_copy.c - the copy-detection pass and its queries through the public
 * API (vigie/copy.h) on temporary stores: exact copies, near copies and
 * partial reuse; clusters that keep their ids across runs and merges; the
 * index settings; awkward texts (empty, one character,
 * emoji, Chinese, 10 MB); a flood of near-identical posts; provenance.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "vigie/vigie.h"

#include "copy_testutil.h"

/* Most tests here were written at the threshold 0.5, where their texts'
 * similarities (about 0.66 for the bridges) make near copies. */
static const vg_copy_opts at_half = {.threshold = 0.5};

/* ---- exact, near, partial, unrelated --------------------------------------- */

typedef struct listed {
    int64_t id[8];
    uint64_t docs[8], texts[8], authors[8];
    char first_id[8][32];
    size_t n;
} listed;

static int collect_cluster(void *ctx, const vg_cluster *c)
{
    listed *l = ctx;
    assert_true(l->n < 8);
    l->id[l->n] = c->id;
    l->docs[l->n] = c->docs;
    l->texts[l->n] = c->texts;
    l->authors[l->n] = c->authors;
    snprintf(l->first_id[l->n], 32, "%.*s", (int)c->first_id.n, c->first_id.p);
    l->n++;
    return 0;
}

static void test_exact_near_partial(void **state)
{
    (void)state;
    vg_store *s = open_store();
    /* Params do not exist before the first pass. */
    vg_copy_params p;
    assert_int_equal(vg_copy_params_get(s, &p), VG_ENOTFOUND);

    char near_tweet[256];
    snprintf(near_tweet, sizeof near_tweet, "%s #Macron", tweet);
    char rt[256], shout[256];
    snprintf(rt, sizeof rt, "RT @alice: %s", tweet);
    snprintf(shout, sizeof shout, "LES BUREAUX DE VOTE FERMENT A 20H!!! Allez voter demain "
             "matin https://t.co/x1 #Presidentielle2017");
    /* A 60-word text and a copy with 3 words changed (word shingles). */
    uint64_t ids[60];
    for (int i = 0; i < 60; i++)
        ids[i] = 100 + (uint64_t)i;
    char *longtext = text_of(ids, 60, 10);
    ids[5] = 9001, ids[27] = 9002, ids[48] = 9003;
    char *longnear = text_of(ids, 60, 10);
    /* An article of 10 sentences, and a text reusing two of them. */
    char *article = range_text(1000, 100);
    uint64_t pids[60];
    for (int i = 0; i < 60; i++)
        pids[i] = i < 10 ? 5000 + (uint64_t)i : i < 30 ? 1020 + (uint64_t)(i - 10)
                                                         : 5000 + (uint64_t)(i - 20);
    char *reuse = text_of(pids, 60, 10);
    char *unrelated = range_text(7000, 60);

    int64_t e1 = put(s, "e1", tweet, T0);
    int64_t e2 = put(s, "e2", rt, T0 + 60);
    int64_t e3 = put(s, "e3", shout, T0 + 120);
    int64_t n1 = put(s, "n1", near_tweet, T0 + 180);
    int64_t l1 = put(s, "l1", longtext, T0 + 240);
    int64_t l2 = put(s, "l2", longnear, T0 + 300);
    int64_t a1 = put(s, "a1", article, T0 + 360);
    int64_t r1 = put(s, "r1", reuse, T0 + 420);
    int64_t u1 = put(s, "u1", unrelated, T0 + 480);

    vg_copy_stats st;
    update(s, &at_half, &st);
    assert_int_equal(st.docs, 9);
    assert_int_equal(st.exact, 2);
    assert_int_equal(st.classes, 7);
    assert_int_equal(st.empty, 0);
    assert_int_equal(st.near_pairs, 2);
    assert_int_equal(st.partial_pairs, 1);
    assert_int_equal(st.upto, (uint64_t)u1);
    assert_int_equal(vg_copy_params_get(s, &p), VG_OK);
    assert_true(fabs(p.threshold - 0.5) < 1e-9);
    assert_true(p.bands * p.rows <= 64);
    assert_true(1 - pow(1 - pow(0.5, p.rows), p.bands) >= p.recall);
    /* Long texts: the same rule with half the hashes. */
    assert_true(p.wbands * p.wrows <= 32);
    assert_true(1 - pow(1 - pow(0.5, p.wrows), p.wbands) >= p.recall);

    /* Exact copies and the near copy share the first text's cluster. */
    assert_int_equal(cluster(s, "e1"), e1);
    assert_int_equal(cluster(s, "e2"), e1);
    assert_int_equal(cluster(s, "e3"), e1);
    assert_int_equal(cluster(s, "n1"), e1);
    assert_int_equal(cluster(s, "l1"), l1);
    assert_int_equal(cluster(s, "l2"), l1);
    /* Partial reuse is a pair, not a cluster. */
    assert_int_equal(cluster(s, "a1"), a1);
    assert_int_equal(cluster(s, "r1"), r1);
    assert_int_equal(cluster(s, "u1"), u1);

    pairlist all = pairs_of(s, 0);
    assert_int_equal(all.n, 3);
    const vg_copy_pair *pp = find_pair(&all, e1, n1);
    assert_non_null(pp);
    assert_int_equal(pp->kind, VG_COPY_NEAR);
    assert_true(pp->jaccard >= 0.5 && pp->jaccard < 1.0);
    assert_true(pp->a_in_b > 0.99); /* the tweet is all inside its copy */
    assert_int_equal(pp->a_docs, 3);
    assert_int_equal(pp->b_docs, 1);
    pp = find_pair(&all, l1, l2);
    assert_non_null(pp);
    assert_int_equal(pp->kind, VG_COPY_NEAR);
    assert_true(pp->jaccard >= 0.5 && pp->jaccard < 0.95);
    pp = find_pair(&all, a1, r1);
    assert_non_null(pp);
    assert_int_equal(pp->kind, VG_COPY_PARTIAL);
    assert_true(pp->jaccard < 0.5);
    /* 20 of the 60 words of r1 come from a1. */
    assert_true(pp->reused > 0.25 && pp->reused < 0.45);
    /* Pairs of one document's text; none for the unrelated one, and an
     * exact copy sees its class's pairs. */
    assert_int_equal(pairs_of(s, u1).n, 0);
    assert_int_equal(pairs_of(s, e2).n, 1);
    assert_int_equal(pairs_of(s, r1).n, 1);

    /* Clusters of two or more documents, biggest first. */
    listed ls;
    memset(&ls, 0, sizeof ls);
    assert_int_equal(vg_copy_clusters(s, NULL, collect_cluster, &ls), VG_OK);
    assert_int_equal(ls.n, 2);
    assert_int_equal(ls.id[0], e1);
    assert_int_equal(ls.docs[0], 4);
    assert_int_equal(ls.texts[0], 2);
    assert_int_equal(ls.authors[0], 4);
    assert_string_equal(ls.first_id[0], "e1");
    assert_int_equal(ls.id[1], l1);
    assert_int_equal(ls.docs[1], 2);
    /* min_docs and limit. */
    vg_cluster_query q = {0};
    q.min_docs = 3;
    memset(&ls, 0, sizeof ls);
    assert_int_equal(vg_copy_clusters(s, &q, collect_cluster, &ls), VG_OK);
    assert_int_equal(ls.n, 1);
    q.min_docs = 1;
    q.limit = 3;
    memset(&ls, 0, sizeof ls);
    assert_int_equal(vg_copy_clusters(s, &q, collect_cluster, &ls), VG_OK);
    assert_int_equal(ls.n, 2); /* single texts have no cluster row */
    /* By source and by time. */
    memset(&q, 0, sizeof q);
    q.source = "test";
    memset(&ls, 0, sizeof ls);
    assert_int_equal(vg_copy_clusters(s, &q, collect_cluster, &ls), VG_OK);
    assert_int_equal(ls.n, 2);
    q.source = "elsewhere";
    memset(&ls, 0, sizeof ls);
    assert_int_equal(vg_copy_clusters(s, &q, collect_cluster, &ls), VG_OK);
    assert_int_equal(ls.n, 0);
    memset(&q, 0, sizeof q);
    q.since = T0 + 200; /* e1's cluster ended at T0 + 180, l1's at T0 + 300 */
    memset(&ls, 0, sizeof ls);
    assert_int_equal(vg_copy_clusters(s, &q, collect_cluster, &ls), VG_OK);
    assert_int_equal(ls.n, 1);
    assert_int_equal(ls.id[0], l1);
    memset(&q, 0, sizeof q);
    q.until = T0 + 240; /* l1's began at T0 + 240: still in */
    memset(&ls, 0, sizeof ls);
    assert_int_equal(vg_copy_clusters(s, &q, collect_cluster, &ls), VG_OK);
    assert_int_equal(ls.n, 2);
    q.until = T0 + 100; /* l1's began at T0 + 240 */
    memset(&ls, 0, sizeof ls);
    assert_int_equal(vg_copy_clusters(s, &q, collect_cluster, &ls), VG_OK);
    assert_int_equal(ls.n, 1);
    assert_int_equal(ls.id[0], e1);

    /* Members in publication order, each with its relation. */
    memberlist *ml = calloc(1, sizeof *ml);
    assert_non_null(ml);
    vg_cluster c;
    int64_t id = e1;
    assert_int_equal(vg_copy_cluster_show(s, &id, &c, collect_member, 86400, collect_spread, ml),
                     VG_OK);
    assert_int_equal(id, e1);
    assert_int_equal(c.id, e1);
    assert_int_equal(c.docs, 4);
    assert_int_equal(c.texts, 2);
    assert_int_equal(c.sources, 1);
    assert_int_equal(c.authors, 4);
    assert_int_equal(c.first_seq, e1);
    assert_int_equal(c.first_at, T0);
    assert_int_equal(c.last_at, T0 + 180);
    assert_int_equal(ml->n, 4);
    assert_string_equal(ml->ids[0], "e1");
    assert_int_equal(ml->v[0].kind, VG_COPY_EXACT);
    assert_int_equal(ml->v[0].like, 0);
    assert_int_equal(ml->v[1].doc.seq, e2);
    assert_int_equal(ml->v[1].kind, VG_COPY_EXACT);
    assert_int_equal(ml->v[1].like, e1);
    assert_int_equal(ml->v[1].cls, e1);
    assert_int_equal(ml->v[2].doc.seq, e3);
    assert_int_equal(ml->v[2].kind, VG_COPY_EXACT);
    assert_int_equal(ml->v[3].doc.seq, n1);
    assert_int_equal(ml->v[3].kind, VG_COPY_NEAR);
    assert_int_equal(ml->v[3].like, e1);
    assert_int_equal(ml->v[3].cls, n1);
    pp = find_pair(&all, e1, n1);
    assert_true(fabs(ml->v[3].jaccard - pp->jaccard) < 1e-9);
    /* All four on one day. */
    assert_int_equal(ml->nspread, 1);
    assert_int_equal(ml->spread_start[0], T0 - T0 % DAY);
    assert_int_equal(ml->spread_n[0], 4);
    /* By the hour: all within 16:00-17:00 UTC. */
    memset(ml, 0, sizeof *ml);
    assert_int_equal(vg_copy_cluster_show(s, &id, &c, NULL, 3600, collect_spread, ml), VG_OK);
    assert_int_equal(ml->nspread, 1);
    assert_int_equal(ml->spread_start[0], T0 - T0 % 3600);

    /* A document without copies is a cluster of one. */
    id = u1;
    assert_int_equal(vg_copy_cluster_show(s, &id, &c, NULL, 0, NULL, NULL), VG_OK);
    assert_int_equal(c.docs, 1);
    assert_int_equal(c.texts, 1);
    /* No such cluster, no such document. */
    id = 999999;
    assert_int_equal(vg_copy_cluster_show(s, &id, &c, NULL, 0, NULL, NULL), VG_ENOTFOUND);
    id = e2; /* a member's seq is not a cluster id */
    assert_int_equal(vg_copy_cluster_show(s, &id, &c, NULL, 0, NULL, NULL), VG_ENOTFOUND);
    int64_t x;
    assert_int_equal(vg_copy_cluster_of(s, "nope", &x), VG_ENOTFOUND);
    char hs[32];
    snprintf(hs, sizeof hs, "#%lld", (long long)n1);
    assert_int_equal(cluster(s, hs), e1);

    /* A second pass with nothing new finds nothing and changes nothing. */
    update(s, &at_half, &st);
    assert_int_equal(st.docs, 0);
    assert_int_equal(st.loaded, 7);
    assert_int_equal(pairs_of(s, 0).n, 3);
    assert_int_equal(cluster(s, "n1"), e1);

    free(ml);
    free(longtext);
    free(longnear);
    free(article);
    free(reuse);
    free(unrelated);
    vg_store_close(s);
}

/* ---- runs after runs ------------------------------------------------------- */

static void write_file(const char *name, const char *content)
{
    char p[300];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "w");
    assert_non_null(f);
    fputs(content, f);
    fclose(f);
}

static void ingest(vg_store *s, const char *name, vg_ingest_stats *st)
{
    char p[300], err[512] = "";
    snprintf(p, sizeof p, "%s/%s", dir, name);
    const char *paths[] = {p};
    vg_ingest_opts o;
    memset(&o, 0, sizeof o);
    vg_err e = vg_ingest(s, paths, 1, &o, st, err, sizeof err);
    if (e != VG_OK)
        fail_msg("vg_ingest: %s", err);
}

static void jsonl_line(char *buf, size_t cap, const char *id, const char *when, const char *text)
{
    size_t k = strlen(buf);
    snprintf(buf + k, cap - k,
             "{\"id\":\"%s\",\"source\":\"twitter\",\"author\":\"%s\",\"created_at\":\"%s\","
             "\"text\":\"%s\"}\n",
             id, id, when, text);
}

static void test_index_persists_across_ingests(void **state)
{
    (void)state;
    char *y = range_text(200, 60), *c = range_text(300, 60), *d = range_text(400, 60);
    uint64_t ids[60];
    for (int i = 0; i < 60; i++)
        ids[i] = 200 + (uint64_t)i;
    ids[10] = 9100, ids[40] = 9101;
    char *ynear = text_of(ids, 60, 10);
    size_t cap = 8192;
    char *buf = calloc(1, cap);
    assert_non_null(buf);
    jsonl_line(buf, cap, "a1", "2017-05-05T10:00:00Z", tweet);
    jsonl_line(buf, cap, "a2", "2017-05-05T10:01:00Z", tweet);
    jsonl_line(buf, cap, "b1", "2017-05-05T10:02:00Z", y);
    jsonl_line(buf, cap, "c1", "2017-05-05T10:03:00Z", c);
    write_file("one.jsonl", buf);
    buf[0] = '\0';
    jsonl_line(buf, cap, "a3", "2017-05-06T09:00:00Z", tweet);
    jsonl_line(buf, cap, "b2", "2017-05-06T09:01:00Z", ynear);
    jsonl_line(buf, cap, "d1", "2017-05-06T09:02:00Z", d);
    write_file("two.jsonl", buf);

    vg_store *s = open_store();
    vg_ingest_stats st;
    ingest(s, "one.jsonl", &st);
    assert_int_equal(st.added, 4);
    assert_int_equal(st.copy.docs, 4);
    assert_int_equal(st.copy.exact, 1);
    assert_int_equal(st.copy.loaded, 0);
    int64_t a1 = seq_of(s, "a1"), b1 = seq_of(s, "b1"), c1 = seq_of(s, "c1");
    assert_int_equal(cluster(s, "a2"), a1);
    vg_store_close(s);

    /* A new run, a new process as far as the store knows: the second batch
     * is matched against the first through the persisted index. */
    s = open_store();
    ingest(s, "two.jsonl", &st);
    assert_int_equal(st.added, 3);
    assert_int_equal(st.copy.docs, 3);
    assert_int_equal(st.copy.loaded, 3);
    assert_int_equal(st.copy.exact, 1);
    assert_int_equal(st.copy.classes, 2);
    assert_int_equal(st.copy.near_pairs, 1);
    /* Existing clusters keep their ids and grow. */
    assert_int_equal(cluster(s, "a1"), a1);
    assert_int_equal(cluster(s, "a3"), a1);
    assert_int_equal(cluster(s, "b1"), b1);
    assert_int_equal(cluster(s, "b2"), b1);
    assert_int_equal(cluster(s, "c1"), c1);
    int64_t d1 = seq_of(s, "d1");
    assert_int_equal(cluster(s, "d1"), d1);
    vg_cluster cl;
    int64_t id = a1;
    assert_int_equal(vg_copy_cluster_show(s, &id, &cl, NULL, 0, NULL, NULL), VG_OK);
    assert_int_equal(cl.docs, 3);
    assert_int_equal(cl.texts, 1);
    id = b1;
    assert_int_equal(vg_copy_cluster_show(s, &id, &cl, NULL, 0, NULL, NULL), VG_OK);
    assert_int_equal(cl.docs, 2);
    assert_int_equal(cl.texts, 2);
    /* The same input again adds nothing and fingerprints nothing. */
    ingest(s, "two.jsonl", &st);
    assert_int_equal(st.added, 0);
    assert_int_equal(st.copy.docs, 0);
    assert_int_equal(pairs_of(s, 0).n, 1);
    vg_store_close(s);
    free(buf);
    free(y);
    free(c);
    free(d);
    free(ynear);
}

/* x = S1 S2, y = S2 S3 (a third in common: partial reuse), z = S1 S2 S3:
 * a near copy of both, which bridges their clusters. */
static char *bridge_text(int part_mask)
{
    uint64_t ids[90];
    size_t n = 0;
    for (int part = 0; part < 3; part++)
        if (part_mask & (1 << part))
            for (uint64_t i = 0; i < 30; i++)
                ids[n++] = 500 + 100 * (uint64_t)part + i;
    return text_of(ids, n, 10);
}

static void test_bridge_keeps_older_id(void **state)
{
    (void)state;
    char *x = bridge_text(3), *y = bridge_text(6), *z = bridge_text(7);
    vg_store *s = open_store();
    int64_t x1 = put(s, "x1", x, T0);
    put(s, "x2", x, T0 + 10);
    int64_t y1 = put(s, "y1", y, T0 + 20);
    put(s, "y2", y, T0 + 30);
    vg_copy_stats st;
    update(s, &at_half, &st);
    assert_int_equal(cluster(s, "x2"), x1);
    assert_int_equal(cluster(s, "y2"), y1);
    pairlist pl = pairs_of(s, 0);
    assert_int_equal(pl.n, 1);
    assert_int_equal(pl.v[0].kind, VG_COPY_PARTIAL);
    assert_int_equal(st.merges, 0);

    int64_t z1 = put(s, "z1", z, T0 + 40);
    update(s, &at_half, &st);
    assert_int_equal(st.near_pairs, 2);
    assert_int_equal(st.merges, 1);
    assert_int_equal(cluster(s, "z1"), x1);
    assert_int_equal(cluster(s, "y1"), x1);
    assert_int_equal(cluster(s, "y2"), x1);
    pl = pairs_of(s, z1);
    assert_int_equal(pl.n, 2);
    assert_non_null(find_pair(&pl, x1, z1));
    assert_non_null(find_pair(&pl, y1, z1));
    /* The younger id resolves to the older. */
    vg_cluster cl;
    int64_t id = y1;
    assert_int_equal(vg_copy_cluster_show(s, &id, &cl, NULL, 0, NULL, NULL), VG_OK);
    assert_int_equal(id, x1);
    assert_int_equal(cl.id, x1);
    assert_int_equal(cl.docs, 5);
    assert_int_equal(cl.texts, 3);
    /* Only the surviving cluster is listed. */
    listed ls;
    memset(&ls, 0, sizeof ls);
    assert_int_equal(vg_copy_clusters(s, NULL, collect_cluster, &ls), VG_OK);
    assert_int_equal(ls.n, 1);
    assert_int_equal(ls.id[0], x1);
    assert_int_equal(ls.docs[0], 5);
    /* The next run loads the merged cluster whole: a copy of y joins x1. */
    put(s, "y3", y, T0 + 50);
    update(s, &at_half, &st);
    assert_int_equal(st.exact, 1);
    assert_int_equal(cluster(s, "y3"), x1);
    id = x1;
    assert_int_equal(vg_copy_cluster_show(s, &id, &cl, NULL, 0, NULL, NULL), VG_OK);
    assert_int_equal(cl.docs, 6);
    memset(&ls, 0, sizeof ls);
    assert_int_equal(vg_copy_clusters(s, NULL, collect_cluster, &ls), VG_OK);
    assert_int_equal(ls.n, 1);
    assert_int_equal(ls.docs[0], 6);
    vg_store_close(s);
    free(x);
    free(y);
    free(z);
}

/* ---- settings: reset, refusal ---------------------------------------------- */

typedef struct snapshot {
    int64_t cluster[16];
    pairlist pairs;
} snapshot;

static void take(vg_store *s, const char *const *ids, size_t n, snapshot *sn)
{
    for (size_t i = 0; i < n; i++)
        sn->cluster[i] = cluster(s, ids[i]);
    sn->pairs = pairs_of(s, 0);
}

static void test_reset_and_settings(void **state)
{
    (void)state;
    char *x = bridge_text(3), *y = bridge_text(6), *z = bridge_text(7), *u = range_text(800, 40);
    vg_store *s = open_store();
    put(s, "x1", x, T0);
    put(s, "x2", x, T0 + 10);
    put(s, "y1", y, T0 + 20);
    put(s, "u1", u, T0 + 25);
    put(s, "z1", z, T0 + 30);
    put(s, "t1", tweet, T0 + 40);
    vg_copy_stats st;
    update(s, &at_half, &st);
    const char *ids[] = {"x1", "x2", "y1", "u1", "z1", "t1"};
    snapshot before, after;
    memset(&before, 0, sizeof before);
    memset(&after, 0, sizeof after);
    take(s, ids, 6, &before);
    assert_int_equal(before.pairs.n, 3);

    /* Other index settings are refused, with the way out in the message. */
    char err[512] = "";
    vg_copy_opts o;
    memset(&o, 0, sizeof o);
    o.threshold = 0.8;
    assert_int_equal(vg_copy_update(s, &o, &st, err, sizeof err), VG_EINVAL);
    assert_non_null(strstr(err, "vigie copies reset"));
    memset(&o, 0, sizeof o);
    o.char_n = 4;
    err[0] = '\0';
    assert_int_equal(vg_copy_update(s, &o, &st, err, sizeof err), VG_EINVAL);
    assert_non_null(strstr(err, "vigie copies reset"));
    /* The same settings spelled out, and settings of a run, are fine. */
    memset(&o, 0, sizeof o);
    o.threshold = 0.5;
    o.max_cand = 10;
    o.window = 365 * DAY;
    update(s, &o, &st);
    /* The refusals changed nothing: a new document is still matched. */
    int64_t x3 = put(s, "x3", x, T0 + 50);
    update(s, &at_half, &st);
    assert_int_equal(st.docs, 1);
    assert_int_equal(st.exact, 1);
    assert_int_equal(cluster(s, "x3"), before.cluster[0]);

    /* Reset, then the same pass again: the same clusters and pairs. */
    assert_int_equal(vg_copy_reset(s, err, sizeof err), VG_OK);
    vg_copy_params p;
    assert_int_equal(vg_copy_params_get(s, &p), VG_ENOTFOUND);
    int64_t c;
    assert_int_equal(vg_copy_cluster_of(s, "x1", &c), VG_ENOTFOUND);
    assert_int_equal(pairs_of(s, 0).n, 0);
    update(s, &at_half, &st);
    assert_int_equal(st.docs, 7);
    assert_int_equal(st.loaded, 0);
    take(s, ids, 6, &after);
    assert_memory_equal(before.cluster, after.cluster, sizeof before.cluster);
    assert_int_equal(after.pairs.n, before.pairs.n);
    for (size_t i = 0; i < before.pairs.n; i++) {
        const vg_copy_pair *q = find_pair(&after.pairs, before.pairs.v[i].a, before.pairs.v[i].b);
        assert_non_null(q);
        assert_int_equal(q->kind, before.pairs.v[i].kind);
        assert_true(fabs(q->jaccard - before.pairs.v[i].jaccard) < 1e-9);
    }
    assert_int_equal(cluster(s, "x3"), before.cluster[0]);
    (void)x3;

    /* After a reset, other settings are accepted and recorded; without
     * settings, the default threshold is 0.8. */
    assert_int_equal(vg_copy_reset(s, err, sizeof err), VG_OK);
    update(s, NULL, &st);
    assert_int_equal(vg_copy_params_get(s, &p), VG_OK);
    assert_true(fabs(p.threshold - 0.8) < 1e-9);
    assert_true(1 - pow(1 - pow(0.8, p.rows), p.bands) >= 0.98);
    assert_true(1 - pow(1 - pow(0.8, p.wrows), p.wbands) >= 0.98);
    assert_true(p.wbands * p.wrows <= 32 && p.wbands < p.bands);
    /* z is a near copy of x at 0.5 (J about 0.66) but not at 0.8. */
    assert_true(cluster(s, "z1") != cluster(s, "x1"));
    o.threshold = 0.5;
    err[0] = '\0';
    assert_int_equal(vg_copy_update(s, &o, &st, err, sizeof err), VG_EINVAL);
    assert_non_null(strstr(err, "vigie copies reset"));
    vg_store_close(s);
    free(x);
    free(y);
    free(z);
    free(u);
}

/* ---- the time window --------------------------------------------------------- */

/* A cluster whose founding text left the window keeps its id: a later
 * class of the cluster stands in for the founder. */
static void test_window_keeps_cluster_ids(void **state)
{
    (void)state;
    uint64_t ids[60];
    for (int i = 0; i < 60; i++)
        ids[i] = 300 + (uint64_t)i;
    char *x = text_of(ids, 60, 10);
    ids[7] = 9300;
    char *x1 = text_of(ids, 60, 10);
    ids[33] = 9301;
    char *x2 = text_of(ids, 60, 10);
    ids[51] = 9302;
    char *x3 = text_of(ids, 60, 10);
    vg_store *s = open_store();
    int64_t founder = put(s, "x", x, T0);
    put(s, "x1", x1, T0 + 5 * DAY);
    put(s, "x2", x2, T0 + 5 * DAY + 3600);
    vg_copy_stats st;
    update(s, &at_half, &st);
    assert_int_equal(cluster(s, "x2"), founder);

    /* A day later, with a window of two days: the founder is out of the
     * index, x1 and x2 are in. */
    vg_copy_opts o;
    memset(&o, 0, sizeof o);
    o.window = 2 * DAY;
    put(s, "x1copy", x1, T0 + 6 * DAY);
    put(s, "x3", x3, T0 + 6 * DAY + 60);
    put(s, "xcopy", x, T0 + 6 * DAY + 120);
    update(s, &o, &st);
    assert_int_equal(st.loaded, 2);
    assert_int_equal(st.exact, 1);
    assert_int_equal(cluster(s, "x1copy"), founder);
    assert_int_equal(cluster(s, "x3"), founder);
    /* The copy of the founder's text is no exact copy any more (its class
     * left the window), but a near copy of x1 and x2: same cluster. */
    assert_int_equal(cluster(s, "xcopy"), founder);
    vg_cluster cl;
    int64_t id = founder;
    assert_int_equal(vg_copy_cluster_show(s, &id, &cl, NULL, 0, NULL, NULL), VG_OK);
    assert_int_equal(cl.docs, 6);
    assert_int_equal(cl.texts, 5);
    listed ls;
    memset(&ls, 0, sizeof ls);
    assert_int_equal(vg_copy_clusters(s, NULL, collect_cluster, &ls), VG_OK);
    assert_int_equal(ls.n, 1);
    assert_int_equal(ls.id[0], founder);
    assert_int_equal(ls.docs[0], 6);
    vg_store_close(s);
    free(x);
    free(x1);
    free(x2);
    free(x3);
}

/* Within one pass the window follows the newest document: copies of texts
 * older than the window start anew. */
static void test_window_forgets_old_texts(void **state)
{
    (void)state;
    char near_tweet[256];
    snprintf(near_tweet, sizeof near_tweet, "%s #Macron", tweet);
    char *other = range_text(600, 40);
    char path2[300];
    snprintf(path2, sizeof path2, "%s/nowindow.db", dir);
    vg_store *stores[2] = {open_store(), open_path(path2)};
    vg_copy_opts o;
    memset(&o, 0, sizeof o);
    o.window = DAY;
    for (int w = 0; w < 2; w++) {
        vg_store *s = stores[w];
        int64_t a = put(s, "a", tweet, T0);
        put(s, "a2", near_tweet, T0 + 60);
        int64_t b = put(s, "b", other, T0 + 10 * DAY);
        int64_t c = put(s, "c", tweet, T0 + 10 * DAY + 60);
        put(s, "d", near_tweet, T0 + 10 * DAY + 120);
        put(s, "e", other, T0 + 10 * DAY + 180);
        vg_copy_stats st;
        update(s, w ? NULL : &o, &st);
        assert_int_equal(cluster(s, "a2"), a);
        assert_int_equal(cluster(s, "e"), b);
        if (w == 0) {
            /* Window of a day: c and d are copies of ten-day-old texts;
             * they start a class and a cluster of their own. */
            assert_int_equal(st.exact, 1); /* e, a copy of b */
            assert_int_equal(cluster(s, "c"), c);
            assert_int_equal(cluster(s, "d"), c);
            assert_int_equal(pairs_of(s, c).n, 1);
        } else {
            assert_int_equal(st.exact, 3);
            assert_int_equal(cluster(s, "c"), a);
            assert_int_equal(cluster(s, "d"), a);
        }
        vg_store_close(s);
    }
    free(other);
}

/* ---- awkward texts ----------------------------------------------------------- */

static void test_empty_and_tiny_texts(void **state)
{
    (void)state;
    vg_store *s = open_store();
    put(s, "empty", "", T0);
    put(s, "blank", "  \n\t ", T0 + 1);
    put(s, "punct", "!!! ... ?!", T0 + 2);
    put(s, "links", "https://t.co/abc @someone www.example.com/x", T0 + 3);
    int64_t a1 = put(s, "a1", "a", T0 + 4);
    put(s, "a2", "A!", T0 + 5);
    int64_t b1 = put(s, "b1", "b", T0 + 6);
    int64_t f1 = put(s, "f1", "🔥🔥🔥", T0 + 7);
    put(s, "f2", "🔥 🔥 🔥!!", T0 + 8);
    int64_t f3 = put(s, "f3", "😡😡😡", T0 + 9);
    const char *zh = "今天上午巴黎的选民们排起了长队等待投票选举结果将在晚上八点公布";
    const char *zh_near = "今天上午里昂的选民们排起了长队等待投票选举结果将在晚上八点公布";
    int64_t z1 = put(s, "z1", zh, T0 + 10);
    put(s, "z2", zh, T0 + 11);
    int64_t z3 = put(s, "z3", zh_near, T0 + 12);
    /* Thai, without spaces either, and with combining vowels. */
    const char *th = "ผู้มีสิทธิเลือกตั้งในกรุงปารีสต่อแถวยาวตั้งแต่เช้าเพื่อลงคะแนนเสียง";
    int64_t t1 = put(s, "t1", th, T0 + 13);
    put(s, "t2", th, T0 + 14);
    vg_copy_stats st;
    update(s, &at_half, &st);
    assert_int_equal(st.docs, 15);
    assert_int_equal(st.empty, 4);
    assert_int_equal(st.exact, 4);
    assert_int_equal(st.classes, 7);
    assert_int_equal(cluster(s, "t2"), t1);
    /* Empty texts are left out of copy detection. */
    int64_t c;
    assert_int_equal(vg_copy_cluster_of(s, "empty", &c), VG_ENOTFOUND);
    assert_int_equal(vg_copy_cluster_of(s, "links", &c), VG_ENOTFOUND);
    /* One character: exact copies, and no pair with another character. */
    assert_int_equal(cluster(s, "a2"), a1);
    assert_int_equal(cluster(s, "b1"), b1);
    assert_int_equal(pairs_of(s, a1).n, 0);
    /* All-emoji posts: exact copies; other emoji are another text. */
    assert_int_equal(cluster(s, "f2"), f1);
    assert_int_equal(cluster(s, "f3"), f3);
    /* Chinese without spaces: identical is exact, two characters changed
     * out of 31 is a near copy. */
    assert_int_equal(cluster(s, "z2"), z1);
    assert_int_equal(cluster(s, "z3"), z1);
    pairlist pl = pairs_of(s, z3);
    assert_int_equal(pl.n, 1);
    assert_int_equal(pl.v[0].kind, VG_COPY_NEAR);
    assert_int_equal(pl.v[0].a, z1);
    assert_true(pl.v[0].jaccard >= 0.5 && pl.v[0].jaccard < 1.0);
    vg_store_close(s);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void test_huge_text(void **state)
{
    (void)state;
    /* About 10 MB of sentences, an exact copy and a copy with its last
     * sentence changed. */
    size_t words = 1600000;
    char *big = range_text(1u << 20, words);
    size_t len = strlen(big);
    assert_true(len > 9000000);
    char *changed = strdup(big);
    assert_non_null(changed);
    memcpy(changed + len - 20, "zzzz zzzz zzzz zzzz.", 20);
    vg_store *s = open_store();
    int64_t b1 = put(s, "big1", big, T0);
    put(s, "big2", big, T0 + 1);
    put(s, "big3", changed, T0 + 2);
    put(s, "small", tweet, T0 + 3);
    vg_copy_stats st;
    double t = now();
    update(s, &at_half, &st);
    t = now() - t;
    assert_int_equal(st.docs, 4);
    assert_int_equal(st.exact, 1);
    assert_int_equal(cluster(s, "big2"), b1);
    assert_int_equal(cluster(s, "big3"), b1);
    pairlist pl = pairs_of(s, b1);
    assert_int_equal(pl.n, 1);
    assert_true(pl.v[0].jaccard > 0.99);
    assert_int_equal(pairs_of(s, seq_of(s, "small")).n, 0);
    assert_true(t < 120);
    vg_store_close(s);
    free(big);
    free(changed);
}

/* A flood of one text: one class, every copy a member, no pair at all. */
static void test_flood_of_identical_posts(void **state)
{
    (void)state;
    enum { N = 20000 };
    vg_store *s = open_store();
    assert_int_equal(vg_store_begin(s), VG_OK);
    for (int i = 0; i < N; i++) {
        char id[16];
        snprintf(id, sizeof id, "f%d", i);
        put_doc(s, id, id, i % 2 ? tweet : "RT @x: Les bureaux de vote ferment a 20h, allez "
                                           "voter demain matin #Presidentielle2017", T0 + i);
    }
    assert_int_equal(vg_store_commit(s), VG_OK);
    vg_copy_stats st;
    update(s, NULL, &st);
    assert_int_equal(st.docs, N);
    assert_int_equal(st.classes, 1);
    assert_int_equal(st.exact, N - 1);
    assert_int_equal(st.near_pairs + st.partial_pairs, 0);
    assert_int_equal(st.verified, 0);
    int64_t first = seq_of(s, "f0");
    assert_int_equal(cluster(s, "f19999"), first);
    vg_cluster cl;
    int64_t id = first;
    assert_int_equal(vg_copy_cluster_show(s, &id, &cl, NULL, 0, NULL, NULL), VG_OK);
    assert_int_equal(cl.docs, N);
    assert_int_equal(cl.texts, 1);
    assert_int_equal(cl.authors, N);
    vg_store_close(s);
}

static void test_flood_of_near_copies(void **state)
{
    (void)state;
    enum { N = 2000 };
    vg_store *s = open_store();
    assert_int_equal(vg_store_begin(s), VG_OK);
    int64_t first = 0;
    for (int i = 0; i < N; i++) {
        char id[16], text[160];
        snprintf(id, sizeof id, "p%d", i);
        snprintf(text, sizeof text, "Breaking: the vote is postponed in every city, share "
                 "before it is deleted %d", i * 7919 % 100000);
        int64_t q = put(s, id, text, T0 + i);
        if (!i)
            first = q;
    }
    assert_int_equal(vg_store_commit(s), VG_OK);
    /* A cap of 50 candidates per post: it is hit, and bounds the work. */
    vg_copy_opts o;
    memset(&o, 0, sizeof o);
    o.max_cand = 50;
    vg_copy_stats st;
    double t = now();
    update(s, &o, &st);
    t = now() - t;
    assert_int_equal(st.docs, N);
    assert_int_equal(st.classes, N);
    assert_true(st.capped > N / 2);
    assert_true(st.verified <= (uint64_t)N * 50);
    assert_true(st.candidates > st.verified);
    /* And all of them still end up in one cluster. */
    assert_int_equal(cluster(s, "p1999"), first);
    assert_int_equal(cluster(s, "p1000"), first);
    vg_cluster cl;
    int64_t id = first;
    assert_int_equal(vg_copy_cluster_show(s, &id, &cl, NULL, 0, NULL, NULL), VG_OK);
    assert_int_equal(cl.docs, N);
    assert_int_equal(cl.texts, N);
    /* The default cap (200) and the per-key cap of the index keep the
     * default run linear too: far fewer than the N^2/2 pairs there are. */
    char err[256];
    assert_int_equal(vg_copy_reset(s, err, sizeof err), VG_OK);
    uint64_t verified_50 = st.verified;
    update(s, &at_half, &st);
    assert_true(st.verified > verified_50);
    assert_true(st.verified <= (uint64_t)N * 200);
    assert_true(st.verified < (uint64_t)N * (N - 1) / 2 / 4);
    assert_int_equal(cluster(s, "p1999"), first);
    assert_true(t < 60); /* generous: the counts above show the work is linear */
    vg_store_close(s);
}

/* ---- provenance ---------------------------------------------------------------- */

static void test_provenance(void **state)
{
    (void)state;
    /* Two sources of 8 sentences, and a text stitched from two sentences
     * of each around one of its own. */
    char *s1 = range_text(100, 80), *s2 = range_text(200, 80);
    uint64_t ids[50];
    for (int i = 0; i < 50; i++)
        ids[i] = i < 20 ? 120 + (uint64_t)i : i < 30 ? 900 + (uint64_t)(i - 20)
                                                     : 250 + (uint64_t)(i - 30);
    char *stitched = text_of(ids, 50, 10);
    vg_store *s = open_store();
    int64_t q1 = put(s, "s1", s1, T0);
    int64_t q2 = put(s, "s2", s2, T0 + 3600);
    int64_t qd = put(s, "d", stitched, T0 + 7200);
    put(s, "s1copy", s1, T0 + 9000);
    vg_copy_stats st;
    update(s, &at_half, &st);
    assert_int_equal(st.partial_pairs, 2);

    passages *p = provenance(s, "d");
    assert_int_equal(p->doc_seq, qd);
    assert_int_equal(p->n, 3);
    /* Passages cover the text in order. */
    assert_int_equal(p->v[0].start, 0);
    assert_true(p->v[0].end < p->v[1].start && p->v[1].end < p->v[2].start);
    assert_int_equal(p->v[2].end, strlen(stitched));
    /* Two sentences of s1, with their span in s1. */
    assert_int_equal(p->v[0].first_seq, q1);
    assert_string_equal(p->v[0].first_id, "s1");
    assert_int_equal(p->v[0].first_at, T0);
    assert_same_span(s, "d", &p->v[0]);
    assert_true(p->v[0].src_start > 0);
    /* s1 and its exact copy (and d) contain it. */
    assert_int_equal(p->v[0].seen, 3);
    /* d's own sentence. */
    assert_int_equal(p->v[1].first_seq, qd);
    assert_string_equal(p->v[1].first_id, "d");
    assert_int_equal(p->v[1].src_start, p->v[1].start);
    assert_int_equal(p->v[1].src_end, p->v[1].end);
    assert_int_equal(p->v[1].seen, 1);
    /* Two sentences of s2. */
    assert_int_equal(p->v[2].first_seq, q2);
    assert_string_equal(p->v[2].first_id, "s2");
    assert_same_span(s, "d", &p->v[2]);
    assert_int_equal(p->v[2].seen, 2);
    free(p);

    /* The source itself is original throughout, though d reused it. */
    p = provenance(s, "s1");
    assert_int_equal(p->n, 1);
    assert_int_equal(p->v[0].first_seq, q1);
    assert_int_equal(p->v[0].start, 0);
    assert_int_equal(p->v[0].end, strlen(s1));
    free(p);
    /* Its later exact copy owes everything to it. */
    p = provenance(s, "s1copy");
    assert_int_equal(p->n, 1);
    assert_int_equal(p->v[0].first_seq, q1);
    assert_same_span(s, "s1copy", &p->v[0]);
    free(p);

    /* Unknown or never fingerprinted documents. */
    vg_doc d;
    assert_int_equal(vg_copy_provenance(s, "nosuchdoc", &d, collect_passage, NULL),
                     VG_ENOTFOUND);
    put(s, "late", s2, T0 + 10000);
    assert_int_equal(vg_copy_provenance(s, "late", &d, collect_passage, NULL), VG_ENOTFOUND);
    vg_store_close(s);
    free(s1);
    free(s2);
    free(stitched);
}

static void test_provenance_follows_publication_time(void **state)
{
    (void)state;
    /* Stored first but published later: the passage it shares with an
     * older post (stored second) was first seen in that post. */
    char *late = range_text(100, 60);
    uint64_t ids[40];
    for (int i = 0; i < 40; i++)
        ids[i] = i < 20 ? 100 + (uint64_t)i : 700 + (uint64_t)i;
    char *early = text_of(ids, 40, 10);
    vg_store *s = open_store();
    int64_t ql = put(s, "late", late, T0 + DAY);
    int64_t qe = put(s, "early", early, T0);
    vg_copy_stats st;
    update(s, &at_half, &st);
    assert_int_equal(st.partial_pairs, 1);
    passages *p = provenance(s, "late");
    assert_int_equal(p->n, 2);
    assert_int_equal(p->v[0].first_seq, qe);
    assert_same_span(s, "late", &p->v[0]);
    assert_int_equal(p->v[1].first_seq, ql);
    free(p);
    p = provenance(s, "early");
    assert_int_equal(p->n, 1);
    assert_int_equal(p->v[0].first_seq, qe);
    free(p);
    vg_store_close(s);
    free(late);
    free(early);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_exact_near_partial, setup, teardown),
        cmocka_unit_test_setup_teardown(test_index_persists_across_ingests, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bridge_keeps_older_id, setup, teardown),
        cmocka_unit_test_setup_teardown(test_reset_and_settings, setup, teardown),
        cmocka_unit_test_setup_teardown(test_window_forgets_old_texts, setup, teardown),
        cmocka_unit_test_setup_teardown(test_window_keeps_cluster_ids, setup, teardown),
        cmocka_unit_test_setup_teardown(test_empty_and_tiny_texts, setup, teardown),
        cmocka_unit_test_setup_teardown(test_huge_text, setup, teardown),
        cmocka_unit_test_setup_teardown(test_flood_of_identical_posts, setup, teardown),
        cmocka_unit_test_setup_teardown(test_flood_of_near_copies, setup, teardown),
        cmocka_unit_test_setup_teardown(test_provenance, setup, teardown),
        cmocka_unit_test_setup_teardown(test_provenance_follows_publication_time, setup,
                                        teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
