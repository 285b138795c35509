/*
 * vg_hll.h - HyperLogLog: how many distinct 64-bit keys were added, in a
 * fixed 2^p bytes, within about 1.04 / sqrt(2^p) (relative standard error:
 * 0.1 % at p = 20, 1 MiB).
 *
 * Each key is hashed (vg_mix64, a bijection, so distinct keys never
 * collide before the registers); the top p bits of the hash choose a
 * register, which keeps the largest rank (position of the first set bit,
 * from 1) seen among the other 64 - p bits.  Adding a key twice changes
 * nothing.  The count is Ertl's improved raw estimator ("New cardinality
 * estimation algorithms for HyperLogLog sketches", 2017): from the
 * histogram of register values, without HyperLogLog++'s empirical bias
 * tables or its switch to linear counting, it is close to unbiased from
 * one key to 2^64 / 2^p.  Written here: no Debian package offers one in C.
 */
#ifndef VG_HLL_H
#define VG_HLL_H

#include <stdint.h>

typedef struct vg_hll vg_hll;

/* A sketch of 2^p registers, p in [4, 24]; NULL if p is out of range or
 * memory runs out.  Caller frees with vg_hll_free. */
vg_hll *vg_hll_new(unsigned p);
void vg_hll_free(vg_hll *h);

void vg_hll_add(vg_hll *h, uint64_t key);

/* The estimated number of distinct keys added (0 when none). */
double vg_hll_count(const vg_hll *h);

#endif
