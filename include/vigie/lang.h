/*
 * vigie/lang.h - language identification.
 *
 * A thin layer over a well-kept identifier (see docs/EVALUATION.md for the
 * measurement that chose it).  Thread-safe; no state to create.
 */
#ifndef VIGIE_LANG_H
#define VIGIE_LANG_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Identify the language of UTF-8 text: writes a NUL-terminated ISO 639-1
 * code ("en", "fr", ...; ISO 639-3 where no two-letter code exists) or
 * "und" into out, which must hold 8 bytes.  Returns the identifier's
 * reliability in [0, 1] (0 for "und").
 */
double vg_lang_detect(const char *s, size_t n, char out[8]);

#ifdef __cplusplus
}
#endif
#endif
