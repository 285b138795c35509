/*
 * vg_furniture.h - recognising page furniture in scraped text, one line at
 * a time: UI strings, counters, photo credits and captions, related-article
 * headlines, lines in another script, comment-section markers, and site
 * names appended to titles.  The rules are described in docs/CLEANING.md;
 * the phrase lists are in vg_furniture.c.
 *
 * All functions take one whitespace-normalised line of valid UTF-8 (no
 * '\n', single spaces, no leading or trailing space).
 */
#ifndef VG_FURNITURE_H
#define VG_FURNITURE_H

#include <stddef.h>

/* What vg_furniture_ui() found. */
enum {
    VG_FURN_NONE = 0,
    VG_FURN_UI = 1,   /* a UI string ("Subscribe", "Share", "Read more") */
    VG_FURN_TAIL = 2  /* a comment-section / related-links marker
                         ("Leave a Reply", "To participate in the discussion"):
                         near the end, everything from it on is furniture */
};

/* UI string or counter ("0", "12 comments"); VG_FURN_* value. */
int vg_furniture_ui(const char *p, size_t n);

/* Photo credit or caption line ("© REUTERS / ...", "... (Photos by AFP)",
 * "... - Sputnik International").  1 or 0. */
int vg_furniture_credit(const char *p, size_t n);

/* A headline-like line: 6 to 25 words, Title Case, no final punctuation.
 * 1 or 0.  Only meaningful for lines inside a body (see docs). */
int vg_furniture_headline(const char *p, size_t n);

/* Writing systems, as far as furniture detection cares. */
enum {
    VG_SCRIPT_NONE, VG_SCRIPT_LATIN, VG_SCRIPT_CYRILLIC, VG_SCRIPT_GREEK,
    VG_SCRIPT_ARMENIAN, VG_SCRIPT_HEBREW, VG_SCRIPT_ARABIC, VG_SCRIPT_INDIC,
    VG_SCRIPT_THAI, VG_SCRIPT_GEORGIAN, VG_SCRIPT_HANGUL, VG_SCRIPT_CJK,
    VG_SCRIPT_OTHER, VG_SCRIPT_COUNT
};

/* Script of a code point (VG_SCRIPT_NONE for digits, punctuation, symbols). */
int vg_furniture_script_of(unsigned cp);

/* Add the letter counts of a line to counts[VG_SCRIPT_COUNT]. */
void vg_furniture_script_count(const char *p, size_t n, size_t counts[VG_SCRIPT_COUNT]);

/*
 * Length of the title without a trailing site name (" | Reuters",
 * " - Sputnik International", " — BBC News"); n when there is none.
 */
size_t vg_furniture_title_cut(const char *p, size_t n);

#endif
