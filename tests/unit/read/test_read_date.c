/*
 * test_read_date.c - vg_date_parse: every documented shape, zones, range
 * checks and the epoch digit-count rules.
 */
#include "read_test_util.h"

#define T_2017 1494019800 /* 2017-05-05 21:30:00 UTC */

static int64_t ok(const char *s)
{
    int64_t t = 0;
    vg_err e = vg_date_parse(s, strlen(s), &t);
    if (e != VG_OK)
        fail_msg("'%s' should parse", s);
    return t;
}

static void bad(const char *s)
{
    int64_t t = 0;
    if (vg_date_parse(s, strlen(s), &t) != VG_EPARSE)
        fail_msg("'%s' should be refused, got %lld", s, (long long)t);
}

static void test_iso(void **state)
{
    (void)state;
    assert_int_equal(ok("2017-05-05T21:30:00Z"), T_2017);
    assert_int_equal(ok("2017-05-05t21:30:00z"), T_2017);
    assert_int_equal(ok("2017-05-05T21:30:00"), T_2017);
    assert_int_equal(ok("2017-05-05T23:30:00+02:00"), T_2017);
    assert_int_equal(ok("2017-05-05T23:30:00+0200"), T_2017);
    assert_int_equal(ok("2017-05-05T23:30:00+02"), T_2017);
    assert_int_equal(ok("2017-05-05T16:30:00-05:00"), T_2017);
    assert_int_equal(ok("2017-05-05T21:30:00.123Z"), T_2017);
    assert_int_equal(ok("2017-05-05T21:30:00.999999+00:00"), T_2017);
    assert_int_equal(ok("2017-05-05T21:30Z"), T_2017);
    assert_int_equal(ok("2017-05-05 21:30:00 UTC"), T_2017);
    assert_int_equal(ok("2017-05-05 21:30:00 +0000"), T_2017);
    assert_int_equal(ok("2017/05/05 21:30:00"), T_2017);
    assert_int_equal(ok("2017-05-05"), 1493942400);
    assert_int_equal(ok("  2015-01-17 17:05:00\n"), 1421514300);
    assert_int_equal(ok("2000-02-29 12:00:00"), 951825600);
    assert_int_equal(ok("1969-12-31T23:59:59Z"), -1);
    assert_int_equal(ok("2016-12-31T23:59:60Z"), 1483228800); /* leap second */
}

static void test_rfc2822(void **state)
{
    (void)state;
    assert_int_equal(ok("Fri, 05 May 2017 23:30:00 +0200"), T_2017);
    assert_int_equal(ok("Fri, 5 May 2017 21:30:00 GMT"), T_2017);
    assert_int_equal(ok("05 May 2017 21:30:00 UT"), T_2017);
    assert_int_equal(ok("Fri, 05 May 2017 17:30:00 EDT"), T_2017);
    assert_int_equal(ok("Fri, 05 May 2017 16:30:00 EST"), T_2017 + 0);
    assert_int_equal(ok("Fri, 05 May 2017 14:30:00 PDT"), T_2017);
    assert_int_equal(ok("Fri, 05 May 2017 21:30 Z"), T_2017);
    assert_int_equal(ok("Friday, 05 May 17 21:30:00 +0000"), T_2017);
    assert_int_equal(ok("Fri, 05 May 2017 21:30:00 +0000 (UTC)"), T_2017);
    assert_int_equal(ok("05-May-2017 21:30:00"), T_2017);
}

static void test_twitter_us_epoch(void **state)
{
    (void)state;
    assert_int_equal(ok("Fri May 05 21:30:00 +0000 2017"), T_2017);
    assert_int_equal(ok("Fri May 05 23:30:00 +0200 2017"), T_2017);
    assert_int_equal(ok("Fri May  5 21:30:00 2017"), T_2017); /* asctime */
    assert_int_equal(ok("1/17/2015 17:05"), 1421514300);
    assert_int_equal(ok("01/17/2015 17:05:00"), 1421514300);
    assert_int_equal(ok("1/17/2015 5:05 PM"), 1421514300);
    assert_int_equal(ok("1/17/2015 12:05 AM"), 1421453100);
    assert_int_equal(ok("1/17/15 17:05"), 1421514300);
    assert_int_equal(ok("1/17/2015"), 1421452800);
    assert_int_equal(ok("1494019800"), T_2017);
    assert_int_equal(ok("1494019800.75"), T_2017);
    assert_int_equal(ok("1494019800123"), T_2017);      /* 13 digits: ms */
    assert_int_equal(ok("1494019800123456"), T_2017);   /* 16: µs */
    assert_int_equal(ok("1494019800123456789"), T_2017); /* 19: ns */
    assert_int_equal(ok("0"), 0);
}

static void test_refused(void **state)
{
    (void)state;
    bad("");
    bad("   ");
    bad("yesterday");
    bad("2017-13-01");
    bad("2017-00-10");
    bad("2017-02-29");       /* not a leap year */
    bad("1900-02-29");       /* century rule */
    bad("2017-04-31");
    bad("2017-05-05T24:00:00");
    bad("2017-05-05T21:60:00");
    bad("2017-05-05T21:30:61");
    bad("2017-05-05T21:30:00+24:00");
    bad("2017-05-05T21:30:00+02:75");
    bad("2017-05-05T21:30:00 nonsense");
    bad("2017-05-05T21:30:00Zjunk");
    bad("Fri, 32 May 2017 21:30:00 GMT");
    bad("Fri, 05 Mai 2017 21:30:00 GMT");
    bad("Fri May 05 21:30:00 +0000");
    bad("13/17/2015 17:05");
    bad("1/17/2015 13:05 PM");
    bad("12345678901234567890"); /* 20 digits */
    bad("1494019800.");
    bad("1e9");
    bad("-5");
    bad("2017-05-05T");
    int64_t t;
    assert_int_equal(vg_date_parse(NULL, 0, &t), VG_EPARSE);
    /* Only n bytes are read: no NUL needed, trailing bytes ignored. */
    assert_int_equal(vg_date_parse("2017-05-05XYZ", 10, &t), VG_OK);
    assert_int_equal(t, 1493942400);
}

static void test_feb29_and_extremes(void **state)
{
    (void)state;
    assert_int_equal(ok("2016-02-29"), 1456704000);
    assert_int_equal(ok("2400-02-29"), 13574563200LL);
    assert_int_equal(ok("0000-01-01"), -62167219200LL);
    assert_int_equal(ok("9999-12-31T23:59:59Z"), 253402300799LL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_iso),
        cmocka_unit_test(test_rfc2822),
        cmocka_unit_test(test_twitter_us_epoch),
        cmocka_unit_test(test_refused),
        cmocka_unit_test(test_feb29_and_extremes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
