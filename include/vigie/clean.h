/*
 * vigie/clean.h - turn a raw record into clean text with its metadata.
 *
 * The cleaner runs, in order:
 *   1. UTF-8 repair: invalid bytes become U+FFFD (counted);
 *   2. mojibake repair: UTF-8 that was decoded as Latin-1/CP1252 and encoded
 *      again ("Ã©" for "é") is undone when that makes the text valid and
 *      less odd;
 *   3. NFC normalisation and whitespace normalisation (no control
 *      characters, single spaces, paragraphs separated by "\n\n");
 *   4. page furniture removal: UI lines ("Subscribe", "Leave a Reply", "log
 *      in or register", counters, photo credits ...) in several languages,
 *      short lines in another script than the document's, and per-source
 *      boilerplate learned from lines that recur across a source's documents;
 *   5. byline ("• Zachary Reyes", "By Jane Doe") and dateline ("MOSCOW
 *      (Sputnik) —", "PARIS (AFP) -") split out of the text;
 *   6. language identification (unless the input gave an ISO code);
 *   7. links (canonicalised), hashtags and mentions extracted.
 *
 * A cleaner owns the buffers the cleaned fields point into; they stay valid
 * until the next vg_cleaner_clean() on the same cleaner.  One cleaner per
 * thread.
 */
#ifndef VIGIE_CLEAN_H
#define VIGIE_CLEAN_H

#include <stddef.h>
#include <stdint.h>

#include "vigie/doc.h"
#include "vigie/err.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct vg_clean_opts {
    int keep_furniture;  /* 1: do not remove UI lines or boilerplate */
    int no_mojibake;     /* 1: do not attempt mojibake repair */
    int no_langid;       /* 1: leave lang as given ("und" if none) */
    int detect_lang;     /* 1: identify the language even when the input
                            gives one (an unreliable language column) */
    int no_learn;        /* 1: do not learn per-source boilerplate */
    unsigned boiler_min_docs; /* a line recurring in this many documents of
                                 one source is boilerplate; 0 = 5 */
} vg_clean_opts;

typedef struct vg_cleaner vg_cleaner;

/* opts may be NULL for defaults.  Caller frees with vg_cleaner_free(). */
vg_err vg_cleaner_new(vg_cleaner **out, const vg_clean_opts *opts);
void vg_cleaner_free(vg_cleaner *c);

/*
 * Feed a raw document's lines to the per-source boilerplate statistics.
 * Call it for each document of a batch before cleaning them, so that lines
 * recurring within the batch are recognised in the batch itself.  Memory is
 * bounded (documented in the implementation).
 */
void vg_cleaner_observe(vg_cleaner *c, const vg_doc *raw);

/*
 * Clean doc in place: its text, title, lang, byline, dateline, links,
 * hashtags, mentions and flags are replaced by slices owned by the cleaner
 * (valid until the next call).  id, source, author, url, repost_of and
 * reply_to are kept, except that invalid UTF-8 in them is repaired and
 * control characters become spaces.
 */
vg_err vg_cleaner_clean(vg_cleaner *c, vg_doc *doc);

typedef struct vg_clean_stats {
    uint64_t docs;            /* documents cleaned */
    uint64_t bad_utf8;        /* invalid byte sequences replaced */
    uint64_t mojibake;        /* documents whose mojibake was repaired */
    uint64_t furniture_lines; /* UI lines removed */
    uint64_t boiler_lines;    /* learned boilerplate lines removed */
    uint64_t lang_detected;   /* documents whose language was detected */
} vg_clean_stats;
void vg_cleaner_stats(const vg_cleaner *c, vg_clean_stats *st);

/*
 * Canonicalise a URL: lower-case scheme and host, default port dropped,
 * fragment dropped, tracking parameters (utm_*, fbclid, gclid, ...) dropped.
 * Writes a NUL-terminated result of at most cap bytes into out and returns
 * its length, or 0 when s is not an http(s) URL or does not fit.
 */
size_t vg_url_canon(const char *s, size_t n, char *out, size_t cap);

#ifdef __cplusplus
}
#endif
#endif
