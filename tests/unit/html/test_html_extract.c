/*
 * test_html_extract.c - the extractor (vigie/html.h) on small handmade
 * pages: charsets (meta, HTTP header, BOM, wrong declarations, fallback),
 * title suffixes, dates from JSON-LD / meta / <time> / visible text,
 * boilerplate removal, the caps (page size, elements, depth), binary and
 * empty input, and the charset helpers.  Issue 3.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "vg_html_charset.h"
#include "vg_html_dom.h"
#include "vigie/html.h"

static vg_html *X;

static int setup(void **state)
{
    (void)state;
    return vg_html_new(&X, NULL) == VG_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    vg_html_free(X);
    vg_html_free(NULL); /* free takes NULL */
    return 0;
}

/* s[0..n) holds needle (n: slices are not NUL-terminated in general). */
static int has(vg_slice s, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= s.n; i++)
        if (memcmp(s.p + i, needle, k) == 0)
            return 1;
    return 0;
}

static void eq(vg_slice s, const char *want)
{
    char got[512];
    snprintf(got, sizeof got, "%.*s", (int)s.n, s.p ? s.p : "");
    assert_string_equal(got, want);
}

static vg_err run(const char *page, const vg_html_hints *h, vg_html_doc *d)
{
    return vg_html_extract(X, page, strlen(page), h, d);
}

/* A page with prose of n paragraphs, for tests that need a body. */
#define PROSE                                                                                 \
    "<p>The campaign said on Saturday that thousands of emails posted online had been "    \
    "mixed with false ones, in an attempt to sow doubt before the vote.</p>"                \
    "<p>The documents appeared late on Friday and were spread by accounts that, "           \
    "according to the campaign, acted in a coordinated way.</p>"                            \
    "<p>Investigators have not said who was behind the leak, nor when they expect to.</p>"

static void test_boilerplate(void **state)
{
    (void)state;
    const char *page =
        "<html><head><title>Leak | Planet</title></head><body>"
        "<div class='cookie-consent'>We use cookies to give you the best experience on "
        "this site, accept them all now.</div>"
        "<nav><a href='/'>Home</a> <a href='/world'>World news from everywhere</a></nav>"
        "<div class='main'><article><h1>Leak</h1>"
        "<div class='social-share'><a href='/s'>Share this story with your friends "
        "today</a></div>" PROSE
        "<ul class='related'><li><a href='/r1'>Another story about something that "
        "happened elsewhere</a></li><li><a href='/r2'>And yet another one, with a long "
        "title</a></li></ul>"
        "</article><div id='comments'><p>First! This comment is long enough to be "
        "a paragraph of its own, really.</p></div></div>"
        "<footer><p>Copyright 2017 Planet, all rights reserved, terms, privacy, contact "
        "and more.</p></footer></body></html>";
    vg_html_doc d;
    assert_int_equal(run(page, NULL, &d), VG_OK);
    assert_true(has(d.text, "The campaign said on Saturday"));
    assert_true(has(d.text, "Investigators have not said"));
    assert_true(has(d.text, "before the vote.\n\nThe documents")); /* paragraphs kept */
    const char *absent[] = {"cookies", "Home", "Share this", "Another story", "First!",
                            "Copyright"};
    for (size_t i = 0; i < sizeof absent / sizeof absent[0]; i++)
        assert_false(has(d.text, absent[i]));
    assert_false(d.flags & VG_HTML_NO_BODY);

    /* A tweet quoted in the article stays, links and all; a share box
     * does not. */
    const char *tweet =
        "<html><body><article>" PROSE
        "<div class='social-media-embed'><blockquote class='twitter-tweet'><p>We are on "
        "it, said the governor <a href='https://t.co/x'>https://t.co/x</a></p>&mdash; Gov "
        "(@gov) <a href='https://twitter.com/gov/status/1'>November 18, 2019</a>"
        "</blockquote></div>"
        "<div class='social-share'><a href='/s'>Share on Facebook</a> <a href='/t'>Share on "
        "Twitter</a></div></article></body></html>";
    assert_int_equal(run(tweet, NULL, &d), VG_OK);
    assert_true(has(d.text, "We are on it, said the governor"));
    assert_false(has(d.text, "Share on"));
}

static void test_title_suffix(void **state)
{
    (void)state;
    static const struct {
        const char *head, *want;
    } cases[] = {
        {"<title>Leaked emails mixed with fakes | The Daily Planet</title>"
         "<meta property='og:site_name' content='The Daily Planet'>",
         "Leaked emails mixed with fakes"},
        {"<title>The Daily Planet - Leaked emails mixed with fakes, campaign says</title>"
         "<meta property='og:site_name' content='The Daily Planet'>",
         "Leaked emails mixed with fakes, campaign says"},
        {"<title>Leaked emails mixed with fakes, campaign says \xE2\x80\x94 DP</title>",
         "Leaked emails mixed with fakes, campaign says"},
        {"<title>Why the leak matters: a guide</title>", "Why the leak matters: a guide"},
        {"<title>Site name | Home</title><meta property='og:title' "
         "content='The headline from og'>",
         "The headline from og"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char page[2048];
        snprintf(page, sizeof page, "<html><head>%s</head><body>%s</body></html>",
                 cases[i].head, PROSE);
        vg_html_doc d;
        assert_int_equal(run(page, NULL, &d), VG_OK);
        eq(d.title, cases[i].want);
    }
    /* the <h1> the title starts with */
    vg_html_doc d;
    assert_int_equal(run("<html><head><title>Mixed with fakes, campaign says - Planet "
                         "Daily News Online</title></head><body><h1>Mixed with fakes, "
                         "campaign says</h1>" PROSE "</body></html>",
                         NULL, &d),
                     VG_OK);
    eq(d.title, "Mixed with fakes, campaign says");
    assert_false(has(d.text, "Mixed with fakes")); /* the headline is not body text */
}

static void test_dates(void **state)
{
    (void)state;
    static const struct {
        const char *markup;
        int64_t want;
        const char *source;
    } cases[] = {
        {"<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"H\","
         "\"datePublished\":\"2017-05-06T09:15:00+02:00\"}</script>",
         1494054900, "json-ld"},
        {"<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebSite\"},"
         "{\"@type\":\"Article\",\"datePublished\":\"2019-11-19\"}]}</script>",
         1574121600, "json-ld"},
        /* broken JSON-LD (trailing comma): the date is still found */
        {"<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
         "\"datePublished\": \"2019-11-19T10:00:00Z\",}</script>",
         1574157600, "json-ld"},
        {"<meta property='article:published_time' content='2019-11-19T10:00:00Z'>",
         1574157600, "meta"},
        {"<meta name='pdate' content='20191119'>", 1574121600, "meta"},
        {"<meta itemprop='datePublished dateCreated' content='2019-11-19T10:00:00Z'>",
         1574157600, "meta"},
        {"<time datetime='2019-11-19T10:00:00Z'>Nov 19</time>", 1574157600, "time"},
        {"<div class='post-date'>Posted on November 19th, 2019</div>", 1574121600, "text"},
        {"<span class='date'>19 Nov. 2019</span>", 1574121600, "text"},
        /* an epoch of 0 or a far future is a placeholder, not a date */
        {"<meta name='date' content='1970-01-01'>", VG_TIME_NONE, ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char page[2048];
        snprintf(page, sizeof page, "<html><head></head><body>%s<div>%s</div></body></html>",
                 cases[i].markup, PROSE);
        vg_html_doc d;
        assert_int_equal(run(page, NULL, &d), VG_OK);
        if (d.published_at != cases[i].want)
            fail_msg("case %zu: got %lld", i, (long long)d.published_at);
        eq(d.date_source, cases[i].source);
    }
    /* no date on the page: the crawl date, flagged */
    vg_html_hints h = {.url = "https://x.example/a", .fetched_at = 1574157600};
    vg_html_doc d;
    assert_int_equal(run("<html><body>" PROSE "</body></html>", &h, &d), VG_OK);
    assert_int_equal(d.published_at, 1574157600);
    assert_true(d.flags & VG_HTML_DATE_FETCH);
    /* a byline with a date: dropped from the text, its date kept */
    assert_int_equal(run("<html><body><article><p>By Jane Doe and John Roe on Monday, "
                         "November 18th, 2019 at 11:08 a.m.</p>" PROSE "</article></body></html>",
                         NULL, &d),
                     VG_OK);
    assert_int_equal(d.published_at, 1574035200);
    eq(d.date_source, "byline");
    assert_false(has(d.text, "Jane Doe"));
    /* a dateline opening the body, when nothing else dates the page */
    assert_int_equal(run("<html><body><article><p>PARIS, November 19, 2019 - The campaign "
                         "said on Saturday that thousands of emails had been mixed with "
                         "false ones.</p>" PROSE "</article></body></html>",
                         NULL, &d),
                     VG_OK);
    assert_int_equal(d.published_at, 1574121600);
    eq(d.date_source, "dateline");
    /* visible dates */
    const char *t = "Published Nov. 19, 2019 at 10:00";
    assert_int_equal(vg_html_text_date(t, strlen(t)), 1574121600);
    t = "2019/11/19";
    assert_int_equal(vg_html_text_date(t, strlen(t)), 1574121600);
    t = "version 12345 of 3 May";
    assert_int_equal(vg_html_text_date(t, strlen(t)), VG_TIME_NONE);
}

static void test_metadata(void **state)
{
    (void)state;
    const char *page =
        "<html lang='fr-FR'><head><title>T</title>"
        "<link rel='canonical' href='/world/leak'>"
        "<meta name='author' content='By Jane Doe'>"
        "<meta property='article:author' content='https://planet.example/staff/jane'>"
        "<meta name='description' content='A summary.'>"
        "</head><body><article>" PROSE
        "<p>See <a href='/other'>the earlier story</a> and <a href='#top'>top</a> and "
        "<a href='mailto:x@y.z'>mail</a>, which is not a web link at all.</p>"
        "</article></body></html>";
    vg_html_hints h = {.url = "https://www.planet.example/x?y=1"};
    vg_html_doc d;
    assert_int_equal(run(page, &h, &d), VG_OK);
    eq(d.url, "https://www.planet.example/world/leak");
    eq(d.host, "planet.example");
    eq(d.site, "planet.example");
    eq(d.lang, "fr-fr");
    eq(d.authors, "Jane Doe");
    eq(d.description, "A summary.");
    eq(d.links, "https://www.planet.example/other");
    /* JSON-LD authors, several, and the publisher as site */
    assert_int_equal(
        run("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
            "\"author\":[{\"name\":\"A One\"},{\"name\":\"B Two\"},\"C Three\"],"
            "\"publisher\":{\"name\":\"Planet\"}}</script></head><body>" PROSE
            "</body></html>",
            NULL, &d),
        VG_OK);
    eq(d.authors, "A One\nB Two\nC Three");
    eq(d.site, "Planet");
}

static void test_charsets(void **state)
{
    (void)state;
    vg_html_doc d;
    /* <meta charset> Latin-1 */
    const char *l1 = "<html><head><meta charset='iso-8859-1'><title>R\xe9sum\xe9</title>"
                     "</head><body>" PROSE "</body></html>";
    assert_int_equal(run(l1, NULL, &d), VG_OK);
    eq(d.title, "R\xC3\xA9sum\xC3\xA9");
    eq(d.charset, "WINDOWS-1252");
    /* the HTTP header wins over the page */
    const char *cp = "<html><head><meta charset='utf-8'><title>\xcf\xf0\xe8\xe2\xe5\xf2"
                     "</title></head><body>" PROSE "</body></html>";
    vg_html_hints h = {.charset = "windows-1251"};
    assert_int_equal(run(cp, &h, &d), VG_OK);
    eq(d.title, "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82"); /* Привет */
    /* declared Latin-1, written in UTF-8 */
    const char *wrong = "<html><head><meta charset='iso-8859-1'><title>Caf\xC3\xA9</title>"
                        "</head><body>" PROSE "</body></html>";
    assert_int_equal(run(wrong, NULL, &d), VG_OK);
    eq(d.title, "Caf\xC3\xA9");
    eq(d.charset, "UTF-8");
    /* declared windows-1251, written in UTF-8 */
    const char *w1251 = "<html><head><meta charset='windows-1251'><title>\xD0\x9F\xD1\x80"
                        "\xD0\xB8</title></head><body>" PROSE "</body></html>";
    assert_int_equal(run(w1251, NULL, &d), VG_OK);
    eq(d.title, "\xD0\x9F\xD1\x80\xD0\xB8");
    /* declared UTF-8, written in Latin-1 */
    const char *wrong2 = "<html><head><meta charset='utf-8'><title>Caf\xe9 cr\xe8me</title>"
                         "</head><body>" PROSE "</body></html>";
    assert_int_equal(run(wrong2, NULL, &d), VG_OK);
    eq(d.title, "Caf\xC3\xA9 cr\xC3\xA8me");
    /* nothing declared, not UTF-8: windows-1252 (curly quotes) */
    const char *none = "<html><head><title>\x93Quoted\x94</title></head><body>" PROSE
                       "</body></html>";
    assert_int_equal(run(none, NULL, &d), VG_OK);
    eq(d.title, "\xE2\x80\x9CQuoted\xE2\x80\x9D");
    /* "utf-16" declared in an ASCII page: read as UTF-8, as browsers do */
    const char *u16 = "<html><head><meta charset='utf-16'><title>Caf\xC3\xA9</title></head>"
                      "<body>" PROSE "</body></html>";
    assert_int_equal(run(u16, NULL, &d), VG_OK);
    eq(d.title, "Caf\xC3\xA9");
    /* XHTML: the XML declaration's encoding */
    const char *xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html><head><title>"
                      "Caf\xe9</title></head><body>" PROSE "</body></html>";
    assert_int_equal(run(xml, NULL, &d), VG_OK);
    eq(d.title, "Caf\xC3\xA9");
    eq(d.charset, "WINDOWS-1252");
    /* a charset nobody knows: decided from the bytes */
    const char *bogus = "<html><head><meta charset='x-no-such-thing'><title>Caf\xC3\xA9"
                        "</title></head><body>" PROSE "</body></html>";
    assert_int_equal(run(bogus, NULL, &d), VG_OK);
    eq(d.title, "Caf\xC3\xA9");
    /* UTF-16LE with a BOM */
    const char *ascii = "<html><head><title>Wide</title></head><body>" PROSE "</body></html>";
    size_t n = strlen(ascii);
    char *w = malloc(2 * n + 2);
    assert_non_null(w);
    w[0] = (char)0xFF;
    w[1] = (char)0xFE;
    for (size_t i = 0; i < n; i++) {
        w[2 + 2 * i] = ascii[i];
        w[3 + 2 * i] = 0;
    }
    assert_int_equal(vg_html_extract(X, w, 2 * n + 2, NULL, &d), VG_OK);
    eq(d.title, "Wide");
    free(w);
    /* invalid UTF-8 and NUL bytes are replaced, never passed on */
    const char bad[] = "<html><head><title>A\xC3(B\0C</title></head><body>" PROSE
                       "</body></html>";
    assert_int_equal(vg_html_extract(X, bad, sizeof bad - 1, NULL, &d), VG_OK);
    assert_true(vg_html_utf8_valid(d.title.p, d.title.n));
    assert_true(vg_html_utf8_valid(d.text.p, d.text.n));
    assert_true(has(d.title, "\xEF\xBF\xBD"));
    /* the Content-Type parameter */
    char name[VG_CHARSET_NAME_MAX];
    const char *ct = "text/html; charset=\"Shift_JIS\"";
    vg_html_charset_param(ct, strlen(ct), name);
    assert_string_equal(name, "Shift_JIS");
    vg_html_charset_param("text/html", 9, name);
    assert_string_equal(name, "");
}

static void test_bad_input(void **state)
{
    (void)state;
    vg_html_doc d;
    /* binary bytes with an HTML name */
    const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    assert_int_equal(vg_html_extract(X, png, sizeof png - 1, NULL, &d), VG_EFORMAT);
    assert_true(strstr(vg_html_errmsg(X), "PNG") != NULL);
    char junk[256];
    for (size_t i = 0; i < sizeof junk; i++)
        junk[i] = (char)(i % 7 == 0 ? 0 : i);
    assert_int_equal(vg_html_extract(X, junk, sizeof junk, NULL, &d), VG_EFORMAT);
    /* empty and text-only input: a document without body, no failure */
    assert_int_equal(vg_html_extract(X, "", 0, NULL, &d), VG_OK);
    assert_true(d.flags & VG_HTML_NO_BODY);
    assert_int_equal(run("just some words", NULL, &d), VG_OK);
    /* truncated markup still yields the text before the cut */
    assert_int_equal(run("<html><body><div><p>The campaign said on Saturday that thousands "
                         "of emails posted online had been mixed with false ones.</p><p>And "
                         "then the page was cut in the mid",
                         NULL, &d),
                     VG_OK);
    assert_true(has(d.text, "mixed with false ones."));
    /* the same extractor is usable after errors */
    assert_int_equal(run("<html><body>" PROSE "</body></html>", NULL, &d), VG_OK);
    assert_true(has(d.text, "The campaign said"));
}

static void test_caps(void **state)
{
    (void)state;
    vg_html *x;
    vg_html_opts o = {.max_bytes = 1000, .max_nodes = 50, .max_depth = 20};
    assert_int_equal(vg_html_new(&x, &o), VG_OK);
    vg_html_doc d;
    /* over the size cap: refused with the sizes in the message */
    char *big = malloc(5000);
    assert_non_null(big);
    memset(big, 'a', 4999);
    big[4999] = '\0';
    assert_int_equal(vg_html_extract(x, big, 4999, NULL, &d), VG_ELIMIT);
    assert_non_null(strstr(vg_html_errmsg(x), "4999 bytes, over the limit of 1000"));
    free(big);
    /* deep nesting: parsing stops at the depth cap, no crash */
    char deep[1000];
    size_t k = 0;
    for (int i = 0; i < 100; i++)
        k += (size_t)snprintf(deep + k, sizeof deep - k, "<b>");
    snprintf(deep + k, sizeof deep - k, "deep");
    assert_int_equal(vg_html_extract(x, deep, strlen(deep), NULL, &d), VG_OK);
    assert_true(d.flags & VG_HTML_TRUNCATED);
    /* many elements: stops at the element cap */
    char many[1000];
    k = 0;
    for (int i = 0; i < 90; i++)
        k += (size_t)snprintf(many + k, sizeof many - k, "<i></i>");
    assert_int_equal(vg_html_extract(x, many, k, NULL, &d), VG_OK);
    assert_true(d.flags & VG_HTML_TRUNCATED);
    vg_html_free(x);
    /* a tag with a huge number of attributes ends the page there (libxml2's
     * duplicate-attribute check is quadratic) */
    size_t na = 200000;
    char *attrs = malloc(na * 10 + 64);
    assert_non_null(attrs);
    k = (size_t)sprintf(attrs, "<p>before</p><div");
    for (size_t i = 0; i < na; i++)
        k += (size_t)sprintf(attrs + k, " a%zu=1", i % 100000);
    k += (size_t)sprintf(attrs + k, ">after</div>");
    assert_int_equal(vg_html_extract(X, attrs, k, NULL, &d), VG_OK);
    assert_true(d.flags & VG_HTML_TRUNCATED);
    free(attrs);
    /* the default depth cap on a really deep page */
    size_t n = 200000;
    char *p = malloc(n * 5 + 1);
    assert_non_null(p);
    for (size_t i = 0; i < n; i++)
        memcpy(p + 5 * i, "<div>", 5);
    p[5 * n] = '\0';
    assert_int_equal(vg_html_extract(X, p, 5 * n, NULL, &d), VG_OK);
    assert_true(d.flags & VG_HTML_TRUNCATED);
    free(p);
}

static void test_sniff(void **state)
{
    (void)state;
    assert_true(vg_html_sniff("<!DOCTYPE html><html>", 21));
    assert_true(vg_html_sniff("\xEF\xBB\xBF\n  <html>", 13));
    assert_false(vg_html_sniff("{\"a\":1}", 7));
    assert_false(vg_html_sniff("Hello", 5));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_boilerplate), cmocka_unit_test(test_title_suffix),
        cmocka_unit_test(test_dates),       cmocka_unit_test(test_metadata),
        cmocka_unit_test(test_charsets),    cmocka_unit_test(test_bad_input),
        cmocka_unit_test(test_caps),        cmocka_unit_test(test_sniff),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
