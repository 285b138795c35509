/*
 * vg_url.h - URL canonicalisation (public: vg_url_canon in vigie/clean.h)
 * and finding where a URL written in running text ends.
 */
#ifndef VG_URL_H
#define VG_URL_H

#include <stddef.h>

#include "vigie/clean.h"

/*
 * Length of the URL starting at p[0] (which starts "http://", "https://" or
 * "www.", any case) inside running text p[0..n): up to the first space,
 * control character, '<', '>', '"', or typographic quote/guillemet/ellipsis,
 * then trailing punctuation (. , ; : ! ? ' *) is given back, and so are
 * closing brackets that have no opening partner inside the URL
 * ("(see https://x.org/a)" ends before ')', "https://en.wikipedia.org/wiki/A_(B)"
 * keeps it).  0 when p does not start a URL.
 */
size_t vg_url_span(const char *p, size_t n);

/* 1 when p[0..n) starts "http://", "https://" or "www." (any case). */
int vg_url_starts(const char *p, size_t n);

#endif
