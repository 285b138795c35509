/*
 * vg_sort.c - introsort of uint64_t arrays (see vg_sort.h).
 */
#include "vg_sort.h"

#define SMALL 24

static void insertion(uint64_t *v, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        uint64_t x = v[i];
        size_t j = i;
        for (; j > 0 && v[j - 1] > x; j--)
            v[j] = v[j - 1];
        v[j] = x;
    }
}

static void sift_down(uint64_t *v, size_t root, size_t n)
{
    uint64_t x = v[root];
    for (;;) {
        size_t c = 2 * root + 1;
        if (c >= n)
            break;
        if (c + 1 < n && v[c + 1] > v[c])
            c++;
        if (v[c] <= x)
            break;
        v[root] = v[c];
        root = c;
    }
    v[root] = x;
}

static void heapsort_u64(uint64_t *v, size_t n)
{
    for (size_t i = n / 2; i-- > 0;)
        sift_down(v, i, n);
    for (size_t i = n; i-- > 1;) {
        uint64_t t = v[0];
        v[0] = v[i];
        v[i] = t;
        sift_down(v, 0, i);
    }
}

static void swap(uint64_t *a, uint64_t *b)
{
    uint64_t t = *a;
    *a = *b;
    *b = t;
}

/* Sort v[0..n): partition, recurse into the smaller side, loop on the
 * larger (stack depth O(log n)); heap sort when depth runs out. */
static void intro(uint64_t *v, size_t n, unsigned depth)
{
    while (n > SMALL) {
        if (depth-- == 0) {
            heapsort_u64(v, n);
            return;
        }
        size_t mid = n / 2;
        if (v[mid] < v[0])
            swap(&v[mid], &v[0]);
        if (v[n - 1] < v[0])
            swap(&v[n - 1], &v[0]);
        if (v[n - 1] < v[mid])
            swap(&v[n - 1], &v[mid]);
        uint64_t pivot = v[mid];
        /* Hoare partition over v[1..n-2]: v[0] <= pivot <= v[n-1]. */
        size_t i = 0, j = n - 1;
        for (;;) {
            while (v[++i] < pivot)
                ;
            while (v[--j] > pivot)
                ;
            if (i >= j)
                break;
            swap(&v[i], &v[j]);
        }
        size_t left = j + 1; /* v[0..left) <= pivot <= v[left..n) */
        if (left < n - left) {
            intro(v, left, depth);
            v += left;
            n -= left;
        } else {
            intro(v + left, n - left, depth);
            n = left;
        }
    }
    insertion(v, n);
}

void vg_sort_u64(uint64_t *v, size_t n)
{
    unsigned depth = 0;
    for (size_t m = n; m > 1; m >>= 1)
        depth += 2;
    intro(v, n, depth);
}
