/*
 * vg_fieldmap.h - the compiled form of a vg_fieldmap, for the readers.
 *
 * Each document field holds up to VG_FM_ALTS alternatives, tried in order:
 * a JSON path ("user.screen_name", dots separate object keys, a number
 * indexes an array) or a CSV column name (the whole text, dots included).
 * The alternative texts live in one owned string per field.
 *
 * A reader never consults the user's map directly: vg_fieldmap_effective()
 * merges it with the defaults once, at open, so a field the user mapped
 * replaces its defaults and every other field keeps them.
 */
#ifndef VG_FIELDMAP_H
#define VG_FIELDMAP_H

#include <stdbool.h>

#include "vigie/doc.h"
#include "vigie/read.h"

#define VG_FM_ALTS 16

enum {
    VG_FM_SET = 1u << 0,     /* the field was mapped (possibly to nothing) */
    VG_FM_UNQUOTE = 1u << 1, /* ":unquote": strip a spreadsheet '…' wrap */
    VG_FM_DEFAULT = 1u << 2  /* comes from the built-in defaults */
};

typedef struct vg_fm_field {
    char *text;                /* owned: alternatives, each NUL-terminated */
    vg_slice alts[VG_FM_ALTS]; /* into text */
    int nalts;                 /* 0 with VG_FM_SET: never filled */
    unsigned flags;
} vg_fm_field;

struct vg_fieldmap {
    vg_fm_field f[VG_F_COUNT];
};

/*
 * The map a reader uses: user's fields where set, defaults elsewhere.
 * user may be NULL.  Caller frees with vg_fieldmap_free().
 */
vg_err vg_fieldmap_effective(const vg_fieldmap *user, vg_fieldmap **out);

/*
 * Undo the spreadsheet formula escape seen in CSV re-cuts: a value written
 * as '@text' (also '-…', '+…', '=…') becomes @text.  Anything else is
 * returned unchanged.
 */
vg_slice vg_fieldmap_unquote(vg_slice v);

#endif
