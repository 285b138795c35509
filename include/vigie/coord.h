/*
 * vigie/coord.h - coordinated behaviour: accounts that act on the same
 * objects (copied texts, links, hashtags, mentions, reposts, replies)
 * within a time window, again and again, more than chance explains.
 * docs/ARCHITECTURE.md, "Coordination", describes the method.
 */
#ifndef VIGIE_COORD_H
#define VIGIE_COORD_H

#include <stddef.h>
#include <stdint.h>

#include "vigie/err.h"
#include "vigie/store.h"

/* Object kinds (a `by` mask). */
enum {
    VG_COORD_TEXT = 1,     /* copy clusters (copy detection must have run) */
    VG_COORD_LINK = 2,     /* canonical links */
    VG_COORD_HASHTAG = 4,
    VG_COORD_MENTION = 8,
    VG_COORD_REPOST = 16,  /* the item reposted */
    VG_COORD_REPLY = 32    /* the item replied to */
};

typedef struct vg_coord_opts {
    unsigned by;          /* object kinds; 0 = text, link and hashtag */
    int64_t window;       /* seconds; 0 = estimated from the data */
    double q, p;          /* estimation: fastest share q of objects, time to
                             a share p of their actions; 0 = 0.1, 0.5 */
    int64_t resolution;   /* least estimated window, seconds (the data's
                             time resolution); 0 = 60 */
    unsigned max_near;    /* pairs per action on a crowded object; 0 = 1000 */
    unsigned runs;        /* null-model runs; 0 = 20 */
    int64_t null_shift;   /* null model: each account's times shifted by up
                             to this many seconds either way; 0 = the larger
                             of 12 hours and 12 windows; -1 = circularly
                             over the whole span */
    uint64_t seed;        /* null model and communities; 0 = 1 */
    double min_z;         /* kept edges: z at least this; 0 = 3 */
    double max_q;         /* kept edges: corrected p-value (p times the
                             pairs tested) at most this; 0 = 0.05 */
    unsigned min_weight;  /* kept edges: distinct objects; 0 = 2 */
    size_t chunk;         /* actions sorted in memory at a time; more are
                             sorted in runs on disk and read back one
                             object at a time (same results); 0 = 2^22
                             (64 MiB) */
    size_t pair_filter;   /* bytes for the Bloom filter of account pairs
                             of a big stream (used as a power of two,
                             at least 512 bytes): more makes fewer false
                             candidates, not other results; 0 = 128 MiB */
} vg_coord_opts;

typedef struct vg_coord_stats {
    uint64_t posts, no_author, no_time; /* documents read, skipped */
    uint64_t actions, accounts, objects;
    uint64_t coactions;   /* pairs of actions within the window */
    uint64_t capped;      /* crowded objects (max_near applied) */
    uint64_t edges;       /* account pairs that co-acted */
    uint64_t kept;        /* edges kept (min_weight, min_z, max_q) */
    uint64_t directed;    /* of which with a leader */
    uint64_t communities; /* of two accounts or more */
    uint64_t members;     /* accounts in a community */
    int64_t window;       /* seconds, as used */
    int64_t null_shift;   /* seconds, as used; 0 = circular */
    int estimated;        /* the window was estimated */
    double modularity;
    double seconds;
    int spilled;          /* the actions were sorted on disk */
    uint64_t longest_run; /* the most actions of one object (held in
                             memory at a time) */
} vg_coord_stats;

typedef struct vg_coord vg_coord;

/* A kept edge; names valid until vg_coord_free. */
typedef struct vg_coord_edge {
    const char *a, *b;    /* accounts */
    uint32_t objects, coactions;
    uint32_t a_first, b_first; /* co-actions in which a (b) acted first */
    int lead;             /* 1: a leads, -1: b leads, 0: neither (a sign
                             test on a_first, b_first at the 5 % level) */
    double z;             /* co-actions: standard deviations above the
                             null mean */
    double p, q;          /* p-value against the null; q = p corrected for
                             the number of pairs tested */
    int32_t community;    /* shared community, or -1 */
} vg_coord_edge;

/* An account with a kept edge. */
typedef struct vg_coord_node {
    const char *account;
    int32_t community;    /* by decreasing size from 0; -1 none */
    uint32_t degree;      /* kept edges */
    uint32_t actions;     /* its actions on the objects asked */
} vg_coord_node;

#define VG_COORD_TOP 5

/* One of a community's most frequent objects, link domains or accounts. */
typedef struct vg_coord_top {
    const char *kind;     /* text, link, hashtag, mention, repost, reply;
                             "domain"; "account" */
    const char *name;     /* a copy cluster id, URL, tag, post id, domain,
                             account */
    uint64_t count;       /* its members' coordinated actions on it (for
                             an account: its kept edges) */
} vg_coord_top;

/* A community of two accounts or more; names valid until vg_coord_free. */
typedef struct vg_coord_community {
    int32_t id;           /* by decreasing size from 0 */
    uint32_t accounts;
    uint64_t actions;     /* its accounts' actions on the objects asked */
    uint64_t coordinated; /* of which within the window of another member's
                             action on the same object */
    int64_t first, last;  /* first and last coordinated action, seconds UTC */
    size_t ntop_accounts, nobjects, ndomains;
    vg_coord_top top_accounts[VG_COORD_TOP]; /* by kept edges */
    vg_coord_top objects[VG_COORD_TOP];      /* by coordinated actions */
    vg_coord_top domains[VG_COORD_TOP];      /* of the links among them */
} vg_coord_community;

/* Run the detection over every document of the store.  VG_ESTORE,
 * VG_ENOMEM, VG_EINVAL (err says why). */
vg_err vg_coord_run(vg_store *s, const vg_coord_opts *opts, vg_coord **out,
                    vg_coord_stats *st, char *err, size_t errcap);
void vg_coord_free(vg_coord *c);

/* The kept edges, strongest (z) first, and the accounts, by community then
 * degree; the callback returns nonzero to stop. */
void vg_coord_edges(const vg_coord *c, int (*row)(void *ctx, const vg_coord_edge *e), void *ctx);
void vg_coord_nodes(const vg_coord *c, int (*row)(void *ctx, const vg_coord_node *n), void *ctx);
/* The communities, largest first. */
void vg_coord_communities(const vg_coord *c,
                          int (*row)(void *ctx, const vg_coord_community *m), void *ctx);

#endif
