/*
 * test_actions.c - actions read from a store ingested from JSONL: object
 * kinds, interning, posts without author or time, copy clusters as text
 * objects, and the sweep over them end to end.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vg_actions.h"
#include "vg_testdir.h"
#include "vigie/vigie.h"

static const char *corpus =
    "{\"id\":\"1\",\"author\":\"alice\",\"published_at\":\"2017-05-05T10:00:00Z\","
    "\"text\":\"The leak is fake, share before they delete it #MacronLeaks https://ex.com/a?utm_source=x\"}\n"
    "{\"id\":\"2\",\"author\":\"bob\",\"published_at\":\"2017-05-05T10:00:30Z\","
    "\"text\":\"The leak is fake, share before they delete it #MacronLeaks https://ex.com/a\"}\n"
    "{\"id\":\"3\",\"author\":\"carol\",\"published_at\":\"2017-05-05T10:05:00Z\","
    "\"text\":\"RT @alice: The leak is fake\",\"repost_of\":\"1\"}\n"
    "{\"id\":\"4\",\"author\":\"dave\",\"published_at\":\"2017-05-05T10:05:20Z\","
    "\"text\":\"so true @alice\",\"repost_of\":\"1\",\"reply_to\":\"1\"}\n"
    "{\"id\":\"5\",\"published_at\":\"2017-05-05T10:06:00Z\",\"text\":\"no author #MacronLeaks\"}\n"
    "{\"id\":\"6\",\"author\":\"erin\",\"text\":\"no time #MacronLeaks\"}\n";

static void test_load_and_sweep(void **state)
{
    (void)state;
    char in[256], db[256], err[512];
    snprintf(in, sizeof in, "%s/in.jsonl", vg_testdir);
    snprintf(db, sizeof db, "%s/s.db", vg_testdir);
    FILE *f = fopen(in, "w");
    assert_non_null(f);
    fputs(corpus, f);
    fclose(f);
    vg_store *s = NULL;
    assert_int_equal(vg_store_open(&s, db, NULL, err, sizeof err), VG_OK);
    const char *paths[] = {in};
    vg_ingest_stats ist;
    if (vg_ingest(s, paths, 1, NULL, &ist, err, sizeof err) != VG_OK)
        fail_msg("ingest: %s", err);

    vg_actions a;
    unsigned all = (1u << VG_OBJ_KINDS) - 1;
    assert_int_equal(vg_actions_load(s, all, 0, &a), VG_OK);
    assert_int_equal(a.posts, 6);
    assert_int_equal(a.no_author, 1);
    assert_int_equal(a.no_time, 1);
    assert_int_equal(a.accts.n, 4);
    /* alice and bob: one text cluster (exact copies), one link (tracking
     * parameter dropped), one hashtag; carol and dave repost 1.  Texts
     * without a copy are in no cluster: no text action. */
    assert_int_equal(a.by_kind[VG_OBJ_TEXT], 2);
    assert_int_equal(a.by_kind[VG_OBJ_LINK], 2);
    assert_int_equal(a.by_kind[VG_OBJ_HASHTAG], 2);
    assert_int_equal(a.by_kind[VG_OBJ_REPOST], 2);
    assert_int_equal(a.by_kind[VG_OBJ_REPLY], 1);
    assert_true(a.by_kind[VG_OBJ_MENTION] >= 1);
    int found = 0;
    for (uint32_t i = 0; i < a.accts.n; i++)
        found += !strcmp(vg_names_get(&a.accts, i), "alice");
    assert_int_equal(found, 1);

    /* At a 60 s window: alice and bob co-act on text, link and hashtag;
     * carol and dave on the repost (20 s apart). */
    vg_action_src src;
    vg_src_spill(&src, &a.sorted);
    vg_edges e = {0};
    vg_sweep_stats st;
    assert_int_equal(vg_sweep(&src, 60, 0, &e, &st), VG_OK);
    vg_src_free(&src);
    uint32_t al = UINT32_MAX, bo = UINT32_MAX;
    for (uint32_t i = 0; i < a.accts.n; i++) {
        if (!strcmp(vg_names_get(&a.accts, i), "alice"))
            al = i;
        if (!strcmp(vg_names_get(&a.accts, i), "bob"))
            bo = i;
    }
    const vg_edge *g = NULL;
    size_t edges = 0;
    for (size_t i = 0; i < e.cap; i++) {
        if (e.v[i].a == UINT32_MAX)
            continue;
        edges++;
        if ((e.v[i].a == al && e.v[i].b == bo) || (e.v[i].a == bo && e.v[i].b == al))
            g = &e.v[i];
    }
    assert_int_equal(edges, 2);
    assert_non_null(g);
    assert_int_equal(g->objects, 3);
    assert_int_equal(g->coactions, 3);
    assert_int_equal(g->a == al ? g->a_first : g->b_first, 3);
    vg_edges_free(&e);
    vg_actions_free(&a);

    /* Only hashtags: one object, one edge. */
    assert_int_equal(vg_actions_load(s, 1u << VG_OBJ_HASHTAG, 0, &a), VG_OK);
    assert_int_equal(a.n, 2);
    assert_int_equal(a.objs.n, 1);
    assert_string_equal(vg_names_get(&a.objs, 0), "macronleaks");
    vg_actions_free(&a);
    vg_store_close(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_load_and_sweep, vg_testdir_setup,
                                        vg_testdir_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
