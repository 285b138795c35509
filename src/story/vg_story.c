/*
 * vg_story.c - online story clustering (see vigie/story.h and
 * docs/ARCHITECTURE.md, "Stories").
 *
 * Per article: its three views (vg_vec; IDF as learned so far, the article
 * counted first), its copy cluster (read beside the documents, in the same
 * order), candidates from an inverted index of the open stories' heaviest
 * terms (term -> stories; entries of closed stories are skipped), the best
 * score, join or open.  A story keeps per view the sum of its members'
 * unit vectors, truncated to its CENTROID_TERMS heaviest terms after each
 * merge; the mean of an article's cosines with the members is its dot
 * product with that sum over the member count.  Stories idle for the
 * quiet period are closed by a sweep every SWEEP_EVERY articles: their
 * sums are freed.  Memory: the open stories' sums and postings, the
 * document frequencies, and per story its summary and members (about 60
 * bytes an article with its id and source).
 */
#include "vigie/story.h"

#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vg_buf.h"
#include "vg_copy_db.h"
#include "vg_hash.h"
#include "vg_sort.h"
#include "vg_store_sql.h"
#include "vg_story_int.h"
#include "vg_story_score.h"
#include "vg_tok.h"
#include "vg_vec.h"

#define CENTROID_TERMS 500
#define QUERY_TERMS 16     /* an article's heaviest words, and names, looked up */
#define SCORED_CANDIDATES 8 /* candidates scored in full */
#define MAX_POSTING 256    /* terms posted by more stories are not looked up */
#define ARCHIVE_TERMS 24   /* words and names a closed story keeps */
#define POSTING_TERMS 40   /* a story's heaviest terms indexed */
#define SWEEP_EVERY 1024   /* articles between sweeps of idle stories */

/* term -> stories, open addressing; each slot a small growable list. */
typedef struct post {
    uint32_t story;
    float w;                  /* the term's mean weight in the story when posted */
} post;

typedef struct posting {
    uint64_t h;               /* 0: empty */
    post *v;
    size_t n, cap;
} posting;

typedef struct index {
    posting *p;
    size_t cap, n;
} index_t;

/* copy cluster -> story, open addressing on the cluster id. */
typedef struct cmap {
    int64_t *key;             /* 0: empty */
    uint32_t *story;
    size_t cap, n;
} cmap;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void story_drop_vectors(story *s)
{
    for (int k = 0; k < NVIEWS; k++)
        vg_svec_free(&s->v[k]);
}

void vg_stories_free(vg_stories *v)
{
    if (!v)
        return;
    for (uint32_t i = 0; i < v->n; i++) {
        story_drop_vectors(&v->s[i]);
        free(v->s[i].m);
    }
    free(v->s);
    free(v->order);
    free(v->links);
    free(v->src);
    vg_buf_free(&v->names);
    free(v);
}

vg_err vg_stories_put_name(vg_stories *v, const char *p, size_t n, uint32_t *off)
{
    *off = (uint32_t)v->names.n;
    if (vg_buf_append(&v->names, p, n) != VG_OK || vg_buf_putc(&v->names, '\0') != VG_OK)
        return VG_ENOMEM;
    return VG_OK;
}

/* Like put_name, but a string seen before (an outlet: a few hundred for
 * millions of articles) is stored once. */
vg_err vg_stories_intern(vg_stories *v, const char *p, size_t n, uint32_t *off)
{
    if ((v->nsrc + 1) * 10 > v->capsrc * 7) {
        size_t cap = v->capsrc ? 2 * v->capsrc : 256;
        uint32_t *t = malloc(cap * sizeof *t);
        if (!t)
            return VG_ENOMEM;
        for (size_t i = 0; i < cap; i++)
            t[i] = UINT32_MAX;
        for (size_t i = 0; i < v->capsrc; i++) {
            if (v->src[i] == UINT32_MAX)
                continue;
            const char *q = v->names.p + v->src[i];
            size_t s = (size_t)vg_hash64(q, strlen(q), 0) & (cap - 1);
            while (t[s] != UINT32_MAX)
                s = (s + 1) & (cap - 1);
            t[s] = v->src[i];
        }
        free(v->src);
        v->src = t;
        v->capsrc = cap;
    }
    size_t s = (size_t)vg_hash64(n ? p : "", n, 0) & (v->capsrc - 1);
    for (; v->src[s] != UINT32_MAX; s = (s + 1) & (v->capsrc - 1)) {
        const char *q = v->names.p + v->src[s];
        if (strlen(q) == n && (n == 0 || memcmp(q, p, n) == 0)) {
            *off = v->src[s];
            return VG_OK;
        }
    }
    vg_err e = vg_stories_put_name(v, p, n, off);
    if (e == VG_OK) {
        v->src[s] = *off;
        v->nsrc++;
    }
    return e;
}

/* The story that index i became after merges. */
uint32_t vg_stories_resolve(const vg_stories *v, uint32_t i)
{
    while (v->s[i].merged_into)
        i = v->s[i].merged_into - 1;
    return i;
}

/* At most max bytes of p, cut on a character boundary. */
static size_t utf8_cut(const char *p, size_t n, size_t max)
{
    if (n <= max)
        return n;
    while (max > 0 && ((unsigned char)p[max] & 0xC0) == 0x80)
        max--;
    return max;
}

static posting *post_slot(index_t *ix, uint64_t h)
{
    size_t s = (size_t)(vg_mix64(h) & (ix->cap - 1));
    while (ix->p[s].h && ix->p[s].h != h)
        s = (s + 1) & (ix->cap - 1);
    return &ix->p[s];
}

static vg_err index_add(index_t *ix, uint64_t h, uint32_t story_id, float w)
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
    if (p->n && p->v[p->n - 1].story == story_id) {
        p->v[p->n - 1].w = w;
        return VG_OK;
    }
    if (vg_array_grow(&p->v, &p->cap, p->n + 1, sizeof *p->v, 4) != VG_OK)
        return VG_ENOMEM;
    p->v[p->n++] = (post){story_id, w};
    return VG_OK;
}

/* Drop the entries of closed stories from every posting list. */
static void index_prune(index_t *ix, const vg_stories *v)
{
    for (size_t i = 0; i < ix->cap; i++) {
        posting *p = &ix->p[i];
        uint32_t k = 0;
        for (uint32_t j = 0; j < p->n; j++)
            if (v->s[p->v[j].story].open)
                p->v[k++] = p->v[j];
        p->n = k;
    }
}

static void index_free(index_t *ix)
{
    for (size_t i = 0; i < ix->cap; i++)
        free(ix->p[i].v);
    free(ix->p);
}

static size_t cmap_slot(const cmap *m, int64_t key)
{
    size_t s = (size_t)(vg_mix64((uint64_t)key) & (m->cap - 1));
    while (m->key[s] && m->key[s] != key)
        s = (s + 1) & (m->cap - 1);
    return s;
}

static int cmap_get(const cmap *m, int64_t key, uint32_t *sid)
{
    if (!m->cap)
        return 0;
    size_t s = cmap_slot(m, key);
    if (!m->key[s])
        return 0;
    *sid = m->story[s];
    return 1;
}

static vg_err cmap_put(cmap *m, int64_t key, uint32_t sid)
{
    if ((m->n + 1) * 10 > m->cap * 7) {
        size_t cap = m->cap ? 2 * m->cap : 1024;
        cmap big = {calloc(cap, sizeof *big.key), calloc(cap, sizeof *big.story), cap, 0};
        if (!big.key || !big.story) {
            free(big.key), free(big.story);
            return VG_ENOMEM;
        }
        for (size_t i = 0; i < m->cap; i++)
            if (m->key[i]) {
                size_t s = cmap_slot(&big, m->key[i]);
                big.key[s] = m->key[i];
                big.story[s] = m->story[i];
                big.n++;
            }
        free(m->key), free(m->story);
        *m = big;
    }
    size_t s = cmap_slot(m, key);
    if (!m->key[s])
        m->n++;
    m->key[s] = key;
    m->story[s] = sid;
    return VG_OK;
}

static int cmp_weight_desc(const void *x, const void *y)
{
    double a = ((const vg_term *)x)->w, b = ((const vg_term *)y)->w;
    return (a < b) - (a > b);
}

/* The k-th largest of w[0..n) (1-based k <= n); w is reordered. */
static double kth_largest(double *w, size_t n, size_t k)
{
    size_t lo = 0, hi = n - 1, want = k - 1;
    while (lo < hi) {
        double pivot = w[lo + (hi - lo) / 2];
        size_t i = lo, j = hi;
        while (i <= j) {
            while (w[i] > pivot)
                i++;
            while (w[j] < pivot)
                j--;
            if (i <= j) {
                double t = w[i];
                w[i] = w[j], w[j] = t;
                i++;
                if (j == 0)
                    break;
                j--;
            }
        }
        if (want <= j)
            hi = j;
        else if (want >= i)
            lo = i;
        else
            break;
    }
    return w[want];
}

/* Room for n doubles in *w (capacity *cap).  VG_ENOMEM. */
static vg_err scratch(double **w, size_t *cap, size_t n)
{
    if (*cap >= n)
        return VG_OK;
    double *nw = realloc(*w, n * sizeof *nw);
    if (!nw)
        return VG_ENOMEM;
    *w = nw;
    *cap = n;
    return VG_OK;
}

/* Keep the keep heaviest terms of v (keep < v->n), in their order: a
 * selection of the cut-off weight, then one filtering pass.  w, wcap:
 * scratch.  VG_ENOMEM. */
static vg_err keep_heaviest(vg_svec *v, size_t keep, double **w, size_t *wcap)
{
    if (scratch(w, wcap, v->n) != VG_OK)
        return VG_ENOMEM;
    for (size_t i = 0; i < v->n; i++)
        (*w)[i] = v->v[i].w;
    double cut = kth_largest(*w, v->n, keep);
    size_t above = 0;
    for (size_t i = 0; i < v->n; i++)
        above += v->v[i].w > cut;
    size_t ties = keep - above, k = 0;
    for (size_t i = 0; i < v->n; i++)
        if (v->v[i].w > cut || (v->v[i].w == cut && ties && ties--))
            v->v[k++] = v->v[i];
    v->n = k;
    return VG_OK;
}

/* acc += v (both sorted by hash), truncated to the heaviest keep terms
 * when it holds a quarter more.
 * tmp, w, wcap are scratch. */
static vg_err merge_into(vg_svec *acc, const vg_svec *v, size_t keep, vg_svec *tmp, double **w,
                         size_t *wcap)
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
    /* Cut back to keep once past a quarter more: one selection every few
     * merges rather than one each. */
    if (k > keep + keep / 4 && keep_heaviest(tmp, keep, w, wcap) != VG_OK)
        return VG_ENOMEM;
    if (vg_svec_reserve(acc, tmp->n) != VG_OK)
        return VG_ENOMEM;
    if (tmp->n)
        memcpy(acc->v, tmp->v, tmp->n * sizeof *tmp->v);
    acc->n = tmp->n;
    return VG_OK;
}

/* The terms of words and names together, the k heaviest first, into out
 * (the rest after them, in no order). */
static vg_err heaviest(const vg_svec *words, const vg_svec *names, size_t k, vg_svec *out)
{
    size_t n = words->n + names->n;
    if (vg_svec_reserve(out, n) != VG_OK)
        return VG_ENOMEM;
    if (words->n)
        memcpy(out->v, words->v, words->n * sizeof *out->v);
    if (names->n)
        memcpy(out->v + words->n, names->v, names->n * sizeof *out->v);
    out->n = n;
    /* A partial selection sort: k is small. */
    for (size_t i = 0; i < k && i < n; i++) {
        size_t m = i;
        for (size_t j = i + 1; j < n; j++)
            if (out->v[j].w > out->v[m].w)
                m = j;
        vg_term t = out->v[i];
        out->v[i] = out->v[m], out->v[m] = t;
    }
    return VG_OK;
}

/* Index a story's heaviest terms. */
static vg_err post_story(index_t *ix, const story *s, uint32_t id, vg_svec *tmp)
{
    if (heaviest(&s->v[V_WORDS], &s->v[V_NAMES], POSTING_TERMS, tmp) != VG_OK)
        return VG_ENOMEM;
    for (size_t i = 0; i < tmp->n && i < POSTING_TERMS; i++) {
        vg_err e = index_add(ix, tmp->v[i].h, id, (float)(tmp->v[i].w / s->n));
        if (e != VG_OK)
            return e;
    }
    return VG_OK;
}

typedef struct tokcache {
    char lang[8];
    vg_tok *t;
} tokcache;

static void lang_code(vg_slice lang, char l[4])
{
    size_t n = lang.n < 3 ? lang.n : 3;
    memcpy(l, lang.p ? lang.p : "", n);
    l[n] = '\0';
    if (!l[0])
        strcpy(l, "und");
}

static vg_tok *tok_for(tokcache *c, size_t *n, const char *l, vg_err *e)
{
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

/* Whether story s has a member in language l. */
static int has_lang(const story *s, const char *l)
{
    for (uint32_t i = 0; i < s->nlangs; i++)
        if (!strcmp(s->langs[i], l))
            return 1;
    return 0;
}

static void add_lang(story *s, const char *l)
{
    if (!has_lang(s, l) && s->nlangs < 8)
        memcpy(s->langs[s->nlangs++], l, 4);
}

static vg_err add_link(vg_stories *v, uint32_t a, uint32_t b, double score)
{
    if (a == b)
        return VG_OK;
    if (a > b) {
        uint32_t t = a;
        a = b, b = t;
    }
    /* Recent links first: the same pair usually comes up again soon. */
    for (size_t i = v->nlinks; i-- > 0 && i + 64 >= v->nlinks;)
        if (v->links[i].a == a && v->links[i].b == b) {
            if (score > v->links[i].score)
                v->links[i].score = score;
            return VG_OK;
        }
    if (vg_array_grow(&v->links, &v->caplinks, v->nlinks + 1, sizeof *v->links, 64) != VG_OK)
        return VG_ENOMEM;
    v->links[v->nlinks++] = (link){a, b, score};
    return VG_OK;
}

static int cmp_link(const void *x, const void *y)
{
    const link *a = x, *b = y;
    if (a->a != b->a)
        return (a->a > b->a) - (a->a < b->a);
    if (a->b != b->b)
        return (a->b > b->b) - (a->b < b->b);
    return (a->score < b->score) - (a->score > b->score);
}

static int cmp_order(const void *x, const void *y, void *ctx)
{
    const vg_stories *v = ctx;
    uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
    if (v->s[a].n != v->s[b].n)
        return v->s[a].n > v->s[b].n ? -1 : 1;
    return (a > b) - (a < b);
}

typedef struct run {
    vg_stories *v;
    index_t ix;
    cmap clusters;
    vg_df df;
    vg_svec doc[NVIEWS], tmp, q;
    uint32_t *stamp, stamp_cap, gen; /* per story: which article's query touched it */
    double *acc;              /* per story: partial scores, words then names (2 x stamp_cap) */
    uint32_t *cand, capcand;  /* the stories touched by this article's query */
    vg_svec qw, qn;           /* the article's heaviest words and names */
    double *wsel;             /* scratch for selections */
    size_t wselcap;
    uint32_t *open_ids, nopen;
    size_t capopen;
    double th, w[NVIEWS], link, sigma;
    int lang_idf;             /* words weighed against their language's documents */
    vg_tf tf;                 /* how words' counts weigh (names': 1 + ln) */
    int64_t quiet, newest;
    unsigned min_chars, warm;
    int64_t upto;             /* the last document read */
    tokcache tc[64];          /* tokenisers by language */
    size_t ntc;
} run;

static vg_err open_story(run *r, const vg_doc *d, int64_t at, uint32_t *sid)
{
    vg_stories *v = r->v;
    if (vg_array_grow(&r->open_ids, &r->capopen, (size_t)r->nopen + 1, sizeof *r->open_ids,
                      256) != VG_OK
        || vg_stories_push(v, sid) != VG_OK)
        return VG_ENOMEM;
    r->open_ids[r->nopen++] = *sid;
    story *s = &v->s[*sid];
    s->open = 1;
    s->dirty = 1;
    s->first_at = s->last_at = at;
    s->label_score = -1;
    (void)d;
    return VG_OK;
}

/* Whether story s takes an article of time at: open, and at within the
 * quiet period of its span (the sweep closes idle stories only every
 * SWEEP_EVERY articles; late arrivals may be older than the story). */
static int active(const run *r, const story *s, int64_t at)
{
    return s->open && at - s->last_at <= r->quiet && s->first_at - at <= r->quiet;
}

/* A closing story keeps only its ARCHIVE_TERMS heaviest words and names,
 * for its key terms; the rest of its sums is freed. */
static void story_archive(run *r, story *s)
{
    vg_svec_free(&s->v[V_TITLE]);
    for (int k = V_WORDS; k <= V_NAMES; k++) {
        vg_svec *v = &s->v[k];
        if (v->n > ARCHIVE_TERMS && keep_heaviest(v, ARCHIVE_TERMS, &r->wsel, &r->wselcap) != VG_OK) {
            vg_svec_free(v); /* no room to select: no key terms */
            continue;
        }
        /* A fresh small block, the big one freed whole: shrinking it in
         * place left a hole per closed story (80 MB more on 118,000
         * articles). */
        vg_term *small = v->n ? malloc(v->n * sizeof *small) : NULL;
        if (small) {
            memcpy(small, v->v, v->n * sizeof *small);
            free(v->v);
            v->v = small;
            v->cap = v->n;
        }
    }
}

/* Close the stories idle for the quiet period before now. */
static void sweep(run *r, int64_t now, vg_story_stats *st)
{
    uint32_t k = 0;
    int closed = 0;
    for (uint32_t i = 0; i < r->nopen; i++) {
        story *s = &r->v->s[r->open_ids[i]];
        if (!s->open)
            continue; /* merged away */
        if (now - s->last_at > r->quiet) {
            s->open = 0;
            s->dirty = 1;
            story_archive(r, s);
            st->closed++;
            closed = 1;
        } else {
            r->open_ids[k++] = r->open_ids[i];
        }
    }
    r->nopen = k;
    if (closed)
        index_prune(&r->ix, r->v);
}

/* Score of the article (r->doc, language l, time at) against story s;
 * *names its names score, for links. */
static double score(const run *r, const story *s, const char *l, int64_t at, double *names)
{
    double sc;
    if (!s->n) {
        *names = 0;
        return 0;
    }
    *names = 0;
    if (has_lang(s, l)) {
        sc = 0;
        for (int k = 0; k < NVIEWS; k++)
            if (r->w[k] > 0) {
                double d = vg_svec_cos(&r->doc[k], &s->v[k]) / s->n;
                sc += r->w[k] * d;
                if (k == V_NAMES)
                    *names = d;
            }
    } else {
        /* Words and titles do not compare across languages: names alone,
         * and enough of them. */
        size_t shared;
        *names = vg_svec_cos_shared(&r->doc[V_NAMES], &s->v[V_NAMES], &shared) / s->n;
        if (shared < VG_STORY_CROSS_MIN_NAMES)
            *names = 0;
        sc = *names * VG_STORY_CROSS_SCALE;
    }
    double dt = (double)(at - s->last_at);
    return sc * exp(-dt * dt / (2 * r->sigma * r->sigma));
}

static vg_err add_member(run *r, uint32_t sid, const vg_doc *d, int64_t at, const char *l,
                         int64_t cluster, double sc, unsigned flags)
{
    vg_stories *v = r->v;
    story *s = &v->s[sid];
    for (int k = 0; k < NVIEWS; k++) {
        vg_err e = merge_into(&s->v[k], &r->doc[k], CENTROID_TERMS, &r->tmp, &r->wsel, &r->wselcap);
        if (e != VG_OK)
            return e;
    }
    if (vg_array_grow(&s->m, &s->capm, (size_t)s->nm + 1, sizeof *s->m, 4) != VG_OK)
        return VG_ENOMEM;
    member *m = &s->m[s->nm++];
    s->n++;
    s->dirty = 1;
    memset(m, 0, sizeof *m);
    m->seq = d->seq;
    m->at = at;
    m->cluster = cluster;
    m->score = (float)sc;
    m->flags = (uint8_t)flags;
    snprintf(m->lang, sizeof m->lang, "%s", l);
    add_lang(s, m->lang);
    vg_err e;
    if ((e = vg_stories_put_name(v, d->id.p, d->id.n, &m->id_off)) != VG_OK
        || (e = vg_stories_intern(v, d->source.p, d->source.n, &m->src_off)) != VG_OK)
        return e;
    /* The label: the headline that scored best against the story when it
     * joined (the opening article's until another joins), in the language
     * of the opening article. */
    if (sc > s->label_score && (d->title.n || s->label_score < 0)
        && (s->label_score < 0 || !strcmp(s->langs[0], m->lang))) {
        vg_slice label = d->title.n ? d->title : d->text;
        size_t ln = utf8_cut(label.p, label.n, 160);
        /* Opening words of an untitled text: cut after a word. */
        while (ln < label.n && ln > 80 && label.p[ln] != ' ')
            ln--;
        while (ln > 0 && (label.p[ln - 1] == ' ' || label.p[ln - 1] == '\n'))
            ln--;
        if ((e = vg_stories_put_name(v, label.p, ln, &s->label_off)) != VG_OK)
            return e;
        s->label_score = sc;
    }
    if (at < s->first_at)
        s->first_at = at;
    if (at > s->last_at)
        s->last_at = at;
    s->sum_at += (double)at;
    if (cluster && (e = cmap_put(&r->clusters, cluster, sid)) != VG_OK)
        return e;
    if ((s->n & (s->n - 1)) == 0)
        return post_story(&r->ix, s, sid, &r->q);
    return VG_OK;
}

/* The article's views as raw term counts. */
static vg_err doc_terms(run *r, vg_tok *t, const vg_doc *d)
{
    vg_err e;
    vg_buf both = {0};
    /* The title counts twice in words and names: it names the story. */
    if (vg_buf_append(&both, d->title.p, d->title.n) != VG_OK || vg_buf_puts(&both, ". ") != VG_OK
        || vg_buf_append(&both, d->title.p, d->title.n) != VG_OK
        || vg_buf_puts(&both, ". ") != VG_OK || vg_buf_append(&both, d->text.p, d->text.n) != VG_OK) {
        vg_buf_free(&both);
        return VG_ENOMEM;
    }
    e = vg_svec_terms2(t, both.p, both.n, &r->doc[V_WORDS], &r->doc[V_NAMES]);
    vg_buf_free(&both);
    if (e == VG_OK)
        e = vg_svec_terms2(t, d->title.p, d->title.n, &r->doc[V_TITLE], NULL);
    /* The pages it links to are names too: the same in every language. */
    for (const char *p = d->links.p, *end = p + d->links.n; e == VG_OK && p && p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        if (n)
            e = vg_svec_add(&r->doc[V_NAMES], vg_term_hash(t, VG_TOK_NAME, p, n));
        p += n + 1;
    }
    return e;
}

/* Count the article's terms, and one more document of its language, into
 * the document frequencies. */
static vg_err count_df(run *r, const vg_tok *t)
{
    vg_err e;
    if ((e = vg_df_add(&r->df, &r->doc[V_WORDS])) != VG_OK
        || (e = vg_df_add(&r->df, &r->doc[V_NAMES])) != VG_OK
        || (e = vg_df_add_lang(&r->df, t)) != VG_OK)
        return e;
    r->df.docs--; /* one document, two views (titles use the words' counts) */
    return VG_OK;
}

/* The heaviest k terms of v into out, heaviest first. */
static vg_err top_terms(run *r, const vg_svec *v, size_t k, vg_svec *out)
{
    if (vg_svec_reserve(out, v->n) != VG_OK)
        return VG_ENOMEM;
    if (v->n)
        memcpy(out->v, v->v, v->n * sizeof *out->v);
    out->n = v->n;
    if (out->n > k && keep_heaviest(out, k, &r->wsel, &r->wselcap) != VG_OK)
        return VG_ENOMEM;
    if (out->n)
        qsort(out->v, out->n, sizeof *out->v, cmp_weight_desc);
    return VG_OK;
}

/* Weigh the article's views (names against all documents; words and
 * titles too, or in the semeval profile against their language's, by
 * their raw counts); its heaviest words and names, the query. */
static vg_err weigh(run *r, const vg_tok *t)
{
    uint64_t lang_docs = r->lang_idf ? vg_df_docs_lang(&r->df, t) : r->df.docs;
    for (int k = 0; k < NVIEWS; k++)
        vg_svec_weigh_docs(&r->doc[k], &r->df, k == V_NAMES ? r->df.docs : lang_docs,
                           k == V_NAMES ? VG_TF_LOG : r->tf);
    vg_err e = top_terms(r, &r->doc[V_WORDS], QUERY_TERMS, &r->qw);
    return e != VG_OK ? e : top_terms(r, &r->doc[V_NAMES], QUERY_TERMS, &r->qn);
}

/* Whether d is an article to cluster; else counted in st. */
static int is_article(const vg_doc *d, unsigned min_chars, vg_story_stats *st)
{
    if (!d->text.n) {
        if (st)
            st->empty++;
        return 0;
    }
    if (d->text.n < min_chars) {
        if (st)
            st->short_texts++;
        return 0;
    }
    return 1;
}

/*
 * Document frequencies from the first r->warm articles before any is
 * clustered: weights learned from a handful of articles would make every
 * word rare and merge the first stories.  The main pass does not count
 * these articles again.
 */
static vg_err warm_up(run *r, vg_store *s, int64_t after, uint64_t *warmed)
{
    vg_cursor *cur = NULL;
    vg_err e = vg_store_scan(s, after + 1, &cur);
    vg_doc d;
    while (e == VG_OK && *warmed < r->warm && (e = vg_cursor_next_doc(cur, &d, NULL)) == VG_OK) {
        if (!is_article(&d, r->min_chars, NULL))
            continue;
        char l[4];
        lang_code(d.lang, l);
        vg_tok *t = tok_for(r->tc, &r->ntc, l, &e);
        if (e != VG_OK || (e = doc_terms(r, t, &d)) != VG_OK || (e = count_df(r, t)) != VG_OK)
            break;
        (*warmed)++;
    }
    if (e == VG_DONE)
        e = VG_OK;
    vg_cursor_free(cur);
    return e;
}

/* The best open story for the article, or -1; links to stories in other
 * languages on the way. */
/*
 * The best open story for the article, or -1; links to stories in other
 * languages and the other stories it reaches the threshold with on the
 * way.  Candidates come from the postings of the article's heaviest words
 * and names, ranked by the dot product of those terms with the posted
 * weights (names scaled across languages), and only the first
 * SCORED_CANDIDATES are scored in full.
 */
static vg_err best_story(run *r, const char *l, int64_t at, int64_t *best, double *best_sc,
                         uint32_t *linked, uint32_t *nlinked, double *link_sc, uint32_t *also,
                         uint32_t *nalso)
{
    vg_stories *v = r->v;
    *nalso = 0;
    *best = -1;
    *best_sc = r->th;
    *nlinked = 0;
    if (r->stamp_cap < v->n + 1) {
        uint32_t cap = (v->n + 1) * 2;
        uint32_t *ns = realloc(r->stamp, cap * sizeof *ns);
        if (ns)
            r->stamp = ns;
        double *na = ns ? realloc(r->acc, cap * 2 * sizeof *na) : NULL;
        if (na)
            r->acc = na;
        uint32_t *nc = na ? realloc(r->cand, cap * sizeof *nc) : NULL;
        if (!nc)
            return VG_ENOMEM;
        r->cand = nc;
        memset(ns + r->stamp_cap, 0, (cap - r->stamp_cap) * sizeof *ns);
        r->stamp_cap = cap;
    }
    if (r->gen >= UINT32_MAX - 2 * (QUERY_TERMS + 1)) {
        memset(r->stamp, 0, r->stamp_cap * sizeof *r->stamp);
        r->gen = 0;
    }
    /* stamp[sid]: base + q + 1 after term q touched it; base marks this
     * article, so that a story posted twice under one term counts once. */
    uint32_t base = r->gen + 1, ncand = 0;
    r->gen += 2 * QUERY_TERMS + 2;
    double *acc_w = r->acc, *acc_n = r->acc + r->stamp_cap;
    for (int kind = 0; kind < 2 && r->ix.cap; kind++) {
        const vg_svec *qv = kind ? &r->qn : &r->qw;
        for (size_t q = 0; q < qv->n; q++) {
            uint32_t mark = base + 1 + (uint32_t)(kind * QUERY_TERMS + q);
            posting *p = post_slot(&r->ix, qv->v[q].h);
            if (p->n > MAX_POSTING)
                continue; /* posted by that many stories, it tells none apart */
            for (uint32_t k = 0; p->h && k < p->n; k++) {
                uint32_t sid = p->v[k].story;
                if (r->stamp[sid] == mark || !active(r, &v->s[sid], at))
                    continue;
                if (r->stamp[sid] < base) {
                    acc_w[sid] = acc_n[sid] = 0;
                    r->cand[ncand++] = sid;
                }
                r->stamp[sid] = mark;
                (kind ? acc_n : acc_w)[sid] += qv->v[q].w * p->v[k].w;
            }
        }
    }
    /* Rank: what the full score would weigh, from the terms seen. */
    for (uint32_t c = 0; c < ncand; c++) {
        uint32_t sid = r->cand[c];
        acc_w[sid] = has_lang(&v->s[sid], l)
                         ? r->w[V_WORDS] * acc_w[sid] + r->w[V_NAMES] * acc_n[sid]
                         : acc_n[sid] * VG_STORY_CROSS_SCALE;
    }
    uint32_t keep = ncand < SCORED_CANDIDATES ? ncand : SCORED_CANDIDATES;
    /* The first keep by rank: a partial selection sort, keep is small. */
    for (uint32_t i = 0; i < keep && ncand > keep; i++) {
        uint32_t m = i;
        for (uint32_t j = i + 1; j < ncand; j++)
            if (acc_w[r->cand[j]] > acc_w[r->cand[m]])
                m = j;
        uint32_t t = r->cand[i];
        r->cand[i] = r->cand[m], r->cand[m] = t;
    }
    for (uint32_t c = 0; c < keep; c++) {
        uint32_t sid = r->cand[c];
        double names, sc = score(r, &v->s[sid], l, at, &names);
        if (sc >= r->th && *nalso < 8)
            also[(*nalso)++] = sid;
        if (sc >= *best_sc) {
            *best_sc = sc;
            *best = sid;
        }
        if (names * VG_STORY_CROSS_SCALE >= r->link && *nlinked < 16
            && !has_lang(&v->s[sid], l)) {
            link_sc[*nlinked] = names * VG_STORY_CROSS_SCALE;
            linked[(*nlinked)++] = sid;
        }
    }
    return VG_OK;
}

/* Average-link score of two stories: the mean cosine between their
 * members, from the sums; names alone when they share no language. */
static double story_score(const run *r, const story *a, const story *b)
{
    int shared = 0;
    for (uint32_t i = 0; i < b->nlangs && !shared; i++)
        shared = has_lang(a, b->langs[i]);
    double sc = 0, nn = (double)a->n * (double)b->n;
    if (shared) {
        for (int k = 0; k < NVIEWS; k++)
            if (r->w[k] > 0)
                sc += r->w[k] * vg_svec_cos(&a->v[k], &b->v[k]) / nn;
    } else {
        size_t common;
        sc = vg_svec_cos_shared(&a->v[V_NAMES], &b->v[V_NAMES], &common) / nn;
        sc = common < VG_STORY_CROSS_MIN_NAMES ? 0 : sc * VG_STORY_CROSS_SCALE;
    }
    double dt = (double)(a->last_at - b->last_at);
    return sc * exp(-dt * dt / (2 * r->sigma * r->sigma));
}

/* Story b joins story a: two fragments of one story that an article
 * bridged.  Its members move, its sums add up, it closes as merged. */
static vg_err merge_stories(run *r, uint32_t ia, uint32_t ib)
{
    story *a = &r->v->s[ia], *b = &r->v->s[ib];
    for (int k = 0; k < NVIEWS; k++) {
        vg_err e = merge_into(&a->v[k], &b->v[k], CENTROID_TERMS, &r->tmp, &r->wsel, &r->wselcap);
        if (e != VG_OK)
            return e;
    }
    if (vg_array_grow(&a->m, &a->capm, (size_t)a->nm + b->nm, sizeof *a->m, 4) != VG_OK)
        return VG_ENOMEM;
    if (b->nm)
        memcpy(a->m + a->nm, b->m, b->nm * sizeof *b->m);
    a->nm += b->nm;
    a->n += b->n;
    a->dirty = b->dirty = 1;
    for (uint32_t i = 0; i < b->nlangs; i++)
        add_lang(a, b->langs[i]);
    if (b->label_score > a->label_score) {
        a->label_off = b->label_off;
        a->label_score = b->label_score;
    }
    if (b->first_at < a->first_at)
        a->first_at = b->first_at;
    if (b->last_at > a->last_at)
        a->last_at = b->last_at;
    a->sum_at += b->sum_at;
    free(b->m);
    b->m = NULL;
    b->n = b->nm = 0;
    b->capm = 0;
    story_drop_vectors(b);
    b->open = 0;
    b->merged_into = ia + 1;
    return post_story(&r->ix, a, ia, &r->q);
}

void vg_story_params_of(const vg_story_opts *o, story_params *p)
{
    memset(p, 0, sizeof *p);
    int sem = o && o->profile == VG_STORY_PROFILE_SEMEVAL;
    p->profile = sem ? VG_STORY_PROFILE_SEMEVAL : VG_STORY_PROFILE_PLANTED;
    p->th = o && o->threshold > 0 ? o->threshold
            : sem                 ? VG_STORY_SEMEVAL_THRESHOLD
                                  : VG_STORY_THRESHOLD;
    double nw = o && o->names_weight ? o->names_weight
                : sem                ? VG_STORY_SEMEVAL_NAMES
                                     : VG_STORY_NAMES;
    double tw = o && o->title_weight ? o->title_weight
                : sem                ? VG_STORY_SEMEVAL_TITLE
                                     : VG_STORY_TITLE;
    nw = nw < 0 ? 0 : nw > 1 ? 1 : nw;
    tw = tw < 0 ? 0 : tw > 1 - nw ? 1 - nw : tw;
    p->w[V_NAMES] = nw;
    p->w[V_TITLE] = tw;
    p->w[V_WORDS] = 1 - nw - tw;
    p->link = o && o->link > 0 ? o->link : VG_STORY_LINK;
    p->sigma_days = o && o->sigma_days > 0 ? o->sigma_days : 3.0;
    p->quiet = o && o->quiet > 0 ? o->quiet : 7 * 86400;
    p->min_chars = o && o->min_chars ? o->min_chars : 400;
    p->warm = o && o->warm ? o->warm : 2000;
}

/* The run's settings from p (a fresh run's, or the stored ones). */
static void run_settings(run *r, const story_params *p)
{
    r->th = p->th;
    memcpy(r->w, p->w, sizeof r->w);
    r->lang_idf = p->profile == VG_STORY_PROFILE_SEMEVAL;
    r->tf = r->lang_idf ? VG_TF_RAW : VG_TF_LOG;
    r->link = p->link;
    r->sigma = p->sigma_days * 86400.0;
    r->quiet = p->quiet;
    r->min_chars = p->min_chars;
    r->warm = p->warm;
}

static vg_err run_init(run *r, const story_params *p)
{
    memset(r, 0, sizeof *r);
    run_settings(r, p);
    r->newest = INT64_MIN;
    r->v = calloc(1, sizeof *r->v);
    return r->v ? VG_OK : VG_ENOMEM;
}

static void run_free(run *r)
{
    for (size_t i = 0; i < r->ntc; i++)
        vg_tok_free(r->tc[i].t);
    index_free(&r->ix);
    free(r->clusters.key);
    free(r->clusters.story);
    vg_df_free(&r->df);
    for (int i = 0; i < NVIEWS; i++)
        vg_svec_free(&r->doc[i]);
    vg_svec_free(&r->tmp);
    vg_svec_free(&r->q);
    vg_svec_free(&r->qw);
    vg_svec_free(&r->qn);
    free(r->acc);
    free(r->cand);
    free(r->wsel);
    free(r->stamp);
    free(r->open_ids);
    vg_stories_free(r->v);
    memset(r, 0, sizeof *r);
}

/*
 * Cluster the documents after sequence number `after`, online, in
 * store order; with warm set, the first r->warm of them are counted into
 * the document frequencies first.  Ends with a sweep of idle stories.
 */
static vg_err cluster(run *r, vg_store *st_, int64_t after, int warm, vg_story_stats *st,
                      char *err, size_t errcap)
{
    vg_stories *v = r->v;
    story_copies cp = {0};
    vg_cursor *cur = NULL;
    uint64_t warmed = 0;
    vg_err e = vg_story_copies_open(st_, &cp);
    if (e == VG_OK && warm)
        e = warm_up(r, st_, after, &warmed);
    if (e == VG_OK)
        e = vg_store_scan(st_, after + 1, &cur);
    if (e != VG_OK) {
        snprintf(err, errcap, "stories: %s", vg_store_errmsg(st_));
        goto out;
    }
    vg_doc d;
    uint64_t done = 0; /* articles clustered by this call */
    while ((e = vg_cursor_next_doc(cur, &d, NULL)) == VG_OK) {
        st->docs++;
        r->upto = d.seq;
        if (!is_article(&d, r->min_chars, st))
            continue;
        unsigned flags = 0;
        int64_t at = d.published_at;
        if (at == VG_TIME_NONE) {
            at = d.ingested_at;
            flags |= VG_STORY_UNDATED;
            st->no_date++;
        }
        if (!d.title.n) {
            flags |= VG_STORY_NOTITLE;
            st->no_title++;
        }
        char l[4];
        lang_code(d.lang, l);
        vg_tok *t = tok_for(r->tc, &r->ntc, l, &e);
        if (e != VG_OK)
            goto out;
        if (!vg_tok_stemmed(t)) {
            flags |= VG_STORY_UNSTEMMED;
            st->unstemmed++;
        }
        if (at > r->newest)
            r->newest = at;
        if (done % SWEEP_EVERY == SWEEP_EVERY - 1)
            sweep(r, r->newest, st);
        if ((e = doc_terms(r, t, &d)) != VG_OK
            || (done >= warmed && (e = count_df(r, t)) != VG_OK) || (e = weigh(r, t)) != VG_OK)
            goto out;
        int64_t cluster = vg_story_copies_of(&cp, d.seq);
        int64_t best = -1;
        double best_sc = 0, link_sc[16];
        uint32_t linked[16], nlinked = 0, also[8], nalso = 0, copy_story;
        if (cluster && cmap_get(&r->clusters, cluster, &copy_story)
            && active(r, &v->s[copy_story = vg_stories_resolve(v, copy_story)], at)) {
            /* A copy of an article of an open story belongs to it. */
            best = copy_story;
            double names;
            best_sc = score(r, &v->s[copy_story], l, at, &names);
            st->copies++;
        } else if ((e = best_story(r, l, at, &best, &best_sc, linked, &nlinked, link_sc, also,
                                   &nalso)) != VG_OK) {
            goto out;
        }
        uint32_t sid;
        if (best < 0) {
            if ((e = open_story(r, &d, at, &sid)) != VG_OK)
                goto out;
            best_sc = 0;
            st->stories++;
            if (r->nopen > st->peak_open)
                st->peak_open = r->nopen;
        } else {
            sid = (uint32_t)best;
        }
        if ((e = add_member(r, sid, &d, at, l, cluster, best_sc, flags)) != VG_OK)
            goto out;
        /* Other stories the article also belonged to: fragments of its
         * story when they and it score as one. */
        for (uint32_t k = 0; k < nalso; k++) {
            uint32_t o2 = also[k];
            if (o2 == sid || !v->s[o2].open || story_score(r, &v->s[sid], &v->s[o2]) < r->th)
                continue;
            if ((e = merge_stories(r, sid, o2)) != VG_OK)
                goto out;
            st->merged++;
        }
        for (uint32_t k = 0; k < nlinked; k++)
            if (linked[k] != sid && (e = add_link(v, sid, linked[k], link_sc[k])) != VG_OK)
                goto out;
        st->articles++;
        done++;
    }
    if (e == VG_DONE) {
        e = VG_OK;
    } else {
        snprintf(err, errcap, "stories: %s", vg_cursor_errmsg(cur));
        goto out;
    }
    /* Stories idle for the quiet period at the end of the stream are closed. */
    if (r->newest != INT64_MIN)
        sweep(r, r->newest, st);
out:
    vg_cursor_free(cur);
    vg_story_copies_close(&cp);
    return e;
}

static int cmp_member_seq(const void *x, const void *y)
{
    const member *a = x, *b = y;
    return (a->seq > b->seq) - (a->seq < b->seq);
}

vg_err vg_stories_finish(vg_stories *v)
{
    /* Members in arrival order, merged fragments' too: a stored result
     * reads them back in that order, and ties (in the languages' order,
     * say) must break the same way. */
    for (uint32_t i = 0; i < v->n; i++)
        if (v->s[i].nm > 1)
            qsort(v->s[i].m, v->s[i].nm, sizeof *v->s[i].m, cmp_member_seq);
    /* Links between stories that came to share a language are not
     * cross-language any more; the rest are kept once, strongest first. */
    size_t k = 0;
    for (size_t i = 0; i < v->nlinks; i++) {
        link x = v->links[i];
        x.a = vg_stories_resolve(v, x.a), x.b = vg_stories_resolve(v, x.b);
        if (x.a == x.b)
            continue;
        if (x.a > x.b) {
            uint32_t t = x.a;
            x.a = x.b, x.b = t;
        }
        v->links[k++] = x;
    }
    v->nlinks = k;
    if (v->nlinks)
        qsort(v->links, v->nlinks, sizeof *v->links, cmp_link);
    k = 0;
    for (size_t i = 0; i < v->nlinks; i++) {
        if (k && v->links[k - 1].a == v->links[i].a && v->links[k - 1].b == v->links[i].b)
            continue;
        v->links[k++] = v->links[i];
    }
    v->nlinks = k;
    free(v->order);
    v->order = malloc((v->n ? v->n : 1) * sizeof *v->order);
    if (!v->order)
        return VG_ENOMEM;
    v->nlive = 0;
    for (uint32_t i = 0; i < v->n; i++)
        if (!v->s[i].merged_into)
            v->order[v->nlive++] = i;
    qsort_r(v->order, v->nlive, sizeof *v->order, cmp_order, v);
    return VG_OK;
}

/* The message of a failed call, unless one is written already; a damaged
 * store is a store error. */
static vg_err report(vg_store *s, vg_err e, char *err, size_t errcap)
{
    if (e == VG_OK || (errcap && err[0]))
        return e;
    if (e == VG_EPARSE)
        snprintf(err, errcap, "stories: the stored stories are damaged; "
                              "'vigie stories --rebuild' clusters them again");
    else if (e == VG_ESTORE)
        snprintf(err, errcap, "stories: %s", vg_store_errmsg(s));
    else
        snprintf(err, errcap, "stories: %s", vg_strerror(e));
    return e == VG_EPARSE ? VG_ESTORE : e;
}

vg_err vg_story_run(vg_store *st_, const vg_story_opts *o, vg_stories **out, vg_story_stats *st,
                    char *err, size_t errcap)
{
    double t0 = now_s();
    memset(st, 0, sizeof *st);
    *out = NULL;
    if (errcap)
        err[0] = '\0';
    story_params p;
    vg_story_params_of(o, &p);
    run r;
    vg_err e = run_init(&r, &p);
    if (e == VG_OK)
        e = cluster(&r, st_, 0, 1, st, err, errcap);
    if (e == VG_OK)
        e = vg_stories_finish(r.v);
    if (e == VG_OK) {
        st->links = r.v->nlinks;
        st->seconds = now_s() - t0;
        r.v->st = *st;
        *out = r.v;
        r.v = NULL;
    }
    run_free(&r);
    return report(st_, e, err, errcap);
}

/* ---- stored stories ---------------------------------------------------- */

static int same_params(const story_params *a, const story_params *b)
{
    int same = a->profile == b->profile && a->quiet == b->quiet && a->min_chars == b->min_chars
               && a->warm == b->warm;
    const double x[] = {a->th, a->w[0], a->w[1], a->w[2], a->link, a->sigma_days};
    const double y[] = {b->th, b->w[0], b->w[1], b->w[2], b->link, b->sigma_days};
    for (size_t i = 0; i < sizeof x / sizeof x[0]; i++)
        same = same && fabs(x[i] - y[i]) < 1e-9;
    return same;
}

typedef struct resuming {
    run *r;
    story_copies cp;
} resuming;

/* A stored member's copy cluster, as that cluster is now (copy clusters
 * may have merged since), to its open story. */
static int on_cluster(void *ctx, int64_t cluster, uint32_t sid)
{
    resuming *x = ctx;
    return cmap_put(&x->r->clusters, vg_story_copies_root(&x->cp, cluster), sid) != VG_OK;
}

/* Resume: the stored stories' open ones back in the index. */
static vg_err resume(run *r, vg_store *s, story_state *ss)
{
    vg_err e = vg_story_db_resume(s, r->v, &r->df, ss);
    if (e != VG_OK || !ss->have)
        return e;
    r->newest = ss->newest;
    r->upto = ss->upto;
    for (uint32_t i = 0; i < r->v->n; i++) {
        if (!r->v->s[i].open)
            continue;
        if (vg_array_grow(&r->open_ids, &r->capopen, (size_t)r->nopen + 1,
                          sizeof *r->open_ids, 256) != VG_OK
            || post_story(&r->ix, &r->v->s[i], i, &r->q) != VG_OK)
            return VG_ENOMEM;
        r->open_ids[r->nopen++] = i;
    }
    resuming x = {r, {0}};
    vg_story_copies_open(s, &x.cp);
    e = vg_story_db_clusters(s, on_cluster, &x);
    vg_story_copies_close(&x.cp);
    return e;
}

vg_err vg_story_update(vg_store *s, const vg_story_opts *o, vg_story_stats *st, char *err,
                       size_t errcap)
{
    double t0 = now_s();
    memset(st, 0, sizeof *st);
    if (errcap)
        err[0] = '\0';
    int own_txn = !vg_store_in_txn(s);
    if (own_txn && vg_store_begin(s) != VG_OK) {
        snprintf(err, errcap, "stories: %s", vg_store_errmsg(s));
        return VG_ESTORE;
    }
    story_params want;
    vg_story_params_of(o, &want);
    story_state ss;
    run r;
    vg_err e = run_init(&r, &want);
    if (e == VG_OK)
        e = resume(&r, s, &ss);
    if (e == VG_OK && ss.have && o && !same_params(&ss.p, &want)) {
        snprintf(err, errcap,
                 "stories: the stored stories were clustered with other settings; "
                 "cluster them again with them (vigie stories --rebuild)");
        e = VG_EINVAL;
    }
    int64_t last = 0;
    if (e == VG_OK)
        e = vg_story_db_last_seq(s, &last);
    int idle = e == VG_OK && ss.have && last <= ss.upto; /* nothing new */
    if (e == VG_OK && ss.have && ss.st.articles < ss.p.warm && !idle) {
        /* Still warming up: the stored stories were clustered with the
         * document frequencies of fewer articles than the warm-up counts
         * (words all look rare then, and stories merge).  Cluster the
         * store again from the start, with the stored settings. */
        want = ss.p;
        run_free(&r);
        e = run_init(&r, &want);
        if (e == VG_OK)
            e = vg_story_db_reset(s);
        memset(&ss, 0, sizeof ss);
    } else if (e == VG_OK && ss.have) {
        run_settings(&r, &ss.p); /* resumed with the stored settings */
    }
    if (e == VG_OK && !idle)
        e = cluster(&r, s, ss.have ? ss.upto : 0, !ss.have, st, err, errcap);
    if (e == VG_OK && !idle) {
        if (!ss.have) {
            ss.have = 1;
            ss.p = want;
        }
        ss.upto = r.upto;
        ss.newest = r.newest;
        vg_story_stats *c = &ss.st;
        c->docs += st->docs, c->articles += st->articles, c->empty += st->empty;
        c->short_texts += st->short_texts, c->no_date += st->no_date;
        c->no_title += st->no_title, c->unstemmed += st->unstemmed, c->copies += st->copies;
        c->stories += st->stories, c->merged += st->merged, c->closed += st->closed;
        if (st->peak_open > c->peak_open)
            c->peak_open = st->peak_open;
        /* The links found, resolved through merges, once each. */
        e = vg_stories_finish(r.v);
        st->links = r.v->nlinks;
        if (e == VG_OK)
            e = vg_story_db_save(s, r.v, &r.df, &ss);
    }
    if (e == VG_OK && own_txn && vg_store_commit(s) != VG_OK) {
        snprintf(err, errcap, "stories: %s", vg_store_errmsg(s));
        e = VG_ESTORE;
    }
    if (e != VG_OK && own_txn)
        vg_store_rollback(s);
    st->seconds = now_s() - t0;
    run_free(&r);
    return report(s, e, err, errcap);
}

vg_err vg_stories_load(vg_store *s, vg_stories **out, char *err, size_t errcap)
{
    double t0 = now_s();
    *out = NULL;
    if (errcap)
        err[0] = '\0';
    vg_stories *v = calloc(1, sizeof *v);
    if (!v)
        return VG_ENOMEM;
    story_state ss;
    vg_err e = vg_story_db_result(s, v, &ss);
    if (e == VG_OK)
        e = vg_stories_finish(v);
    if (e != VG_OK) {
        vg_stories_free(v);
        return report(s, e, err, errcap);
    }
    v->st = ss.st;
    v->st.links = v->nlinks;
    v->st.seconds = now_s() - t0;
    *out = v;
    return VG_OK;
}

vg_err vg_story_reset(vg_store *s, char *err, size_t errcap)
{
    int own_txn = !vg_store_in_txn(s);
    vg_err e = own_txn ? vg_store_begin(s) : VG_OK;
    if (e == VG_OK)
        e = vg_story_db_reset(s);
    if (e == VG_OK && own_txn)
        e = vg_store_commit(s);
    if (e != VG_OK) {
        snprintf(err, errcap, "stories: %s", vg_store_errmsg(s));
        if (own_txn)
            vg_store_rollback(s);
    }
    return e;
}

void vg_stories_stats(const vg_stories *v, vg_story_stats *st)
{
    *st = v->st;
}

vg_err vg_stories_push(vg_stories *v, uint32_t *sid)
{
    if (vg_array_grow(&v->s, &v->cap, (size_t)v->n + 1, sizeof *v->s, 256) != VG_OK)
        return VG_ENOMEM;
    *sid = v->n++;
    memset(&v->s[*sid], 0, sizeof v->s[*sid]);
    v->s[*sid].label_score = -1;
    return VG_OK;
}

/* ---- results --------------------------------------------------------- */

static int cmp_str(const void *x, const void *y)
{
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

static int cmp_member_at(const void *x, const void *y)
{
    const member *a = x, *b = y;
    return (a->at > b->at) - (a->at < b->at);
}

/* Members in publication order (stable for equal times: arrival order). */
static member *sorted_members(const story *s)
{
    member *m = malloc((s->n ? s->n : 1) * sizeof *m);
    if (!m)
        return NULL;
    memcpy(m, s->m, s->n * sizeof *m);
    /* Arrival order breaks ties: qsort is not stable, so sort by (at, i). */
    for (uint32_t i = 0; i < s->n; i++)
        m[i].score = (float)i;
    qsort(m, s->n, sizeof *m, cmp_member_at);
    for (uint32_t i = 1; i < s->n; i++) {
        uint32_t j = i;
        while (j > 0 && m[j - 1].at == m[j].at && m[j - 1].score > m[j].score) {
            member t = m[j];
            m[j] = m[j - 1], m[j - 1] = t;
            j--;
        }
    }
    for (uint32_t i = 0; i < s->n; i++)
        m[i].score = s->m[(uint32_t)m[i].score].score;
    return m;
}

static uint32_t links_of(const vg_stories *v, uint32_t idx)
{
    uint32_t n = 0;
    for (size_t i = 0; i < v->nlinks; i++)
        n += v->links[i].a == idx || v->links[i].b == idx;
    return n;
}

/* Sort the n cluster ids of cl and count the clusters with two members
 * or more, calling row(ctx, cluster, members) for each if row is set. */
static uint32_t cluster_runs(uint64_t *cl, uint32_t n,
                             int (*row)(void *ctx, int64_t cluster, uint32_t n), void *ctx)
{
    vg_sort_u64(cl, n);
    uint32_t runs = 0;
    for (uint32_t a = 0; a < n;) {
        uint32_t b = a;
        while (b < n && cl[b] == cl[a])
            b++;
        if (b - a >= 2) {
            runs++;
            if (row && row(ctx, (int64_t)cl[a], b - a))
                row = NULL;
        }
        a = b;
    }
    return runs;
}

static int info_of(const vg_stories *v, uint32_t idx, vg_story_info *info)
{
    const story *s = &v->s[idx];
    const char *names = v->names.p;
    member *m = sorted_members(s);
    const char **src = malloc((s->n ? s->n : 1) * sizeof *src);
    uint64_t *cl = malloc((s->n ? s->n : 1) * sizeof *cl);
    if (!m || !src || !cl) {
        free(m), free(src), free(cl);
        return -1;
    }
    memset(info, 0, sizeof *info);
    info->id = idx + 1;
    info->articles = s->n;
    info->label = names + s->label_off;
    info->first_source = names + m[0].src_off;
    info->first_id = names + m[0].id_off;
    info->next_source = "";
    info->lead = -1;
    for (uint32_t i = 1; i < s->n; i++)
        if (strcmp(names + m[i].src_off, info->first_source) != 0) {
            info->next_source = names + m[i].src_off;
            info->lead = m[i].at - m[0].at;
            break;
        }
    info->first_at = s->first_at;
    info->last_at = s->last_at;
    info->mean_at = s->n ? (int64_t)llround(s->sum_at / s->n) : s->first_at;
    info->open = s->open;
    uint32_t nc = 0;
    for (uint32_t a = 0; a < s->n; a++) {
        src[a] = names + s->m[a].src_off;
        info->undated += (s->m[a].flags & VG_STORY_UNDATED) != 0;
        if (s->m[a].cluster)
            cl[nc++] = (uint64_t)s->m[a].cluster;
    }
    qsort(src, s->n, sizeof *src, cmp_str);
    for (uint32_t a = 0; a < s->n; a++)
        info->outlets += a == 0 || strcmp(src[a], src[a - 1]) != 0;
    info->copy_clusters = cluster_runs(cl, nc, NULL, NULL);
    info->links = links_of(v, idx);
    free(m), free(src), free(cl);
    return 0;
}

/* Languages, most used first, into the story's buffer. */
static void langs_of(const story *s, char *buf, size_t cap)
{
    struct {
        char l[4];
        uint32_t n;
    } c[8];
    size_t nc = 0;
    for (uint32_t i = 0; i < s->n; i++) {
        size_t k = 0;
        while (k < nc && strcmp(c[k].l, s->m[i].lang) != 0)
            k++;
        if (k == nc) {
            if (nc == 8)
                continue;
            memcpy(c[nc].l, s->m[i].lang, 4);
            c[nc++].n = 0;
        }
        c[k].n++;
    }
    for (size_t i = 1; i < nc; i++)
        for (size_t j = i; j > 0 && c[j].n > c[j - 1].n; j--) {
            char t[4];
            uint32_t tn = c[j].n;
            memcpy(t, c[j].l, 4), memcpy(c[j].l, c[j - 1].l, 4), memcpy(c[j - 1].l, t, 4);
            c[j].n = c[j - 1].n, c[j - 1].n = tn;
        }
    size_t at = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < nc && at + 5 < cap; i++)
        at += (size_t)snprintf(buf + at, cap - at, "%s%s", i ? "," : "", c[i].l);
}

void vg_stories_each(const vg_stories *v, int (*row)(void *ctx, const vg_story_info *s),
                     void *ctx)
{
    for (uint32_t i = 0; i < v->nlive; i++) {
        vg_story_info info;
        char langs[48];
        if (info_of(v, v->order[i], &info) != 0)
            return;
        langs_of(&v->s[v->order[i]], langs, sizeof langs);
        info.langs = langs;
        if (row(ctx, &info))
            break;
    }
}

vg_err vg_story_get(const vg_stories *v, uint32_t id, vg_story_info *out)
{
    static _Thread_local char langs[48];
    if (id == 0 || id > v->n)
        return VG_ENOTFOUND;
    id = vg_stories_resolve(v, id - 1) + 1;
    if (info_of(v, id - 1, out) != 0)
        return VG_ENOMEM;
    langs_of(&v->s[id - 1], langs, sizeof langs);
    out->langs = langs;
    return VG_OK;
}

void vg_story_members(const vg_stories *v, uint32_t id,
                      int (*row)(void *ctx, const vg_story_member *m), void *ctx)
{
    if (id == 0 || id > v->n)
        return;
    id = vg_stories_resolve(v, id - 1) + 1;
    const story *s = &v->s[id - 1];
    member *m = sorted_members(s);
    if (!m)
        return;
    for (uint32_t i = 0; i < s->n; i++) {
        vg_story_member x = {v->names.p + m[i].id_off, v->names.p + m[i].src_off, m[i].lang,
                             m[i].at, m[i].cluster, m[i].score, m[i].flags};
        if (row(ctx, &x))
            break;
    }
    free(m);
}

void vg_story_timeline(const vg_stories *v, uint32_t id, int64_t bucket,
                       int (*row)(void *ctx, int64_t start, uint32_t count), void *ctx)
{
    if (id == 0 || id > v->n || bucket <= 0)
        return;
    id = vg_stories_resolve(v, id - 1) + 1;
    const story *s = &v->s[id - 1];
    member *m = sorted_members(s);
    if (!m)
        return;
    int64_t b0 = s->first_at - ((s->first_at % bucket) + bucket) % bucket;
    uint32_t i = 0;
    for (int64_t b = b0; i < s->n; b += bucket) {
        uint32_t c = 0;
        while (i < s->n && m[i].at < b + bucket)
            c++, i++;
        if (row(ctx, b, c))
            break;
    }
    free(m);
}

void vg_story_clusters(const vg_stories *v, uint32_t id,
                       int (*row)(void *ctx, int64_t cluster, uint32_t articles), void *ctx)
{
    if (id == 0 || id > v->n)
        return;
    id = vg_stories_resolve(v, id - 1) + 1;
    const story *s = &v->s[id - 1];
    uint64_t *cl = malloc((s->n ? s->n : 1) * sizeof *cl);
    if (!cl)
        return;
    uint32_t nc = 0;
    for (uint32_t a = 0; a < s->n; a++)
        if (s->m[a].cluster)
            cl[nc++] = (uint64_t)s->m[a].cluster;
    cluster_runs(cl, nc, row, ctx);
    free(cl);
}

typedef struct lk {
    uint32_t other;
    double score;
} lk;

static int cmp_lk(const void *x, const void *y)
{
    const lk *a = x, *b = y;
    if (a->score != b->score)
        return (a->score < b->score) - (a->score > b->score);
    return (a->other > b->other) - (a->other < b->other);
}

void vg_story_links(const vg_stories *v, uint32_t id,
                    int (*row)(void *ctx, uint32_t other, double score), void *ctx)
{
    if (id == 0 || id > v->n)
        return;
    id = vg_stories_resolve(v, id - 1) + 1;
    uint32_t idx = id - 1, n = links_of(v, idx), k = 0;
    lk *l = malloc((n ? n : 1) * sizeof *l);
    if (!l)
        return;
    for (size_t i = 0; i < v->nlinks; i++)
        if (v->links[i].a == idx || v->links[i].b == idx)
            l[k++] = (lk){(v->links[i].a == idx ? v->links[i].b : v->links[i].a) + 1,
                          v->links[i].score};
    qsort(l, k, sizeof *l, cmp_lk);
    for (uint32_t i = 0; i < k; i++)
        if (row(ctx, l[i].other, l[i].score))
            break;
    free(l);
}

/* ---- terms, read back ------------------------------------------------ */

typedef struct want {
    uint64_t h;
    double w;
    char text[VG_TOK_MAX * 2 + 2]; /* "" until seen */
} want;

typedef struct spelling {
    want *w;
    size_t n, left;
    const vg_tok *t;
    vg_tok_kind kind;
} spelling;

static int on_resolve(void *ctx, vg_tok_kind kind, const char *p, size_t n)
{
    spelling *r = ctx;
    if (kind != r->kind)
        return 0;
    uint64_t h = vg_term_hash(r->t, kind, p, n);
    for (size_t i = 0; i < r->n; i++)
        if (r->w[i].h == h && !r->w[i].text[0]) {
            size_t k = n < sizeof r->w[i].text - 1 ? n : sizeof r->w[i].text - 1;
            memcpy(r->w[i].text, p, k);
            r->w[i].text[k] = '\0';
            r->left--;
            break;
        }
    return r->left == 0;
}

vg_err vg_story_terms(const vg_stories *v, vg_store *st, uint32_t id, int names, unsigned k,
                      int (*row)(void *ctx, const char *term, double weight), void *ctx)
{
    if (id == 0 || id > v->n)
        return VG_ENOTFOUND;
    id = vg_stories_resolve(v, id - 1) + 1;
    const story *s = &v->s[id - 1];
    const vg_svec *c = &s->v[names ? V_NAMES : V_WORDS];
    if (!c->n || !k)
        return VG_OK;
    size_t n = c->n < k ? c->n : k;
    want *w = calloc(n, sizeof *w);
    vg_term *all = malloc(c->n * sizeof *all);
    if (!w || !all) {
        free(w), free(all);
        return VG_ENOMEM;
    }
    memcpy(all, c->v, c->n * sizeof *all);
    qsort(all, c->n, sizeof *all, cmp_weight_desc);
    for (size_t i = 0; i < n; i++)
        w[i].h = all[i].h, w[i].w = all[i].w / s->n;
    free(all);
    spelling r = {w, n, n, NULL, names ? VG_TOK_NAME : VG_TOK_WORD};
    vg_err e = VG_OK;
    /* The terms of the first members, until every term has a spelling. */
    for (uint32_t i = 0; i < s->n && i < 50 && r.left && e == VG_OK; i++) {
        vg_doc d;
        if (vg_store_get(st, v->names.p + s->m[i].id_off, &d) != VG_OK)
            continue;
        vg_tok *t;
        if ((e = vg_tok_new(s->m[i].lang, &t)) != VG_OK)
            break;
        r.t = t;
        if ((e = vg_tok_run(t, d.title.p, d.title.n, on_resolve, &r)) == VG_OK && r.left)
            e = vg_tok_run(t, d.text.p, d.text.n, on_resolve, &r);
        vg_tok_free(t);
    }
    for (size_t i = 0; i < n && e == VG_OK; i++)
        if (w[i].text[0] && row(ctx, w[i].text, w[i].w))
            break;
    free(w);
    return e;
}
