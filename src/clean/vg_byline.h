/*
 * vg_byline.h - bylines ("By Jane Doe", "• Zachary Reyes") and datelines
 * ("MOSCOW (Sputnik) —", "KYIV, Ukraine (AP) —") in a clean line.
 */
#ifndef VG_BYLINE_H
#define VG_BYLINE_H

#include <stddef.h>

#include "vigie/doc.h"

/*
 * When the whole line p[0..n) is a byline, set *name to the author name
 * inside it and return 1.  at_end: the line is the last of the text, where
 * a bullet or dash ("• Name", "— Name") also introduces a byline.
 */
int vg_byline_match(const char *p, size_t n, int at_end, vg_slice *name);

/*
 * When p[0..n) starts with a dateline, set *place ("KYIV") and *agency
 * ("AP") and return the offset where the text proper starts (after the
 * dash and spaces); 0 when there is none.
 */
size_t vg_dateline_match(const char *p, size_t n, vg_slice *place, vg_slice *agency);

#endif
