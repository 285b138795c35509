/*
 * vg_hash.c - wrapper over libxxhash's XXH3 so that only this file depends
 * on it.
 */
#include "vg_hash.h"

#include <xxhash.h>

uint64_t vg_hash64(const void *p, size_t n, uint64_t seed)
{
    return (uint64_t)XXH3_64bits_withSeed(p, n, (XXH64_hash_t)seed);
}
