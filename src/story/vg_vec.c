/*
 * vg_vec.c - sparse TF-IDF vectors (see vg_vec.h).  Terms are collected in
 * arrival order, sorted by hash and merged; the frequency table doubles at
 * 70 % load.
 */
#include "vg_vec.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vg_hash.h"
#include "vg_sort.h"

void vg_svec_free(vg_svec *v)
{
    free(v->v);
    memset(v, 0, sizeof *v);
}

vg_err vg_svec_reserve(vg_svec *v, size_t n)
{
    if (v->cap >= n)
        return VG_OK;
    size_t cap = v->cap ? v->cap : 64;
    while (cap < n)
        cap *= 2;
    vg_term *nv = realloc(v->v, cap * sizeof *nv);
    if (!nv)
        return VG_ENOMEM;
    v->v = nv;
    v->cap = cap;
    return VG_OK;
}

void vg_df_free(vg_df *df)
{
    free(df->key);
    free(df->cnt);
    memset(df, 0, sizeof *df);
}

static uint64_t seed_of(const vg_tok *t, vg_tok_kind kind)
{
    /* Words hash per language (their frequencies are the language's);
     * names are shared across languages. */
    return 0x5354u + (uint64_t)kind + (kind == VG_TOK_WORD ? vg_tok_salt(t) << 16 : 0);
}

uint64_t vg_term_hash(const vg_tok *t, vg_tok_kind kind, const char *p, size_t n)
{
    uint64_t h = vg_hash64(p, n, seed_of(t, kind));
    return h ? h : 1;
}

typedef struct collect {
    vg_svec *out[2];          /* by kind; NULL: not wanted */
    uint64_t seed[2];
    vg_err err;
} collect;

static int on_term(void *ctx, vg_tok_kind kind, const char *p, size_t n)
{
    collect *c = ctx;
    vg_svec *v = c->out[kind];
    if (!v)
        return 0;
    if ((c->err = vg_svec_reserve(v, v->n + 1)) != VG_OK)
        return 1;
    uint64_t h = vg_hash64(p, n, c->seed[kind]);
    v->v[v->n++] = (vg_term){h ? h : 1, 1.0};
    return 0;
}

static int cmp_term(const void *x, const void *y)
{
    uint64_t a = ((const vg_term *)x)->h, b = ((const vg_term *)y)->h;
    return (a > b) - (a < b);
}

/* Without memory for the fast sort, qsort. */
void vg_svec_count(vg_svec *v)
{
    if (!v || !v->n)
        return;
    uint64_t *h = malloc(v->n * sizeof *h);
    if (!h) {
        qsort(v->v, v->n, sizeof *v->v, cmp_term);
    } else {
        for (size_t i = 0; i < v->n; i++)
            h[i] = v->v[i].h;
        vg_sort_u64(h, v->n);
        for (size_t i = 0; i < v->n; i++)
            v->v[i] = (vg_term){h[i], 1.0};
        free(h);
    }
    size_t m = 0;
    for (size_t i = 0; i < v->n; i++) {
        if (m && v->v[m - 1].h == v->v[i].h)
            v->v[m - 1].w += 1.0;
        else
            v->v[m++] = v->v[i];
    }
    v->n = m;
    return;
}

vg_err vg_svec_terms2(vg_tok *t, const char *text, size_t n, vg_svec *words, vg_svec *names)
{
    if (words)
        words->n = 0;
    if (names)
        names->n = 0;
    collect c = {{words, names}, {seed_of(t, VG_TOK_WORD), seed_of(t, VG_TOK_NAME)}, VG_OK};
    vg_err e = vg_tok_run(t, text, n, on_term, &c);
    if (e == VG_OK)
        e = c.err;
    if (e != VG_OK)
        return e;
    vg_svec_count(words);
    vg_svec_count(names);
    return VG_OK;
}

vg_err vg_svec_add(vg_svec *v, uint64_t h)
{
    size_t lo = 0, hi = v->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v->v[mid].h < h)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < v->n && v->v[lo].h == h) {
        v->v[lo].w += 1.0;
        return VG_OK;
    }
    if (vg_svec_reserve(v, v->n + 1) != VG_OK)
        return VG_ENOMEM;
    memmove(v->v + lo + 1, v->v + lo, (v->n - lo) * sizeof *v->v);
    v->v[lo] = (vg_term){h, 1.0};
    v->n++;
    return VG_OK;
}

vg_err vg_svec_terms(vg_tok *t, const char *text, size_t n, vg_tok_kind kind, vg_svec *out)
{
    return vg_svec_terms2(t, text, n, kind == VG_TOK_WORD ? out : NULL,
                          kind == VG_TOK_NAME ? out : NULL);
}

#define VG_DF_PRIOR 50.0

static size_t slot(const vg_df *df, uint64_t h)
{
    size_t s = (size_t)(vg_mix64(h) & (df->cap - 1));
    while (df->key[s] && df->key[s] != h)
        s = (s + 1) & (df->cap - 1);
    return s;
}

static vg_err grow(vg_df *df)
{
    size_t cap = df->cap ? 2 * df->cap : 4096;
    vg_df bigger = {calloc(cap, sizeof *bigger.key), calloc(cap, sizeof *bigger.cnt), cap, 0,
                    df->docs};
    if (!bigger.key || !bigger.cnt) {
        vg_df_free(&bigger);
        return VG_ENOMEM;
    }
    for (size_t i = 0; i < df->cap; i++) {
        if (!df->key[i])
            continue;
        size_t s = slot(&bigger, df->key[i]);
        bigger.key[s] = df->key[i];
        bigger.cnt[s] = df->cnt[i];
        bigger.n++;
    }
    vg_df_free(df);
    *df = bigger;
    return VG_OK;
}

vg_err vg_df_add(vg_df *df, const vg_svec *terms)
{
    for (size_t i = 0; i < terms->n; i++) {
        if ((df->n + 1) * 10 > df->cap * 7 && grow(df) != VG_OK)
            return VG_ENOMEM;
        size_t s = slot(df, terms->v[i].h);
        if (!df->key[s]) {
            df->key[s] = terms->v[i].h;
            df->n++;
        }
        df->cnt[s]++;
    }
    df->docs++;
    return VG_OK;
}

uint32_t vg_df_count(const vg_df *df, uint64_t h)
{
    if (!df->cap)
        return 0;
    size_t s = slot(df, h);
    return df->key[s] ? df->cnt[s] : 0;
}

/* The key of t's language's document count: a word hash of the empty
 * string, which the tokeniser never emits. */
static uint64_t lang_key(const vg_tok *t)
{
    return vg_term_hash(t, VG_TOK_WORD, "", 0);
}

vg_err vg_df_add_lang(vg_df *df, const vg_tok *t)
{
    if ((df->n + 1) * 10 > df->cap * 7 && grow(df) != VG_OK)
        return VG_ENOMEM;
    uint64_t h = lang_key(t);
    size_t s = slot(df, h);
    if (!df->key[s]) {
        df->key[s] = h;
        df->n++;
    }
    df->cnt[s]++;
    return VG_OK;
}

uint64_t vg_df_docs_lang(const vg_df *df, const vg_tok *t)
{
    return vg_df_count(df, lang_key(t));
}

vg_err vg_df_set(vg_df *df, uint64_t h, uint32_t count)
{
    if ((df->n + 1) * 10 > df->cap * 7 && grow(df) != VG_OK)
        return VG_ENOMEM;
    size_t s = slot(df, h ? h : 1);
    if (!df->key[s]) {
        df->key[s] = h ? h : 1;
        df->n++;
    }
    df->cnt[s] = count;
    return VG_OK;
}

void vg_svec_weigh(vg_svec *v, const vg_df *df)
{
    vg_svec_weigh_docs(v, df, df->docs, VG_TF_LOG);
}

void vg_svec_weigh_docs(vg_svec *v, const vg_df *df, uint64_t docs, vg_tf tf)
{
    double norm = 0;
    for (size_t i = 0; i < v->n; i++) {
        double f = vg_df_count(df, v->v[i].h);
        /* No floor: a word in every document ("the", "de") weighs
         * nothing, which is what a stop-word list would do, in every
         * language.  VG_DF_PRIOR documents without the word are assumed
         * besides, so that a handful of articles is not weighed by its
         * few shared words alone. */
        double idf = log(((double)docs + 1.0 + VG_DF_PRIOR) / (f + 1.0));
        v->v[i].w = (tf == VG_TF_RAW ? v->v[i].w : 1.0 + log(v->v[i].w)) * idf;
        norm += v->v[i].w * v->v[i].w;
    }
    norm = sqrt(norm);
    for (size_t i = 0; norm > 0 && i < v->n; i++)
        v->v[i].w /= norm;
}

double vg_svec_cos_shared(const vg_svec *a, const vg_svec *b, size_t *shared)
{
    double dot = 0;
    size_t i = 0, j = 0, k = 0;
    while (i < a->n && j < b->n) {
        if (a->v[i].h == b->v[j].h)
            dot += a->v[i++].w * b->v[j++].w, k++;
        else if (a->v[i].h < b->v[j].h)
            i++;
        else
            j++;
    }
    *shared = k;
    return dot;
}

/* The dot product of a short vector with a much longer one: each term of
 * the short one is found in the long one by a galloping search from
 * where the last one was. */
static double dot_gallop(const vg_svec *s, const vg_svec *l)
{
    double dot = 0;
    size_t lo = 0;
    for (size_t i = 0; i < s->n && lo < l->n; i++) {
        uint64_t h = s->v[i].h;
        size_t step = 1, hi = lo;
        while (hi < l->n && l->v[hi].h < h) {
            lo = hi + 1;
            hi += step;
            step *= 2;
        }
        if (hi > l->n)
            hi = l->n;
        while (lo < hi) { /* the first term >= h is in [lo, hi] */
            size_t mid = lo + (hi - lo) / 2;
            if (l->v[mid].h < h)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < l->n && l->v[lo].h == h)
            dot += s->v[i].w * l->v[lo++].w;
    }
    return dot;
}

double vg_svec_cos(const vg_svec *a, const vg_svec *b)
{
    if (a->n * 8 < b->n)
        return dot_gallop(a, b);
    if (b->n * 8 < a->n)
        return dot_gallop(b, a);
    double dot = 0;
    size_t i = 0, j = 0;
    while (i < a->n && j < b->n) {
        if (a->v[i].h == b->v[j].h)
            dot += a->v[i++].w * b->v[j++].w;
        else if (a->v[i].h < b->v[j].h)
            i++;
        else
            j++;
    }
    return dot;
}
