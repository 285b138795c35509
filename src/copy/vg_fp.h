/*
 * vg_fp.h - fingerprints of one text for copy detection: normalisation,
 * shingles, MinHash, LSH band keys and sentence hashes.
 *
 * Normalisation (vg_fp_norm) folds what copiers change without changing the
 * message: case (Unicode lower case), punctuation, symbols other than emoji,
 * whitespace, URLs (http://, https://, www.), @mentions and a leading
 * "RT @x:" repost marker.  '#' goes, the hashtag's word stays.  What is left
 * is a list of tokens: runs of letters, digits and combining marks, except
 * that every character of a script written without spaces (CJK ideographs,
 * kana, Thai, Lao, Khmer, Myanmar) and every emoji or other "So" symbol is a
 * token of its own, so word shingles work on Chinese and all-emoji posts
 * too.  The normalised text is the tokens joined by single spaces.
 *
 * Shingles are 64-bit hashes: character n-grams (code points of the
 * normalised text) for short texts, word n-grams for long ones; a text with
 * fewer than n characters or tokens is one shingle.  Lists are not sorted
 * unless said so.
 *
 * MinHash value i of a set is min over shingles x of
 * (a_i * fold32(x) + b_i) >> 32, Dietzfelbinger's multiply-add-shift
 * (strongly universal on 32-bit keys); a_i, b_i are fixed 64-bit constants
 * derived from i, so signatures are comparable across runs and machines.
 *
 * All functions here are pure; vg_fp_work holds the reusable buffers.
 */
#ifndef VG_FP_H
#define VG_FP_H

#include <stddef.h>
#include <stdint.h>

#include "vg_buf.h"

/* A growable array of 64-bit hashes. */
typedef struct vg_u64s {
    uint64_t *v;
    size_t n, cap;
} vg_u64s;

vg_err vg_u64s_push(vg_u64s *a, uint64_t x);
void vg_u64s_free(vg_u64s *a);
/* Sort ascending and drop repeats. */
void vg_u64s_sort_unique(vg_u64s *a);
/* Whether the sorted array a holds x. */
int vg_u64s_has(const vg_u64s *a, uint64_t x);
/* |a ∩ b| of two sorted, repeat-free arrays. */
size_t vg_u64s_overlap(const uint64_t *a, size_t na, const uint64_t *b, size_t nb);

/* A normalised text. */
typedef struct vg_fp_norm {
    vg_buf text;       /* tokens joined by ' '; owned */
    size_t ncp;        /* code points in text */
    vg_u64s toks;      /* 64-bit hash of each token, in order */
    int want_spans;    /* set by the caller: fill spans */
    vg_u64s spans;     /* per token: start << 32 | end, byte offsets in the
                        * input (end exclusive); inputs under 4 GiB */
} vg_fp_norm;

/* Normalise p[0..n) (valid UTF-8; invalid bytes are dropped) into out,
 * which is reset first.  VG_ENOMEM on allocation failure. */
vg_err vg_fp_norm_text(const char *p, size_t n, vg_fp_norm *out);
void vg_fp_norm_free(vg_fp_norm *nt);

/* Hash of the normalised text: identical for exact copies. */
uint64_t vg_fp_exact(const vg_fp_norm *nt);

/* Shingle kinds; the values are persisted in the index settings. */
enum { VG_SH_CHAR = 0, VG_SH_WORD = 1 };

/* Append the shingle hashes of nt (kind, size n) to out (reset first). */
vg_err vg_fp_shingles(const vg_fp_norm *nt, int kind, unsigned n, vg_u64s *out);

/* MinHash signature sig[0..k) of the shingles sh[0..n); n > 0. */
void vg_fp_minhash(const uint64_t *sh, size_t n, unsigned k, uint32_t *sig);

/* Band keys: keys[j] = hash of sig[j*rows .. (j+1)*rows) with the band
 * number and the shingle kind, for j < bands. */
void vg_fp_bands(const uint32_t *sig, unsigned bands, unsigned rows, int kind,
                 uint64_t *keys);

/* One sentence of a text: byte span in the original text and the hash of
 * its normalised tokens. */
typedef struct vg_fp_sent {
    size_t start, end;  /* end exclusive; trimmed of spaces */
    uint64_t hash;      /* 0 when the sentence has fewer than min_words tokens */
    unsigned words;     /* tokens */
} vg_fp_sent;

typedef struct vg_fp_sents {
    vg_fp_sent *v;
    size_t n, cap;
} vg_fp_sents;

/*
 * Split p[0..n) into sentences: a sentence ends after '.', '!', '?', '…' or
 * an ideographic full stop ('。', '！', '？') followed by a space, a line
 * break or the end, and at every line break.  Its tokens are those of the
 * whole text's normalisation that start inside it (so a repost marker
 * "RT @x:" is only dropped at the start of the text).  Sentences with at
 * least min_words tokens get a hash (the same for the same normalised
 * tokens).  nt is a work area.
 */
vg_err vg_fp_sentences(const char *p, size_t n, unsigned min_words, vg_fp_norm *nt,
                       vg_fp_sents *out);
/* The same for a text already normalised into nt with want_spans set. */
vg_err vg_fp_sentences_of(const char *p, size_t n, const vg_fp_norm *nt, unsigned min_words,
                          vg_fp_sents *out);
void vg_fp_sents_free(vg_fp_sents *s);

#endif

/*
 * LSH banding for a Jaccard threshold t: the pair of (bands, rows) with
 * bands * rows <= kmax whose probability of making a pair of similarity t
 * a candidate, 1 - (1 - t^rows)^bands, is at least recall, taking the
 * largest rows (the steepest curve: fewest candidates below t).  When no
 * pair reaches recall, rows = 1 and bands = kmax.
 */
void vg_fp_lsh_params(double t, double recall, unsigned kmax, unsigned *bands,
                      unsigned *rows);
/* 1 - (1 - s^rows)^bands: the chance that a pair of similarity s collides. */
double vg_fp_lsh_prob(double s, unsigned bands, unsigned rows);
