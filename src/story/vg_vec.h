/*
 * vg_vec.h - sparse TF-IDF vectors of terms for story similarity
 * (docs/ARCHITECTURE.md, "Stories"): the second brick of src/story.
 *
 * A term is a 64-bit hash of its kind and bytes (vg_tok terms), and for
 * words of their language.  A vector
 * is a flat array of (hash, weight) sorted by hash, so that a cosine is a
 * merge of two arrays.  Document frequencies are counted online in an
 * open-addressing table; idf = ln((docs + 1) / (df + 1)): a term in every
 * document weighs nothing.
 */
#ifndef VG_VEC_H
#define VG_VEC_H

#include <stddef.h>
#include <stdint.h>

#include "vg_tok.h"
#include "vigie/err.h"

typedef struct vg_term {
    uint64_t h;
    double w;
} vg_term;

typedef struct vg_svec {
    vg_term *v;
    size_t n, cap;
} vg_svec;

typedef struct vg_df {
    uint64_t *key;    /* 0: empty slot (a hash of 0 is stored as 1) */
    uint32_t *cnt;
    size_t cap, n;
    uint64_t docs;
} vg_df;

void vg_svec_free(vg_svec *v);

/* Room for n terms in v (its terms kept).  VG_ENOMEM. */
vg_err vg_svec_reserve(vg_svec *v, size_t n);
void vg_df_free(vg_df *df);

/* The terms of one kind of text[0..n) with their counts (w = count), sorted
 * by hash; out is reset first.  VG_ENOMEM. */
vg_err vg_svec_terms(vg_tok *t, const char *text, size_t n, vg_tok_kind kind, vg_svec *out);

/* Both kinds in one pass (either output may be NULL).  VG_ENOMEM. */
vg_err vg_svec_terms2(vg_tok *t, const char *text, size_t n, vg_svec *words, vg_svec *names);

/* Terms pushed in any order, each with w = 1 (v may be NULL): sorted by
 * hash, equal terms merged into counts. */
void vg_svec_count(vg_svec *v);

/* Count one more of term h in v (counts, sorted by hash).  VG_ENOMEM. */
vg_err vg_svec_add(vg_svec *v, uint64_t h);

/* The hash a term of that kind gets in vectors of tokeniser t. */
uint64_t vg_term_hash(const vg_tok *t, vg_tok_kind kind, const char *p, size_t n);

/* Count a document's distinct terms (a vector from vg_svec_terms).  VG_ENOMEM. */
vg_err vg_df_add(vg_df *df, const vg_svec *terms);

/* How many documents counted term h (0: none). */
uint32_t vg_df_count(const vg_df *df, uint64_t h);

/*
 * Words hash per language, so their idf must count the documents of their
 * language, not all: in a stream of ten languages a word in every Arabic
 * article would otherwise look rare.  Count one more document of t's
 * language (VG_ENOMEM), and read that count (kept in the table under a
 * key no term has).
 */
vg_err vg_df_add_lang(vg_df *df, const vg_tok *t);
uint64_t vg_df_docs_lang(const vg_df *df, const vg_tok *t);

/* Set term h's document count (a stored table read back; df->docs is the
 * caller's).  VG_ENOMEM. */
vg_err vg_df_set(vg_df *df, uint64_t h, uint32_t count);

/* (1 + ln count) * idf, then unit length; idf against df->docs. */
void vg_svec_weigh(vg_svec *v, const vg_df *df);

/* How a term's count enters its weight. */
typedef enum vg_tf {
    VG_TF_LOG, /* 1 + ln count: a repeated word adds little */
    VG_TF_RAW  /* the count itself */
} vg_tf;

/* tf * idf, then unit length, with idf against docs documents (a
 * language's, for words). */
void vg_svec_weigh_docs(vg_svec *v, const vg_df *df, uint64_t docs, vg_tf tf);

/* Cosine of two weighed vectors (0 when either is empty). */
double vg_svec_cos(const vg_svec *a, const vg_svec *b);
/* The same, and the number of terms they share. */
double vg_svec_cos_shared(const vg_svec *a, const vg_svec *b, size_t *shared);

#endif
