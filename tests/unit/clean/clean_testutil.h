/*
 * clean_testutil.h - helpers shared by the cleaner's unit tests: reading a
 * fixture below $VG_TESTDATA, and slices from C strings.
 */
#ifndef CLEAN_TESTUTIL_H
#define CLEAN_TESTUTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vigie/doc.h"

/* Whole file $VG_TESTDATA/rel, NUL-terminated; caller frees.  NULL if absent. */
static inline char *tu_read(const char *rel, size_t *len)
{
    const char *root = getenv("VG_TESTDATA");
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", root ? root : "tests/data", rel);
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t k;
    while (buf && (k = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += k;
        if (n + 1 == cap) {
            char *q = realloc(buf, cap * 2);
            if (!q) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = q;
            cap *= 2;
        }
    }
    fclose(f);
    if (buf)
        buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}

static inline vg_slice tu_s(const char *s)
{
    vg_slice r = {s, strlen(s)};
    return r;
}

/* 1 when the slice equals the C string. */
static inline int tu_eq(vg_slice s, const char *want)
{
    return s.n == strlen(want) && (s.n == 0 || memcmp(s.p, want, s.n) == 0);
}

#endif
