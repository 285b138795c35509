/*
 * vg_entities.h - links, hashtags and mentions found in clean text.
 *
 * Each list is '\n'-separated, deduplicated, in order of first appearance:
 * links canonicalised with vg_url_canon, hashtags and mentions lower-cased
 * without their '#'/'@'.  The text itself is not rewritten.
 */
#ifndef VG_ENTITIES_H
#define VG_ENTITIES_H

#include <stddef.h>
#include <stdint.h>

#include "vg_buf.h"

typedef struct vg_entities {
    vg_buf links;    /* owned; results */
    vg_buf hashtags;
    vg_buf mentions;
    vg_buf scratch;  /* owned; work area (canonical URL, lower-casing) */
    vg_buf seen;     /* owned; uint64_t hashes of items already listed */
} vg_entities;

#define VG_ENTITIES_INIT {VG_BUF_INIT, VG_BUF_INIT, VG_BUF_INIT, VG_BUF_INIT, VG_BUF_INIT}

/*
 * Reset the three lists and fill them from valid UTF-8 p[0..n).
 * Rules: see vg_entities.c.
 */
vg_err vg_entities_extract(vg_entities *en, const char *p, size_t n);

/*
 * Add the links of a '\n'-separated list given by the input (the links
 * of an HTML page's body) to en->links, canonicalised and deduplicated
 * with those found in the text.  Call after vg_entities_extract().
 */
vg_err vg_entities_add_links(vg_entities *en, const char *list, size_t n);

/* Release the buffers (the struct itself belongs to the caller). */
void vg_entities_free(vg_entities *en);

#endif
