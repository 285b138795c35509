/*
 * vg_sort.c - introsort of uint64_t arrays and of pairs (see vg_sort.h).
 *
 * One body, instantiated per element type by SORT_DEFINE with the type and
 * its "less than": partition by a median of three, recurse into the
 * smaller side and loop on the larger (stack depth O(log n)), heap sort
 * when the depth runs out, insertion sort under SMALL elements.
 */
#include "vg_sort.h"

#define SMALL 24

#define SORT_DEFINE(NAME, T, LESS)                                            \
    static void NAME##_insertion(T *v, size_t n)                              \
    {                                                                         \
        for (size_t i = 1; i < n; i++) {                                      \
            T x = v[i];                                                       \
            size_t j = i;                                                     \
            for (; j > 0 && LESS(x, v[j - 1]); j--)                           \
                v[j] = v[j - 1];                                              \
            v[j] = x;                                                         \
        }                                                                     \
    }                                                                         \
                                                                              \
    static void NAME##_sift_down(T *v, size_t root, size_t n)                 \
    {                                                                         \
        T x = v[root];                                                        \
        for (;;) {                                                            \
            size_t c = 2 * root + 1;                                          \
            if (c >= n)                                                       \
                break;                                                        \
            if (c + 1 < n && LESS(v[c], v[c + 1]))                            \
                c++;                                                          \
            if (!LESS(x, v[c]))                                               \
                break;                                                        \
            v[root] = v[c];                                                   \
            root = c;                                                         \
        }                                                                     \
        v[root] = x;                                                          \
    }                                                                         \
                                                                              \
    static void NAME##_heapsort(T *v, size_t n)                               \
    {                                                                         \
        for (size_t i = n / 2; i-- > 0;)                                      \
            NAME##_sift_down(v, i, n);                                        \
        for (size_t i = n; i-- > 1;) {                                        \
            T t = v[0];                                                       \
            v[0] = v[i];                                                      \
            v[i] = t;                                                         \
            NAME##_sift_down(v, 0, i);                                        \
        }                                                                     \
    }                                                                         \
                                                                              \
    static void NAME##_swap(T *a, T *b)                                       \
    {                                                                         \
        T t = *a;                                                             \
        *a = *b;                                                              \
        *b = t;                                                               \
    }                                                                         \
                                                                              \
    static void NAME##_intro(T *v, size_t n, unsigned depth)                  \
    {                                                                         \
        while (n > SMALL) {                                                   \
            if (depth-- == 0) {                                               \
                NAME##_heapsort(v, n);                                        \
                return;                                                       \
            }                                                                 \
            size_t mid = n / 2;                                               \
            if (LESS(v[mid], v[0]))                                           \
                NAME##_swap(&v[mid], &v[0]);                                  \
            if (LESS(v[n - 1], v[0]))                                         \
                NAME##_swap(&v[n - 1], &v[0]);                                \
            if (LESS(v[n - 1], v[mid]))                                       \
                NAME##_swap(&v[n - 1], &v[mid]);                              \
            T pivot = v[mid];                                                 \
            /* Hoare partition over v[1..n-2]: v[0] <= pivot <= v[n-1]. */    \
            size_t i = 0, j = n - 1;                                          \
            for (;;) {                                                        \
                while (LESS(v[++i], pivot))                                   \
                    ;                                                         \
                while (LESS(pivot, v[--j]))                                   \
                    ;                                                         \
                if (i >= j)                                                   \
                    break;                                                    \
                NAME##_swap(&v[i], &v[j]);                                    \
            }                                                                 \
            size_t left = j + 1; /* v[0..left) <= pivot <= v[left..n) */      \
            if (left < n - left) {                                            \
                NAME##_intro(v, left, depth);                                 \
                v += left;                                                    \
                n -= left;                                                    \
            } else {                                                          \
                NAME##_intro(v + left, n - left, depth);                      \
                n = left;                                                     \
            }                                                                 \
        }                                                                     \
        NAME##_insertion(v, n);                                               \
    }                                                                         \
                                                                              \
    void vg_sort_##NAME(T *v, size_t n)                                       \
    {                                                                         \
        unsigned depth = 0;                                                   \
        for (size_t m = n; m > 1; m >>= 1)                                    \
            depth += 2;                                                       \
        NAME##_intro(v, n, depth);                                            \
    }

/* Functions, not macros: the body passes arguments like v[++i]. */
static inline int U64_LESS(uint64_t x, uint64_t y)
{
    return x < y;
}

static inline int PAIR_LESS(vg_pair x, vg_pair y)
{
    return x.a < y.a || (x.a == y.a && x.b < y.b);
}

SORT_DEFINE(u64, uint64_t, U64_LESS)
SORT_DEFINE(pairs, vg_pair, PAIR_LESS)
