/*
 * vg_sweep.c - exact sliding windows over actions (see vg_sweep.h).
 */
#include "vg_sweep.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vg_buf.h"
#include "vg_hash.h"
#include "vg_hll.h"
#include "vg_sort.h"

#define EMPTY UINT32_MAX

void vg_edges_free(vg_edges *e)
{
    free(e->v);
    e->v = NULL;
    e->n = e->cap = 0;
}

static size_t slot_of(uint32_t a, uint32_t b, size_t cap)
{
    uint64_t k = ((uint64_t)a << 32 | b) * 0x9E3779B97F4A7C15ull;
    return (size_t)(k >> 20) & (cap - 1);
}

static vg_err grow(vg_edges *e)
{
    size_t cap = e->cap ? e->cap * 2 : 1024;
    vg_edge *v = malloc(cap * sizeof *v);
    if (!v)
        return VG_ENOMEM;
    for (size_t i = 0; i < cap; i++)
        v[i].a = v[i].b = EMPTY;
    for (size_t i = 0; i < e->cap; i++) {
        if (e->v[i].a == EMPTY)
            continue;
        size_t s = slot_of(e->v[i].a, e->v[i].b, cap);
        while (v[s].a != EMPTY)
            s = (s + 1) & (cap - 1);
        v[s] = e->v[i];
    }
    free(e->v);
    e->v = v;
    e->cap = cap;
    return VG_OK;
}

/* The edge of accounts x != y, created if need be. */
static vg_edge *edge(vg_edges *e, uint32_t x, uint32_t y)
{
    uint32_t a = x < y ? x : y, b = x < y ? y : x;
    if ((e->n + 1) * 10 > e->cap * 7 && grow(e) != VG_OK)
        return NULL;
    size_t s = slot_of(a, b, e->cap);
    while (e->v[s].a != EMPTY) {
        if (e->v[s].a == a && e->v[s].b == b)
            return &e->v[s];
        s = (s + 1) & (e->cap - 1);
    }
    vg_edge *g = &e->v[s];
    memset(g, 0, sizeof *g);
    g->a = a;
    g->b = b;
    g->last_obj = EMPTY;
    e->n++;
    return g;
}

const vg_edge *vg_edges_get(const vg_edges *e, uint32_t x, uint32_t y)
{
    if (!e->cap || x == y)
        return NULL;
    uint32_t a = x < y ? x : y, b = x < y ? y : x;
    for (size_t s = slot_of(a, b, e->cap); e->v[s].a != EMPTY; s = (s + 1) & (e->cap - 1))
        if (e->v[s].a == a && e->v[s].b == b)
            return &e->v[s];
    return NULL;
}


/* What the sweep does with each co-action. */
typedef enum sweep_mode {
    SWEEP_BUILD,   /* count into its edge, created if need be */
    SWEEP_UPDATE,  /* count into its edge if the table has it (in_acct first) */
    SWEEP_COUNT,   /* count[slot of its edge in obs]++ if obs has it (a null run) */
    SWEEP_KEYS,    /* append a << 32 | b to keys (the pairs of one object) */
    SWEEP_SKETCH,  /* a candidate's co-action into the sketch (in_acct first) */
    SWEEP_HEAVY    /* count into its edge, created if need be, when the
                      sketch says it may be heavy (in_acct first) */
} sweep_mode;

/* The candidates of vg_sweep_candidates: a one-word Bloom filter of the
 * pairs seen on two objects or more (6 bits of one 64-bit word a pair,
 * so a probe is one cache miss), and a count-min sketch of their
 * co-actions (two saturating 8-bit counters in one 64-byte line a pair,
 * conservative update), which never counts less than the truth. */
typedef struct cand_filter {
    uint64_t *w;            /* Bloom words */
    uint64_t wmask;
    uint8_t *sk;            /* sketch lines of 64 counters */
    uint64_t lmask;
    uint32_t cmin;          /* co-actions a pair needs (at most 255) */
    unsigned part, parts;   /* the share of the pairs looked at (a hash) */
} cand_filter;

/* A Bloom filter of account pairs: 2^bits bits, 2 to 6 probes. */
typedef struct bloom {
    uint64_t *w;
    unsigned bits;
    unsigned probes;
} bloom;

/* Set the pair's bits; nonzero when all were set already. */
static int bloom_add(bloom *f, uint64_t key)
{
    uint64_t h1 = vg_mix64(key), h2 = vg_mix64(h1) | 1, mask = (1ull << f->bits) - 1;
    int seen = 1;
    for (unsigned i = 0; i < f->probes; i++) {
        uint64_t b = (h1 + (uint64_t)i * h2) & mask, bit = 1ull << (b & 63);
        seen &= (f->w[b >> 6] & bit) != 0;
        f->w[b >> 6] |= bit;
    }
    return seen;
}

/* The first pass of vg_sweep_candidates: each object's pairs, sorted in
 * blocks of at most KEYS_BLOCK (8 MiB; a block boundary inside an object
 * only makes a few pairs candidates for nothing), counted (in the first
 * part) and screened by the filter. */
#define KEYS_BLOCK ((size_t)1 << 20)

typedef struct pair_screen {
    bloom *f;
    cand_filter *cf;
    vg_hll *tested;         /* the pairs that co-acted */
    uint8_t *in;            /* accounts with a candidate */
    uint64_t seen_again, ncand;
} pair_screen;

typedef struct sweep_sink {
    sweep_mode mode;
    vg_edges *edges;         /* BUILD, UPDATE */
    const vg_edges *obs;     /* COUNT */
    const uint8_t *in_acct;  /* UPDATE, COUNT: accounts with an edge in the table */
    uint32_t *count;         /* COUNT */
    const uint64_t *pf;      /* COUNT: one bit per pair hash, set for obs's pairs */
    uint64_t pf_mask;
    uint64_t *keys;          /* KEYS */
    size_t nkeys, capkeys;
    pair_screen *scr;        /* KEYS */
    cand_filter *cf;         /* SKETCH, HEAVY */
    uint8_t *hot;            /* SKETCH: accounts of a pair that reached cmin */
} sweep_sink;

/* Count the co-action of earlier action p and later action q into g. */
static void tally(vg_edge *g, const vg_action *p, const vg_action *q)
{
    g->coactions++;
    if (g->last_obj != p->obj) {
        g->last_obj = p->obj;
        g->objects++;
    }
    if (p->t < q->t) {
        if (p->acct == g->a)
            g->a_first++;
        else
            g->b_first++;
    }
}

/* The pair prefilter of the null runs: a bit per hash of (a, b), 16 bits a
 * pair, so that most pairs are dismissed in a few MB of cache instead of a
 * probe of the table. */
static size_t pf_bit(uint64_t mask, uint32_t x, uint32_t y)
{
    uint64_t key = x < y ? (uint64_t)x << 32 | y : (uint64_t)y << 32 | x;
    return (size_t)(vg_mix64(key) & mask);
}

static int pf_has(const uint64_t *pf, uint64_t mask, uint32_t x, uint32_t y)
{
    size_t b = pf_bit(mask, x, y);
    return (int)(pf[b >> 6] >> (b & 63) & 1);
}

static uint64_t pair_key(uint32_t x, uint32_t y)
{
    return x < y ? (uint64_t)x << 32 | y : (uint64_t)y << 32 | x;
}

/* The Bloom word and bits of a pair. */
static uint64_t cand_bits(const cand_filter *cf, uint64_t key, size_t *word)
{
    uint64_t h1 = vg_mix64(key ^ 0x63616e6469646174ull), h2 = vg_mix64(h1), bits = 0;
    *word = (size_t)(h1 & cf->wmask);
    for (int i = 0; i < 6; i++)
        bits |= 1ull << (h2 >> (6 * i) & 63);
    return bits;
}

/* Is the pair in the part of the pairs being looked at? */
static int in_part(const cand_filter *cf, uint64_t key)
{
    return cf->parts < 2
           || (unsigned)((vg_mix64(key ^ 0x7061727473ull) >> 32) * cf->parts >> 32) == cf->part;
}

/* Add a pair; nonzero when it was in already. */
static int cand_add(cand_filter *cf, uint64_t key)
{
    size_t w;
    uint64_t bits = cand_bits(cf, key, &w);
    int seen = (cf->w[w] & bits) == bits;
    cf->w[w] |= bits;
    return seen;
}

static int cand_has(const cand_filter *cf, uint64_t key)
{
    size_t w;
    uint64_t bits = cand_bits(cf, key, &w);
    return (cf->w[w] & bits) == bits;
}

/* The sketch's two counters of a pair. */
static void sketch_cells(const cand_filter *cf, uint64_t key, uint8_t **c1, uint8_t **c2)
{
    uint64_t h = vg_mix64(key ^ 0x736b65746368ull);
    uint8_t *line = cf->sk + ((h & cf->lmask) << 6);
    *c1 = line + (h >> 52 & 63);
    *c2 = line + (h >> 58 & 63);
}

/* Count a co-action of the pair; its estimate after. */
static uint32_t sketch_add(cand_filter *cf, uint64_t key)
{
    uint8_t *c1, *c2;
    sketch_cells(cf, key, &c1, &c2);
    uint8_t m = *c1 < *c2 ? *c1 : *c2;
    if (m == 255)
        return m;
    if (*c1 == m)
        (*c1)++;
    if (c2 != c1 && *c2 == m)
        (*c2)++;
    return m + 1u;
}

static uint32_t sketch_get(const cand_filter *cf, uint64_t key)
{
    uint8_t *c1, *c2;
    sketch_cells(cf, key, &c1, &c2);
    return *c1 < *c2 ? *c1 : *c2;
}

/* Screen the pairs in k->keys, then empty it. */
static void screen_keys(sweep_sink *k)
{
    pair_screen *sc = k->scr;
    vg_sort_u64(k->keys, k->nkeys);
    for (size_t i = 0; i < k->nkeys; i++) {
        uint64_t key = k->keys[i];
        if (i && key == k->keys[i - 1])
            continue;
        if (!sc->cf->part)
            vg_hll_add(sc->tested, key);
        /* A pair the filter has seen acted together on an earlier object
         * (or is a false positive). */
        if (!in_part(sc->cf, key) || !bloom_add(sc->f, key))
            continue;
        sc->seen_again++;
        sc->ncand += !cand_add(sc->cf, key);
        sc->in[key >> 32] = sc->in[(uint32_t)key] = 1;
    }
    k->nkeys = 0;
}

static vg_err sink_pair(sweep_sink *k, const vg_action *p, const vg_action *q)
{
    switch (k->mode) {
    case SWEEP_BUILD: {
        vg_edge *g = edge(k->edges, p->acct, q->acct);
        if (!g)
            return VG_ENOMEM;
        tally(g, p, q);
        break;
    }
    case SWEEP_UPDATE:
        if (k->in_acct[p->acct] && k->in_acct[q->acct]) {
            vg_edge *g = (vg_edge *)vg_edges_get(k->edges, p->acct, q->acct);
            if (g)
                tally(g, p, q);
        }
        break;
    case SWEEP_COUNT:
        if (k->in_acct[p->acct] && k->in_acct[q->acct]
            && pf_has(k->pf, k->pf_mask, p->acct, q->acct)) {
            const vg_edge *g = vg_edges_get(k->obs, p->acct, q->acct);
            if (g)
                k->count[g - k->obs->v]++;
        }
        break;
    case SWEEP_KEYS:
        if (k->nkeys == KEYS_BLOCK)
            screen_keys(k);
        if (k->nkeys == k->capkeys
            && vg_array_reserve(&k->keys, &k->capkeys, k->nkeys + 1, sizeof *k->keys) != VG_OK)
            return VG_ENOMEM;
        k->keys[k->nkeys++] = pair_key(p->acct, q->acct);
        break;
    case SWEEP_SKETCH:
        if (k->in_acct[p->acct] && k->in_acct[q->acct]
            && cand_has(k->cf, pair_key(p->acct, q->acct))
            && in_part(k->cf, pair_key(p->acct, q->acct))
            && sketch_add(k->cf, pair_key(p->acct, q->acct)) >= k->cf->cmin)
            k->hot[p->acct] = k->hot[q->acct] = 1;
        break;
    case SWEEP_HEAVY:
        if (k->in_acct[p->acct] && k->in_acct[q->acct]
            && cand_has(k->cf, pair_key(p->acct, q->acct))
            && in_part(k->cf, pair_key(p->acct, q->acct))
            && (!k->cf->sk || sketch_get(k->cf, pair_key(p->acct, q->acct)) >= k->cf->cmin)) {
            vg_edge *g = edge(k->edges, p->acct, q->acct);
            if (!g)
                return VG_ENOMEM;
            tally(g, p, q);
        }
        break;
    }
    return VG_OK;
}

/*
 * The sweep proper, over actions sorted by vg_actions_sort: every pair of
 * actions on one object by different accounts at most `window` apart goes
 * to the sink, but for crowds.
 */
static vg_err sweep_core(const vg_action *a, size_t n, int64_t window, unsigned max_near,
                         sweep_sink *k, vg_sweep_stats *st)
{
    memset(st, 0, sizeof *st);
    st->actions = n;
    if (window < 0)
        window = 0;
    for (size_t s = 0; s < n;) {
        size_t e = s;
        while (e < n && a[e].obj == a[s].obj)
            e++;
        st->objects++;
        int capped = 0;
        /* For each action, its predecessors within the window: [lo, j). */
        size_t lo = s;
        for (size_t j = s + 1; j < e; j++) {
            while (a[j].t - a[lo].t > window)
                lo++;
            /* A crowd (a trending tag): the action makes no pairs. */
            if (max_near && j - lo > max_near) {
                capped = 1;
                continue;
            }
            for (size_t i = lo; i < j; i++) {
                if (a[i].acct == a[j].acct)
                    continue;
                st->coactions++;
                vg_err err = sink_pair(k, &a[i], &a[j]);
                if (err != VG_OK)
                    return err;
            }
        }
        st->capped += capped;
        s = e;
    }
    return VG_OK;
}

/* sweep_core over every run of the cursor, the statistics summed. */
static vg_err sweep_src(vg_action_src *a, int64_t window, unsigned max_near, sweep_sink *k,
                        vg_sweep_stats *st)
{
    memset(st, 0, sizeof *st);
    const vg_action *r;
    size_t m;
    vg_err e;
    vg_src_rewind(a);
    while ((e = vg_src_next(a, &r, &m)) == VG_OK) {
        vg_sweep_stats os;
        if ((e = sweep_core(r, m, window, max_near, k, &os)) != VG_OK)
            return e;
        st->actions += os.actions;
        st->objects += os.objects;
        st->coactions += os.coactions;
        st->capped += os.capped;
    }
    return e == VG_DONE ? VG_OK : e;
}

vg_err vg_sweep(vg_action_src *a, int64_t window, unsigned max_near, vg_edges *edges,
                vg_sweep_stats *st)
{
    sweep_sink k = {.mode = SWEEP_BUILD, .edges = edges};
    return sweep_src(a, window, max_near, &k, st);
}

vg_err vg_sweep_candidates(vg_action_src *a, const vg_cand_opts *o, vg_edges *cand,
                           vg_sweep_stats *st, uint64_t *pairs)
{
    int64_t window = o->window;
    unsigned max_near = o->max_near;
    *pairs = 0;
    memset(st, 0, sizeof *st);
    /* An upper bound of the co-actions, hence of the distinct pairs. */
    uint64_t bound = 0;
    uint32_t nacct = 0;
    const vg_action *r;
    size_t m;
    vg_err e;
    vg_src_rewind(a);
    while ((e = vg_src_next(a, &r, &m)) == VG_OK) {
        for (size_t s = 0, lo = 0; s < m; s++) {
            while (r[s].t - r[lo].t > (window < 0 ? 0 : window))
                lo++;
            bound += s - lo < (max_near ? max_near : SIZE_MAX) ? s - lo : 0;
            nacct = r[s].acct + 1 > nacct ? r[s].acct + 1 : nacct;
        }
    }
    if (e != VG_DONE)
        return e;
    /* The filter: 16 bits a co-action (a 0.1 % false positive rate at 6
     * probes when all are distinct), from 2^20 bits up to filter_bytes.
     * Past that it keeps its size, with fewer probes (about ln 2 times the
     * bits a pair), and its false positives cost candidates, not results.
     * Under 3 bits a co-action the candidates' filter and the sketch
     * would fill up and let every pair through to the exact table (a
     * 2.5 M-post stream in 16 MiB: 63 M pairs counted exactly instead of
     * 0.3 M): the pairs are then split by hash into parts, each found in
     * passes of its own with the whole memory, so that time grows with
     * the stream and memory does not. */
    uint64_t capbits = (uint64_t)(o->filter_bytes ? o->filter_bytes : VG_PAIR_FILTER) * 8;
    unsigned maxbits = 12;
    while (maxbits < 40 && (1ull << (maxbits + 1)) <= capbits)
        maxbits++;
    unsigned parts = 1;
    while (parts < 4096 && (double)(1ull << maxbits) * parts < 3.0 * (double)bound)
        parts++;
    uint64_t pbound = bound / parts + 1;   /* co-actions of a part */
    unsigned bits = 12;
    while (bits < maxbits && (bits < 20 || (1ull << bits) < pbound * 16))
        bits++;
    unsigned probes = 6;
    while (probes > 2 && (double)probes > 0.7 * (double)(1ull << bits) / (double)pbound)
        probes--;
    /* The candidates' filter, an eighth of the pairs' one; the pairs
     * tested counted apart, by a HyperLogLog of 2^20 registers (1 MiB,
     * 0.1 % standard error), in the first part's first pass. */
    cand_filter cf = {.wmask = ((uint64_t)1 << (bits - 9)) - 1, .parts = parts};
    bloom f = {calloc((size_t)1 << (bits - 6), sizeof(uint64_t)), bits, probes};
    cf.w = calloc((size_t)cf.wmask + 1, sizeof *cf.w);
    vg_hll *tested = vg_hll_new(20);
    uint8_t *in = calloc(nacct ? nacct : 1, 1);   /* accounts with a candidate */
    uint8_t *hot = calloc(nacct ? nacct : 1, 1);  /* ... that may be heavy */
    sweep_sink k = {.mode = SWEEP_KEYS};
    e = f.w && cf.w && tested && in && hot ? VG_OK : VG_ENOMEM;
    for (cf.part = 0; e == VG_OK && cf.part < parts; cf.part++) {
        if (cf.part) {
            memset(f.w, 0, ((size_t)1 << (bits - 6)) * sizeof *f.w);
            memset(cf.w, 0, ((size_t)cf.wmask + 1) * sizeof *cf.w);
            memset(in, 0, nacct ? nacct : 1);
            memset(hot, 0, nacct ? nacct : 1);
        }
        pair_screen sc = {&f, &cf, tested, in, 0, 0};
        k.scr = &sc;
        vg_src_rewind(a);
        while ((e = vg_src_next(a, &r, &m)) == VG_OK) {
            vg_sweep_stats os;
            if ((e = sweep_core(r, m, window, max_near, &k, &os)) != VG_OK)
                break;
            screen_keys(&k);
            if (!cf.part) {
                st->actions += m;
                st->coactions += os.coactions;
                st->capped += os.capped;
                st->objects++;
            }
        }
        st->seen_again += sc.seen_again;
        uint64_t ncand = sc.ncand;
        if (e != VG_DONE)
            break;
        if (!cf.part)
            *pairs = (uint64_t)llround(vg_hll_count(tested));
        /* The candidates' co-actions into the sketch (two counters a
         * candidate at most, from 64 KiB to a quarter of the filter), when
         * the null runs need more than one: a pair the sketch keeps below
         * what it needs cannot be kept, and is never counted exactly. */
        uint32_t cmin = vg_sweep_min_coactions(o->runs, *pairs, o->max_q);
        cf.cmin = cmin < 255 ? cmin : 255;
        sweep_sink u = {.mode = SWEEP_HEAVY, .edges = cand, .in_acct = in, .cf = &cf};
        vg_sweep_stats us;
        if (cf.cmin > 1) {
            unsigned lbits = 10;
            while (lbits < 34 && ((uint64_t)128 << lbits) <= (1ull << bits) / 32
                   && ((uint64_t)64 << lbits) < ncand * 4)
                lbits++;
            cf.lmask = ((uint64_t)1 << lbits) - 1;
            if (!(cf.sk = calloc((size_t)64 << lbits, 1))) {
                e = VG_ENOMEM;
                break;
            }
            sweep_sink sk = {.mode = SWEEP_SKETCH, .in_acct = in, .cf = &cf, .hot = hot};
            if ((e = sweep_src(a, window, max_near, &sk, &us)) != VG_OK)
                break;
            u.in_acct = hot;
        }
        /* Count the candidates that may be heavy exactly; false positives
         * of either filter end with one object or too few co-actions. */
        e = sweep_src(a, window, max_near, &u, &us);
        free(cf.sk);
        cf.sk = NULL;
    }
    st->parts = parts;
    free(k.keys);
    free(f.w);
    free(cf.w);
    free(cf.sk);
    vg_hll_free(tested);
    free(in);
    free(hot);
    return e == VG_DONE ? VG_OK : e;
}

/* Does g pass vg_edges_filter's thresholds? */
static int heavy(const vg_edge *g, uint32_t min_objects, uint32_t min_coactions)
{
    return g->a != EMPTY && g->objects >= min_objects && g->coactions >= min_coactions;
}

vg_err vg_edges_filter(const vg_edges *in, uint32_t min_objects, uint32_t min_coactions,
                       vg_edges *out)
{
    size_t n = 0;
    for (size_t i = 0; i < in->cap; i++)
        n += heavy(&in->v[i], min_objects, min_coactions);
    size_t cap = 1024;   /* at most a third full: null runs mostly miss */
    while (cap < (n + 1) * 3)
        cap *= 2;
    vg_edge *v = malloc(cap * sizeof *v);
    if (!v)
        return VG_ENOMEM;
    for (size_t i = 0; i < cap; i++)
        v[i].a = v[i].b = EMPTY;
    for (size_t i = 0; i < in->cap; i++) {
        const vg_edge *g = &in->v[i];
        if (!heavy(g, min_objects, min_coactions))
            continue;
        size_t s = slot_of(g->a, g->b, cap);
        while (v[s].a != EMPTY)
            s = (s + 1) & (cap - 1);
        v[s] = *g;
    }
    *out = (vg_edges){v, n, cap};
    return VG_OK;
}

/* P(X >= k) for X ~ Poisson(lambda), summed upward from k in log space
 * (no cancellation for the small tails that matter here). */
static double poisson_tail(uint32_t k, double lambda)
{
    if (k == 0)
        return 1.0;
    if (lambda <= 0)
        return 0.0;
    double logt = -lambda + k * log(lambda) - lgamma(k + 1.0), sum = 0;
    if (k > lambda && logt < -700)
        return 0.0;   /* below 1e-300: past any threshold */
    for (uint32_t i = k; i < k + 100000u; i++) {
        double t = exp(logt);
        sum += t;
        if (i > lambda && t <= sum * 1e-17)
            break;
        logt += log(lambda) - log(i + 1.0);
    }
    return sum < 1.0 ? sum : 1.0;
}

uint32_t vg_sweep_min_coactions(unsigned runs, uint64_t tested, double max_q)
{
    if (!runs)
        return 0;
    /* The least rate the null can be given: no run reproduced the edge. */
    double lambda = (2.0 + 1.645) / runs;
    uint32_t c = 1;
    while (c < 1000000 && poisson_tail(c, lambda) * (double)tested > max_q)
        c++;
    return c;
}

vg_err vg_sweep_null(vg_action_src *a, int64_t window, unsigned max_near, int64_t shift,
                     unsigned runs, uint64_t seed, const vg_edges *obs, size_t tested,
                     vg_edge_sig *sig)
{
    size_t nacct = 0, n = 0;
    int64_t tmin = INT64_MAX, tmax = INT64_MIN;
    const vg_action *ra;
    size_t m;
    vg_err e;
    vg_src_rewind(a);
    while ((e = vg_src_next(a, &ra, &m)) == VG_OK) {
        for (size_t i = 0; i < m; i++) {
            nacct = ra[i].acct + 1 > nacct ? ra[i].acct + 1 : nacct;
            tmin = ra[i].t < tmin ? ra[i].t : tmin;
            tmax = ra[i].t > tmax ? ra[i].t : tmax;
        }
        n += m;
    }
    if (e != VG_DONE)
        return e;
    double *sum = calloc(obs->cap ? obs->cap : 1, sizeof *sum);
    double *sq = calloc(obs->cap ? obs->cap : 1, sizeof *sq);
    int64_t *off = malloc((nacct ? nacct : 1) * sizeof *off);
    vg_action *b = NULL;  /* one object's run, shifted */
    uint32_t *count = malloc((obs->cap ? obs->cap : 1) * sizeof *count);
    uint8_t *in_obs = calloc(nacct ? nacct : 1, 1); /* accounts with an edge in obs */
    unsigned pf_bits = 12;
    while (pf_bits < 36 && (1ull << pf_bits) < (uint64_t)obs->n * 16)
        pf_bits++;
    uint64_t pf_mask = (1ull << pf_bits) - 1;
    uint64_t *pf = calloc((size_t)1 << (pf_bits - 6), sizeof *pf);
    e = (!sum || !sq || !off || !count || !in_obs || !pf) ? VG_ENOMEM : VG_OK;
    for (size_t i = 0; e == VG_OK && i < obs->cap; i++) {
        if (obs->v[i].a == EMPTY || obs->v[i].b >= nacct)
            continue;
        in_obs[obs->v[i].a] = in_obs[obs->v[i].b] = 1;
        size_t bit = pf_bit(pf_mask, obs->v[i].a, obs->v[i].b);
        pf[bit >> 6] |= 1ull << (bit & 63);
    }
    uint64_t span = n ? (uint64_t)(tmax - tmin) + 1 : 1;
    size_t bcap = 0;
    for (unsigned r = 0; e == VG_OK && r < runs; r++) {
        uint64_t st = seed * 0x100000001B3ull + r;
        for (size_t k = 0; k < nacct; k++, st += VG_MIX64_STEP)
            off[k] = shift ? (int64_t)(vg_mix64(st) % (uint64_t)(2 * shift + 1)) - shift
                           : (int64_t)(vg_mix64(st) % span);
        memset(count, 0, (obs->cap ? obs->cap : 1) * sizeof *count);
        /* One object at a time: shifting moves actions only within their
         * object's run, so a buffer of the longest run is all the copy the
         * run needs.  A run too short to hold a crowd keeps only the
         * actions of accounts with a candidate pair: no other can count. */
        vg_src_rewind(a);
        while (e == VG_OK && (e = vg_src_next(a, &ra, &m)) == VG_OK) {
            int all = max_near && m > max_near;
            size_t mb = 0;
            for (size_t i = 0; i < m; i++)
                mb += all || in_obs[ra[i].acct];
            if (mb < 2)
                continue;
            if ((e = vg_array_reserve(&b, &bcap, mb, sizeof *b)) != VG_OK)
                break;
            mb = 0;
            for (size_t i = 0; i < m; i++) {
                if (!all && !in_obs[ra[i].acct])
                    continue;
                b[mb] = ra[i];
                b[mb++].t = shift ? ra[i].t + off[ra[i].acct]
                                  : tmin + (int64_t)(((uint64_t)(ra[i].t - tmin)
                                                      + (uint64_t)off[ra[i].acct]) % span);
            }
            if (mb > 16) {
                vg_actions_sort(b, mb);
            } else {
                for (size_t i = 1; i < mb; i++) {
                    vg_action x = b[i];
                    size_t k = i;
                    for (; k > 0 && vg_action_cmp(&b[k - 1], &x) > 0; k--)
                        b[k] = b[k - 1];
                    b[k] = x;
                }
            }
            vg_sweep_stats ss;
            sweep_sink k = {.mode = SWEEP_COUNT, .obs = obs, .in_acct = in_obs, .count = count,
                            .pf = pf, .pf_mask = pf_mask};
            e = sweep_core(b, mb, window, max_near, &k, &ss);
        }
        if (e == VG_DONE)
            e = VG_OK;
        for (size_t i = 0; e == VG_OK && i < obs->cap; i++) {
            double w = count[i];
            sum[i] += w;
            sq[i] += w * w;
        }
    }
    for (size_t i = 0; e == VG_OK && i < obs->cap; i++) {
        double mean = runs ? sum[i] / runs : 0, var = runs ? sq[i] / runs - mean * mean : 0;
        double sd = sqrt(var > 0 ? var : 0);
        sig[i].mean = mean;
        sig[i].sd = sd;
        sig[i].z = ((double)obs->v[i].coactions - mean) / (sd > 0.5 ? sd : 0.5);
        sig[i].p = runs ? poisson_tail(obs->v[i].coactions, (sum[i] + 2.0 + 1.645 * sqrt(sum[i] + 1.0)) / runs) : 1.0;
        if (tested < obs->n)
            tested = obs->n;
        sig[i].q = sig[i].p * (double)tested < 1.0 ? sig[i].p * (double)tested : 1.0;
    }
    free(sum);
    free(sq);
    free(off);
    free(b);
    free(count);
    free(in_obs);
    free(pf);
    return e;
}

static int cmp_i64(const void *x, const void *y)
{
    int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
    return (a > b) - (a < b);
}

/* An object's time to its second action, and to the action completing a
 * share p of its actions. */
typedef struct speed {
    int64_t second, reach;
} speed;

static int cmp_speed(const void *x, const void *y)
{
    const speed *a = x, *b = y;
    if (a->second != b->second)
        return a->second < b->second ? -1 : 1;
    return (a->reach > b->reach) - (a->reach < b->reach);
}

vg_err vg_sweep_auto_window(vg_action_src *a, double q, double p, int64_t *w)
{
    *w = -1;
    speed *v = NULL;
    size_t m = 0, cap = 0, len;
    const vg_action *r;
    vg_err e;
    vg_src_rewind(a);
    while ((e = vg_src_next(a, &r, &len)) == VG_OK) {
        if (len < 2)
            continue;
        if ((e = vg_array_reserve(&v, &cap, m + 1, sizeof *v)) != VG_OK)
            break;
        size_t c = (size_t)ceil(p * (double)len);
        c = c < 2 ? 2 : c > len ? len : c;
        v[m].second = r[1].t - r[0].t;
        v[m].reach = r[c - 1].t - r[0].t;
        m++;
    }
    if (e != VG_DONE || !m) {
        free(v);
        return e == VG_DONE ? VG_OK : e;
    }
    qsort(v, m, sizeof *v, cmp_speed);
    size_t take = (size_t)ceil(q * (double)m);
    take = take < 1 ? 1 : take > m ? m : take;
    /* The reach times of the fastest, into the front of v's memory. */
    int64_t *sel = (int64_t *)v;
    for (size_t i = 0; i < take; i++)
        sel[i] = v[i].reach;
    qsort(sel, take, sizeof *sel, cmp_i64);
    *w = take % 2 ? sel[take / 2] : (sel[take / 2 - 1] + sel[take / 2]) / 2;
    free(v);
    return VG_OK;
}
