/*
 * copy_testutil.h - helpers shared by the copy-detection tests that run
 * the pass on a temporary store: the store in a scratch folder (setup and
 * teardown), texts made of pronounceable pseudo-words, documents put
 * straight into the store, and the pass's results gathered into arrays.
 */
#ifndef COPY_TESTUTIL_H
#define COPY_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vigie/vigie.h"

#define T0 1494000000 /* 2017-05-05 */
#define DAY 86400

static char dir[128];
static char dbpath[256];

static inline int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/vg-test-copy-XXXXXX");
    assert_non_null(mkdtemp(dir));
    snprintf(dbpath, sizeof dbpath, "%s/t.db", dir);
    return 0;
}

static inline int teardown(void **state)
{
    (void)state;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd);
}

static inline vg_store *open_path(const char *path)
{
    vg_store *s = NULL;
    char err[256];
    /* Durability is not under test here: no fsync. */
    vg_store_opts o = {.fast_unsafe = 1};
    assert_int_equal(vg_store_open(&s, path, &o, err, sizeof err), VG_OK);
    return s;
}

static inline vg_store *open_store(void)
{
    return open_path(dbpath);
}

/* ---- texts ----------------------------------------------------------------- */

static inline uint64_t mix(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

/* A pronounceable pseudo-word for id: 2 or 3 syllables, about 340,000
 * possible words, so texts of different ids share no word sequences. */
static inline size_t word(char *out, uint64_t id)
{
    static const char cons[] = "bdfgklmnprstvz", vow[] = "aeiou";
    uint64_t h = mix(id * 7919 + 1);
    size_t n = 0;
    int syl = 2 + (int)(h & 1);
    h >>= 1;
    for (int i = 0; i < syl; i++) {
        out[n++] = cons[h % 14];
        h /= 14;
        out[n++] = vow[h % 5];
        h /= 5;
    }
    return n;
}

/* The words ids[0..n), a sentence of `per` words ending with ". ". */
static inline char *text_of(const uint64_t *ids, size_t n, size_t per)
{
    char *t = malloc(n * 8 + 1);
    assert_non_null(t);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        k += word(t + k, ids[i]);
        if ((i + 1) % per == 0 || i + 1 == n)
            t[k++] = '.';
        if (i + 1 < n)
            t[k++] = ' ';
    }
    t[k] = '\0';
    return t;
}

/* Words first..first+n-1 as a text of 10-word sentences. */
static inline char *range_text(uint64_t first, size_t n)
{
    uint64_t *ids = malloc(n * sizeof *ids);
    assert_non_null(ids);
    for (size_t i = 0; i < n; i++)
        ids[i] = first + i;
    char *t = text_of(ids, n, 10);
    free(ids);
    return t;
}

/* ---- store helpers ------------------------------------------------------- */

static inline int64_t put_doc(vg_store *s, const char *id, const char *author, const char *text,
                       int64_t at)
{
    vg_doc d;
    vg_doc_init(&d);
    d.id = (vg_slice){id, strlen(id)};
    d.source = (vg_slice){"test", 4};
    d.author = (vg_slice){author, strlen(author)};
    d.text = (vg_slice){text, strlen(text)};
    d.lang = (vg_slice){"en", 2};
    d.published_at = at;
    int added = 0;
    assert_int_equal(vg_store_put(s, &d, &added), VG_OK);
    assert_int_equal(added, 1);
    vg_doc g;
    assert_int_equal(vg_store_get(s, id, &g), VG_OK);
    return g.seq;
}

static inline int64_t put(vg_store *s, const char *id, const char *text, int64_t at)
{
    return put_doc(s, id, id, text, at);
}

static inline void update(vg_store *s, const vg_copy_opts *o, vg_copy_stats *st)
{
    char err[512] = "";
    vg_err e = vg_copy_update(s, o, st, err, sizeof err);
    if (e != VG_OK)
        fail_msg("vg_copy_update: %s", err);
}

static inline int64_t cluster(vg_store *s, const char *id)
{
    int64_t c = -1;
    vg_err e = vg_copy_cluster_of(s, id, &c);
    if (e != VG_OK)
        fail_msg("vg_copy_cluster_of(%s): %s", id, vg_strerror(e));
    return c;
}

typedef struct pairlist {
    vg_copy_pair v[64];
    size_t n;
} pairlist;

static inline int collect_pair(void *ctx, const vg_copy_pair *p)
{
    pairlist *l = ctx;
    assert_true(l->n < 64);
    l->v[l->n++] = *p;
    return 0;
}

static inline pairlist pairs_of(vg_store *s, int64_t seq)
{
    pairlist l;
    memset(&l, 0, sizeof l);
    assert_int_equal(vg_copy_pairs(s, seq, collect_pair, &l), VG_OK);
    return l;
}

static inline const vg_copy_pair *find_pair(const pairlist *l, int64_t a, int64_t b)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->v[i].a == a && l->v[i].b == b)
            return &l->v[i];
    return NULL;
}

typedef struct memberlist {
    vg_cluster_member v[64];
    char ids[64][32];
    size_t n;
    int64_t spread_start[8];
    uint64_t spread_n[8];
    size_t nspread;
} memberlist;

static inline int collect_member(void *ctx, const vg_cluster_member *m)
{
    memberlist *l = ctx;
    assert_true(l->n < 64);
    l->v[l->n] = *m;
    snprintf(l->ids[l->n], sizeof l->ids[0], "%.*s", (int)m->doc.id.n, m->doc.id.p);
    l->n++;
    return 0;
}

static inline int collect_spread(void *ctx, int64_t start, uint64_t n)
{
    memberlist *l = ctx;
    assert_true(l->nspread < 8);
    l->spread_start[l->nspread] = start;
    l->spread_n[l->nspread++] = n;
    return 0;
}

static const char *tweet = "Les bureaux de vote ferment a 20h, allez voter demain matin "
                           "#Presidentielle2017";

static inline int64_t seq_of(vg_store *s, const char *id)
{
    vg_doc d;
    assert_int_equal(vg_store_get(s, id, &d), VG_OK);
    return d.seq;
}

typedef struct passage_rec {
    size_t start, end, src_start, src_end;
    int64_t first_seq, first_at;
    char first_id[32];
    uint64_t seen;
    char text[1024];
} passage_rec;

typedef struct passages {
    passage_rec v[16];
    size_t n;
    int64_t doc_seq;
} passages;

static inline int collect_passage(void *ctx, const vg_passage *p)
{
    passages *l = ctx;
    assert_true(l->n < 16);
    passage_rec *r = &l->v[l->n++];
    r->start = p->start;
    r->end = p->end;
    r->src_start = p->src_start;
    r->src_end = p->src_end;
    r->first_seq = p->first_seq;
    r->first_at = p->first_at;
    r->seen = p->seen;
    snprintf(r->first_id, sizeof r->first_id, "%.*s", (int)p->first_id.n, p->first_id.p);
    return 0;
}

static inline passages *provenance(vg_store *s, const char *id)
{
    passages *l = calloc(1, sizeof *l);
    assert_non_null(l);
    vg_doc d;
    assert_int_equal(vg_copy_provenance(s, id, &d, collect_passage, l), VG_OK);
    l->doc_seq = d.seq;
    return l;
}

/* The text of document id at [a, b). */
static inline char *span(vg_store *s, const char *id, size_t a, size_t b)
{
    vg_doc d;
    assert_int_equal(vg_store_get(s, id, &d), VG_OK);
    assert_true(a <= b && b <= d.text.n);
    char *t = malloc(b - a + 1);
    assert_non_null(t);
    memcpy(t, d.text.p + a, b - a);
    t[b - a] = '\0';
    return t;
}

static inline void assert_same_span(vg_store *s, const char *id, const passage_rec *r)
{
    char *mine = span(s, id, r->start, r->end);
    char *src = span(s, r->first_id, r->src_start, r->src_end);
    assert_string_equal(mine, src);
    free(mine);
    free(src);
}

#endif
