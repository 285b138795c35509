/*
 * vg_lang.h - internals of the lang module, for its tests and bench/.
 * The public entry point is vg_lang_detect() in include/vigie/lang.h.
 */
#ifndef VG_LANG_H
#define VG_LANG_H

#include <stddef.h>

#include "vigie/lang.h"

/* Language is settled long before 16 KiB of text; CLD2's cost is linear. */
#define VG_LANG_MAX_BYTES 16384

/*
 * Choices of vg_lang_detect_opts(); zero-initialised = vg_lang_detect().
 * They exist so the evaluation (bench/eval_langid.c) can measure the
 * alternatives in one run.
 */
typedef struct vg_lang_opts {
    int strict;       /* 1: "und" for short text CLD2 will not call (no
                         kCLDFlagBestEffort); 0: its best guess */
    int keep_links;   /* 1: show CLD2 URLs and @handles too; 0: leave them out */
    size_t max_bytes; /* bytes of text shown to CLD2 (after links are left
                         out); 0 or more than VG_LANG_MAX_BYTES: that */
} vg_lang_opts;

/* vg_lang_detect() with choices; opts is borrowed, NULL for defaults. */
double vg_lang_detect_opts(const char *s, size_t n, const vg_lang_opts *opts, char out[8]);

#endif
