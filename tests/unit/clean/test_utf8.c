/*
 * test_utf8.c - UTF-8 validation and repair: overlongs, surrogates,
 * truncated sequences, 5- and 6-byte forms, stray continuation bytes.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "vg_utf8.h"

static void repair_is(const char *in, size_t n, const char *want, size_t want_bad)
{
    vg_buf b = VG_BUF_INIT;
    size_t bad = 99;
    assert_int_equal(vg_utf8_repair(in, n, &b, &bad), VG_OK);
    assert_int_equal(b.n, strlen(want));
    assert_memory_equal(b.p, want, b.n);
    assert_int_equal(bad, want_bad);
    assert_int_equal(vg_utf8_valid_prefix(b.p, b.n), b.n);
    vg_buf_free(&b);
}

#define R "\xEF\xBF\xBD"

static void test_valid(void **state)
{
    (void)state;
    const char *ok = "plain ASCII text, long enough for the 8-byte path; caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80";
    assert_int_equal(vg_utf8_valid_prefix(ok, strlen(ok)), strlen(ok));
    assert_int_equal(vg_utf8_valid_prefix("", 0), 0);
    repair_is(ok, strlen(ok), ok, 0);
    /* boundaries of table 3-7 */
    static const char edges[] = "\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xF0\x90\x80\x80\xF4\x8F\xBF\xBF";
    repair_is(edges, sizeof edges - 1, edges, 0);
}

static void test_invalid(void **state)
{
    (void)state;
    repair_is("a\xC0\xAF" "b", 4, "a" R R "b", 2);                 /* overlong '/' */
    repair_is("\xE0\x80\xAF", 3, R R R, 3);                      /* overlong 3-byte */
    repair_is("\xF0\x80\x80\xAF", 4, R R R R, 4);                /* overlong 4-byte */
    repair_is("x\xED\xA0\x80y", 5, "x" R R R "y", 3);            /* surrogate D800 */
    repair_is("\xED\xBF\xBF", 3, R R R, 3);                      /* surrogate DFFF */
    repair_is("ab\xE2\x82", 4, "ab" R, 1);                       /* truncated at end */
    repair_is("\xE2\x82" "c", 3, R "c", 1);                      /* truncated inside */
    repair_is("\xF0\x9F\x98", 3, R, 1);                          /* truncated 4-byte */
    repair_is("\xF8\x88\x80\x80\x80", 5, R R R R R, 5);          /* 5-byte form */
    repair_is("\xFC\x84\x80\x80\x80\x80", 6, R R R R R R, 6);    /* 6-byte form */
    repair_is("\xF4\x90\x80\x80", 4, R R R R, 4);                /* above U+10FFFF */
    repair_is("\x80\xBF", 2, R R, 2);                            /* stray continuations */
    repair_is("\xFE\xFF", 2, R R, 2);
    repair_is("\xC3", 1, R, 1);
    assert_int_equal(vg_utf8_valid_prefix("ab\xC3", 3), 2);
}

static void test_iterate(void **state)
{
    (void)state;
    const char *s = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";
    size_t n = strlen(s), i = 0;
    uint32_t want[] = {'a', 0xE9, 0x20AC, 0x1F600};
    for (int k = 0; k < 4; k++)
        assert_int_equal(vg_utf8_next(s, n, &i), want[k]);
    assert_int_equal(i, n);
    for (int k = 3; k >= 0; k--)
        assert_int_equal(vg_utf8_prev(s, &i), want[k]);
    assert_int_equal(i, 0);
    char out[4];
    for (int k = 0; k < 4; k++) {
        size_t m = vg_utf8_encode(want[k], out), j = 0;
        assert_int_equal(vg_utf8_next(out, m, &j), want[k]);
        assert_int_equal(j, m);
    }
    /* invalid input never loops */
    i = 0;
    assert_int_equal(vg_utf8_next("\xFF", 1, &i), 0xFFFD);
    assert_int_equal(i, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_valid),
        cmocka_unit_test(test_invalid),
        cmocka_unit_test(test_iterate),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
