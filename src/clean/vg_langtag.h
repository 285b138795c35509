/*
 * vg_langtag.h - turning an input's language field into an ISO 639 code.
 */
#ifndef VG_LANGTAG_H
#define VG_LANGTAG_H

#include <stddef.h>

/*
 * Write the ISO 639-1/-3 code that p[0..n) names into out (8 bytes,
 * NUL-terminated) and return its length, or 0 when the field is empty,
 * "und" or unrecognised.  Accepted: a code of 2 or 3 ASCII letters, any
 * case, optionally followed by a region or script ("pt-BR", "pt_BR",
 * "zh-Hant" give "pt", "pt", "zh"); or an English language name ("English",
 * "Farsi (Persian)", "Tagalog (Filipino)", "Simplified Chinese"), as found
 * in exports such as the IRA tweets.
 */
size_t vg_langtag_code(const char *p, size_t n, char out[8]);

#endif
