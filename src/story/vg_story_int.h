/*
 * vg_story_int.h - what the clustering (vg_story.c) and the stored stories
 * (vg_story_db.c) share: the in-memory stories and the persisted state.
 * Private to src/story.
 */
#ifndef VG_STORY_INT_H
#define VG_STORY_INT_H

#include <sqlite3.h>
#include <stdint.h>

#include "vg_buf.h"
#include "vg_vec.h"
#include "vigie/story.h"

enum { V_WORDS, V_NAMES, V_TITLE, NVIEWS };

typedef struct member {
    int64_t seq;              /* the document's sequence number in the store */
    uint32_t id_off, src_off; /* its id and source, offsets into names */
    int64_t at;
    int64_t cluster;
    float score;
    char lang[4];
    uint8_t flags;
} member;

typedef struct story {
    vg_svec v[NVIEWS];        /* sums of members' unit vectors */
    int64_t first_at, last_at;
    double sum_at;
    uint32_t label_off;
    double label_score;
    uint32_t n;               /* members in all */
    uint32_t nm;              /* members held in m: all of them in a result;
                                 in an update, those added by this run */
    member *m;
    size_t capm;
    uint32_t merged_into;     /* 1 + the story that absorbed it; 0: none */
    char langs[8][4];         /* its members' languages (the first eight) */
    uint32_t nlangs;
    uint8_t open;
    uint8_t dirty;            /* changed by this run: to be written back */
} story;

typedef struct link {
    uint32_t a, b;            /* a < b, story indexes */
    double score;
} link;

struct vg_stories {
    story *s;
    uint32_t n;
    size_t cap;
    vg_buf names;             /* NUL-terminated strings */
    uint32_t *order;          /* output order: the stories not merged away */
    uint32_t nlive;
    link *links;              /* after vg_stories_finish: sorted by (a, b), deduplicated */
    size_t nlinks, caplinks;
    uint32_t *src;            /* interned sources: offsets into names, UINT32_MAX empty */
    size_t nsrc, capsrc;
    vg_story_stats st;        /* of a stored result: the counts of every update */
};

/* The settings a clustering runs with, defaults resolved. */
typedef struct story_params {
    int profile;              /* VG_STORY_PROFILE_*: how words weigh */
    double th, w[NVIEWS], link, sigma_days;
    int64_t quiet;
    unsigned min_chars, warm;
} story_params;

/* What an update resumes from and leaves behind (meta.story_*). */
typedef struct story_state {
    int have;                 /* 1: stories are stored (params and df below) */
    story_params p;
    int64_t upto;             /* the last document clustered */
    int64_t newest;           /* the newest article time seen */
    vg_story_stats st;        /* counts over every update */
} story_state;

/* ---- vg_story.c ---- */

vg_err vg_stories_put_name(vg_stories *v, const char *p, size_t n, uint32_t *off);
/* Like put_name, but a string seen before is stored once (outlets). */
vg_err vg_stories_intern(vg_stories *v, const char *p, size_t n, uint32_t *off);
/* The story that index i became after merges. */
uint32_t vg_stories_resolve(const vg_stories *v, uint32_t i);
/* A story more (zeroed) at index *sid.  VG_ENOMEM. */
vg_err vg_stories_push(vg_stories *v, uint32_t *sid);
/* Links resolved through merges, deduplicated; the output order.
 * VG_ENOMEM. */
vg_err vg_stories_finish(vg_stories *v);
void vg_story_params_of(const vg_story_opts *o, story_params *p);

/* ---- vg_story_db.c: copy clusters, from copy detection's tables ---- */

typedef struct story_copies {
    sqlite3_stmt *st, *up;    /* NULL: a store without copy tables */
} story_copies;

/* Ready c on s; a store without copy tables gives no clusters.  VG_OK. */
vg_err vg_story_copies_open(vg_store *s, story_copies *c);
void vg_story_copies_close(story_copies *c);
/* The copy cluster of document seq, as it is now (0 if none). */
int64_t vg_story_copies_of(story_copies *c, int64_t seq);
/* The cluster that cluster became through its merges (itself if none). */
int64_t vg_story_copies_root(story_copies *c, int64_t cluster);

/* ---- vg_story_db.c: the stored stories (docs/ARCHITECTURE.md, "On disk").
 * Errors: VG_ESTORE (the store's message), VG_ENOMEM, and VG_EPARSE when
 * what is stored does not read back (damaged). */

/*
 * Load what an update resumes from into the empty v and df: every story's
 * header, the open ones' sums and labels, the document frequencies and
 * the state.  ss->have = 0 when nothing is stored.
 */
vg_err vg_story_db_resume(vg_store *s, vg_stories *v, vg_df *df, story_state *ss);
/* Call row(ctx, cluster, story index) for the copy clusters of the open
 * stories' members.  VG_ESTORE. */
vg_err vg_story_db_clusters(vg_store *s, int (*row)(void *ctx, int64_t cluster, uint32_t sid),
                            void *ctx);
/* Write back the stories marked dirty, the members this run added, the
 * links, df and the state, in the caller's transaction. */
vg_err vg_story_db_save(vg_store *s, const vg_stories *v, const vg_df *df,
                        const story_state *ss);
/* Every stored story with its members, key terms and links, into the
 * empty v; ss the state.  VG_ESTORE. */
vg_err vg_story_db_result(vg_store *s, vg_stories *v, story_state *ss);
/* The store's last document (0: none).  VG_ESTORE. */
vg_err vg_story_db_last_seq(vg_store *s, int64_t *seq);
/* Forget the stored stories. */
vg_err vg_story_db_reset(vg_store *s);

#endif
