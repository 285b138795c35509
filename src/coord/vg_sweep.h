/*
 * vg_sweep.h - the core of coordination detection (docs/ARCHITECTURE.md,
 * "Coordination"): exact sliding windows over actions, edges between
 * accounts, the window estimated from the data.
 *
 * An action is an account acting on an object (a copy cluster, a link, a
 * hashtag, a repost ...) at a time.  Two actions on the same object by
 * different accounts at most `window` seconds apart are a co-action; every
 * such pair counts, whatever the clock says (no bins).  The edge between
 * two accounts counts their co-actions, the distinct objects they co-acted
 * on, and how often each acted first.
 *
 * Objects acted on by crowds (a trending hashtag) would make n^2 pairs: an
 * action preceded by more than max_near actions of its object within the
 * window is in a crowd and makes no pair, and the object is counted as
 * capped.  An object so makes at most max_near (max_near + 1) / 2 pairs per
 * crowded episode: 500,000 accounts on one tag in one minute make half a
 * million pairs at the default 1,000, not 10^11.
 */
#ifndef VG_SWEEP_H
#define VG_SWEEP_H

#include <stddef.h>
#include <stdint.h>

#include "vg_spill.h"
#include "vigie/err.h"

typedef struct vg_edge {
    uint32_t a, b;          /* accounts, a < b */
    uint32_t objects;       /* distinct objects co-acted on */
    uint32_t coactions;     /* pairs of actions within the window */
    uint32_t a_first, b_first; /* pairs in which a (b) acted strictly first */
    uint32_t last_obj;      /* internal: the object last counted */
} vg_edge;

/* Edges in an open-addressing table; iterate over v[0..cap) where a < b
 * (empty slots have a == b == UINT32_MAX). */
typedef struct vg_edges {
    vg_edge *v;
    size_t n, cap;
} vg_edges;

void vg_edges_free(vg_edges *e);

typedef struct vg_sweep_stats {
    uint64_t actions;       /* actions swept */
    uint64_t objects;       /* distinct objects */
    uint64_t coactions;     /* pairs counted */
    uint64_t capped;        /* objects that hit max_near */
    uint64_t seen_again;    /* vg_sweep_candidates: the times a pair was
                               held seen on an earlier object (its second
                               object and after, and false positives) */
    unsigned parts;         /* vg_sweep_candidates: the pairs were found in
                               this many parts (passes) */
} vg_sweep_stats;

/*
 * Every function below reads its actions through a cursor (vg_spill.h),
 * sorted by vg_actions_sort, one object's run at a time, and rewinds it
 * first: the actions may be in memory or on disk.
 *
 * Sweep the actions into edges (which may already
 * hold edges of another sweep: counts add up).  max_near 0 means no cap.
 * VG_ENOMEM on allocation failure (the table keeps what it had).
 */
vg_err vg_sweep(vg_action_src *a, int64_t window, unsigned max_near,
                vg_edges *edges, vg_sweep_stats *st);

/* The default size of the Bloom filter of pairs in vg_sweep_candidates. */
#define VG_PAIR_FILTER ((size_t)128 << 20)

typedef struct vg_cand_opts {
    int64_t window;         /* seconds */
    unsigned max_near;      /* crowd cap, as for vg_sweep; 0 = none */
    unsigned runs;          /* null runs to come; 0: any count may pass */
    double max_q;           /* the q an edge must reach */
    size_t filter_bytes;    /* most memory for the Bloom filter of pairs
                               (a power of two is used, at least 512 bytes);
                               0 = VG_PAIR_FILTER */
} vg_cand_opts;

/*
 * The pairs that co-acted on two distinct objects or more, and often
 * enough to pass at max_q after `runs` null runs (vg_sweep_min_coactions
 * over the pairs that co-acted; runs 0: any count), without a table of
 * every pair: each object's distinct pairs go through a Bloom filter (16
 * bits a co-action, 6 probes, up to filter_bytes; past that, fewer
 * probes and more false positives), and a pair it has seen before goes
 * into a second, smaller filter of candidates (an eighth); a second sweep
 * counts the candidates' co-actions in a count-min sketch (never below
 * the truth, at most a quarter of the filter), and a third counts
 * exactly, into cand, only the candidates the sketch holds heavy enough.
 * False positives end with one object or too few co-actions: filter on
 * both after (vg_edges_filter).  Memory is the filters and the heavy
 * candidates, not the millions of pairs that met once or a few times.
 * When the filter has fewer than 3 bits a co-action, the pairs are split
 * by hash into parts (st->parts), each found by three sweeps of its own:
 * the memory stays, the time grows.  *pairs is the number of distinct
 * pairs that co-acted, estimated by a HyperLogLog (vg_hll.h: 0.1 %
 * standard error); st->seen_again shows the first filter's false
 * positives.  VG_ENOMEM, VG_EIO.
 */
vg_err vg_sweep_candidates(vg_action_src *a, const vg_cand_opts *o, vg_edges *cand,
                           vg_sweep_stats *st, uint64_t *pairs);

/* The edges of in with at least min_objects objects and min_coactions
 * co-actions, into a new table out (caller frees with vg_edges_free).
 * VG_ENOMEM. */
vg_err vg_edges_filter(const vg_edges *in, uint32_t min_objects, uint32_t min_coactions,
                       vg_edges *out);

/* The edge of accounts x and y, or NULL. */
const vg_edge *vg_edges_get(const vg_edges *e, uint32_t x, uint32_t y);

/* An observed edge against the null model. */
typedef struct vg_edge_sig {
    double mean, sd;  /* its `coactions` count over the null runs */
    double z;         /* (observed - mean) / sd, sd at least 0.5 */
    double p;         /* P(X >= observed), X Poisson at the rate's upper bound */
    double q;         /* p times the number of observed edges, at most 1 */
} vg_edge_sig;

/*
 * Significance of the edges of obs (a sweep of a with this window and
 * cap).  The null model keeps every account's actions, objects and rhythm
 * and breaks only the alignment between accounts: each account's times are
 * shifted by its own random offset, uniform in [-shift, shift] seconds (or,
 * with shift 0, circularly within the span of all actions); `runs` such
 * shuffles (seeded, so reproducible) are swept like the observed actions.
 * The statistic is the edge's co-actions: a group that pushes the same tag
 * on ten occasions co-acts ten times on one object.  Its null count is
 * taken as Poisson, at a conservative rate: the one-sided 95 % upper bound
 * of the rate the runs measured, (S + 2 + 1.645 sqrt(S + 1)) / runs for a
 * sum S of null counts (about 3.6 / runs when no run reproduced the edge,
 * near the rule of three); p is the upper tail at the observed count and q
 * corrects it for the number
 * of pairs tested, `tested` (at least obs->n: the pairs that co-acted at
 * all, when obs keeps only the heavier ones; Bonferroni: keeping q <= alpha
 * keeps the expected number of chance edges below alpha).  sig[i]
 * describes obs->v[i] (for every slot of obs, cap entries).  VG_ENOMEM.
 */
vg_err vg_sweep_null(vg_action_src *a, int64_t window, unsigned max_near,
                     int64_t shift, unsigned runs, uint64_t seed, const vg_edges *obs,
                     size_t tested, vg_edge_sig *sig);

/*
 * The fewest co-actions an edge needs to be kept at max_q, among `tested`
 * pairs, with `runs` null runs, even if no run reproduced it: edges with
 * fewer cannot pass and need no null counts.
 */
uint32_t vg_sweep_min_coactions(unsigned runs, uint64_t tested, double max_q);

/*
 * The window estimated from the data (CooRnet's rule): among objects with
 * at least two actions, take the share q that reached their second action
 * fastest; the window is the median, over those, of the time from the first
 * action to the action that completes a share p of the object's actions.
 * *w is -1 when no object has two actions.  Memory: 16 bytes an object
 * acted on twice or more.  VG_ENOMEM, VG_EIO.
 */
vg_err vg_sweep_auto_window(vg_action_src *a, double q, double p, int64_t *w);

#endif
