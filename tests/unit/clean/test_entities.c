/*
 * test_entities.c - links, hashtags and mentions: e-mail addresses, URLs
 * holding '#' or '@', Unicode hashtags, a bare "@", deduplication, order.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "vg_entities.h"

static void ent_is(const char *text, const char *links, const char *tags, const char *mentions)
{
    vg_entities en = VG_ENTITIES_INIT;
    assert_int_equal(vg_entities_extract(&en, text, strlen(text)), VG_OK);
    const char *got[3] = {en.links.p ? en.links.p : "", en.hashtags.p ? en.hashtags.p : "",
                          en.mentions.p ? en.mentions.p : ""};
    const char *want[3] = {links, tags, mentions};
    for (int i = 0; i < 3; i++)
        if (strcmp(got[i], want[i]) != 0) {
            print_error("text: %s\n list %d: got '%s' want '%s'\n", text, i, got[i], want[i]);
            fail();
        }
    vg_entities_free(&en);
}

static void test_hashtags(void **state)
{
    (void)state;
    ent_is("#MacronLeaks and #macronleaks again, #Présidentielle2017", "", "macronleaks\nprésidentielle2017", "");
    ent_is("#1 is not a tag, #2017 neither, but #2017vote is", "", "2017vote", "");
    ent_is("word#notatag &#39; C# x", "", "", "");
    ent_is("#Россия #日本 #ภาษาไทย #under_score", "", "россия\n日本\nภาษาไทย\nunder_score", "");
    ent_is("(#tag) \"#quoted\" #end.", "", "tag\nquoted\nend", "");
    ent_is("# alone and ## double", "", "", "");
    ent_is("\xEF\xBC\x83" "Fullwidth", "", "fullwidth", "");
}

static void test_mentions(void **state)
{
    (void)state;
    ent_is("@Jack and @jack, RT @Some_User: hi", "", "", "jack\nsome_user");
    ent_is("mail jane@example.org or a@b", "", "", "");
    ent_is("@ alone, @@double, x@y", "", "", "");
    ent_is("@abcdefghijklmnop is too long, @abcdefghijklmno is not", "", "", "abcdefghijklmno");
    ent_is("(@paren) .@dot", "", "", "paren\ndot");
}

static void test_links(void **state)
{
    (void)state;
    ent_is("See https://Example.com/a?utm_source=x. And http://t.co/Ab1 and https://example.com/a",
           "https://example.com/a\nhttp://t.co/Ab1", "", "");
    ent_is("https://x.org/page#section #real", "https://x.org/page", "real", "");
    ent_is("https://medium.com/@writer/post @reader", "https://medium.com/@writer/post", "", "reader");
    ent_is("visit www.Example.org/path, now", "http://www.example.org/path", "", "");
    ent_is("(https://en.wikipedia.org/wiki/A_(b))", "https://en.wikipedia.org/wiki/A_(b)", "", "");
    ent_is("notaurlhttps://x.org", "", "", "");
    ent_is("", "", "", "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hashtags),
        cmocka_unit_test(test_mentions),
        cmocka_unit_test(test_links),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
