/*
 * vg_norm.h - whitespace normalisation and Unicode NFC.
 *
 * Whitespace: every line is trimmed, runs of spaces, tabs and Unicode spaces
 * (NBSP, U+2000..U+200A, U+202F, U+205F, U+3000 ...) become one ASCII space,
 * control characters (C0 but '\n', C1, DEL) and invisible format characters
 * that only get in the way (BOM, U+200B zero-width space, U+2060 word
 * joiner) are removed, "\r\n", "\r", U+0085, U+2028 and U+2029 end a line,
 * and empty lines are dropped: the result is non-empty lines joined by one
 * '\n', with no leading or trailing '\n'.  ZWJ/ZWNJ stay (emoji, Persian).
 *
 * NFC goes through utf8proc, after a quick check against a per-handle
 * table: text whose every character is "NFC_Quick_Check=Yes" and cannot
 * combine with what precedes it is already NFC, which is nearly all text,
 * and then nothing is copied.
 */
#ifndef VG_NORM_H
#define VG_NORM_H

#include <stddef.h>

#include "vg_buf.h"

typedef struct vg_norm vg_norm;

/* Caller frees with vg_norm_free(); NULL when out of memory. */
vg_norm *vg_norm_new(void);
void vg_norm_free(vg_norm *nm);

/* Append the whitespace-normalised lines of valid UTF-8 p[0..n) to out. */
vg_err vg_norm_space(const char *p, size_t n, vg_buf *out);

/* 1 when valid UTF-8 p[0..n) is certainly NFC already (quick check). */
int vg_norm_is_nfc(const vg_norm *nm, const char *p, size_t n);

/*
 * NFC of valid UTF-8 p[0..n) into out (reset first).  Returns VG_OK and sets
 * *changed to 0 without touching out when the quick check passes.
 */
vg_err vg_norm_nfc(vg_norm *nm, const char *p, size_t n, vg_buf *out, int *changed);

#endif
