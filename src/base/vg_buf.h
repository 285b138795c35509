/*
 * vg_buf.h - a growable byte buffer, always NUL-terminated.
 *
 * Invariant: after any successful call, b->p[b->n] == '\0' (once b->p is
 * non-NULL).  Appends that fail for lack of memory leave the buffer as it
 * was and return VG_ENOMEM.  Reset keeps the allocation for reuse, which is
 * how hot paths avoid malloc per record.
 */
#ifndef VG_BUF_H
#define VG_BUF_H

#include <stddef.h>
#include <string.h>

#include "vigie/err.h"

typedef struct vg_buf {
    char *p;     /* owned; NULL until the first append */
    size_t n;    /* bytes used, excluding the NUL */
    size_t cap;  /* bytes allocated */
} vg_buf;

#define VG_BUF_INIT {NULL, 0, 0}

/* Make room for at least extra more bytes (plus the NUL). */
vg_err vg_buf_reserve(vg_buf *b, size_t extra);
vg_err vg_buf_append(vg_buf *b, const void *p, size_t n);
vg_err vg_buf_putc(vg_buf *b, char c);
/* printf-style append. */
vg_err vg_buf_printf(vg_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static inline void vg_buf_reset(vg_buf *b)
{
    b->n = 0;
    if (b->p)
        b->p[0] = '\0';
}
void vg_buf_free(vg_buf *b);

/*
 * Make room for `need` elements of `size` bytes in the array *pv (a
 * pointer to the array's pointer) of *cap elements, doubling from 1024;
 * new elements are left uninitialised.  On VG_ENOMEM, *pv and *cap are
 * unchanged.
 */
vg_err vg_array_reserve(void *pv, size_t *cap, size_t need, size_t size);
/* The same, doubling from first elements (small arrays, many of them). */
vg_err vg_array_grow(void *pv, size_t *cap, size_t need, size_t size, size_t first);

static inline vg_err vg_buf_puts(vg_buf *b, const char *s)
{
    return vg_buf_append(b, s, strlen(s));
}

#endif
