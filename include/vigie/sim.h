/*
 * vigie/sim.h - a deterministic synthetic corpus with planted ground truth.
 *
 * vg_simulate() writes a JSONL corpus of articles and posts from several
 * outlets and accounts over some days, in which it plants what vigie must
 * find: exact copies and lightly edited copies of articles (laundering), an
 * article stitched from sentences of others, and groups of accounts that
 * post the same text or link within seconds.  The same seed always gives
 * the same bytes on every machine.  The ground truth is written as JSONL
 * beside the corpus: one object per planted relation, {"kind": "copy"|
 * "near_copy"|"stitched"|"coordinated_text"|"coordinated_link"|"story",
 * "ids": [document ids], ...}, plus one {"kind": "coord_group", "members":
 * [handles], ...} per coordinated group (no "ids").  docs/SIMULATOR.md
 * gives every field.
 *
 * Output is streamed, sorted by published_at; memory does not grow with
 * the corpus (a few MB for a million articles).
 */
#ifndef VIGIE_SIM_H
#define VIGIE_SIM_H

#include <stdint.h>
#include <stdio.h>

#include "vigie/err.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct vg_sim_opts {
    uint64_t seed;        /* 0 = 1 */
    unsigned days;        /* span of the corpus; 0 = 7; at most 3660 */
    unsigned outlets;     /* news outlets; 0 = 8; at most 16 */
    unsigned articles;    /* original articles; 0 = 400 */
    unsigned accounts;    /* social accounts; 0 = 200; at most 30 million */
    unsigned posts;       /* organic posts; 0 = 3000 */
    int64_t start;        /* first timestamp, seconds UTC; 0 = 2017-04-20 */
} vg_sim_opts;

typedef struct vg_sim_stats {
    uint64_t docs;        /* records written to the corpus */
    uint64_t articles;    /* of which articles (originals and planted) */
    uint64_t posts;       /* of which posts (organic and coordinated) */
    uint64_t copies;      /* planted exact copies */
    uint64_t near_copies; /* planted edited copies */
    uint64_t stitched;    /* planted stitched articles */
    uint64_t coord_groups;/* planted coordinated groups */
} vg_sim_stats;

/*
 * Write the corpus to corpus and the ground truth to truth (may be NULL;
 * the corpus is the same either way).  opts may be NULL (all defaults).
 * st may be NULL; it is filled even on failure, with what was written.
 * Both streams are borrowed and left open.  Returns VG_EINVAL for a NULL
 * corpus or an option out of range, VG_EIO when a write fails, VG_ENOMEM.
 */
vg_err vg_simulate(FILE *corpus, FILE *truth, const vg_sim_opts *opts, vg_sim_stats *st);

#ifdef __cplusplus
}
#endif
#endif
