/*
 * test_byline.c - bylines at the start or end of a text, and wire-style
 * datelines.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "clean_testutil.h"
#include "vg_byline.h"

static void by_is(const char *line, int at_end, const char *want)
{
    vg_slice name = {0};
    int ok = vg_byline_match(line, strlen(line), at_end, &name);
    if (!want) {
        if (ok) {
            print_error("byline in '%s': '%.*s'\n", line, (int)name.n, name.p);
            fail();
        }
        return;
    }
    if (!ok || !tu_eq(name, want)) {
        print_error("byline '%s': got %d '%.*s', want '%s'\n", line, ok, (int)name.n, name.p ? name.p : "", want);
        fail();
    }
}

static void test_byline(void **state)
{
    (void)state;
    by_is("\xE2\x80\xA2 Zachary Reyes", 1, "Zachary Reyes");
    by_is("\xE2\x80\xA2 Zachary Reyes", 0, NULL);
    by_is("By Jane Doe", 0, "Jane Doe");
    by_is("BY JANE DOE", 0, "JANE DOE");
    by_is("By Jane Doe, Reuters", 1, "Jane Doe");
    by_is("By Jane Doe and John Roe", 0, "Jane Doe and John Roe");
    by_is("Par Jean Dupont", 0, "Jean Dupont");
    by_is("Par Jean de La Fontaine", 1, "Jean de La Fontaine");
    by_is("Von Hans M\xC3\xBCller", 0, "Hans M\xC3\xBCller");
    by_is("Por Jos\xC3\xA9 Garc\xC3\xAD" "a", 0, "Jos\xC3\xA9 Garc\xC3\xAD" "a");
    by_is("\xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80: \xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD \xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2", 0,
          "\xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD \xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2"); /* Автор: Иван Петров */
    by_is("By the way, nobody knew.", 0, NULL);
    by_is("By Monday, 3 people had died", 0, NULL);
    by_is("Par ailleurs, le gouvernement", 0, NULL);
    by_is("By", 0, NULL);
    by_is("- the end.", 1, NULL);
}

static void dl_is(const char *line, const char *place, const char *agency, const char *rest)
{
    vg_slice pl = {0}, ag = {0};
    size_t k = vg_dateline_match(line, strlen(line), &pl, &ag);
    if (!place) {
        assert_int_equal(k, 0);
        return;
    }
    if (!k) {
        print_error("no dateline in '%s'\n", line);
        fail();
    }
    assert_true(tu_eq(pl, place));
    assert_true(tu_eq(ag, agency));
    assert_string_equal(line + k, rest);
}

static void test_dateline(void **state)
{
    (void)state;
    dl_is("MOSCOW (Sputnik) \xE2\x80\x94 On Monday, Richard Ferrand said", "MOSCOW", "Sputnik",
          "On Monday, Richard Ferrand said");
    dl_is("PARIS (AFP) - France's president", "PARIS", "AFP", "France's president");
    dl_is("WASHINGTON (Reuters) - U.S. officials", "WASHINGTON", "Reuters", "U.S. officials");
    dl_is("KYIV, Ukraine (AP) \xE2\x80\x94 Ukrainian forces", "KYIV", "AP", "Ukrainian forces");
    dl_is("BERLIN, 5. Mai (Reuters) - Die Bundesregierung", "BERLIN", "Reuters", "Die Bundesregierung");
    dl_is("NEW YORK (CNN) \xE2\x80\x93 Stocks", "NEW YORK", "CNN", "Stocks");
    dl_is("S\xC3\x83O PAULO (Reuters) - Brazil", "S\xC3\x83O PAULO", "Reuters", "Brazil");
    dl_is("On Monday (local time) - nothing", NULL, NULL, NULL);
    dl_is("NATO (the alliance) said", NULL, NULL, NULL);
    dl_is("EU (Brussels) -", NULL, NULL, NULL);
    dl_is("The UN (New York) - a body", NULL, NULL, NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_byline),
        cmocka_unit_test(test_dateline),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
