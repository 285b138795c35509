/*
 * test_clean.c - the whole cleaner through its public API: empty and
 * all-emoji text, CJK/Japanese/Thai, invalid UTF-8 counted and flagged,
 * learned boilerplate (and copypasta posts never learned), language fields,
 * options, and buffer reuse across calls.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "clean_testutil.h"
#include <utf8proc.h>

#include "vg_utf8.h"
#include "vigie/clean.h"

static vg_doc mkdoc(const char *source, const char *title, const char *text, const char *lang)
{
    vg_doc d;
    vg_doc_init(&d);
    d.source = tu_s(source);
    d.title = tu_s(title);
    d.text = tu_s(text);
    d.lang = tu_s(lang);
    return d;
}

/* Output invariants every cleaned document must satisfy. */
static void check_invariants(const vg_doc *d)
{
    assert_int_equal(vg_utf8_valid_prefix(d->text.p, d->text.n), d->text.n);
    utf8proc_uint8_t *nfc = NULL;
    utf8proc_ssize_t k = utf8proc_map((const utf8proc_uint8_t *)d->text.p, (utf8proc_ssize_t)d->text.n,
                                      &nfc, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    assert_true(k >= 0 && (size_t)k == d->text.n && (k == 0 || !memcmp(nfc, d->text.p, (size_t)k)));
    free(nfc);
    for (size_t i = 0; i < d->text.n; i++)
        assert_true((unsigned char)d->text.p[i] >= 0x20 || d->text.p[i] == '\n');
    assert_true(d->lang.n >= 2);
}

static void test_edge_texts(void **state)
{
    (void)state;
    vg_cleaner *c;
    vg_clean_opts o = {.no_langid = 1};
    assert_int_equal(vg_cleaner_new(&c, &o), VG_OK);
    vg_doc d = mkdoc("", "", "", "");
    assert_int_equal(vg_cleaner_clean(c, &d), VG_OK);
    assert_int_equal(d.text.n, 0);
    assert_true(tu_eq(d.lang, "und"));
    assert_non_null(d.text.p);

    d = mkdoc("", "", "\xF0\x9F\x98\x80\xF0\x9F\x94\xA5 \xF0\x9F\x87\xAB\xF0\x9F\x87\xB7\xF0\x9F\x91\x8D", "");
    assert_int_equal(vg_cleaner_clean(c, &d), VG_OK);
    assert_true(tu_eq(d.text, "\xF0\x9F\x98\x80\xF0\x9F\x94\xA5 \xF0\x9F\x87\xAB\xF0\x9F\x87\xB7\xF0\x9F\x91\x8D"));
    check_invariants(&d);

    const char *cjk[] = {
        "\xE4\xB8\xAD\xE5\x9B\xBD\xE6\x94\xBF\xE5\xBA\x9C\xE8\xA1\xA8\xE7\xA4\xBA\xE3\x80\x82", /* 中国政府表示。 */
        "\xE6\x97\xA5\xE6\x9C\xAC\xE3\x81\xAE\xE9\x81\xB8\xE6\x8C\x99\xE3\x81\xAF\xE6\x98\x8E\xE6\x97\xA5\xE3\x81\xA7\xE3\x81\x99\xE3\x80\x82", /* 日本の選挙は明日です。 */
        "\xE0\xB8\x81\xE0\xB8\xB2\xE0\xB8\xA3\xE0\xB9\x80\xE0\xB8\xA5\xE0\xB8\xB7\xE0\xB8\xAD\xE0\xB8\x81\xE0\xB8\x95\xE0\xB8\xB1\xE0\xB9\x89\xE0\xB8\x87", /* การเลือกตั้ง */
    };
    for (int i = 0; i < 3; i++) {
        d = mkdoc("", "", cjk[i], "");
        assert_int_equal(vg_cleaner_clean(c, &d), VG_OK);
        assert_true(tu_eq(d.text, cjk[i]));
        assert_int_equal(d.flags & (VG_DOC_MOJIBAKE | VG_DOC_FURNITURE), 0);
        check_invariants(&d);
    }
    vg_cleaner_free(c);
    vg_cleaner_free(NULL);
}

static void test_bad_utf8(void **state)
{
    (void)state;
    vg_cleaner *c;
    vg_clean_opts o = {.no_langid = 1};
    assert_int_equal(vg_cleaner_new(&c, &o), VG_OK);
    vg_doc d = mkdoc("", "T\xFFitle", "ab\xC0\xAF" "cd\xED\xA0\x80 e\xF8\x88\x80\x80\x80", "");
    assert_int_equal(vg_cleaner_clean(c, &d), VG_OK);
    assert_true(d.flags & VG_DOC_BAD_UTF8);
    assert_true(tu_eq(d.title, "T\xEF\xBF\xBDitle"));
    check_invariants(&d);
    vg_clean_stats st;
    vg_cleaner_stats(c, &st);
    assert_int_equal(st.bad_utf8, 1 + 2 + 3 + 5);
    assert_int_equal(st.docs, 1);
    vg_cleaner_free(c);
}

static void test_paragraphs(void **state)
{
    (void)state;
    vg_cleaner *c;
    vg_clean_opts o = {.no_langid = 1};
    assert_int_equal(vg_cleaner_new(&c, &o), VG_OK);
    vg_doc d = mkdoc("", "  Caf\x65\xCC\x81  news\t", "First  line\r\nsecond\xC2\xA0line  \n\n\n\tthird\x01", "fr");
    assert_int_equal(vg_cleaner_clean(c, &d), VG_OK);
    assert_true(tu_eq(d.title, "Caf\xC3\xA9 news"));
    assert_true(tu_eq(d.text, "First line\n\nsecond line\n\nthird"));
    assert_true(tu_eq(d.lang, "fr"));
    assert_int_equal(d.flags & VG_DOC_LANG_GUESS, 0);

    /* mojibake in title and text */
    d = mkdoc("", "Caf\xC3\x83\xC2\xA9 \xC3\xA2\xE2\x82\xAC\xE2\x80\x9C Paris", "It\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s fine", "en");
    assert_int_equal(vg_cleaner_clean(c, &d), VG_OK);
    assert_true(tu_eq(d.title, "Caf\xC3\xA9 \xE2\x80\x93 Paris"));
    assert_true(tu_eq(d.text, "It\xE2\x80\x99s fine"));
    assert_true(d.flags & VG_DOC_MOJIBAKE);
    vg_cleaner_free(c);

    o.no_mojibake = 1;
    assert_int_equal(vg_cleaner_new(&c, &o), VG_OK);
    d = mkdoc("", "", "It\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s", "en");
    assert_int_equal(vg_cleaner_clean(c, &d), VG_OK);
    assert_true(tu_eq(d.text, "It\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s"));
    vg_cleaner_free(c);
}

/* Metadata reaches terminals and JSON exports: no control characters, no
 * invalid UTF-8 (review finding: an author ESC[2J was printed raw). */
static void test_metadata_sanitised(void **state)
{
    (void)state;
    vg_cleaner *c;
    vg_clean_opts o = {.no_langid = 1};
    assert_int_equal(vg_cleaner_new(&c, &o), VG_OK);
    vg_doc d = mkdoc("news\nsite", "", "a post", "");
    d.author = tu_s("evil\x1b[2J\x07name\xff");
    d.id = tu_s("id-1");
    assert_int_equal(vg_cleaner_clean(c, &d), VG_OK);
    assert_true(tu_eq(d.author, "evil [2J name\xEF\xBF\xBD"));
    assert_true(tu_eq(d.source, "news site"));
    assert_true(tu_eq(d.id, "id-1"));
    assert_true(d.flags & VG_DOC_BAD_UTF8);
    /* Clean fields are passed through untouched (same pointer). */
    const char *src = "example.org";
    d = mkdoc(src, "", "a post", "");
    assert_int_equal(vg_cleaner_clean(c, &d), VG_OK);
    assert_ptr_equal(d.source.p, src);
    vg_cleaner_free(c);
}

static void test_lang(void **state)
{
    (void)state;
    vg_cleaner *c;
    assert_int_equal(vg_cleaner_new(&c, NULL), VG_OK);
    vg_doc d = mkdoc("twitter", "", "Kim and kanye wedding", "English");
    assert_int_equal(vg_cleaner_clean(c, &d), VG_OK);
    assert_true(tu_eq(d.lang, "en"));
    assert_int_equal(d.flags & VG_DOC_LANG_GUESS, 0);
    d = mkdoc("twitter", "", "x", "pt-BR");
    assert_int_equal(vg_cleaner_clean(c, &d), VG_OK);
    assert_true(tu_eq(d.lang, "pt"));
    d = mkdoc("", "Les \xC3\xA9lections", "Le pr\xC3\xA9sident de la R\xC3\xA9publique a annonc\xC3\xA9 "
              "aujourd'hui que les \xC3\xA9lections l\xC3\xA9gislatives auront lieu en juin.", "");
    assert_int_equal(vg_cleaner_clean(c, &d), VG_OK);
    assert_true(tu_eq(d.lang, "fr"));
    assert_true(d.flags & VG_DOC_LANG_GUESS);
    vg_clean_stats st;
    vg_cleaner_stats(c, &st);
    assert_int_equal(st.lang_detected, 1);
    vg_cleaner_free(c);

    vg_clean_opts o = {.no_langid = 1};
    assert_int_equal(vg_cleaner_new(&c, &o), VG_OK);
    d = mkdoc("", "", "Le pr\xC3\xA9sident a parl\xC3\xA9.", "LANGUAGE UNDEFINED");
    assert_int_equal(vg_cleaner_clean(c, &d), VG_OK);
    assert_true(tu_eq(d.lang, "und"));
    assert_int_equal(d.flags & VG_DOC_LANG_GUESS, 0);
    vg_cleaner_free(c);

    /* detect_lang: a wrong language column is overridden by detection. */
    vg_clean_opts det = {.detect_lang = 1};
    assert_int_equal(vg_cleaner_new(&c, &det), VG_OK);
    d = mkdoc("", "", "Le pr\xC3\xA9sident de la R\xC3\xA9publique a annonc\xC3\xA9 aujourd'hui "
              "que les \xC3\xA9lections l\xC3\xA9gislatives auront lieu en juin.", "English");
    assert_int_equal(vg_cleaner_clean(c, &d), VG_OK);
    assert_true(tu_eq(d.lang, "fr"));
    assert_true(d.flags & VG_DOC_LANG_GUESS);
    vg_cleaner_free(c);
}

static void test_boilerplate(void **state)
{
    (void)state;
    vg_cleaner *c;
    vg_clean_opts o = {.no_langid = 1, .boiler_min_docs = 3};
    assert_int_equal(vg_cleaner_new(&c, &o), VG_OK);
    char texts[4][256];
    for (int i = 0; i < 4; i++) {
        snprintf(texts[i], sizeof texts[i],
                 "Article number %d starts here with its own words.\n"
                 "Follow our channel on Telegram for the latest updates\n"
                 "Body paragraph %d of this article, different each time.", i, i * 7);
        vg_doc d = mkdoc("example.org", "", texts[i], "en");
        vg_cleaner_observe(c, &d);
    }
    /* copypasta posts: single lines repeated many times are never learned */
    for (int i = 0; i < 10; i++) {
        vg_doc d = mkdoc("twitter", "", "Everyone must see this video before it is deleted", "en");
        vg_cleaner_observe(c, &d);
    }
    vg_doc d = mkdoc("example.org", "", texts[0], "en");
    assert_int_equal(vg_cleaner_clean(c, &d), VG_OK);
    assert_true(tu_eq(d.text, "Article number 0 starts here with its own words.\n\n"
                              "Body paragraph 0 of this article, different each time."));
    assert_true(d.flags & VG_DOC_BOILER);
    /* another source is not affected */
    d = mkdoc("other.org", "", texts[0], "en");
    assert_int_equal(vg_cleaner_clean(c, &d), VG_OK);
    assert_int_equal(d.flags & VG_DOC_BOILER, 0);
    d = mkdoc("twitter", "", "Everyone must see this video before it is deleted", "en");
    assert_int_equal(vg_cleaner_clean(c, &d), VG_OK);
    assert_true(tu_eq(d.text, "Everyone must see this video before it is deleted"));
    vg_clean_stats st;
    vg_cleaner_stats(c, &st);
    assert_int_equal(st.boiler_lines, 1);
    vg_cleaner_free(c);

    /* keep_furniture keeps everything */
    o.keep_furniture = 1;
    assert_int_equal(vg_cleaner_new(&c, &o), VG_OK);
    d = mkdoc("example.org", "", "Real text here.\nSubscribe\nMore real text.", "en");
    assert_int_equal(vg_cleaner_clean(c, &d), VG_OK);
    assert_true(tu_eq(d.text, "Real text here.\n\nSubscribe\n\nMore real text."));
    vg_cleaner_free(c);
}

static void test_furniture_doc(void **state)
{
    (void)state;
    vg_cleaner *c;
    vg_clean_opts o = {.no_langid = 1};
    assert_int_equal(vg_cleaner_new(&c, &o), VG_OK);
    /* a German scrape: UI lines, counter, tail after "Kommentare" */
    vg_doc d = mkdoc("x.de", "Wahl in Frankreich | Tagesschau",
                     "Teilen\nBERLIN (dpa) - Die Bundesregierung hat die Angriffe verurteilt.\n"
                     "Anzeige\nDer Sprecher sagte, man beobachte die Lage genau und werde reagieren.\n"
                     "Weitere Einzelheiten wurden zun\xC3\xA4" "chst nicht bekannt.\n"
                     "Von Hans M\xC3\xBCller\nKommentare\n12\nDas ist doch alles gelogen!!!", "de");
    assert_int_equal(vg_cleaner_clean(c, &d), VG_OK);
    assert_true(tu_eq(d.title, "Wahl in Frankreich"));
    assert_true(tu_eq(d.dateline_place, "BERLIN"));
    assert_true(tu_eq(d.dateline_agency, "dpa"));
    assert_true(tu_eq(d.byline, "Hans M\xC3\xBCller"));
    assert_true(tu_eq(d.text, "Die Bundesregierung hat die Angriffe verurteilt.\n\n"
                              "Der Sprecher sagte, man beobachte die Lage genau und werde reagieren.\n\n"
                              "Weitere Einzelheiten wurden zun\xC3\xA4" "chst nicht bekannt."));
    assert_true(d.flags & VG_DOC_FURNITURE);

    /* Title-Case list items stay; a Title-Case teaser next to a caption goes */
    d = mkdoc("x.com", "", "Here are the menus for the week, one per plan.\n"
                           "Meal Prep Menu for Eating Plan A\nMeal Prep Menu for Eating Plan B\n"
                           "Each plan lists its containers.\n"
                           "The minister at a rally in Lyon on Sunday, May 7, 2017 - Sputnik International\n"
                           "Poll: Some 65% of French People Want Fillon to Withdraw From Race\n"
                           "The vote takes place on Sunday.", "en");
    assert_int_equal(vg_cleaner_clean(c, &d), VG_OK);
    assert_true(tu_eq(d.text, "Here are the menus for the week, one per plan.\n\n"
                              "Meal Prep Menu for Eating Plan A\n\nMeal Prep Menu for Eating Plan B\n\n"
                              "Each plan lists its containers.\n\nThe vote takes place on Sunday."));

    /* a quote attribution in a short post is no byline */
    d = mkdoc("twitter", "", "Be yourself; everyone else is already taken.\n- Oscar Wilde", "en");
    assert_int_equal(vg_cleaner_clean(c, &d), VG_OK);
    assert_int_equal(d.byline.n, 0);
    assert_true(tu_eq(d.text, "Be yourself; everyone else is already taken.\n\n- Oscar Wilde"));

    /* a one-line post made only of a UI word stays as it is */
    d = mkdoc("twitter", "", "Share", "en");
    assert_int_equal(vg_cleaner_clean(c, &d), VG_OK);
    assert_true(tu_eq(d.text, "Share"));
    /* tweets: entities */
    d = mkdoc("twitter", "", "RT @User: #MacronLeaks https://t.co/AbC?utm_source=x. mail me: a@b.org", "en");
    assert_int_equal(vg_cleaner_clean(c, &d), VG_OK);
    assert_true(tu_eq(d.mentions, "user"));
    assert_true(tu_eq(d.hashtags, "macronleaks"));
    assert_true(tu_eq(d.links, "https://t.co/AbC"));
    assert_true(tu_eq(d.text, "RT @User: #MacronLeaks https://t.co/AbC?utm_source=x. mail me: a@b.org"));
    vg_cleaner_free(c);
}

static void test_reuse(void **state)
{
    (void)state;
    vg_cleaner *c;
    vg_clean_opts o = {.no_langid = 1};
    assert_int_equal(vg_cleaner_new(&c, &o), VG_OK);
    char big[20000];
    for (size_t i = 0; i < sizeof big - 1; i++)
        big[i] = (i % 80 == 79) ? '\n' : "abcdefgh "[i % 9];
    big[sizeof big - 1] = '\0';
    for (int round = 0; round < 3; round++) {
        vg_doc d = mkdoc("s", "", big, "en");
        assert_int_equal(vg_cleaner_clean(c, &d), VG_OK);
        check_invariants(&d);
        d = mkdoc("s", "", "short", "en");
        assert_int_equal(vg_cleaner_clean(c, &d), VG_OK);
        assert_true(tu_eq(d.text, "short"));
    }
    vg_cleaner_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_edge_texts),
        cmocka_unit_test(test_bad_utf8),
        cmocka_unit_test(test_paragraphs),
        cmocka_unit_test(test_lang),
        cmocka_unit_test(test_metadata_sanitised),
        cmocka_unit_test(test_boilerplate),
        cmocka_unit_test(test_furniture_doc),
        cmocka_unit_test(test_reuse),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
