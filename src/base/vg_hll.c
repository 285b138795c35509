/*
 * vg_hll.c - HyperLogLog (see vg_hll.h).
 *
 * Registers are one byte each, value 0 (never hit) to 65 - p (the 64 - p
 * bits below the index were all zero).  The estimate reads only the
 * histogram of values, C[0..q+1] with q = 64 - p:
 *
 *   z = m tau(1 - C[q+1] / m);  z = (z + C[k]) / 2 for k = q .. 1;
 *   z += m sigma(C[0] / m);     estimate = m^2 / (2 ln 2 z)
 *
 * sigma and tau are the series of Ertl's paper, summed until they stop
 * changing in double precision.
 */
#include "vg_hll.h"

#include <math.h>
#include <stdlib.h>

#include "vg_hash.h"

struct vg_hll {
    unsigned p;
    uint8_t *reg;   /* 2^p registers */
};

vg_hll *vg_hll_new(unsigned p)
{
    if (p < 4 || p > 24)
        return NULL;
    vg_hll *h = malloc(sizeof *h);
    if (!h)
        return NULL;
    h->p = p;
    if (!(h->reg = calloc((size_t)1 << p, 1))) {
        free(h);
        return NULL;
    }
    return h;
}

void vg_hll_free(vg_hll *h)
{
    if (!h)
        return;
    free(h->reg);
    free(h);
}

void vg_hll_add(vg_hll *h, uint64_t key)
{
    /* Keys may be structured (pairs of small numbers): mix them, with a
     * constant of our own so that the hash differs from other uses of
     * vg_mix64 on the same keys. */
    uint64_t x = vg_mix64(key ^ 0x686c6c636f756e74ull);
    size_t i = (size_t)(x >> (64 - h->p));
    uint64_t rest = x << h->p;
    uint8_t rank = rest ? (uint8_t)(__builtin_clzll(rest) + 1) : (uint8_t)(64 - h->p + 1);
    if (h->reg[i] < rank)
        h->reg[i] = rank;
}

/* x + sum_{k>=1} x^(2^k) 2^(k-1), for x in [0, 1]. */
static double sigma(double x)
{
    if (x == 1.0)
        return INFINITY;
    double y = 1, z = x, prev;
    do {
        x *= x;
        prev = z;
        z += x * y;
        y += y;
    } while (z != prev);
    return z;
}

/* (1 - x - sum_{k>=1} (1 - x^(2^-k))^2 2^-k) / 3, for x in [0, 1]. */
static double tau(double x)
{
    if (x == 0.0 || x == 1.0)
        return 0.0;
    double y = 1, z = 1 - x, prev;
    do {
        x = sqrt(x);
        prev = z;
        y *= 0.5;
        z -= (1 - x) * (1 - x) * y;
    } while (z != prev);
    return z / 3;
}

double vg_hll_count(const vg_hll *h)
{
    unsigned q = 64 - h->p;
    double m = (double)((size_t)1 << h->p), c[66] = {0};
    for (size_t i = 0; i < (size_t)1 << h->p; i++)
        c[h->reg[i]] += 1;
    if (c[0] == m)
        return 0.0;
    double z = m * tau(1 - c[q + 1] / m);
    for (unsigned k = q; k >= 1; k--)
        z = 0.5 * (z + c[k]);
    z += m * sigma(c[0] / m);
    return m * m / (2 * log(2.0) * z);
}
