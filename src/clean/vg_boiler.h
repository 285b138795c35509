/*
 * vg_boiler.h - per-source boilerplate learned from recurring lines.
 *
 * A bounded table counts, for each (source, line) pair, in how many distinct
 * documents of that source the line occurred.  Memory is fixed at creation:
 * VG_BOILER_SLOTS entries of 16 bytes (4 MiB), whatever the input size;
 * when a bucket is full the least-seen entry is evicted, so rare lines make
 * room and lines that really recur (mastheads, "Subscribe", share bars)
 * stay.
 */
#ifndef VG_BOILER_H
#define VG_BOILER_H

#include <stddef.h>
#include <stdint.h>

#define VG_BOILER_SLOTS (1u << 18)

/* Lines shorter or longer than this (bytes, normalised) are not learned. */
#define VG_BOILER_MIN_LINE 4
#define VG_BOILER_MAX_LINE 300

typedef struct vg_boiler vg_boiler;

/* Caller frees with vg_boiler_free(); NULL when out of memory. */
vg_boiler *vg_boiler_new(void);
void vg_boiler_free(vg_boiler *b);

/*
 * Key of a line for the table: a hash of the line with whitespace removed
 * and ASCII letters lower-cased, salted by the source, so that the raw line
 * seen by observe and the cleaned line seen by clean meet.  0 when the line
 * is too short or too long to learn (see the bounds above).
 */
uint64_t vg_boiler_key(uint64_t source, const char *p, size_t n);

/* Hash of a source name (never 0). */
uint64_t vg_boiler_source(const char *p, size_t n);

/*
 * Count one document: keys[0..nkeys) are its line keys (0 entries ignored;
 * the array is sorted and deduplicated in place, so a line repeated inside
 * the document counts once).  doc is a hash of the document's content: a
 * document observed twice counts once per line.
 */
void vg_boiler_observe(vg_boiler *b, uint64_t *keys, size_t nkeys, uint64_t doc);

/* Number of distinct documents the line was seen in (0 if unknown). */
unsigned vg_boiler_count(const vg_boiler *b, uint64_t key);

#endif
