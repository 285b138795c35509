/*
 * test_langtag.c - language codes and names from input fields.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "vg_langtag.h"

static void code_is(const char *in, const char *want)
{
    char out[8];
    size_t k = vg_langtag_code(in, strlen(in), out);
    assert_int_equal(k, strlen(want));
    assert_string_equal(out, want);
}

static void test_codes(void **state)
{
    (void)state;
    code_is("en", "en");
    code_is("EN", "en");
    code_is("pt-BR", "pt");
    code_is("pt_BR", "pt");
    code_is("zh-Hant", "zh");
    code_is("fil", "fil");
    code_is(" fr ", "fr");
    code_is("und", "");
    code_is("", "");
    code_is("e", "");
    code_is("en-", "en");
    code_is("English", "en");
    code_is("RUSSIAN", "ru");
    code_is("Tagalog (Filipino)", "tl");
    code_is("Farsi (Persian)", "fa");
    code_is("Simplified Chinese", "zh");
    code_is("LANGUAGE UNDEFINED", "");
    code_is("Klingon", "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_codes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
