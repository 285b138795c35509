/*
 * test_mojibake.c - mojibake repair on the fixture table
 * tests/data/clean/mojibake.tsv (synthetic, double-encoded, partial, real
 * SemEval lines, and negatives that must come back unchanged).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "clean_testutil.h"
#include "vg_mojibake.h"

static void fix_is(const char *in, size_t n, const char *want, size_t wn, int line)
{
    vg_buf out = VG_BUF_INIT, scratch = VG_BUF_INIT;
    size_t k = vg_mojibake_fix(in, n, &out, &scratch);
    assert_true(k != (size_t)-1);
    if (out.n != wn || memcmp(out.p, want, wn) != 0) {
        print_error("mojibake.tsv:%d\n  in:   %.*s\n  got:  %.*s\n  want: %.*s\n", line, (int)n, in,
                    (int)out.n, out.p, (int)wn, want);
        fail();
    }
    /* unchanged input <=> no repair counted */
    assert_int_equal(k == 0, n == wn && memcmp(in, want, n) == 0);
    vg_buf_free(&out);
    vg_buf_free(&scratch);
}

static void test_table(void **state)
{
    (void)state;
    size_t len;
    char *t = tu_read("clean/mojibake.tsv", &len);
    assert_non_null(t);
    int lineno = 0, cases = 0;
    char *p = t;
    while (*p) {
        char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        lineno++;
        if (n && p[0] != '#') {
            char *tab = memchr(p, '\t', n);
            assert_non_null(tab);
            fix_is(p, (size_t)(tab - p), tab + 1, n - (size_t)(tab - p) - 1, lineno);
            cases++;
        }
        p += n + (nl != NULL);
    }
    assert_true(cases >= 30);
    free(t);
}

static void test_suspect_leads(void **state)
{
    (void)state;
    assert_true(vg_mojibake_suspect("\xC3\x83\xC2\xA9", 4)); /* "Ã©" */
    assert_true(vg_mojibake_suspect("\xC3\xA2\xE2\x82\xAC", 5)); /* "â€" */
    assert_false(vg_mojibake_suspect("\xC3", 1));
    assert_false(vg_mojibake_suspect("\xC3\x80 \xC3\xB5", 5)); /* À, õ: no lead */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_suspect_leads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
