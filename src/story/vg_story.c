/*
 * vg_story.c - online story clustering (see vigie/story.h).
 *
 * Per article: its word and name vectors (vg_vec, IDF as learned so far,
 * the article counted first), candidates from an inverted index of the
 * active stories' top terms (term -> stories, stale entries tolerated and
 * skipped), the best score, join or open.  A story keeps the sum of its
 * members' unit vectors, truncated to its CENTROID_TERMS heaviest terms
 * after each merge, and the norm of that sum.  Memory: the active stories'
 * centroids and their postings, the document frequencies, and per story a
 * summary and its members (32 bytes each).
 */
#include "vigie/story.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vg_buf.h"
#include "vg_hash.h"
#include "vg_tok.h"
#include "vg_vec.h"

#define CENTROID_TERMS 200
#define QUERY_TERMS 24     /* an article's heaviest terms looked up */
#define POSTING_TERMS 40   /* a story's heaviest terms indexed */

typedef struct member {
    uint32_t id_off, src_off; /* into names */
    int64_t at;
} member;

typedef struct story {
    vg_svec words, names;     /* sums of members' unit vectors */
    double wnorm, nnorm;
    int64_t first_at, last_at;
    uint32_t label_off, first_src_off, first_id_off;
    uint32_t n;
    member *m;
    uint32_t nm, capm;
    char langs[32];
    int open;
} story;

/* term -> stories, open addressing; each slot a small growable list. */
typedef struct posting {
    uint64_t h;               /* 0: empty */
    uint32_t *v;
    uint32_t n, cap;
} posting;

struct vg_stories {
    story *s;
    uint32_t n, cap;
    vg_buf names;             /* NUL-terminated strings */
    uint32_t *order;          /* output order */
};

typedef struct index {
    posting *p;
    size_t cap, n;
} index_t;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void vg_stories_free(vg_stories *v)
{
    if (!v)
        return;
    for (uint32_t i = 0; i < v->n; i++) {
        vg_svec_free(&v->s[i].words);
        vg_svec_free(&v->s[i].names);
        free(v->s[i].m);
    }
    free(v->s);
    free(v->order);
    vg_buf_free(&v->names);
    free(v);
}

static vg_err put_name(vg_stories *v, const char *p, size_t n, uint32_t *off)
{
    *off = (uint32_t)v->names.n;
    if (vg_buf_append(&v->names, p, n) != VG_OK || vg_buf_putc(&v->names, '\0') != VG_OK)
        return VG_ENOMEM;
    return VG_OK;
}

static posting *post_slot(index_t *ix, uint64_t h)
{
    size_t s = (size_t)(vg_mix64(h) & (ix->cap - 1));
    while (ix->p[s].h && ix->p[s].h != h)
        s = (s + 1) & (ix->cap - 1);
    return &ix->p[s];
}

static vg_err index_add(index_t *ix, uint64_t h, uint32_t story_id)
{
    if ((ix->n + 1) * 10 > ix->cap * 7) {
        size_t cap = ix->cap ? 2 * ix->cap : 4096;
        index_t big = {calloc(cap, sizeof *big.p), cap, 0};
        if (!big.p)
            return VG_ENOMEM;
        for (size_t i = 0; i < ix->cap; i++)
            if (ix->p[i].h) {
                *post_slot(&big, ix->p[i].h) = ix->p[i];
                big.n++;
            }
        free(ix->p);
        *ix = big;
    }
    posting *p = post_slot(ix, h);
    if (!p->h) {
        p->h = h;
        ix->n++;
    }
    if (p->n && p->v[p->n - 1] == story_id)
        return VG_OK;
    if (p->n == p->cap) {
        uint32_t cap = p->cap ? 2 * p->cap : 4;
        uint32_t *nv = realloc(p->v, cap * sizeof *nv);
        if (!nv)
            return VG_ENOMEM;
        p->v = nv;
        p->cap = cap;
    }
    p->v[p->n++] = story_id;
    return VG_OK;
}

static void index_free(index_t *ix)
{
    for (size_t i = 0; i < ix->cap; i++)
        free(ix->p[i].v);
    free(ix->p);
}

static int cmp_weight_desc(const void *x, const void *y)
{
    double a = ((const vg_term *)x)->w, b = ((const vg_term *)y)->w;
    return (a < b) - (a > b);
}

static int cmp_hash(const void *x, const void *y)
{
    uint64_t a = ((const vg_term *)x)->h, b = ((const vg_term *)y)->h;
    return (a > b) - (a < b);
}

/* acc += v (both sorted by hash), truncated to the heaviest keep terms;
 * *norm its new norm.  tmp is scratch. */
static vg_err merge_into(vg_svec *acc, const vg_svec *v, size_t keep, double *norm, vg_svec *tmp)
{
    if (vg_svec_reserve(tmp, acc->n + v->n) != VG_OK)
        return VG_ENOMEM;
    size_t i = 0, j = 0, k = 0;
    while (i < acc->n || j < v->n) {
        if (j >= v->n || (i < acc->n && acc->v[i].h < v->v[j].h))
            tmp->v[k++] = acc->v[i++];
        else if (i >= acc->n || v->v[j].h < acc->v[i].h)
            tmp->v[k++] = v->v[j++];
        else
            tmp->v[k++] = (vg_term){acc->v[i].h, acc->v[i].w + v->v[j].w}, i++, j++;
    }
    tmp->n = k;
    if (k > keep) {
        qsort(tmp->v, k, sizeof *tmp->v, cmp_weight_desc);
        tmp->n = keep;
        qsort(tmp->v, keep, sizeof *tmp->v, cmp_hash);
    }
    if (vg_svec_reserve(acc, tmp->n) != VG_OK)
        return VG_ENOMEM;
    memcpy(acc->v, tmp->v, tmp->n * sizeof *tmp->v);
    acc->n = tmp->n;
    double s = 0;
    for (size_t t = 0; t < acc->n; t++)
        s += acc->v[t].w * acc->v[t].w;
    *norm = sqrt(s);
    return VG_OK;
}

/* The terms of words and names together, heaviest first, into out. */
static vg_err heaviest(const vg_svec *words, const vg_svec *names, vg_svec *out)
{
    size_t n = words->n + names->n;
    if (vg_svec_reserve(out, n) != VG_OK)
        return VG_ENOMEM;
    memcpy(out->v, words->v, words->n * sizeof *out->v);
    memcpy(out->v + words->n, names->v, names->n * sizeof *out->v);
    out->n = n;
    qsort(out->v, n, sizeof *out->v, cmp_weight_desc);
    return VG_OK;
}

/* Index a story's heaviest terms. */
static vg_err post_story(index_t *ix, const story *s, uint32_t id, vg_svec *tmp)
{
    if (heaviest(&s->words, &s->names, tmp) != VG_OK)
        return VG_ENOMEM;
    for (size_t i = 0; i < tmp->n && i < POSTING_TERMS; i++) {
        vg_err e = index_add(ix, tmp->v[i].h, id);
        if (e != VG_OK)
            return e;
    }
    return VG_OK;
}

typedef struct tokcache {
    char lang[8];
    vg_tok *t;
} tokcache;

static vg_tok *tok_for(tokcache *c, size_t *n, vg_slice lang, vg_err *e)
{
    char l[8];
    snprintf(l, sizeof l, "%.*s", (int)(lang.n < 7 ? lang.n : 7), lang.p ? lang.p : "");
    for (size_t i = 0; i < *n; i++)
        if (!strcmp(c[i].lang, l))
            return c[i].t;
    size_t at = *n < 64 ? (*n)++ : 63;
    if (at == 63 && c[63].t) {
        vg_tok_free(c[63].t);
        c[63].t = NULL;
    }
    snprintf(c[at].lang, sizeof c[at].lang, "%s", l);
    *e = vg_tok_new(l, &c[at].t);
    return c[at].t;
}

static void add_lang(story *s, vg_slice lang)
{
    char l[8];
    snprintf(l, sizeof l, "%.*s", (int)(lang.n < 7 ? lang.n : 7), lang.p ? lang.p : "");
    if (!l[0])
        snprintf(l, sizeof l, "und");
    size_t ln = strlen(l), have = strlen(s->langs);
    for (const char *p = s->langs; *p;) {
        size_t k = strcspn(p, ",");
        if (k == ln && !strncmp(p, l, ln))
            return;
        p += k + (p[k] == ',');
    }
    if (have + ln + 2 < sizeof s->langs)
        snprintf(s->langs + have, sizeof s->langs - have, "%s%s", have ? "," : "", l);
}

static int cmp_order(const void *x, const void *y, void *ctx)
{
    const vg_stories *v = ctx;
    uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
    if (v->s[a].n != v->s[b].n)
        return v->s[a].n > v->s[b].n ? -1 : 1;
    return (a > b) - (a < b);
}

vg_err vg_story_run(vg_store *st_, const vg_story_opts *o, vg_stories **out, vg_story_stats *st,
                    char *err, size_t errcap)
{
    double t0 = now_s();
    memset(st, 0, sizeof *st);
    *out = NULL;
    if (errcap)
        err[0] = '\0';
    double th = o && o->threshold > 0 ? o->threshold : 0.25;
    double nw = o && o->names_weight > 0 ? o->names_weight : 0.3;
    double sigma = (o && o->sigma_days > 0 ? o->sigma_days : 3.0) * 86400.0;
    int64_t quiet = o && o->quiet > 0 ? o->quiet : 7 * 86400;
    unsigned min_chars = o && o->min_chars ? o->min_chars : 400;
    vg_stories *v = calloc(1, sizeof *v);
    if (!v)
        return VG_ENOMEM;
    tokcache tc[64];
    size_t ntc = 0;
    memset(tc, 0, sizeof tc);
    index_t ix = {0};
    vg_df df = {0};
    vg_svec w = {0}, nm = {0}, tmp = {0};
    uint32_t *stamp = NULL, stamp_cap = 0, gen = 0;
    vg_cursor *cur = NULL;
    vg_err e = vg_store_scan(st_, 0, &cur);
    if (e != VG_OK) {
        snprintf(err, errcap, "stories: %s", vg_store_errmsg(st_));
        goto out;
    }
    vg_doc d;
    while ((e = vg_cursor_next_doc(cur, &d, NULL)) == VG_OK) {
        st->docs++;
        if (d.text.n < min_chars) {
            st->short_texts++;
            continue;
        }
        int64_t at = d.published_at;
        if (at == VG_TIME_NONE) {
            at = d.ingested_at;
            st->no_date++;
        }
        vg_tok *t = tok_for(tc, &ntc, d.lang, &e);
        if (e != VG_OK)
            goto out;
        st->unstemmed += !vg_tok_stemmed(t);
        /* The title counts twice: it names the story. */
        vg_buf both = {0};
        if (vg_buf_append(&both, d.title.p, d.title.n) != VG_OK
            || vg_buf_puts(&both, ". ") != VG_OK
            || vg_buf_append(&both, d.title.p, d.title.n) != VG_OK
            || vg_buf_puts(&both, ". ") != VG_OK
            || vg_buf_append(&both, d.text.p, d.text.n) != VG_OK) {
            vg_buf_free(&both);
            e = VG_ENOMEM;
            goto out;
        }
        e = vg_svec_terms(t, both.p, both.n, VG_TOK_WORD, &w);
        if (e == VG_OK)
            e = vg_svec_terms(t, both.p, both.n, VG_TOK_NAME, &nm);
        vg_buf_free(&both);
        if (e != VG_OK || (e = vg_df_add(&df, &w)) != VG_OK || (e = vg_df_add(&df, &nm)) != VG_OK)
            goto out;
        df.docs--; /* one document, two views */
        vg_svec_weigh(&w, &df);
        vg_svec_weigh(&nm, &df);
        /* Candidates: stories posted under the article's heaviest terms. */
        if (++gen == 0)
            gen = 1;
        if (stamp_cap < v->n + 1) {
            uint32_t cap = (v->n + 1) * 2;
            uint32_t *ns = realloc(stamp, cap * sizeof *ns);
            if (!ns) {
                e = VG_ENOMEM;
                goto out;
            }
            memset(ns + stamp_cap, 0, (cap - stamp_cap) * sizeof *ns);
            stamp = ns;
            stamp_cap = cap;
        }
        if ((e = heaviest(&w, &nm, &tmp)) != VG_OK)
            goto out;
        size_t nq = tmp.n;
        int64_t best = -1;
        double best_score = th;
        for (size_t q = 0; q < nq && q < QUERY_TERMS && ix.cap; q++) {
            posting *p = post_slot(&ix, tmp.v[q].h);
            for (uint32_t k = 0; p->h && k < p->n; k++) {
                uint32_t sid = p->v[k];
                if (stamp[sid] == gen)
                    continue;
                stamp[sid] = gen;
                story *s = &v->s[sid];
                if (!s->open)
                    continue;
                if (at - s->last_at > quiet) {
                    /* Closed: its vectors leave memory. */
                    s->open = 0;
                    vg_svec_free(&s->words);
                    vg_svec_free(&s->names);
                    st->closed++;
                    continue;
                }
                double cw = s->wnorm > 0 ? vg_svec_cos(&w, &s->words) / s->wnorm : 0;
                double cn = s->nnorm > 0 ? vg_svec_cos(&nm, &s->names) / s->nnorm : 0;
                double dt = (double)(at - s->last_at);
                double score = ((1 - nw) * cw + nw * cn) * exp(-dt * dt / (2 * sigma * sigma));
                if (score >= best_score) {
                    best_score = score;
                    best = sid;
                }
            }
        }
        story *s;
        uint32_t sid;
        if (best < 0) {
            if (v->n == v->cap) {
                uint32_t cap = v->cap ? 2 * v->cap : 256;
                story *ns = realloc(v->s, cap * sizeof *ns);
                if (!ns) {
                    e = VG_ENOMEM;
                    goto out;
                }
                v->s = ns;
                v->cap = cap;
            }
            sid = v->n++;
            s = &v->s[sid];
            memset(s, 0, sizeof *s);
            s->open = 1;
            s->first_at = at;
            vg_slice label = d.title.n ? d.title : d.text;
            size_t ln = label.n < 120 ? label.n : 120;
            while (ln < label.n && ln > 0 && ((unsigned char)label.p[ln] & 0xC0) == 0x80)
                ln--;
            if ((e = put_name(v, label.p, ln, &s->label_off)) != VG_OK
                || (e = put_name(v, d.source.p, d.source.n, &s->first_src_off)) != VG_OK
                || (e = put_name(v, d.id.p, d.id.n, &s->first_id_off)) != VG_OK)
                goto out;
            st->stories++;
        } else {
            sid = (uint32_t)best;
            s = &v->s[sid];
        }
        if ((e = merge_into(&s->words, &w, CENTROID_TERMS, &s->wnorm, &tmp)) != VG_OK
            || (e = merge_into(&s->names, &nm, CENTROID_TERMS, &s->nnorm, &tmp)) != VG_OK)
            goto out;
        s->n++;
        if (at > s->last_at)
            s->last_at = at;
        add_lang(s, d.lang);
        if (s->nm == s->capm) {
            uint32_t cap = s->capm ? 2 * s->capm : 4;
            member *nmv = realloc(s->m, cap * sizeof *nmv);
            if (!nmv) {
                e = VG_ENOMEM;
                goto out;
            }
            s->m = nmv;
            s->capm = cap;
        }
        member *m = &s->m[s->nm++];
        m->at = at;
        if ((e = put_name(v, d.id.p, d.id.n, &m->id_off)) != VG_OK
            || (e = put_name(v, d.source.p, d.source.n, &m->src_off)) != VG_OK)
            goto out;
        if ((s->n & (s->n - 1)) == 0 && (e = post_story(&ix, s, sid, &tmp)) != VG_OK)
            goto out;
        st->articles++;
    }
    if (e == VG_DONE) {
        e = VG_OK;
    } else {
        snprintf(err, errcap, "stories: %s", vg_cursor_errmsg(cur));
        goto out;
    }
    v->order = malloc((v->n ? v->n : 1) * sizeof *v->order);
    if (!v->order) {
        e = VG_ENOMEM;
        goto out;
    }
    for (uint32_t i = 0; i < v->n; i++)
        v->order[i] = i;
    qsort_r(v->order, v->n, sizeof *v->order, cmp_order, v);
    st->seconds = now_s() - t0;
out:
    vg_cursor_free(cur);
    for (size_t i = 0; i < ntc; i++)
        vg_tok_free(tc[i].t);
    index_free(&ix);
    vg_df_free(&df);
    vg_svec_free(&w);
    vg_svec_free(&nm);
    vg_svec_free(&tmp);
    free(stamp);
    if (e != VG_OK) {
        if (errcap && !err[0])
            snprintf(err, errcap, "stories: %s", vg_strerror(e));
        vg_stories_free(v);
        return e;
    }
    *out = v;
    return VG_OK;
}

static int cmp_str(const void *x, const void *y)
{
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

void vg_stories_each(const vg_stories *v, int (*row)(void *ctx, const vg_story_info *s),
                     void *ctx)
{
    const char **src = NULL;
    size_t cap = 0;
    for (uint32_t i = 0; i < v->n; i++) {
        const story *s = &v->s[v->order[i]];
        /* Distinct sources: sorted, counted once each. */
        if (cap < s->nm) {
            const char **ns = realloc(src, s->nm * sizeof *ns);
            if (!ns)
                break;
            src = ns;
            cap = s->nm;
        }
        for (uint32_t a = 0; a < s->nm; a++)
            src[a] = v->names.p + s->m[a].src_off;
        qsort(src, s->nm, sizeof *src, cmp_str);
        uint32_t outlets = 0;
        for (uint32_t a = 0; a < s->nm; a++)
            outlets += a == 0 || strcmp(src[a], src[a - 1]) != 0;
        vg_story_info info = {v->order[i] + 1, s->n, outlets, v->names.p + s->label_off,
                              v->names.p + s->first_src_off, v->names.p + s->first_id_off,
                              s->langs, s->first_at, s->last_at};
        if (row(ctx, &info))
            break;
    }
    free(src);
}

void vg_story_members(const vg_stories *v, uint32_t id,
                      int (*row)(void *ctx, const char *doc_id, const char *source, int64_t at),
                      void *ctx)
{
    if (id == 0 || id > v->n)
        return;
    const story *s = &v->s[id - 1];
    for (uint32_t i = 0; i < s->nm; i++)
        if (row(ctx, v->names.p + s->m[i].id_off, v->names.p + s->m[i].src_off, s->m[i].at))
            return;
}
