/*
 * vg_mojibake.h - undo UTF-8 that was decoded as Latin-1 or Windows-1252
 * and encoded again ("Ã©" for "é", "â€™" for "’", "ðŸ˜€" for "😀").
 *
 * Works on valid UTF-8, sequence by sequence, so text where only some
 * segments were damaged (a headline re-encoded, the body not) is repaired
 * where it is damaged and left alone elsewhere; double encoding is undone by
 * repeating the pass (at most VG_MOJIBAKE_PASSES times).
 */
#ifndef VG_MOJIBAKE_H
#define VG_MOJIBAKE_H

#include <stddef.h>

#include "vg_buf.h"

#define VG_MOJIBAKE_PASSES 3

/*
 * Cheap test: 1 when p[0..n) contains a character that can start a mojibake
 * sequence (U+00C2..U+00F4, i.e. bytes C3 82..C3 B4), 0 otherwise.  Almost
 * all text in the wild fails it, and then vg_mojibake_fix is not worth
 * calling.
 */
int vg_mojibake_suspect(const char *p, size_t n);

/*
 * Repair p[0..n) (valid UTF-8) into out (reset first).  scratch is a work
 * buffer owned by the caller (contents clobbered).  Returns the number of
 * sequences repaired (0: out holds a copy of the input), or (size_t)-1 when
 * out of memory.
 */
size_t vg_mojibake_fix(const char *p, size_t n, vg_buf *out, vg_buf *scratch);

#endif
