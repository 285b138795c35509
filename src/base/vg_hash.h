/*
 * vg_hash.h - the one 64-bit hash used across vigie (xxHash XXH3).
 *
 * Hash values are persisted (document ids, store keys), so the function and
 * seed must never change for a given purpose.
 */
#ifndef VG_HASH_H
#define VG_HASH_H

#include <stddef.h>
#include <stdint.h>

uint64_t vg_hash64(const void *p, size_t n, uint64_t seed);

/* splitmix64: the output for state x (the state then advances by the
 * golden-ratio constant, VG_MIX64_STEP).  Fixed: derived constants are
 * persisted. */
#define VG_MIX64_STEP 0x9E3779B97F4A7C15ull

static inline uint64_t vg_mix64(uint64_t x)
{
    x += VG_MIX64_STEP;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

#endif
