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

#endif
