/*
 * vg_coord.c - coordinated behaviour, the whole run (see vigie/coord.h):
 * actions from the store, the window (given or estimated), the sweep,
 * the null model, the kept edges, communities.
 */
#include "vigie/coord.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vg_actions.h"
#include "vg_community.h"
#include "vg_hash.h"
#include "vg_sweep.h"

typedef struct kept {
    size_t slot;       /* in edges */
    double z, p, q;
    int lead;
} kept;

struct vg_coord {
    vg_actions act;
    vg_edges edges;
    kept *keep;
    size_t nkeep;
    int32_t *memb;     /* per account */
    uint32_t *degree;  /* per account: kept edges */
    uint32_t *order;   /* accounts with a kept edge, in output order */
    size_t norder;
    vg_coord_community *comm; /* summaries, by id */
    size_t ncomm;
    vg_buf domains;    /* domain names of the summaries, '\0'-separated */
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
    free(c->order);
    free(c->comm);
    vg_buf_free(&c->domains);
    free(c);
}

/* Strongest first; ties by the accounts' numbers, so that the order does
 * not depend on the table's layout. */
static int cmp_kept(const void *x, const void *y, void *ctx)
{
    const kept *a = x, *b = y;
    const vg_edges *e = ctx;
    if (a->z != b->z)
        return a->z > b->z ? -1 : 1;
    const vg_edge *ga = &e->v[a->slot], *gb = &e->v[b->slot];
    if (ga->a != gb->a)
        return ga->a < gb->a ? -1 : 1;
    return (ga->b > gb->b) - (ga->b < gb->b);
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

/*
 * Does one account lead the other?  A two-sided sign test on the co-actions
 * with an order: with n of them, the leader acted first in k > n/2 and
 * 2 P(X >= k | n, 1/2) <= alpha.  The caller corrects alpha for the number
 * of edges tested (0.05 / edges kept): with 3,000 edges a leader must have
 * acted first in at least 18 of 18, 24 of 26, 30 of 34 ... co-actions.
 */
static int leader(uint32_t a_first, uint32_t b_first, double alpha)
{
    uint32_t n = a_first + b_first, k = a_first > b_first ? a_first : b_first;
    if (n < 2 || 2 * k == n)
        return 0;
    /* P(X >= k): terms C(n, i) / 2^n fall from i = k > n/2 upward; summed
     * in log space so that thousands of co-actions do not underflow. */
    double base = lgamma(n + 1.0) - n * log(2.0), tail = 0;
    for (uint32_t i = k; i <= n; i++) {
        double t = exp(base - lgamma(i + 1.0) - lgamma(n - i + 1.0));
        tail += t;
        if (t < tail * 1e-17)
            break;
    }
    if (2 * tail > alpha)
        return 0;
    return a_first > b_first ? 1 : -1;
}

/* A member action, for the coordinated flags of one object. */
typedef struct mact {
    int32_t comm;
    uint32_t acct;
    int64_t t;
    size_t i;          /* into the actions */
} mact;

static int cmp_mact(const void *x, const void *y)
{
    const mact *a = x, *b = y;
    if (a->comm != b->comm)
        return a->comm < b->comm ? -1 : 1;
    if (a->t != b->t)
        return a->t < b->t ? -1 : 1;
    return (a->acct > b->acct) - (a->acct < b->acct);
}

/* One coordinated action counted for a community's top lists. */
typedef struct tally {
    uint32_t comm;
    uint32_t obj;      /* an object naming the key */
    uint64_t key;      /* the object, or its link's domain hash */
} tally;

static int cmp_tally(const void *x, const void *y)
{
    const tally *a = x, *b = y;
    if (a->comm != b->comm)
        return a->comm < b->comm ? -1 : 1;
    return (a->key > b->key) - (a->key < b->key);
}

/* The host of a URL, without "www.": [*p, *p + return). */
static size_t url_host(const char **p)
{
    const char *s = *p, *h = strstr(s, "://");
    h = h ? h + 3 : s;
    if (!strncmp(h, "www.", 4))
        h += 4;
    *p = h;
    return strcspn(h, "/:?#");
}

static const char *const kind_names[VG_OBJ_KINDS] = {"text", "link", "hashtag", "mention",
                                                     "repost", "reply"};

/* Insert (kind, name, count) into a top list of VG_COORD_TOP, by count;
 * earlier entries win ties. */
static void top_add(vg_coord_top *top, size_t *n, const char *kind, const char *name,
                    uint64_t count)
{
    size_t at = *n;
    while (at > 0 && top[at - 1].count < count)
        at--;
    if (at >= VG_COORD_TOP)
        return;
    size_t end = *n < VG_COORD_TOP ? *n : VG_COORD_TOP - 1;
    memmove(top + at + 1, top + at, (end - at) * sizeof *top);
    top[at] = (vg_coord_top){kind, name, count};
    if (*n < VG_COORD_TOP)
        (*n)++;
}

/* Count the sorted tallies into the communities' top lists (domains when
 * is_domain: names are copied into c->domains, offsets for now). */
static vg_err tally_tops(vg_coord *c, tally *t, size_t n, int is_domain)
{
    if (n > 1)
        qsort(t, n, sizeof *t, cmp_tally);
    for (size_t s = 0; s < n;) {
        size_t e = s;
        while (e < n && t[e].comm == t[s].comm && t[e].key == t[s].key)
            e++;
        vg_coord_community *m = &c->comm[t[s].comm];
        const char *name = vg_names_get(&c->act.objs, t[s].obj);
        if (is_domain) {
            top_add(m->domains, &m->ndomains, "domain", NULL, e - s);
            for (size_t k = 0; k < m->ndomains; k++) {
                if (m->domains[k].name)
                    continue;
                size_t hn = url_host(&name);
                uintptr_t off = c->domains.n;
                if (vg_buf_append(&c->domains, name, hn) != VG_OK
                    || vg_buf_putc(&c->domains, '\0') != VG_OK)
                    return VG_ENOMEM;
                m->domains[k].name = (const char *)(off + 1); /* resolved later */
            }
        } else {
            top_add(m->objects, &m->nobjects, kind_names[c->act.objs.kind[t[s].obj]], name,
                    e - s);
        }
        s = e;
    }
    return VG_OK;
}

static vg_err push_tally(tally **t, size_t *n, size_t *cap, tally x)
{
    if (vg_array_reserve(t, cap, *n + 1, sizeof **t) != VG_OK)
        return VG_ENOMEM;
    (*t)[(*n)++] = x;
    return VG_OK;
}

/*
 * The communities' summaries.  An action of a member is coordinated when
 * another member of the same community acted on the same object within the
 * window: per object, the members' actions are sorted by (community, time)
 * and each is compared with the latest earlier action of another account
 * of its community, which is the nearest one if any is.
 * One object's run at a time, from src.
 */
static vg_err summarise(vg_coord *c, vg_action_src *src, size_t ncomm, int64_t w)
{
    c->ncomm = ncomm;
    c->comm = calloc(ncomm ? ncomm : 1, sizeof *c->comm);
    uint8_t *flag = NULL;    /* per action of the run */
    mact *run = NULL;
    size_t *prev = NULL, rcap = 0;
    tally *obj_t = NULL, *dom_t = NULL;
    size_t no = 0, nd = 0, ocap = 0, dcap = 0;
    vg_err e = VG_ENOMEM;
    if (!c->comm)
        goto out;
    for (size_t k = 0; k < ncomm; k++)
        c->comm[k].id = (int32_t)k;
    const vg_action *v;
    size_t n;
    vg_src_rewind(src);
    while ((e = vg_src_next(src, &v, &n)) == VG_OK) {
        if (n > rcap) {
            free(flag);
            free(run);
            free(prev);
            flag = malloc(n);
            run = malloc(n * sizeof *run);
            prev = malloc(n * sizeof *prev);
            rcap = n;
            if (!flag || !run || !prev) {
                e = VG_ENOMEM;
                goto out;
            }
        }
        size_t m = 0;
        for (size_t i = 0; i < n; i++) {
            int32_t ci = c->memb[v[i].acct];
            flag[i] = 0;
            if (ci >= 0)
                run[m++] = (mact){ci, v[i].acct, v[i].t, i};
        }
        if (!m)
            continue;
        qsort(run, m, sizeof *run, cmp_mact);
        for (size_t k = 0; k < m; k++) {
            prev[k] = SIZE_MAX;
            if (k && run[k - 1].comm == run[k].comm)
                prev[k] = run[k - 1].acct != run[k].acct ? k - 1 : prev[k - 1];
            if (prev[k] != SIZE_MAX && run[k].t - run[prev[k]].t <= w)
                flag[run[k].i] = flag[run[prev[k]].i] = 1;
        }
        for (size_t i = 0; i < n; i++) {
            int32_t ci = c->memb[v[i].acct];
            if (ci < 0)
                continue;
            vg_coord_community *cm = &c->comm[ci];
            cm->actions++;
            if (!flag[i])
                continue;
            if (!cm->coordinated++ || v[i].t < cm->first)
                cm->first = v[i].t;
            if (v[i].t > cm->last)
                cm->last = v[i].t;
            if ((e = push_tally(&obj_t, &no, &ocap, (tally){(uint32_t)ci, v[i].obj, v[i].obj}))
                != VG_OK)
                goto out;
            if (c->act.objs.kind[v[i].obj] == VG_OBJ_LINK) {
                const char *h = vg_names_get(&c->act.objs, v[i].obj);
                size_t hn = url_host(&h);
                if ((e = push_tally(&dom_t, &nd, &dcap,
                                    (tally){(uint32_t)ci, v[i].obj, vg_hash64(h, hn, 0)}))
                    != VG_OK)
                    goto out;
            }
        }
    }
    if (e != VG_DONE)
        goto out;
    if ((e = tally_tops(c, obj_t, no, 0)) != VG_OK || (e = tally_tops(c, dom_t, nd, 1)) != VG_OK)
        goto out;
    for (size_t k = 0; k < ncomm; k++)
        for (size_t j = 0; j < c->comm[k].ndomains; j++)
            c->comm[k].domains[j].name = c->domains.p + ((uintptr_t)c->comm[k].domains[j].name - 1);
    for (size_t i = 0; i < c->norder; i++) {
        uint32_t a = c->order[i];
        if (c->memb[a] < 0)
            continue;
        vg_coord_community *m = &c->comm[c->memb[a]];
        m->accounts++;
        top_add(m->top_accounts, &m->ntop_accounts, "account", vg_names_get(&c->act.accts, a),
                c->degree[a]);
    }
    e = VG_OK;
out:
    free(flag);
    free(run);
    free(prev);
    free(obj_t);
    free(dom_t);
    return e;
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
    double max_q = o && o->max_q > 0 ? o->max_q : 0.05;
    unsigned min_w = o && o->min_weight ? o->min_weight : 2;
    vg_coord *c = calloc(1, sizeof *c);
    if (!c)
        return VG_ENOMEM;
    vg_action_src src;
    vg_src_mem(&src, NULL, 0);
    vg_err e = vg_actions_load(s, by, o ? o->chunk : 0, &c->act);
    if (e != VG_OK)
        goto fail;
    vg_src_spill(&src, &c->act.sorted);
    st->posts = c->act.posts;
    st->no_author = c->act.no_author;
    st->no_time = c->act.no_time;
    st->actions = c->act.n;
    st->accounts = c->act.accts.n;
    st->objects = c->act.objs.n;
    int64_t w = o && o->window > 0 ? o->window : -1;
    if (w < 0) {
        if ((e = vg_sweep_auto_window(&src, q, p, &w)) != VG_OK)
            goto fail;
        st->estimated = 1;
        if (w < res)
            w = res;
    }
    st->window = w;
    vg_sweep_stats ss;
    uint64_t nacct = c->act.accts.n, possible = nacct * (nacct ? nacct - 1 : 0) / 2;
    /* Edges too light to pass even against an empty null need no null
     * counts (most pairs of a big stream): they are dropped with those of
     * too few objects, in one filter, so that the heavy table is the only
     * one built beside the pairs that co-acted. */
    vg_edges met = {0};
    if (min_w >= 2 && possible > (1u << 24)) {
        /* Pairs that met on one object only never make an edge: find the
         * others without a table of every pair (with few accounts, as in
         * the IRA data, the table of every pair is small and quicker). */
        vg_cand_opts co = {w, max_near, runs, max_q, o ? o->pair_filter : 0};
        e = vg_sweep_candidates(&src, &co, &met, &ss, &st->edges);
    } else {
        e = vg_sweep(&src, w, max_near, &met, &ss);
        st->edges = met.n;
    }
    if (e == VG_OK)
        e = vg_edges_filter(&met, min_w, vg_sweep_min_coactions(runs, st->edges, max_q),
                            &c->edges);
    vg_edges_free(&met);
    if (e != VG_OK)
        goto fail;
    st->coactions = ss.coactions;
    st->capped = ss.capped;
    vg_edge_sig *sig = calloc(c->edges.cap ? c->edges.cap : 1, sizeof *sig);
    uint8_t *mask = calloc(c->edges.cap ? c->edges.cap : 1, 1);
    c->keep = malloc((c->edges.n ? c->edges.n : 1) * sizeof *c->keep);
    size_t na = c->act.accts.n, ncomm = 0;
    c->memb = malloc((na ? na : 1) * sizeof *c->memb);
    c->degree = calloc(na ? na : 1, sizeof *c->degree);
    c->order = malloc((na ? na : 1) * sizeof *c->order);
    if (!sig || !mask || !c->keep || !c->memb || !c->degree || !c->order) {
        free(sig);
        free(mask);
        e = VG_ENOMEM;
        goto fail;
    }
    int64_t shift = o && o->null_shift ? o->null_shift : 0;
    if (shift == 0)
        shift = 12 * w > 12 * 3600 ? 12 * w : 12 * 3600;
    if (shift < 0)
        shift = 0;
    st->null_shift = shift;
    e = vg_sweep_null(&src, w, max_near, shift, runs, seed, &c->edges,
                      (size_t)st->edges, sig);
    for (size_t i = 0; e == VG_OK && i < c->edges.cap; i++) {
        const vg_edge *g = &c->edges.v[i];
        if (g->a == UINT32_MAX || g->objects < min_w || sig[i].z < min_z || sig[i].q > max_q)
            continue;
        mask[i] = 1;
        c->keep[c->nkeep++] = (kept){i, sig[i].z, sig[i].p, sig[i].q, 0};
        c->degree[g->a]++;
        c->degree[g->b]++;
    }
    free(sig);
    for (size_t k = 0; k < c->nkeep; k++) {
        const vg_edge *g = &c->edges.v[c->keep[k].slot];
        c->keep[k].lead = leader(g->a_first, g->b_first, 0.05 / (double)c->nkeep);
        st->directed += c->keep[k].lead != 0;
    }
    if (e == VG_OK) {
        e = vg_communities(na, &c->edges, mask, seed, c->memb, &ncomm, &st->modularity);
        st->communities = ncomm;
    }
    free(mask);
    if (e != VG_OK)
        goto fail;
    st->kept = c->nkeep;
    qsort_r(c->keep, c->nkeep, sizeof *c->keep, cmp_kept, &c->edges);
    for (uint32_t a = 0; a < na; a++) {
        if (c->degree[a])
            c->order[c->norder++] = a;
        st->members += c->memb[a] >= 0;
    }
    qsort_r(c->order, c->norder, sizeof *c->order, cmp_node, c);
    if ((e = summarise(c, &src, ncomm, w)) != VG_OK)
        goto fail;
    st->longest_run = src.longest;
    st->spilled = c->act.sorted.fd >= 0;
    vg_src_free(&src);
    /* The sorted actions are no longer needed (their temporary file goes). */
    vg_spill_free(&c->act.sorted);
    st->seconds = now_s() - t0;
    *out = c;
    return VG_OK;
fail:
    if (errcap && !err[0])
        snprintf(err, errcap, "coordination: %s",
                 e == VG_ESTORE ? vg_store_errmsg(s) : vg_strerror(e));
    vg_src_free(&src);
    vg_coord_free(c);
    return e;
}

void vg_coord_edges(const vg_coord *c, int (*row)(void *ctx, const vg_coord_edge *e), void *ctx)
{
    for (size_t i = 0; i < c->nkeep; i++) {
        const vg_edge *g = &c->edges.v[c->keep[i].slot];
        vg_coord_edge e = {vg_names_get(&c->act.accts, g->a), vg_names_get(&c->act.accts, g->b),
                           g->objects, g->coactions, g->a_first, g->b_first, c->keep[i].lead,
                           c->keep[i].z, c->keep[i].p, c->keep[i].q,
                           c->memb[g->a] == c->memb[g->b] ? c->memb[g->a] : -1};
        if (row(ctx, &e))
            return;
    }
}

void vg_coord_nodes(const vg_coord *c, int (*row)(void *ctx, const vg_coord_node *n), void *ctx)
{
    for (size_t i = 0; i < c->norder; i++) {
        uint32_t a = c->order[i];
        vg_coord_node n = {vg_names_get(&c->act.accts, a), c->memb[a], c->degree[a], c->act.nact[a]};
        if (row(ctx, &n))
            return;
    }
}

void vg_coord_communities(const vg_coord *c,
                          int (*row)(void *ctx, const vg_coord_community *m), void *ctx)
{
    for (size_t i = 0; i < c->ncomm; i++)
        if (row(ctx, &c->comm[i]))
            return;
}
