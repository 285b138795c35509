/*
 * vigie/story.h - stories: articles grouped as they arrive (issue 6, being
 * built; docs/ARCHITECTURE.md, "Stories").
 *
 * vg_story_run reads the store's articles in arrival order and assigns
 * each, online, to the best active story or to a new one: a score of
 * TF-IDF cosines (stemmed words; names shared across languages) times a
 * Gaussian decay of the time since the story's newest article.  History is
 * never re-clustered; stories idle longer than the quiet period are closed
 * and no longer compared.  Each run is a fresh analysis (nothing is stored
 * yet).
 */
#ifndef VIGIE_STORY_H
#define VIGIE_STORY_H

#include <stddef.h>
#include <stdint.h>

#include "vigie/err.h"
#include "vigie/store.h"

typedef struct vg_story_opts {
    double threshold;     /* join when the score reaches this; 0 = 0.25 */
    double names_weight;  /* share of the names' cosine; 0 = 0.3 */
    double sigma_days;    /* time decay; 0 = 3 */
    int64_t quiet;        /* seconds idle before a story closes; 0 = 7 days */
    unsigned min_chars;   /* articles: texts of at least this; 0 = 400 */
} vg_story_opts;

typedef struct vg_story_stats {
    uint64_t docs;        /* documents read */
    uint64_t articles;    /* clustered */
    uint64_t short_texts; /* skipped: shorter than min_chars (posts) */
    uint64_t no_date;     /* clustered at ingest time: no publication date */
    uint64_t unstemmed;   /* clustered without a stemmer for their language */
    uint64_t stories;     /* opened */
    uint64_t closed;      /* closed by the quiet period */
    double seconds;
} vg_story_stats;

typedef struct vg_stories vg_stories;

/* A story; strings valid until vg_stories_free. */
typedef struct vg_story_info {
    uint32_t id;          /* in order of opening, from 1 */
    uint32_t articles;
    uint32_t outlets;     /* distinct sources */
    const char *label;    /* the title (or opening words) of its first article */
    const char *first_source;
    const char *first_id; /* document id of the first report */
    const char *langs;    /* its languages, comma-separated */
    int64_t first_at, last_at;
} vg_story_info;

vg_err vg_story_run(vg_store *s, const vg_story_opts *opts, vg_stories **out,
                    vg_story_stats *st, char *err, size_t errcap);
void vg_stories_free(vg_stories *v);

/* The stories, most articles first (then opening order); nonzero stops. */
void vg_stories_each(const vg_stories *v, int (*row)(void *ctx, const vg_story_info *s),
                     void *ctx);
/* The member documents of story id, in arrival order: their ids. */
void vg_story_members(const vg_stories *v, uint32_t id,
                      int (*row)(void *ctx, const char *doc_id, const char *source,
                                 int64_t at),
                      void *ctx);

#endif
