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
    uint64_t seed;        /* null model and communities; 0 = 1 */
    double min_z;         /* kept edges: z at least this; 0 = 3 */
    unsigned min_weight;  /* kept edges: distinct objects; 0 = 2 */
} vg_coord_opts;

typedef struct vg_coord_stats {
    uint64_t posts, no_author, no_time; /* documents read, skipped */
    uint64_t actions, accounts, objects;
    uint64_t coactions;   /* pairs of actions within the window */
    uint64_t capped;      /* crowded objects (max_near applied) */
    uint64_t edges;       /* account pairs that co-acted */
    uint64_t kept;        /* edges kept (min_weight, min_z) */
    uint64_t communities; /* of two accounts or more */
    int64_t window;       /* seconds, as used */
    int estimated;        /* the window was estimated */
    double modularity;
    double seconds;
} vg_coord_stats;

typedef struct vg_coord vg_coord;

/* A kept edge; names valid until vg_coord_free. */
typedef struct vg_coord_edge {
    const char *a, *b;    /* accounts */
    uint32_t objects, coactions;
    uint32_t a_first, b_first; /* co-actions in which a (b) acted first */
    double z, p;          /* against the null model */
    int32_t community;    /* shared community, or -1 */
} vg_coord_edge;

/* An account with a kept edge. */
typedef struct vg_coord_node {
    const char *account;
    int32_t community;    /* by decreasing size from 0; -1 none */
    uint32_t degree;      /* kept edges */
    uint32_t actions;     /* its actions on the objects asked */
} vg_coord_node;

/* Run the detection over every document of the store.  VG_ESTORE,
 * VG_ENOMEM, VG_EINVAL (err says why). */
vg_err vg_coord_run(vg_store *s, const vg_coord_opts *opts, vg_coord **out,
                    vg_coord_stats *st, char *err, size_t errcap);
void vg_coord_free(vg_coord *c);

/* The kept edges, strongest (z) first, and the accounts, by community then
 * degree; the callback returns nonzero to stop. */
void vg_coord_edges(const vg_coord *c, int (*row)(void *ctx, const vg_coord_edge *e), void *ctx);
void vg_coord_nodes(const vg_coord *c, int (*row)(void *ctx, const vg_coord_node *n), void *ctx);

#endif
