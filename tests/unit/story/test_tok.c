/*
 * test_tok.c - the story tokeniser: stemmed words per language, names
 * (capitalised words inside a sentence, numbers), character bigrams for
 * Chinese, Japanese and Thai, no stemmer for an unknown language, caps.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "vg_tok.h"

typedef struct terms {
    char words[1024], names[1024];
    int nwords, nnames, stop_after;
} terms;

static int collect(void *ctx, vg_tok_kind kind, const char *p, size_t n)
{
    terms *t = ctx;
    char *b = kind == VG_TOK_WORD ? t->words : t->names;
    size_t len = strlen(b);
    snprintf(b + len, 1024 - len, "%s%.*s", len ? " " : "", (int)n, p);
    int count = kind == VG_TOK_WORD ? ++t->nwords : ++t->nnames;
    (void)count;
    return t->stop_after && t->nwords >= t->stop_after;
}

static void run(const char *lang, const char *text, terms *t)
{
    memset(t, 0, sizeof *t);
    vg_tok *k = NULL;
    assert_int_equal(vg_tok_new(lang, &k), VG_OK);
    assert_int_equal(vg_tok_run(k, text, strlen(text), collect, t), VG_OK);
    vg_tok_free(k);
}

static void test_english(void **state)
{
    (void)state;
    terms t;
    run("en", "Hackers attacked the Macron campaign's servers in 2017.", &t);
    /* "Hackers" opens the sentence: a word, not a name. */
    assert_string_equal(t.words, "hacker attack the macron campaign server in 2017");
    assert_string_equal(t.names, "macron 2017");
    /* Two capitalised words make a name of their own, even opening a
     * sentence; a short opening word ("The") does not. */
    run("en", "Camille Marchand met Jean Dupont. The Kremlin denied it.", &t);
    assert_string_equal(t.names, "marchand camille marchand jean dupont jean dupont kremlin");
    /* Numbers: groups and decimals join, dates and lists do not. */
    run("en", "A 23.4% share, 84,600 voters, 12 300 ballots on April 12, 2017.", &t);
    assert_string_equal(t.names, "234 84600 12300 april 12 2017");
    run("fr", "Une part de 23,4 % et 84\u00a0600 votants.", &t);
    assert_string_equal(t.names, "234 84600");
}

static void test_languages(void **state)
{
    (void)state;
    terms t;
    run("fr", "Les élections présidentielles françaises.", &t);
    assert_string_equal(t.words, "le élect présidentiel français");
    run("de", "Die Wahlen in Frankreich.  Der Kandidat verliert.", &t);
    assert_string_equal(t.words, "die wahl in frankreich der kandidat verliert");
    /* Frankreich inside the sentence; "Der" opens the next one. */
    assert_string_equal(t.names, "wahlen frankreich kandidat");
}

static void test_unspaced_scripts(void **state)
{
    (void)state;
    terms t;
    run("zh", "马克龙竞选 2017", &t);
    assert_string_equal(t.words, "马克 克龙 龙竞 竞选 2017");
    run("ja", "選挙", &t);
    assert_string_equal(t.words, "選挙");
    /* Chinese has no stemmer: a word in Latin letters is cut (below). */
    run("zh", "马 Macron", &t);
    assert_string_equal(t.words, "马 macro");
    run("th", "การเลือกตั้ง", &t);
    assert_int_equal(t.nwords, 11); /* 12 characters, 11 bigrams */
}

static void test_unknown_language(void **state)
{
    (void)state;
    vg_tok *k = NULL;
    assert_int_equal(vg_tok_new("xx", &k), VG_OK);
    assert_false(vg_tok_stemmed(k));
    vg_tok_free(k);
    assert_int_equal(vg_tok_new(NULL, &k), VG_OK);
    assert_false(vg_tok_stemmed(k));
    vg_tok_free(k);
    assert_int_equal(vg_tok_new("en", &k), VG_OK);
    assert_true(vg_tok_stemmed(k));
    vg_tok_free(k);
    terms t;
    /* Without a stemmer a word keeps its first VG_TOK_PREFIX characters,
     * counted in characters, not bytes; numbers stay whole. */
    run("xx", "Elections and campaigns", &t);
    assert_string_equal(t.words, "elect and campa");
    run("pl", "Wystawa wystawy Ożywisów 84600", &t);
    assert_string_equal(t.words, "wysta wysta ożywi 84600");
}

static void test_limits(void **state)
{
    (void)state;
    terms t;
    char text[300];
    memset(text, 'a', 200);
    strcpy(text + 200, " ok a I 7 \xff\xfe bad\xc3");
    run("en", text, &t);
    /* The 200-letter word, one-letter words, one digit and invalid bytes
     * go; words around them stay. */
    assert_string_equal(t.words, "ok bad");
    /* The callback stops the run. */
    memset(&t, 0, sizeof t);
    t.stop_after = 2;
    vg_tok *k = NULL;
    assert_int_equal(vg_tok_new("en", &k), VG_OK);
    const char *s = "one two three four";
    assert_int_equal(vg_tok_run(k, s, strlen(s), collect, &t), VG_OK);
    assert_int_equal(t.nwords, 2);
    vg_tok_free(k);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_english),
        cmocka_unit_test(test_languages),
        cmocka_unit_test(test_unspaced_scripts),
        cmocka_unit_test(test_unknown_language),
        cmocka_unit_test(test_limits),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
