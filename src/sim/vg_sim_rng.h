/*
 * vg_sim_rng.h - the simulator's random numbers: splitmix64 to derive
 * seeds, xoshiro256** to draw.
 *
 * Every random choice of the simulator comes from here, never from rand(),
 * so a seed gives the same corpus on every machine.  Streams are derived,
 * not shared: each entity (article n, post n, story n, ...) seeds its own
 * generator from (run seed, stream tag, index), which lets the simulator
 * regenerate any entity later, in any order, without storing it.  Bounded
 * draws use the high 32 bits and a multiply-shift (no division, no
 * floating point); the tiny bias this leaves is irrelevant here.
 */
#ifndef VG_SIM_RNG_H
#define VG_SIM_RNG_H

#include <stdint.h>

#include "vg_hash.h"

typedef struct vg_sim_rng {
    uint64_t s[4];
} vg_sim_rng;

/* A 64-bit value derived from the run seed, a stream tag and an index. */
static inline uint64_t vg_sim_derive(uint64_t seed, uint32_t tag, uint64_t index)
{
    return vg_mix64(vg_mix64(seed ^ ((uint64_t)tag << 40)) ^ vg_mix64(index));
}

static inline void vg_sim_rng_seed(vg_sim_rng *r, uint64_t seed, uint32_t tag, uint64_t index)
{
    uint64_t x = vg_sim_derive(seed, tag, index);
    for (int i = 0; i < 4; i++) {
        x += 0x9e3779b97f4a7c15ull;
        r->s[i] = vg_mix64(x);
    }
}

static inline uint64_t vg_sim_rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

static inline uint64_t vg_sim_next(vg_sim_rng *r)
{
    uint64_t *s = r->s;
    uint64_t out = vg_sim_rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = vg_sim_rotl(s[3], 45);
    return out;
}

/* Uniform in [0, n); n > 0. */
static inline uint32_t vg_sim_below(vg_sim_rng *r, uint32_t n)
{
    return (uint32_t)(((vg_sim_next(r) >> 32) * (uint64_t)n) >> 32);
}

/* Uniform in [lo, hi]. */
static inline uint32_t vg_sim_range(vg_sim_rng *r, uint32_t lo, uint32_t hi)
{
    return lo + vg_sim_below(r, hi - lo + 1);
}

/* True with probability permille / 1000. */
static inline int vg_sim_chance(vg_sim_rng *r, uint32_t permille)
{
    return vg_sim_below(r, 1000) < permille;
}

/* Uniform in [0, n) for 64-bit n, by rejection-free 128-free splitting. */
static inline uint64_t vg_sim_below64(vg_sim_rng *r, uint64_t n)
{
    if (n <= UINT32_MAX)
        return n ? vg_sim_below(r, (uint32_t)n) : 0;
    return vg_sim_next(r) % n;
}

#endif
