/*
 * vg_walk.h - the list of files behind one reader path.
 *
 * A regular file (or "-") yields itself.  A folder is walked depth-first
 * in byte order of the names (strcmp, not the locale), so every machine
 * sees the same order; entries whose name starts with '.' are skipped, and
 * so is anything that is neither a regular file nor a folder.  Depth is
 * capped at VG_WALK_DEPTH to survive symbolic-link loops.
 */
#ifndef VG_WALK_H
#define VG_WALK_H

#include <stdbool.h>
#include <stddef.h>

#include "vigie/err.h"

#define VG_WALK_DEPTH 64

typedef struct vg_walk vg_walk;

/* Caller frees with vg_walk_free(); err gets a message on failure. */
vg_err vg_walk_open(vg_walk **out, const char *root, char *err, size_t errcap);

/*
 * Next file: *path is the path to open, *rel the path relative to the
 * folder given (the base name when root is a file).  Both valid until the
 * next call.  Returns VG_OK, VG_DONE, or VG_EIO for an unreadable folder
 * (message in err; the walk goes on with the next entry).
 */
vg_err vg_walk_next(vg_walk *w, const char **path, const char **rel,
                    char *err, size_t errcap);

/* True when the root is a folder. */
bool vg_walk_is_dir(const vg_walk *w);

void vg_walk_free(vg_walk *w);

#endif
