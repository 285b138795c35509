/*
 * vg_buf.c - growable NUL-terminated byte buffer (see vg_buf.h).
 */
#include "vg_buf.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

vg_err vg_buf_reserve(vg_buf *b, size_t extra)
{
    if (extra > SIZE_MAX / 2 - b->n)
        return VG_ENOMEM;
    size_t need = b->n + extra + 1;
    if (need <= b->cap)
        return VG_OK;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p)
        return VG_ENOMEM;
    if (!b->p)
        p[0] = '\0';
    b->p = p;
    b->cap = cap;
    return VG_OK;
}

vg_err vg_buf_append(vg_buf *b, const void *p, size_t n)
{
    vg_err e = vg_buf_reserve(b, n);
    if (e)
        return e;
    if (n)
        memcpy(b->p + b->n, p, n);
    b->n += n;
    b->p[b->n] = '\0';
    return VG_OK;
}

vg_err vg_buf_putc(vg_buf *b, char c)
{
    if (b->n + 1 >= b->cap) {
        vg_err e = vg_buf_reserve(b, 1);
        if (e)
            return e;
    }
    b->p[b->n++] = c;
    b->p[b->n] = '\0';
    return VG_OK;
}

vg_err vg_buf_printf(vg_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    int k = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (k < 0)
        return VG_EINVAL;
    if ((size_t)k < sizeof small)
        return vg_buf_append(b, small, (size_t)k);
    vg_err e = vg_buf_reserve(b, (size_t)k);
    if (e)
        return e;
    va_start(ap, fmt);
    vsnprintf(b->p + b->n, (size_t)k + 1, fmt, ap);
    va_end(ap);
    b->n += (size_t)k;
    return VG_OK;
}

void vg_buf_free(vg_buf *b)
{
    free(b->p);
    b->p = NULL;
    b->n = b->cap = 0;
}

vg_err vg_array_reserve(void *pv, size_t *cap, size_t need, size_t size)
{
    return vg_array_grow(pv, cap, need, size, 1024);
}

vg_err vg_array_grow(void *pv, size_t *cap, size_t need, size_t size, size_t first)
{
    if (need <= *cap)
        return VG_OK;
    size_t c = *cap ? *cap : first;
    while (c < need) {
        if (c > SIZE_MAX / 2 / size)
            return VG_ENOMEM;
        c *= 2;
    }
    void *old;
    memcpy(&old, pv, sizeof old);
    void *p = realloc(old, c * size);
    if (!p)
        return VG_ENOMEM;
    memcpy(pv, &p, sizeof p);
    *cap = c;
    return VG_OK;
}
