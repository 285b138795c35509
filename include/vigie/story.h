/*
 * vigie/story.h - stories: articles grouped as they arrive (issue 6;
 * docs/ARCHITECTURE.md, "Stories").
 *
 * vg_story_run reads the store's articles in arrival order and assigns
 * each, online, to the best active story or to a new one.  An article is
 * compared with a story by the mean of its cosines with the story's
 * members (average link), in three TF-IDF views: stemmed words of title
 * and body, names (capitalised words and pairs of them, numbers: the same
 * in every language) and title words; across languages by names alone.
 * The score is damped by a Gaussian decay of the time since the story's
 * newest article.  A copy (same copy cluster) joins its original's story.
 * History is never re-clustered; stories idle longer than the quiet period
 * close and leave memory's working set.  Stories in different languages
 * that share rare names are linked.
 *
 * Two ways to run it.  vg_story_update extends the stories stored in the
 * store (tables stories, story_docs, story_links) with the documents added
 * since the last update, resuming from the open stories and document
 * frequencies it left there (vg_ingest calls it); vg_stories_load reads
 * them back.  vg_story_run is a fresh analysis of the whole store with any
 * settings, in memory: nothing is written.
 */
#ifndef VIGIE_STORY_H
#define VIGIE_STORY_H

#include <stddef.h>
#include <stdint.h>

#include "vigie/err.h"
#include "vigie/store.h"

/* Defaults of vg_story_opts (docs/STORIES.md, "Profiles"). */
enum {
    VG_STORY_PROFILE_PLANTED = 0, /* tuned on the simulator's planted stories */
    VG_STORY_PROFILE_SEMEVAL = 1  /* on human judgements of real news (SemEval 2022):
                                     words first, by raw counts and the
                                     documents of their language; names 0.1,
                                     title 0.1, threshold 0.18 */
};

typedef struct vg_story_opts {
    int profile;          /* VG_STORY_PROFILE_*: the defaults below */
    double threshold;     /* join when the score reaches this; 0 = 0.13 */
    double names_weight;  /* share of the names' cosine; 0 = 0.8, < 0: none */
    double title_weight;  /* share of the titles' cosine; 0 = 0.1, < 0: none */
    double link;          /* cross-language link at this names score; 0 = 0.10 */
    double sigma_days;    /* time decay; 0 = 3 */
    int64_t quiet;        /* seconds idle before a story closes; 0 = 7 days */
    unsigned min_chars;   /* articles: texts of at least this; 0 = 400 */
    unsigned warm;        /* articles whose terms are counted before the
                             first is clustered; 0 = 2000.  While fewer are
                             stored, each update clusters them all again. */
} vg_story_opts;

typedef struct vg_story_stats {
    uint64_t docs;        /* documents read */
    uint64_t articles;    /* clustered */
    uint64_t empty;       /* skipped: no text after cleaning */
    uint64_t short_texts; /* skipped: shorter than min_chars (posts) */
    uint64_t no_date;     /* clustered at ingest time: no publication date */
    uint64_t no_title;    /* clustered without a title */
    uint64_t unstemmed;   /* clustered with the generic tokeniser (no stemmer) */
    uint64_t copies;      /* joined their copy cluster's story */
    uint64_t stories;     /* opened */
    uint64_t merged;      /* stories merged into another (fragments an article bridged) */
    uint64_t closed;      /* closed by the quiet period */
    uint64_t links;       /* cross-language links */
    uint64_t peak_open;   /* most stories open at once */
    double seconds;
} vg_story_stats;

/* Member flags. */
#define VG_STORY_UNDATED   1u /* no publication date: placed at ingest time */
#define VG_STORY_UNSTEMMED 2u /* its language has no stemmer */
#define VG_STORY_NOTITLE   4u

typedef struct vg_stories vg_stories;

/* A story; strings valid until vg_stories_free. */
typedef struct vg_story_info {
    uint32_t id;          /* in order of opening, from 1 */
    uint32_t articles;
    uint32_t outlets;     /* distinct sources */
    const char *label;    /* its most central headline */
    const char *first_source; /* the first report (earliest publication) */
    const char *first_id;
    const char *next_source;  /* the first other outlet, "" if none */
    int64_t lead;         /* seconds by which the first report led it; -1: none */
    const char *langs;    /* its languages, comma-separated, most used first */
    int64_t first_at, last_at, mean_at;
    uint32_t copy_clusters; /* copy clusters with two members or more in it */
    uint32_t links;       /* stories in other languages linked to it */
    uint32_t undated;     /* members placed at ingest time */
    int open;             /* still active at the end of the run */
} vg_story_info;

/* A member article. */
typedef struct vg_story_member {
    const char *id, *source, *lang;
    int64_t at;           /* publication time (ingest time if undated) */
    int64_t copy_cluster; /* 0: none */
    double score;         /* its score against the story when it joined (0: opened it) */
    unsigned flags;       /* VG_STORY_* */
} vg_story_member;

/* A fresh analysis of every document of s, in memory; st its counts. */
vg_err vg_story_run(vg_store *s, const vg_story_opts *opts, vg_stories **out,
                    vg_story_stats *st, char *err, size_t errcap);

/*
 * Cluster the documents added since the last update into the stored
 * stories, in one transaction (a kill leaves the stories as they were);
 * st counts this update.  The first update fixes the settings: opts NULL
 * means the stored ones (the defaults when nothing is stored); settings
 * that differ from the stored ones give VG_EINVAL (vg_story_reset first).
 */
vg_err vg_story_update(vg_store *s, const vg_story_opts *opts, vg_story_stats *st, char *err,
                       size_t errcap);
/* The stored stories (as left by the last update). */
vg_err vg_stories_load(vg_store *s, vg_stories **out, char *err, size_t errcap);
/* Forget the stored stories: the next update clusters every document. */
vg_err vg_story_reset(vg_store *s, char *err, size_t errcap);
/* The counts behind v: of its run, or summed over the stored updates. */
void vg_stories_stats(const vg_stories *v, vg_story_stats *st);
void vg_stories_free(vg_stories *v);

/* The stories, most articles first (then opening order); nonzero stops. */
void vg_stories_each(const vg_stories *v, int (*row)(void *ctx, const vg_story_info *s),
                     void *ctx);
/* Story id (from 1; a story merged into another gives that one);
 * VG_ENOTFOUND when there is none. */
vg_err vg_story_get(const vg_stories *v, uint32_t id, vg_story_info *out);
/* The members of story id, by publication time. */
void vg_story_members(const vg_stories *v, uint32_t id,
                      int (*row)(void *ctx, const vg_story_member *m), void *ctx);
/* Articles per period of `bucket` seconds (from the first's period start):
 * row(start, count), periods without articles included. */
void vg_story_timeline(const vg_stories *v, uint32_t id, int64_t bucket,
                       int (*row)(void *ctx, int64_t start, uint32_t count), void *ctx);
/* Its copy clusters with two articles or more in it, by cluster id. */
void vg_story_clusters(const vg_stories *v, uint32_t id,
                       int (*row)(void *ctx, int64_t cluster, uint32_t articles), void *ctx);
/* Linked stories in other languages, strongest first. */
void vg_story_links(const vg_stories *v, uint32_t id,
                    int (*row)(void *ctx, uint32_t other, double score), void *ctx);
/*
 * The story's heaviest terms as written in its articles (read back from
 * the store s): names (names != 0) or words, at most k, heaviest first.
 * Words are shown in one written form of their stem.
 */
vg_err vg_story_terms(const vg_stories *v, vg_store *s, uint32_t id, int names, unsigned k,
                      int (*row)(void *ctx, const char *term, double weight), void *ctx);

#endif
