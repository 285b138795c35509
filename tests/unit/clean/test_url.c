/*
 * test_url.c - vg_url_canon on a table of inputs, and where a URL written
 * in running text ends (vg_url_span).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "vg_url.h"

static const struct {
    const char *in, *want; /* want "" = rejected */
} table[] = {
    {"http://Example.COM/Path", "http://example.com/Path"},
    {"HTTPS://example.com", "https://example.com/"},
    {"http://example.com:80/a", "http://example.com/a"},
    {"https://example.com:443/a", "https://example.com/a"},
    {"http://example.com:8080/a", "http://example.com:8080/a"},
    {"https://example.com:80/a", "https://example.com:80/a"},
    {"http://example.com:/a", "http://example.com/a"},
    {"https://example.com/a#section", "https://example.com/a"},
    {"https://twitter.com/#!/jack", "https://twitter.com/#!/jack"},
    {"https://example.com/a?utm_source=tw&utm_medium=social&id=7", "https://example.com/a?id=7"},
    {"https://example.com/a?id=7&fbclid=IwAR0x&gclid=abc", "https://example.com/a?id=7"},
    {"https://example.com/?UTM_Campaign=x", "https://example.com/"},
    {"https://example.com/a?dclid=1&msclkid=2&mc_cid=3&mc_eid=4&igshid=5&yclid=6&_ga=7&ref_src=8", "https://example.com/a"},
    {"https://example.com/a?b=1&&c=2", "https://example.com/a?b=1&c=2"},
    {"https://example.com/a?ref=home", "https://example.com/a?ref=home"},
    {"https://twitter.com/user/status/1?s=20&t=abc", "https://twitter.com/user/status/1"},
    {"https://example.com/a?s=20", "https://example.com/a?s=20"},
    {"https://example.com/caf%c3%a9/%2f", "https://example.com/caf%C3%A9/%2F"},
    {"https://example.com/100%", "https://example.com/100%"},
    {"http://user:pw@Example.com/", "http://user:pw@example.com/"},
    {"http://[2001:DB8::1]:80/x", "http://[2001:db8::1]/x"},
    {"https://пример.рф/путь", "https://пример.рф/путь"},
    {"https://example.com/a?q=%e2%82%ac#frag?x", "https://example.com/a?q=%E2%82%AC"},
    {"ftp://example.com/", ""},
    {"mailto:a@b.c", ""},
    {"example.com", ""},
    {"http://", ""},
    {"http:///path", ""},
    {"http://exa mple.com/", ""},
    {"http://example.com:8a/", ""},
    {"http://ex<ample.com/", ""},
};

static void test_canon(void **state)
{
    (void)state;
    char out[256];
    for (size_t i = 0; i < sizeof table / sizeof *table; i++) {
        size_t k = vg_url_canon(table[i].in, strlen(table[i].in), out, sizeof out);
        if (k != strlen(table[i].want) || strcmp(out, table[i].want) != 0) {
            print_error("canon(%s) = '%s', want '%s'\n", table[i].in, out, table[i].want);
            fail();
        }
        if (k) { /* canonical form is a fixed point */
            char again[256];
            assert_int_equal(vg_url_canon(out, k, again, sizeof again), k);
            assert_string_equal(again, out);
        }
    }
}

static void test_capacity(void **state)
{
    (void)state;
    char out[16];
    const char *u = "https://example.com/long/path";
    assert_int_equal(vg_url_canon(u, strlen(u), out, sizeof out), 0);
    assert_string_equal(out, "");
    assert_int_equal(vg_url_canon(u, strlen(u), out, 0), 0);
    char exact[21];
    assert_int_equal(vg_url_canon("https://example.com/", 20, exact, sizeof exact), 20);
    assert_int_equal(vg_url_canon("https://example.com/", 20, exact, 20), 0);
}

static void span_is(const char *text, const char *want)
{
    size_t k = vg_url_span(text, strlen(text));
    assert_int_equal(k, strlen(want));
    assert_memory_equal(text, want, k);
}

static void test_span(void **state)
{
    (void)state;
    span_is("https://example.com/a. Next", "https://example.com/a");
    span_is("https://example.com/a, and", "https://example.com/a");
    span_is("https://example.com/a).", "https://example.com/a");
    span_is("https://en.wikipedia.org/wiki/Foo_(bar) x", "https://en.wikipedia.org/wiki/Foo_(bar)");
    span_is("https://en.wikipedia.org/wiki/Foo_(bar))", "https://en.wikipedia.org/wiki/Foo_(bar)");
    span_is("http://t.co/abc\xE2\x80\xA6", "http://t.co/abc");
    span_is("https://x.org/a\xE2\x80\x9D said", "https://x.org/a");
    span_is("https://x.org/a?b=1&c=2!", "https://x.org/a?b=1&c=2");
    span_is("www.example.com/x;", "www.example.com/x");
    span_is("https://x.org/#frag:", "https://x.org/#frag");
    assert_int_equal(vg_url_span("https://", 8), 0);
    assert_int_equal(vg_url_span("http://.", 8), 0);
    assert_int_equal(vg_url_span("hello", 5), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_canon),
        cmocka_unit_test(test_capacity),
        cmocka_unit_test(test_span),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
