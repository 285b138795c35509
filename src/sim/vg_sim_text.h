/*
 * vg_sim_text.h - the simulator's text generator: stories and a small
 * template grammar expanded into running text.
 *
 * A story (vg_sim_story) is a planted event: a topic and the cast and
 * numbers its articles keep coming back to.  It is a pure function of
 * (seed, story id), so nothing about stories is stored.
 *
 * A generator (vg_sim_gen) expands templates (grammar in vg_sim_words.h)
 * for one story with its own random stream.  Slots bound to the story
 * ($cand, $city, $pct ...) take the story's value most of the time and a
 * random one otherwise, which makes articles on one story share entities
 * without sharing sentences.  Errors are sticky: appends after a failure
 * do nothing and g->err keeps the first error, so callers check once at
 * the end of a record instead of after every append.
 *
 * No repetition inside one text: a generator remembers (vg_sim_memo) the
 * templates it picked with vg_sim_pick_fresh and the entries of
 * sub-grammars ($claim, $qbody ...) it expanded, and does not draw them
 * again until a list is exhausted; plain word lists ($issue, $said ...)
 * do not repeat inside one sentence.  One generator writes one article,
 * so an article never says the same thing twice; an article keeps its
 * memo (vg_sim_art.memo) so that the near-copy made from it goes on
 * avoiding what it already says.
 */
#ifndef VG_SIM_TEXT_H
#define VG_SIM_TEXT_H

#include <stdint.h>

#include "vg_buf.h"
#include "vg_sim_rng.h"
#include "vg_sim_words.h"
#include "vigie/err.h"

typedef struct vg_sim_story {
    uint32_t id;
    uint32_t topic;    /* VG_SIM_T_* */
    uint32_t cand;     /* index into vg_sim_candidates: the protagonist */
    uint32_t cand2;    /* the rival, != cand */
    uint32_t minister; /* index into vg_sim_ministers */
    uint32_t official; /* index into vg_sim_officials */
    uint32_t city;     /* index into the city list */
    uint32_t country;  /* index into vg_sim_countries */
    uint32_t agency;   /* index into vg_sim_agencies */
    uint32_t weekday;  /* 0 = Monday */
    uint32_t pct10;    /* the story's headline percentage, in tenths */
    uint32_t num;      /* a small count (gigabytes, points, arrests) */
    uint32_t big;      /* a crowd or sample size */
    uint32_t kfirst;   /* the story's own figure ($key, $klast): indexes into */
    uint32_t klast;    /* vg_sim_first_names and vg_sim_last_names */
} vg_sim_story;

void vg_sim_story_make(vg_sim_story *s, uint64_t seed, uint32_t id);

/* Slot-name lookup table, filled once per run by vg_sim_slots_init. */
#define VG_SIM_SLOT_CAP 256
typedef struct vg_sim_slot {
    const char *name;  /* NULL: empty bucket */
    uint16_t len;
    uint16_t kind;     /* 0: special (see vg_sim_text.c), 1: vg_sim_named[] */
    uint16_t idx;
} vg_sim_slot;
typedef struct vg_sim_slots {
    vg_sim_slot b[VG_SIM_SLOT_CAP];
} vg_sim_slots;

void vg_sim_slots_init(vg_sim_slots *t);

/* Named lists the expander can track (vg_sim_nnamed must not exceed it). */
#define VG_SIM_MAX_NAMED 64
/* Entries a tracked list may have: 64 for named lists, 128 for templates. */
#define VG_SIM_MEMO_LISTS 8

/*
 * What one article already used: templates of up to VG_SIM_MEMO_LISTS
 * lists (by address; 128 entries at most each) and entries of the
 * sub-grammar lists of vg_sim_named (64 at most each).  Zero is empty.
 */
typedef struct vg_sim_memo {
    const vg_sim_list *list[VG_SIM_MEMO_LISTS]; /* borrowed; NULL: free */
    uint64_t used[VG_SIM_MEMO_LISTS][2];
    uint64_t named[VG_SIM_MAX_NAMED];           /* grammar lists only */
} vg_sim_memo;

typedef struct vg_sim_gen {
    vg_sim_rng rng;
    const vg_sim_slots *slots;  /* borrowed */
    const vg_sim_story *story;  /* borrowed */
    uint32_t outlet;            /* for $outlethandle: an outlet index */
    uint32_t minister;          /* last $minister drawn, for $mlast */
    uint32_t official;          /* last $official drawn, for $name */
    uint32_t cand;              /* last candidate drawn, for $he, $il, $e ... */
    uint32_t bound;             /* per mille: how often a slot sticks to the story */
    uint32_t sentence;          /* serial of the text being expanded */
    vg_err err;                 /* first error; sticky */
    vg_sim_memo memo;           /* what this generator's article used */
    uint64_t word_used[VG_SIM_MAX_NAMED];     /* plain lists, in sentence word_at[] */
    uint32_t word_at[VG_SIM_MAX_NAMED];
} vg_sim_gen;

/* Start a generator on its own stream (seed, tag, index). */
void vg_sim_gen_init(vg_sim_gen *g, const vg_sim_slots *slots, const vg_sim_story *story,
                     uint64_t seed, uint32_t tag, uint64_t index);

/* Append raw bytes / a C string / a decimal number to out. */
void vg_sim_put(vg_sim_gen *g, vg_buf *out, const char *p, size_t n);
void vg_sim_puts(vg_sim_gen *g, vg_buf *out, const char *s);
void vg_sim_put_uint(vg_sim_gen *g, vg_buf *out, uint64_t v);

/* Append p[0..n) as a JSON string, quotes included. */
void vg_sim_put_json(vg_sim_gen *g, vg_buf *out, const char *p, size_t n);

/* Append the expansion of template tmpl. */
void vg_sim_expand(vg_sim_gen *g, const char *tmpl, vg_buf *out);

/*
 * Append one template of l, expanded, with its first letter capitalised
 * (a sentence or a headline).
 */
void vg_sim_pick(vg_sim_gen *g, const vg_sim_list *l, vg_buf *out);

/*
 * Like vg_sim_pick, but only a template of l that g->memo has not seen,
 * which it then records.  Returns the template's index, or l->n (and
 * appends nothing) when every template of l was used already.
 */
uint32_t vg_sim_pick_fresh(vg_sim_gen *g, const vg_sim_list *l, vg_buf *out);

/* Whether template i of l is recorded in m; record it (0 if m is full). */
int vg_sim_memo_has(const vg_sim_memo *m, const vg_sim_list *l, uint32_t i);
void vg_sim_memo_add(vg_sim_memo *m, const vg_sim_list *l, uint32_t i);

/*
 * An estimate of the chance that two independent expansions of template
 * tmpl coincide, for two articles of one story (same_story != 0) or of
 * two stories: the collision probability sum over texts x of P(x)^2.  A
 * template that the copy detector splits into several sentences (a '.',
 * '!' or '?' then a space) counts its worst piece; a break inside "{...}"
 * is not analysed and counts 1.  See scripts/sim-check.py for the
 * measure on whole corpora.
 */
double vg_sim_collision(const vg_sim_slots *t, const char *tmpl, int same_story);

/* One entry of a plain word list. */
const char *vg_sim_word(vg_sim_gen *g, const vg_sim_list *l);

/* Append an invented "Firstname Lastname". */
void vg_sim_person_name(vg_sim_gen *g, vg_buf *out);

/* Append the short handle of outlet o ("capitalledger"). */
void vg_sim_outlet_handle(vg_sim_gen *g, uint32_t o, vg_buf *out);

#endif
