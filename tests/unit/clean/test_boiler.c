/*
 * test_boiler.c - the bounded line-count table: distinct documents counted
 * once per line, sources kept apart, the key ignores spacing and ASCII case,
 * and a flood of one-off lines does not evict a recurring one.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "vg_boiler.h"

#define KEY(src, s) vg_boiler_key((src), (s), strlen(s))

static void test_counts(void **state)
{
    (void)state;
    vg_boiler *b = vg_boiler_new();
    assert_non_null(b);
    uint64_t a = vg_boiler_source("a.com", 5), z = vg_boiler_source("z.com", 5);
    assert_int_not_equal(a, z);
    for (uint64_t doc = 1; doc <= 4; doc++) {
        uint64_t keys[3] = {KEY(a, "Follow us on Telegram for more"), KEY(a, "Follow us on Telegram for more"),
                            KEY(a, "unique line")};
        keys[2] ^= doc; /* make it differ per document */
        vg_boiler_observe(b, keys, 3, doc);
    }
    assert_int_equal(vg_boiler_count(b, KEY(a, "Follow us on Telegram for more")), 4);
    assert_int_equal(vg_boiler_count(b, KEY(a, "follow  us on TELEGRAM for more")), 4);
    assert_int_equal(vg_boiler_count(b, KEY(z, "Follow us on Telegram for more")), 0);
    /* the same document again does not count twice */
    uint64_t k = KEY(a, "Follow us on Telegram for more");
    vg_boiler_observe(b, &k, 1, 4);
    assert_int_equal(vg_boiler_count(b, KEY(a, "Follow us on Telegram for more")), 4);
    vg_boiler_free(b);
}

static void test_bounds(void **state)
{
    (void)state;
    assert_int_equal(KEY(1, "abc"), 0); /* too short */
    char big[VG_BOILER_MAX_LINE + 10];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    assert_int_equal(KEY(1, big), 0);
    assert_int_not_equal(KEY(1, "abcd"), 0);

    vg_boiler *b = vg_boiler_new();
    uint64_t src = vg_boiler_source("s", 1);
    uint64_t keep = KEY(src, "Recurring masthead line");
    for (uint64_t doc = 1; doc <= 20; doc++) {
        uint64_t k = keep;
        vg_boiler_observe(b, &k, 1, doc);
    }
    /* four times the table's size of one-off lines */
    for (uint64_t i = 0; i < 4ull * VG_BOILER_SLOTS; i += 64) {
        uint64_t keys[64];
        for (int j = 0; j < 64; j++)
            keys[j] = (i + (uint64_t)j) * 0x9E3779B97F4A7C15ull | 1;
        vg_boiler_observe(b, keys, 64, 1000 + i);
    }
    assert_int_equal(vg_boiler_count(b, keep), 20);
    vg_boiler_free(b);
    vg_boiler_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counts),
        cmocka_unit_test(test_bounds),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
