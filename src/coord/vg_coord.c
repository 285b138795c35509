/*
 * vg_coord.c - coordinated behaviour, the whole run (see vigie/coord.h):
 * actions from the store, the window (given or estimated), the sweep,
 * the null model, the kept edges, communities.
 */
#include "vigie/coord.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vg_actions.h"
#include "vg_community.h"
#include "vg_sweep.h"

typedef struct kept {
    size_t slot;       /* in edges */
    double z, p;
} kept;

struct vg_coord {
    vg_actions act;
    vg_edges edges;
    kept *keep;
    size_t nkeep;
    int32_t *memb;     /* per account */
    uint32_t *degree;  /* per account: kept edges */
    uint32_t *nact;    /* per account: actions */
    uint32_t *order;   /* accounts with a kept edge, in output order */
    size_t norder;
};

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void vg_coord_free(vg_coord *c)
{
    if (!c)
        return;
    vg_actions_free(&c->act);
    vg_edges_free(&c->edges);
    free(c->keep);
    free(c->memb);
    free(c->degree);
    free(c->nact);
    free(c->order);
    free(c);
}

static int cmp_kept(const void *x, const void *y)
{
    const kept *a = x, *b = y;
    if (a->z != b->z)
        return a->z > b->z ? -1 : 1;
    return (a->slot > b->slot) - (a->slot < b->slot);
}

static int cmp_node(const void *x, const void *y, void *ctx)
{
    uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
    const vg_coord *c = ctx;
    int32_t ca = c->memb[a] < 0 ? INT32_MAX : c->memb[a];
    int32_t cb = c->memb[b] < 0 ? INT32_MAX : c->memb[b];
    if (ca != cb)
        return ca < cb ? -1 : 1;
    if (c->degree[a] != c->degree[b])
        return c->degree[a] > c->degree[b] ? -1 : 1;
    return (a > b) - (a < b);
}

vg_err vg_coord_run(vg_store *s, const vg_coord_opts *o, vg_coord **out, vg_coord_stats *st,
                    char *err, size_t errcap)
{
    double t0 = now_s();
    memset(st, 0, sizeof *st);
    *out = NULL;
    if (errcap)
        err[0] = '\0';
    unsigned by = o && o->by ? o->by : VG_COORD_TEXT | VG_COORD_LINK | VG_COORD_HASHTAG;
    double q = o && o->q > 0 ? o->q : 0.1, p = o && o->p > 0 ? o->p : 0.5;
    int64_t res = o && o->resolution > 0 ? o->resolution : 60;
    unsigned max_near = o && o->max_near ? o->max_near : 1000;
    unsigned runs = o && o->runs ? o->runs : 20;
    uint64_t seed = o && o->seed ? o->seed : 1;
    double min_z = o && o->min_z > 0 ? o->min_z : 3.0;
    unsigned min_w = o && o->min_weight ? o->min_weight : 2;
    vg_coord *c = calloc(1, sizeof *c);
    if (!c)
        return VG_ENOMEM;
    vg_err e = vg_actions_load(s, by, &c->act);
    if (e != VG_OK)
        goto fail;
    st->posts = c->act.posts;
    st->no_author = c->act.no_author;
    st->no_time = c->act.no_time;
    st->actions = c->act.n;
    st->accounts = c->act.accts.n;
    st->objects = c->act.objs.n;
    vg_actions_sort(c->act.v, c->act.n);
    int64_t w = o && o->window > 0 ? o->window : -1;
    if (w < 0) {
        w = vg_sweep_auto_window(c->act.v, c->act.n, q, p);
        st->estimated = 1;
        if (w < res)
            w = res;
    }
    st->window = w;
    vg_sweep_stats ss;
    if ((e = vg_sweep(c->act.v, c->act.n, w, max_near, &c->edges, &ss)) != VG_OK)
        goto fail;
    st->coactions = ss.coactions;
    st->capped = ss.capped;
    st->edges = c->edges.n;
    vg_edge_sig *sig = calloc(c->edges.cap ? c->edges.cap : 1, sizeof *sig);
    uint8_t *mask = calloc(c->edges.cap ? c->edges.cap : 1, 1);
    c->keep = malloc((c->edges.n ? c->edges.n : 1) * sizeof *c->keep);
    size_t na = c->act.accts.n;
    c->memb = malloc((na ? na : 1) * sizeof *c->memb);
    c->degree = calloc(na ? na : 1, sizeof *c->degree);
    c->nact = calloc(na ? na : 1, sizeof *c->nact);
    c->order = malloc((na ? na : 1) * sizeof *c->order);
    if (!sig || !mask || !c->keep || !c->memb || !c->degree || !c->nact || !c->order) {
        free(sig);
        free(mask);
        e = VG_ENOMEM;
        goto fail;
    }
    e = vg_sweep_null(c->act.v, c->act.n, w, max_near, runs, seed, &c->edges, sig);
    for (size_t i = 0; e == VG_OK && i < c->edges.cap; i++) {
        const vg_edge *g = &c->edges.v[i];
        if (g->a == UINT32_MAX || g->objects < min_w || sig[i].z < min_z)
            continue;
        mask[i] = 1;
        c->keep[c->nkeep++] = (kept){i, sig[i].z, sig[i].p};
        c->degree[g->a]++;
        c->degree[g->b]++;
    }
    free(sig);
    if (e == VG_OK) {
        size_t ncomm = 0;
        e = vg_communities(na, &c->edges, mask, seed, c->memb, &ncomm, &st->modularity);
        st->communities = ncomm;
    }
    free(mask);
    if (e != VG_OK)
        goto fail;
    st->kept = c->nkeep;
    qsort(c->keep, c->nkeep, sizeof *c->keep, cmp_kept);
    for (size_t i = 0; i < c->act.n; i++)
        c->nact[c->act.v[i].acct]++;
    for (uint32_t a = 0; a < na; a++)
        if (c->degree[a])
            c->order[c->norder++] = a;
    qsort_r(c->order, c->norder, sizeof *c->order, cmp_node, c);
    st->seconds = now_s() - t0;
    *out = c;
    return VG_OK;
fail:
    if (errcap && !err[0])
        snprintf(err, errcap, "coordination: %s",
                 e == VG_ESTORE ? vg_store_errmsg(s) : vg_strerror(e));
    vg_coord_free(c);
    return e;
}

void vg_coord_edges(const vg_coord *c, int (*row)(void *ctx, const vg_coord_edge *e), void *ctx)
{
    for (size_t i = 0; i < c->nkeep; i++) {
        const vg_edge *g = &c->edges.v[c->keep[i].slot];
        vg_coord_edge e = {vg_names_get(&c->act.accts, g->a), vg_names_get(&c->act.accts, g->b),
                           g->objects, g->coactions, g->a_first, g->b_first, c->keep[i].z,
                           c->keep[i].p, c->memb[g->a] == c->memb[g->b] ? c->memb[g->a] : -1};
        if (row(ctx, &e))
            return;
    }
}

void vg_coord_nodes(const vg_coord *c, int (*row)(void *ctx, const vg_coord_node *n), void *ctx)
{
    for (size_t i = 0; i < c->norder; i++) {
        uint32_t a = c->order[i];
        vg_coord_node n = {vg_names_get(&c->act.accts, a), c->memb[a], c->degree[a], c->nact[a]};
        if (row(ctx, &n))
            return;
    }
}
