/*
 * test_norm.c - whitespace normalisation and NFC, including the quick
 * check (already-NFC text is not copied) and scripts that must pass
 * through untouched (CJK, Japanese, Thai, Hangul, emoji).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "vg_norm.h"

static vg_norm *nm;

static int setup(void **state)
{
    (void)state;
    nm = vg_norm_new();
    return nm ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    vg_norm_free(nm);
    return 0;
}

static void space_is(const char *in, const char *want)
{
    vg_buf b = VG_BUF_INIT;
    assert_int_equal(vg_norm_space(in, strlen(in), &b), VG_OK);
    assert_int_equal(b.n, strlen(want));
    if (b.n)
        assert_memory_equal(b.p, want, b.n);
    vg_buf_free(&b);
}

static void test_space(void **state)
{
    (void)state;
    space_is("", "");
    space_is("   \n\t\r\n  ", "");
    space_is("  a  b\t\tc  ", "a b c");
    space_is("a\xC2\xA0\xC2\xA0" "b\xE2\x80\x83" "c\xE3\x80\x80" "d", "a b c d"); /* NBSP, em space, ideographic */
    space_is("line one  \r\nline two\rline three\n\n\nline four", "line one\nline two\nline three\nline four");
    space_is("a\x01\x02" "b\x7F" "c\xC2\x85" "d", "abc\nd"); /* C0, DEL dropped; NEL ends a line */
    space_is("x\xE2\x80\xA8y\xE2\x80\xA9z", "x\ny\nz");           /* LS, PS */
    space_is("\xEF\xBB\xBFstart\xE2\x80\x8Bzw", "startzw");           /* BOM, ZWSP */
    space_is("\xC2\x80\xC2\x9F" "ok", "ok");                          /* C1 controls */
    space_is("\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9", "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9"); /* ZWJ kept */
}

static void nfc_is(const char *in, const char *want, int changes)
{
    vg_buf b = VG_BUF_INIT;
    int changed = -1;
    assert_int_equal(vg_norm_nfc(nm, in, strlen(in), &b, &changed), VG_OK);
    assert_int_equal(changed, changes);
    if (changed) {
        assert_int_equal(b.n, strlen(want));
        assert_memory_equal(b.p, want, b.n);
    } else {
        assert_string_equal(in, want);
    }
    vg_buf_free(&b);
}

static void test_nfc(void **state)
{
    (void)state;
    nfc_is("cafe\xCC\x81", "caf\xC3\xA9", 1);                  /* e + acute */
    nfc_is("caf\xC3\xA9", "caf\xC3\xA9", 0);                   /* already NFC */
    nfc_is("\xE2\x84\xA6", "\xCE\xA9", 1);                     /* ohm sign -> omega */
    nfc_is("\xE2\x84\xAB", "\xC3\x85", 1); /* angstrom sign -> Å (fuzz: singleton via Å) */
    nfc_is("\xE1\x84\x80\xE1\x85\xA1", "\xEA\xB0\x80", 1);     /* jamo -> 가 */
    nfc_is("\xD0\xB8\xCC\x86", "\xD0\xB9", 1);                 /* и + breve -> й */
    nfc_is("\xD0\x99\xD0\xB9", "\xD0\x99\xD0\xB9", 0);         /* Йй already */
    nfc_is("a\xCC\xA3\xCC\x87", "\xE1\xBA\xA1\xCC\x87", 1);    /* canonical reordering */
    const char *stable[] = {
        "plain ascii",
        "\xE4\xB8\xAD\xE6\x96\x87\xE6\x96\x87\xE6\x9C\xAC",                 /* 中文文本 */
        "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE\xE3\x83\x86\xE3\x82\xAD\xE3\x82\xB9\xE3\x83\x88", /* 日本語のテキスト */
        "\xE0\xB8\xA0\xE0\xB8\xB2\xE0\xB8\xA9\xE0\xB8\xB2\xE0\xB9\x84\xE0\xB8\x97\xE0\xB8\xA2", /* ภาษาไทย */
        "\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4",                           /* 한국어 */
        "\xF0\x9F\x98\x80\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7",                 /* emoji, flag */
        "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82",                 /* Привет */
    };
    for (size_t i = 0; i < sizeof stable / sizeof *stable; i++) {
        assert_true(vg_norm_is_nfc(nm, stable[i], strlen(stable[i])));
        nfc_is(stable[i], stable[i], 0);
    }
    /* Japanese dakuten composes: か + ゙ -> が */
    nfc_is("\xE3\x81\x8B\xE3\x82\x99", "\xE3\x81\x8C", 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_space),
        cmocka_unit_test(test_nfc),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
