/*
 * vg_tok.h - the terms of a text for story clustering (docs/ARCHITECTURE.md,
 * "Stories", issue 6): the first brick of src/story.
 *
 * A text becomes two kinds of terms:
 *   VG_TOK_WORD  every word, case-folded and stemmed with the Snowball
 *                stemmer of the text's language (libstemmer); runs of Han,
 *                kana or Thai characters, written without spaces, become
 *                overlapping character bigrams (a lone character stays);
 *                numbers stay as written
 *   VG_TOK_NAME  the language-neutral tokens that link stories across
 *                languages: capitalised words that do not open a sentence
 *                (case-folded, not stemmed) and numbers of two digits or
 *                more
 * Words are maximal runs of letters, marks and digits; one-letter words of
 * alphabetic scripts and words over VG_TOK_MAX bytes are dropped.  A
 * language without a stemmer is tokenised the same way, unstemmed, its
 * words cut to their first VG_TOK_PREFIX characters instead (vg_tok_stemmed
 * says so, for the caller to flag).
 */
#ifndef VG_TOK_H
#define VG_TOK_H

#include <stddef.h>
#include <stdint.h>

#include "vigie/err.h"

#define VG_TOK_MAX 64
#define VG_TOK_PREFIX 5 /* characters a word keeps without a stemmer */

typedef enum vg_tok_kind { VG_TOK_WORD, VG_TOK_NAME } vg_tok_kind;

/* One term: p[0..n) valid only during the call; nonzero stops the run. */
typedef int (*vg_tok_fn)(void *ctx, vg_tok_kind kind, const char *p, size_t n);

typedef struct vg_tok vg_tok;

/* A tokeniser for lang (ISO 639-1, such as "en"; NULL or unknown: no
 * stemming).  VG_ENOMEM.  Free with vg_tok_free. */
vg_err vg_tok_new(const char *lang, vg_tok **out);
void vg_tok_free(vg_tok *t);

/* 1 when the language has a stemmer. */
int vg_tok_stemmed(const vg_tok *t);

/* A number proper to the tokeniser's language (0 without one): words of
 * different languages hash apart, so that their frequencies do too. */
uint64_t vg_tok_salt(const vg_tok *t);

/* The terms of text[0..n) (UTF-8; invalid bytes separate words), in order.
 * VG_OK, or VG_ENOMEM from the stemmer. */
vg_err vg_tok_run(vg_tok *t, const char *text, size_t n, vg_tok_fn fn, void *ctx);

#endif
