/*
 * vg_sim_art.h - articles of the synthetic corpus: originals regenerated
 * on demand, and the copies, near-copies and stitched articles made from
 * them.
 *
 * Original article i is a pure function of (seed, i): its outlet, story,
 * time, headline, URL and body come from streams derived from i, so the
 * driver never keeps an article after writing it; a copy made hours later
 * regenerates its source.  An article is built as a list of blocks, then
 * rendered:
 *
 *   block kinds   BYLINE ("By Emma Roux")      own paragraph, first
 *                 DATELINE ("PARIS (EWA) —")   starts the first paragraph
 *                 SENT (one sentence)          joined by ' ' in a paragraph
 *                 FURN ("Share this article")  own paragraph
 *                 SIGNOFF ("• Zachary Reyes")  own paragraph, last
 *
 *   rendered text = paragraphs joined by "\n\n"; a paragraph = its blocks
 *   joined by ' '.  Consecutive SENT blocks of one paragraph are therefore
 *   one contiguous run of the text, which is what stitched passages reuse.
 *
 * No article uses one sentence template twice: originals draw templates
 * without replacement (vg_sim_pick_fresh), near-copies add sentences the
 * original did not use (its memo), stitched articles skip a source
 * sentence whose template another passage already brought.
 *
 * Timing: n items of a stream are spread over the span in n equal slots
 * (one uniform draw inside each), then the whole span is warped through a
 * day-shaped density (quiet nights, busy days).  Slot order is time order,
 * so every stream comes out sorted without sorting.
 */
#ifndef VG_SIM_ART_H
#define VG_SIM_ART_H

#include <stddef.h>
#include <stdint.h>

#include "vg_buf.h"
#include "vg_sim_text.h"
#include "vigie/err.h"

/* Stream tags for vg_sim_derive / vg_sim_rng_seed: one per kind of entity. */
enum {
    VG_SIM_TAG_ART_TIME = 1, VG_SIM_TAG_ART_HEAD, VG_SIM_TAG_ART_BODY, VG_SIM_TAG_ART_ID,
    VG_SIM_TAG_PLANT, VG_SIM_TAG_DERIVED, VG_SIM_TAG_POST_TIME, VG_SIM_TAG_POST,
    VG_SIM_TAG_ACCOUNT, VG_SIM_TAG_GROUPS, VG_SIM_TAG_BURST_TIME, VG_SIM_TAG_BURST,
    VG_SIM_TAG_CPOST
};

#define VG_SIM_MAX_OUTLETS 16

/* Everything fixed for one run; read-only once set up. */
typedef struct vg_sim_world {
    uint64_t seed;
    int64_t start;       /* seconds UTC of the first instant */
    int64_t span;        /* seconds: days * 86400 */
    uint32_t articles;   /* original articles */
    uint32_t stories;
    uint32_t outlets;
    uint32_t accounts;
    uint32_t posts;      /* organic posts */
    uint32_t outlet_cum[VG_SIM_MAX_OUTLETS]; /* cumulative weights for originals */
    vg_sim_slots slots;
} vg_sim_world;

/* Time of item i of n in a stream; *raw gets the unwarped offset. */
int64_t vg_sim_time(const vg_sim_world *w, uint32_t tag, uint64_t i, uint64_t n, int64_t *raw);

/* The story planted around unwarped offset raw (for posts and bursts). */
uint32_t vg_sim_story_at(const vg_sim_world *w, int64_t raw, uint64_t salt);

enum {
    VG_SIM_B_BYLINE, VG_SIM_B_DATELINE, VG_SIM_B_SENT, VG_SIM_B_FURN, VG_SIM_B_SIGNOFF
};

typedef struct vg_sim_block {
    uint32_t off, len;      /* bytes in the article's pool */
    uint32_t para;          /* paragraph number, non-decreasing */
    uint32_t at;            /* offset in the rendered text (set by rendering) */
    uint8_t kind;           /* VG_SIM_B_* */
    uint32_t ti;            /* SENT: index of its template in tl */
    const vg_sim_list *tl;  /* SENT: the template list it came from; else NULL */
} vg_sim_block;

typedef struct vg_sim_art {
    uint64_t serial;     /* original index, or articles + derived number */
    uint32_t outlet;     /* index into vg_sim_outlets */
    vg_sim_story story;
    int64_t t;           /* published_at */
    int64_t raw;         /* unwarped time offset (originals) */
    vg_buf id, title, author, url;
    vg_buf pool;         /* texts of the blocks */
    vg_sim_block *blk;   /* owned */
    size_t nblk, capblk;
    vg_buf text;         /* the rendered body */
    vg_sim_memo memo;    /* templates and sub-grammars its body used */
} vg_sim_art;

void vg_sim_art_free(vg_sim_art *a);

/* Header only (outlet, story, time, id, title, author, URL) of original i. */
vg_err vg_sim_art_header(const vg_sim_world *w, uint64_t i, vg_sim_art *a);

/* The whole original article i. */
vg_err vg_sim_art_original(const vg_sim_world *w, uint64_t i, vg_sim_art *a);

/* Give a the identity of a new derived article: id, outlet, time, URL. */
vg_err vg_sim_art_rehome(const vg_sim_world *w, vg_sim_art *a, uint64_t serial, uint32_t outlet,
                         int64_t t, int new_title, vg_sim_gen *g);

/*
 * Turn a (a rendered original) into a near-copy in place: edits drawn from
 * g, applied to the blocks and then to words; every edit is appended to
 * ops as a JSON object ({"op":...}, comma-separated, no brackets).
 */
vg_err vg_sim_art_edit(const vg_sim_world *w, vg_sim_art *a, vg_sim_gen *g, vg_buf *ops);

/* A reused passage of a stitched article, byte offsets. */
typedef struct vg_sim_passage {
    uint32_t src;                  /* index into the sources array */
    uint32_t start, end;           /* in the stitched text */
    uint32_t src_start, src_end;   /* in the source's text */
} vg_sim_passage;

#define VG_SIM_MAX_PASSAGES 12

/*
 * Build into out a content-farm article stitched from the nsrc rendered
 * articles src[] plus original filler, signed "• name".  Passages are
 * written to pas (at most VG_SIM_MAX_PASSAGES), their count to *npas.
 */
vg_err vg_sim_art_stitch(const vg_sim_world *w, vg_sim_art *out, vg_sim_art *const *src,
                         uint32_t nsrc, vg_sim_gen *g, vg_sim_passage *pas, uint32_t *npas);

/* Append the ISO 8601 UTC form of t ("2017-04-20T08:15:00Z"). */
void vg_sim_put_time(vg_sim_gen *g, vg_buf *out, int64_t t);

#endif
