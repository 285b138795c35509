/*
 * test_mmap.c - the copy index multimap (src/copy/vg_mmap.c): several values
 * per key newest first within a cap, the delta merged into the run, bulk
 * loading, expiry through keep(), many keys, absent keys.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "vg_mmap.h"

static uint64_t mix(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

/* Values under key, as a count, into out[0..cap). */
static size_t get(const vg_mmap *m, uint64_t key, uint32_t *out, size_t cap)
{
    return vg_mmap_get(m, key, out, cap);
}

static int contains(const vg_mmap *m, uint64_t key, uint32_t val)
{
    uint32_t out[64];
    size_t n = vg_mmap_get(m, key, out, 64);
    for (size_t i = 0; i < n; i++)
        if (out[i] == val)
            return 1;
    return 0;
}

static void test_values_newest_first(void **state)
{
    (void)state;
    vg_mmap *m = vg_mmap_new(0);
    assert_non_null(m);
    const uint64_t k = 0x0123456789abcdefull, other = 0xfedcba9876543210ull;
    uint32_t out[8];
    assert_int_equal(get(m, k, out, 8), 0);
    for (uint32_t v = 1; v <= 5; v++)
        assert_int_equal(vg_mmap_add(m, k, v), VG_OK);
    assert_int_equal(vg_mmap_add(m, other, 9), VG_OK);
    assert_int_equal(vg_mmap_count(m), 6);
    /* In the delta: newest first, at most cap. */
    assert_int_equal(get(m, k, out, 8), 5);
    for (uint32_t i = 0; i < 5; i++)
        assert_int_equal(out[i], 5 - i);
    assert_int_equal(get(m, k, out, 2), 2);
    assert_int_equal(out[0], 5);
    assert_int_equal(out[1], 4);
    assert_int_equal(get(m, k, out, 0), 0);
    /* In the run after a merge: the same answers. */
    assert_int_equal(vg_mmap_merge(m, 1, NULL, NULL), VG_OK);
    assert_int_equal(vg_mmap_count(m), 6);
    assert_int_equal(get(m, k, out, 8), 5);
    for (uint32_t i = 0; i < 5; i++)
        assert_int_equal(out[i], 5 - i);
    assert_int_equal(get(m, k, out, 3), 3);
    assert_int_equal(out[2], 3);
    assert_int_equal(get(m, other, out, 8), 1);
    assert_int_equal(out[0], 9);
    /* Delta and run together: the delta's (newer) values come first and
     * the cap counts both. */
    assert_int_equal(vg_mmap_add(m, k, 6), VG_OK);
    assert_int_equal(vg_mmap_add(m, k, 7), VG_OK);
    assert_int_equal(get(m, k, out, 8), 7);
    for (uint32_t i = 0; i < 7; i++)
        assert_int_equal(out[i], 7 - i);
    assert_int_equal(get(m, k, out, 3), 3);
    assert_int_equal(out[0], 7);
    assert_int_equal(out[1], 6);
    assert_int_equal(out[2], 5);
    /* A merge that is not due changes nothing. */
    assert_int_equal(vg_mmap_merge(m, 0, NULL, NULL), VG_OK);
    assert_int_equal(get(m, k, out, 8), 7);
    assert_int_equal(out[0], 7);
    vg_mmap_free(m);
    vg_mmap_free(NULL);
}

static void test_giant_key_is_capped(void **state)
{
    (void)state;
    vg_mmap *m = vg_mmap_new(1000);
    const uint64_t k = mix(1);
    for (uint32_t v = 0; v < 1000; v++)
        assert_int_equal(vg_mmap_add(m, k, v), VG_OK);
    uint32_t out[64];
    assert_int_equal(get(m, k, out, 64), 64);
    assert_int_equal(out[0], 999);
    assert_int_equal(out[63], 936);
    assert_int_equal(vg_mmap_merge(m, 1, NULL, NULL), VG_OK);
    assert_int_equal(get(m, k, out, 64), 64);
    assert_int_equal(out[0], 999);
    assert_int_equal(out[63], 936);
    vg_mmap_free(m);
}

static int keep_even(void *ctx, uint32_t v)
{
    (*(int *)ctx)++;
    return v % 2 == 0;
}

static int keep_mult4(void *ctx, uint32_t v)
{
    (void)ctx;
    return v % 4 == 0;
}

static int keep_none(void *ctx, uint32_t v)
{
    (void)ctx;
    (void)v;
    return 0;
}

static void test_merge_drops_expired(void **state)
{
    (void)state;
    vg_mmap *m = vg_mmap_new(1000);
    /* Three keys per value, 1000 values. */
    for (uint32_t v = 0; v < 1000; v++)
        for (uint64_t j = 0; j < 3; j++)
            assert_int_equal(vg_mmap_add(m, mix(v * 3 + j), v), VG_OK);
    int calls = 0;
    assert_int_equal(vg_mmap_merge(m, 1, keep_even, &calls), VG_OK);
    assert_true(calls >= 3000);
    assert_int_equal(vg_mmap_count(m), 1500);
    for (uint32_t v = 0; v < 1000; v++)
        for (uint64_t j = 0; j < 3; j++)
            assert_int_equal(contains(m, mix(v * 3 + j), v), v % 2 == 0);
    /* Expiry applies to the run too, and to new entries of the delta. */
    for (uint32_t v = 1000; v < 1100; v++)
        assert_int_equal(vg_mmap_add(m, mix(v * 3), v), VG_OK);
    assert_int_equal(vg_mmap_merge(m, 1, keep_mult4, NULL), VG_OK);
    assert_int_equal(vg_mmap_count(m), 250 * 3 + 25);
    for (uint32_t v = 0; v < 1100; v++)
        assert_int_equal(contains(m, mix(v * 3), v), v % 4 == 0);
    /* Everything expires; the map stays usable. */
    assert_int_equal(vg_mmap_merge(m, 1, keep_none, NULL), VG_OK);
    assert_int_equal(vg_mmap_count(m), 0);
    assert_false(contains(m, mix(0), 0));
    assert_int_equal(vg_mmap_add(m, mix(0), 5), VG_OK);
    assert_int_equal(vg_mmap_merge(m, 1, NULL, NULL), VG_OK);
    assert_true(contains(m, mix(0), 5));
    assert_int_equal(vg_mmap_count(m), 1);
    vg_mmap_free(m);
}

static void test_many_keys(void **state)
{
    (void)state;
    enum { N = 100000 };
    vg_mmap *m = vg_mmap_new(N / 2); /* smaller than the truth: still right */
    for (uint32_t i = 0; i < N; i++) {
        assert_int_equal(vg_mmap_add(m, mix(i), i), VG_OK);
        /* The pass merges after every chunk; most of these are not due. */
        if (i % 4096 == 4095)
            assert_int_equal(vg_mmap_merge(m, 0, NULL, NULL), VG_OK);
    }
    assert_int_equal(vg_mmap_count(m), N);
    size_t missing = 0, absent_found = 0;
    for (uint32_t i = 0; i < N; i++) {
        missing += !contains(m, mix(i), i);
        uint32_t out[4];
        /* Keys never added: nothing, but for a rare false match on the
         * bits the run keeps. */
        absent_found += get(m, mix(N + (uint64_t)i), out, 4) > 0;
    }
    assert_int_equal(missing, 0);
    assert_true(absent_found <= 2);
    assert_int_equal(vg_mmap_merge(m, 1, NULL, NULL), VG_OK);
    missing = 0;
    for (uint32_t i = 0; i < N; i++)
        missing += !contains(m, mix(i), i);
    assert_int_equal(missing, 0);
    /* A key that differs in the high half is never confused. */
    uint32_t out[4];
    assert_int_equal(get(m, mix(7) ^ (1ull << 63), out, 4), 0);
    assert_int_equal(get(m, mix(7) ^ (1ull << 40), out, 4), 0);
    vg_mmap_free(m);
}

static void test_bulk_load(void **state)
{
    (void)state;
    enum { N = 20000 };
    vg_mmap *m = vg_mmap_new(N);
    /* Two passes over the same entries, as vg_copy.c loads the index:
     * value v under keys mix(v) and mix(v % 100 + N) (shared keys). */
    for (uint32_t v = 0; v < N; v++) {
        vg_mmap_bulk_count(m, mix(v));
        vg_mmap_bulk_count(m, mix(v % 100 + N));
    }
    assert_int_equal(vg_mmap_bulk_alloc(m), VG_OK);
    for (uint32_t v = 0; v < N; v++) {
        vg_mmap_bulk_put(m, mix(v), v);
        vg_mmap_bulk_put(m, mix(v % 100 + N), v);
    }
    vg_mmap_bulk_done(m);
    assert_int_equal(vg_mmap_count(m), 2 * N);
    for (uint32_t v = 0; v < N; v++)
        assert_true(contains(m, mix(v), v));
    /* Shared keys: newest first, capped. */
    uint32_t out[8];
    assert_int_equal(get(m, mix(42 + N), out, 8), 8);
    assert_int_equal(out[0], N - 100 + 42);
    assert_int_equal(out[1], N - 200 + 42);
    /* New entries go to the delta and come first. */
    assert_int_equal(vg_mmap_add(m, mix(42 + N), N), VG_OK);
    assert_int_equal(get(m, mix(42 + N), out, 8), 8);
    assert_int_equal(out[0], N);
    assert_int_equal(out[1], N - 100 + 42);
    /* Memory follows the live entries once old ones expire. */
    size_t before = vg_mmap_bytes(m);
    assert_int_equal(vg_mmap_merge(m, 1, keep_mult4, NULL), VG_OK);
    assert_true(vg_mmap_bytes(m) < before);
    assert_true(contains(m, mix(400), 400));
    assert_false(contains(m, mix(401), 401));
    /* 42 + 100 k is never a multiple of 4; N, added last, is. */
    assert_int_equal(get(m, mix(42 + N), out, 8), 1);
    assert_int_equal(out[0], N);
    assert_int_equal(get(m, mix(40 + N), out, 8), 8);
    assert_int_equal(out[0], N - 100 + 40);
    vg_mmap_free(m);
}

static void test_bulk_load_empty(void **state)
{
    (void)state;
    vg_mmap *m = vg_mmap_new(0);
    assert_int_equal(vg_mmap_bulk_alloc(m), VG_OK);
    vg_mmap_bulk_done(m);
    assert_int_equal(vg_mmap_count(m), 0);
    uint32_t out[4];
    assert_int_equal(get(m, mix(1), out, 4), 0);
    assert_int_equal(vg_mmap_add(m, mix(1), 3), VG_OK);
    assert_int_equal(get(m, mix(1), out, 4), 1);
    assert_int_equal(vg_mmap_merge(m, 1, NULL, NULL), VG_OK);
    assert_int_equal(get(m, mix(1), out, 4), 1);
    assert_int_equal(out[0], 3);
    vg_mmap_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_values_newest_first),
        cmocka_unit_test(test_giant_key_is_capped),
        cmocka_unit_test(test_merge_drops_expired),
        cmocka_unit_test(test_many_keys),
        cmocka_unit_test(test_bulk_load),
        cmocka_unit_test(test_bulk_load_empty),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
