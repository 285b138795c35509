/*
 * vg_cld2.h - the C face of CLD2 (Compact Language Detector 2).
 *
 * CLD2 has only a C++ API; vg_cld2.cc is the few lines that call it so the
 * rest of vigie stays C.  The shim reports CLD2's answer unchanged (its own
 * codes: "en", "zh-Hant", "iw", "un", "xx-Latn", ...); vg_lang.c maps those
 * to ISO 639 and turns the scores into one reliability figure.
 *
 * The shim always calls the CheckUTF8 flavour, so arbitrary bytes are safe:
 * CLD2 validates the buffer and answers "un" when any byte is outside
 * interchange-valid UTF-8, reporting how many leading bytes were valid.
 * Thread-safe: CLD2 keeps no mutable state between calls.
 */
#ifndef VG_CLD2_H
#define VG_CLD2_H

#ifdef __cplusplus
extern "C" {
#endif

/* Flags for vg_cld2_detect (bits). */
#define VG_CLD2_BEST_EFFORT 1 /* answer even on short, indeterminate text
                                 (CLD2's kCLDFlagBestEffort) instead of "un" */

typedef struct vg_cld2_guess {
    const char *code;  /* CLD2's language code, static storage; "un" if none */
    int percent;       /* share of the scored letters in that language, 0..100 */
    int text_bytes;    /* letters-only bytes CLD2 scored */
    int reliable;      /* CLD2's is_reliable: 1 or 0 */
    int valid_prefix;  /* leading bytes of s that are interchange-valid UTF-8;
                          < n means CLD2 refused the buffer ("un") */
} vg_cld2_guess;

/*
 * Detect the language of plain text s[0..n) (borrowed; need not be
 * NUL-terminated, may hold any bytes).  flags: VG_CLD2_* bits.  Fills *g.
 * Costs one pass over the n bytes.
 */
void vg_cld2_detect(const char *s, int n, int flags, vg_cld2_guess *g);

/* CLD2's version string ("code_version - data_build_date"), static. */
const char *vg_cld2_version(void);

#ifdef __cplusplus
}
#endif
#endif
