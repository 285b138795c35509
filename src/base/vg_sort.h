/*
 * vg_sort.h - sorting arrays of 64-bit integers, or of pairs of them, in
 * place, ascending.
 *
 * An introsort without a comparison callback: quicksort with a median of
 * three, insertion sort under 24 elements, heap sort past a depth of
 * 2 log2 n (so never quadratic).  About three times as fast as qsort on
 * the short arrays of shingle hashes and index buckets that fill vigie's
 * inner loops.
 */
#ifndef VG_SORT_H
#define VG_SORT_H

#include <stddef.h>
#include <stdint.h>

void vg_sort_u64(uint64_t *v, size_t n);

/* A pair, ordered by a, then b. */
typedef struct vg_pair {
    uint64_t a, b;
} vg_pair;

void vg_sort_pairs(vg_pair *v, size_t n);

#endif
