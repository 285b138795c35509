/*
 * vigie/sim.h - a deterministic synthetic corpus with planted ground truth.
 *
 * vg_simulate() writes a JSONL corpus of articles and posts from several
 * outlets and accounts over some days, in which it plants what vigie must
 * find: exact copies and lightly edited copies of articles (laundering), an
 * article stitched from sentences of others, and groups of accounts that
 * post the same text or link within seconds.  The same seed always gives
 * the same bytes.  The ground truth is written as JSONL beside the corpus:
 * one object per planted relation, {"kind": "copy"|"near_copy"|"stitched"|
 * "coordinated_text"|"coordinated_link", "ids": [...], ...}.
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
    unsigned days;        /* span of the corpus; 0 = 7 */
    unsigned outlets;     /* news outlets; 0 = 8 */
    unsigned articles;    /* original articles; 0 = 400 */
    unsigned accounts;    /* social accounts; 0 = 200 */
    unsigned posts;       /* organic posts; 0 = 3000 */
    int64_t start;        /* first timestamp, seconds UTC; 0 = 2017-04-20 */
} vg_sim_opts;

typedef struct vg_sim_stats {
    uint64_t docs;        /* records written to the corpus */
    uint64_t articles;    /* of which articles */
    uint64_t posts;       /* of which posts */
    uint64_t copies;      /* planted exact copies */
    uint64_t near_copies; /* planted edited copies */
    uint64_t stitched;    /* planted stitched articles */
    uint64_t coord_groups;/* planted coordinated groups */
} vg_sim_stats;

/*
 * Write the corpus to corpus and the ground truth to truth (may be NULL).
 * opts may be NULL.  st may be NULL.
 */
vg_err vg_simulate(FILE *corpus, FILE *truth, const vg_sim_opts *opts, vg_sim_stats *st);

#ifdef __cplusplus
}
#endif
#endif
