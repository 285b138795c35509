/*
 * test_lang.c - unit tests for vg_lang_detect (src/lang).
 *
 * Sentences in six scripts/languages, the code mapping, and the inputs
 * that must not crash or cost more than a long article: empty, NULL,
 * invalid UTF-8, controls, emoji only, 1 MB of text, random bytes.
 * Needs no data outside the repository.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "vg_lang.h"

/* Detects s (NUL-terminated) and checks code and reliability range. */
static double detect(const char *s, char out[8])
{
    double r = vg_lang_detect(s, strlen(s), out);
    assert_true(r >= 0.0 && r <= 1.0);
    assert_true(strlen(out) >= 2 && strlen(out) <= 7);
    if (strcmp(out, "und") == 0)
        assert_true(r == 0.0);
    return r;
}

static void expect_lang(const char *s, const char *want)
{
    char out[8];
    double r = detect(s, out);
    assert_string_equal(out, want);
    assert_true(r >= 0.5); /* whole sentences are reliable */
}

static void test_sentences(void **state)
{
    (void)state;
    expect_lang("The electoral commission said on Tuesday that the count would be "
                "finished by the end of the week despite the delays.", "en");
    expect_lang("La commission électorale a annoncé mardi que le dépouillement serait "
                "terminé d'ici la fin de la semaine malgré les retards.", "fr");
    expect_lang("Die Wahlkommission teilte am Dienstag mit, dass die Auszählung trotz "
                "der Verzögerungen bis zum Ende der Woche abgeschlossen sein werde.", "de");
    expect_lang("Избирательная комиссия заявила во вторник, что подсчёт голосов будет "
                "завершён к концу недели, несмотря на задержки.", "ru");
    expect_lang("选举委员会周二表示，尽管出现延误，计票工作将在本周末之前完成。", "zh");
    expect_lang("وقالت اللجنة الانتخابية يوم الثلاثاء إن فرز الأصوات سينتهي بحلول نهاية "
                "الأسبوع على الرغم من التأخير.", "ar");
}

/* CLD2 codes that are not ISO 639-1 are mapped: Hebrew is "iw" in CLD2,
 * Traditional Chinese "zh-Hant". */
static void test_code_mapping(void **state)
{
    (void)state;
    expect_lang("ועדת הבחירות המרכזית הודיעה ביום שלישי כי ספירת הקולות תסתיים "
                "עד סוף השבוע למרות העיכובים.", "he");
    expect_lang("選舉委員會週二表示，儘管出現延誤，計票工作將在本週末之前完成。"
                "這是一個關於選舉的繁體中文句子。", "zh");
}

/* A six-word tweet gets a language, even if CLD2 would not call it
 * reliable. */
static void test_short_text(void **state)
{
    (void)state;
    char out[8];
    double r = detect("vote early, polls close at eight", out);
    assert_string_equal(out, "en");
    assert_true(r > 0.0);
}

/* Links and @handles are not language: a link-only tweet is "und", and
 * they do not outweigh a short sentence. */
static void test_links(void **state)
{
    (void)state;
    char out[8];
    detect("@realDonaldTrump https://t.co/6YdR6QlR6p www.example.com/wahl", out);
    assert_string_equal(out, "und");
    detect("RT @WahlBeobachter: Die Stimmen werden heute Abend gezählt "
           "https://t.co/6YdR6QlR6p", out);
    assert_string_equal(out, "de");
}

static void test_empty(void **state)
{
    (void)state;
    char out[8] = "xx";
    assert_true(vg_lang_detect("", 0, out) == 0.0);
    assert_string_equal(out, "und");
    memcpy(out, "xx", 3);
    assert_true(vg_lang_detect(NULL, 0, out) == 0.0);
    assert_string_equal(out, "und");
    detect("   \t\n  ", out);
    assert_string_equal(out, "und");
}

static void test_no_letters(void **state)
{
    (void)state;
    char out[8];
    detect("\xF0\x9F\x98\x82\xF0\x9F\x98\x82\xF0\x9F\x94\xA5\xF0\x9F\x87\xBA\xF0\x9F\x87\xB8"
           "\xF0\x9F\x91\x8D\xE2\x9D\xA4\xEF\xB8\x8F", out);
    assert_string_equal(out, "und");
    detect("12345 67.89 %%% !!! -- 2016/11/08 #", out);
    assert_string_equal(out, "und");
}

/* CLD2 refuses a whole buffer over one bad byte; the scrub keeps the
 * language of the rest. */
static void test_invalid_utf8(void **state)
{
    (void)state;
    char out[8];
    const char *fr = "La commission \xC3 \xFF\xFE électorale a annoncé mardi que le "
                     "dépouillement serait terminé \xE9t\xE9 d'ici la fin de la semaine "
                     "\xED\xA0\x80 malgré les retards \x01\x7F \xC2\x85 \xEF\xB7\x90.";
    detect(fr, out);
    assert_string_equal(out, "fr");
    /* Truncated sequence at the very end. */
    const char *de = "Die Wahlkommission teilte am Dienstag mit, dass die Auszählung "
                     "abgeschlossen sein werde \xE2\x82";
    detect(de, out);
    assert_string_equal(out, "de");
    /* Only bad bytes. */
    detect("\xFF\xFE\xFD\xC0\xC1\x80\x81", out);
    assert_string_equal(out, "und");
}

/* A megabyte costs no more than the first VG_LANG_MAX_BYTES bytes, and the
 * cut never splits a character (the text is all 2-byte Cyrillic, placed
 * at an odd offset so the cut lands mid-character). */
static void test_one_megabyte(void **state)
{
    (void)state;
    const char *unit = "Избирательная комиссия заявила во вторник, что подсчёт голосов "
                       "будет завершён к концу недели. ";
    size_t ul = strlen(unit), n = (size_t)1 << 20;
    char *big = malloc(n + 1);
    assert_non_null(big);
    big[0] = ' ';
    for (size_t i = 1; i < n; i += ul)
        memcpy(big + i, unit, n - i < ul ? n - i : ul);
    big[n] = '\0';
    char out[8];
    double r = vg_lang_detect(big, n, out);
    assert_string_equal(out, "ru");
    assert_true(r >= 0.5 && r <= 1.0);
    free(big);
}

/* Random bytes: no crash, no read past n (ASan), a sane answer. */
static void test_random_bytes(void **state)
{
    (void)state;
    uint32_t x = 2463534242u;
    char buf[512];
    for (int round = 0; round < 2000; round++) {
        size_t n = (size_t)(x % sizeof buf);
        for (size_t i = 0; i < n; i++) {
            x ^= x << 13, x ^= x >> 17, x ^= x << 5;
            /* Mostly letters and UTF-8 lead/continuation bytes. */
            buf[i] = (char)(x & 1 ? 'a' + (x >> 8) % 26 : (x >> 8) & 0xFF);
        }
        char *heap = malloc(n ? n : 1); /* exact size so ASan sees overreads */
        assert_non_null(heap);
        memcpy(heap, buf, n);
        char out[8];
        double r = vg_lang_detect(heap, n, out);
        assert_true(r >= 0.0 && r <= 1.0);
        assert_true(strlen(out) >= 2 && strlen(out) <= 7);
        free(heap);
    }
}

/* Mixed text ranks below single-language text. */
static void test_reliability_order(void **state)
{
    (void)state;
    char a[8], b[8];
    double pure = detect("The electoral commission said on Tuesday that the count would be "
                         "finished by the end of the week despite the delays.", a);
    double mixed = detect("The electoral commission said on Tuesday that the count would be "
                          "finished. La commission électorale a annoncé mardi que le "
                          "dépouillement serait terminé.", b);
    assert_true(mixed <= pure);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sentences),    cmocka_unit_test(test_code_mapping),
        cmocka_unit_test(test_short_text),   cmocka_unit_test(test_links),
        cmocka_unit_test(test_empty),
        cmocka_unit_test(test_no_letters),   cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_one_megabyte), cmocka_unit_test(test_random_bytes),
        cmocka_unit_test(test_reliability_order),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
