/*
 * test_copy_regress.c - regression tests for bugs found in the first copy
 * detection (commit 9cd31ea): an empty candidate list after the window
 * dropped every hit (qsort on NULL), cluster descriptions pointing into a
 * finalized statement, a threshold refused on the second run because it
 * was stored rounded, provenance spans looked up in the wrong member of
 * a text class, a sketch filter margin too narrow at the threshold 0.5,
 * unreadable index settings silently replaced, stored settings used
 * unchecked, and a window that dates before 1970 or after a typo broke.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vigie/vigie.h"
#include "vg_store_sql.h"
#include <sqlite3.h>

#include "copy_testutil.h"

/*
 * Bug 1 (UBSan, vg_copy.c gather()): when every raw hit of a document's
 * lookups belongs to a class expired by the window, ncand is 0 and
 * ps->cands is still NULL: qsort(NULL, 0, ...) is undefined behaviour
 * ("null pointer passed as argument 1, which is declared to never be
 * null", vg_copy.c:578).  A copy of a text older than the window is the
 * ordinary way to get there.
 */
/* ---- the time window -------------------------------------------------------- */

static void test_window(void **state)
{
    (void)state;
    char near_tweet[256];
    snprintf(near_tweet, sizeof near_tweet, "%s #Macron", tweet);
    char *other = range_text(600, 40);
    char path2[300];
    snprintf(path2, sizeof path2, "%s/nowindow.db", dir);
    vg_store *stores[2] = {open_store(), open_path(path2)};
    vg_copy_opts o;
    memset(&o, 0, sizeof o);
    o.window = DAY;
    for (int w = 0; w < 2; w++) {
        vg_store *s = stores[w];
        vg_copy_stats st;
        int64_t a = put(s, "a", tweet, T0);
        update(s, w ? NULL : &o, &st);
        /* Ten days later, in a new run. */
        int64_t b = put(s, "b", other, T0 + 10 * DAY);
        int64_t c = put(s, "c", tweet, T0 + 10 * DAY + 60);
        put(s, "d", near_tweet, T0 + 10 * DAY + 120);
        put(s, "e", other, T0 + 10 * DAY + 180);
        update(s, w ? NULL : &o, &st);
        assert_int_equal(st.loaded, 1);
        /* Copies of recent texts are matched either way. */
        assert_int_equal(cluster(s, "e"), b);
        if (w == 0) {
            /* Window of a day: the copy of the ten-day-old text starts a
             * text class of its own, and the near copy joins it. */
            assert_int_equal(st.exact, 1);
            assert_int_equal(cluster(s, "c"), c);
            assert_int_equal(cluster(s, "d"), c);
            assert_int_equal(cluster(s, "a"), a);
        } else {
            assert_int_equal(st.exact, 2);
            assert_int_equal(cluster(s, "c"), a);
            assert_int_equal(cluster(s, "d"), a);
        }
        vg_store_close(s);
    }
    /* Within one run too: the window follows the newest document seen. */
    char path3[300];
    snprintf(path3, sizeof path3, "%s/onerun.db", dir);
    vg_store *s = open_path(path3);
    int64_t a = put(s, "a", tweet, T0);
    put(s, "b", other, T0 + 10 * DAY);
    int64_t c = put(s, "c", tweet, T0 + 10 * DAY + 60);
    vg_copy_stats st;
    update(s, &o, &st);
    assert_int_equal(st.exact, 0);
    assert_int_equal(cluster(s, "c"), c);
    assert_int_equal(cluster(s, "a"), a);
    vg_store_close(s);
    free(other);
}

/*
 * Bug 2 (ASan heap-use-after-free, vg_copy_query.c / cli_copies.c):
 * vg_copy_cluster_show() fills c->first_id, first_source, first_author and
 * sample from a statement it finalizes before returning, so they dangle
 * when it returns.  `vigie copies show ID` prints its header from them:
 * garbage ("First seen ... (twitter, al)", "Text: \x..ampaign ...").
 */
static void test_cluster_show_slices_outlive_the_call(void **state)
{
    (void)state;
    vg_store *s = open_store();
    int64_t e1 = put(s, "e1", tweet, T0);
    put(s, "e2", tweet, T0 + 60);
    vg_copy_stats st;
    update(s, NULL, &st);
    vg_cluster c;
    int64_t id = e1;
    assert_int_equal(vg_copy_cluster_show(s, &id, &c, NULL, 0, NULL, NULL), VG_OK);
    assert_int_equal(c.first_id.n, 2);
    assert_memory_equal(c.first_id.p, "e1", 2);
    assert_int_equal(c.first_source.n, 4);
    assert_memory_equal(c.first_source.p, "test", 4);
    assert_true(c.sample.n > 20);
    assert_memory_equal(c.sample.p, tweet, 20);
    vg_store_close(s);
}

/*
 * Bug 3 (vg_copy.c settle_params): the threshold is recorded with "%.4g"
 * and compared exactly (1e-9), so any threshold with more than four
 * significant digits is refused on the next run with the very settings
 * the index was built with: `vigie ingest --threshold 0.55555 a.jsonl`
 * then `vigie ingest --threshold 0.55555 b.jsonl` fails, and the message
 * shows the same threshold=0.5556 on both sides.
 */
static void test_same_threshold_twice(void **state)
{
    (void)state;
    vg_store *s = open_store();
    put(s, "a", tweet, T0);
    vg_copy_opts o;
    memset(&o, 0, sizeof o);
    o.threshold = 0.55555;
    vg_copy_stats st;
    update(s, &o, &st);
    put(s, "b", tweet, T0 + 1);
    char err[512] = "";
    vg_err e = vg_copy_update(s, &o, &st, err, sizeof err);
    if (e != VG_OK)
        fail_msg("second run with the same threshold: %s", err);
    assert_int_equal(st.exact, 1);
    vg_store_close(s);
}


/*
 * Bug 4 (vg_provenance.c): a class's sentence hashes come from its
 * representative's text (the first stored), but a passage is attributed
 * to the class's earliest published member and its span is looked up in
 * that member's own sentences.  When the two texts split differently (an
 * exact copy after normalisation, punctuated otherwise) the lookup failed
 * and the passage said "first seen in EARLY at [0-0]".
 */
static void test_provenance_src_span_of_earliest_member(void **state)
{
    (void)state;
    /* A long text in sentences, and the same words in one sentence
     * (commas): the same normalised text, an exact copy. */
    char *rep = range_text(100, 60);
    char *early = strdup(rep);
    for (char *c = early; *c; c++)
        if (*c == '.')
            *c = ',';
    /* A text reusing the first sentence of rep. */
    uint64_t ids[20];
    for (int i = 0; i < 20; i++)
        ids[i] = i < 10 ? 100 + (uint64_t)i : 800 + (uint64_t)i;
    char *reuse = text_of(ids, 20, 10);
    vg_store *s = open_store();
    put(s, "rep", rep, T0 + 100);
    int64_t qe = put(s, "early", early, T0);
    put(s, "reuse", reuse, T0 + 200);
    vg_copy_stats st;
    update(s, NULL, &st);
    assert_int_equal(st.exact, 1);
    assert_int_equal(st.partial_pairs, 1);
    passages *p = provenance(s, "reuse");
    /* Attributed to the earliest document of the class, which contains
     * the words but not as a sentence: the span is found by the words. */
    assert_int_equal(p->v[0].first_seq, qe);
    assert_true(p->v[0].src_end > p->v[0].src_start);
    free(p);
    vg_store_close(s);
    free(rep);
    free(early);
    free(reuse);
}

/*
 * Bug 5 (vg_copy.c promising()): the sketch filter's fixed 0.25 margin was
 * under three standard deviations of the estimate at the threshold 0.5
 * (28 MinHash values), and dropped true pairs: on every 24th IRA tweet,
 * "Who cares #blacklivesmatter" and "blacklivesmatter" (character 5-gram
 * Jaccard 12/22 = 0.545) share a band but only 7 of 28 sketch bytes.
 */
static void test_sketch_keeps_pair_at_threshold(void **state)
{
    (void)state;
    vg_store *s = open_store();
    int64_t a = put(s, "a", "blacklivesmatter", T0);
    put(s, "b", "Who cares #blacklivesmatter", T0 + 60);
    vg_copy_opts o;
    memset(&o, 0, sizeof o);
    o.threshold = 0.5;
    vg_copy_stats st;
    update(s, &o, &st);
    assert_int_equal(st.near_pairs, 1);
    assert_int_equal(cluster(s, "b"), a);
    vg_store_close(s);
}

/*
 * Bug 6 (vg_copy.c settle_params()): settings the pass cannot parse (a
 * store written by another version) were silently replaced by the asked
 * ones, and the old index was then read with the new settings.  They must
 * be refused, with the way out.
 */
static void test_unreadable_settings_refused(void **state)
{
    (void)state;
    vg_store *s = open_store();
    put(s, "a", tweet, T0);
    vg_copy_stats st;
    update(s, NULL, &st);
    assert_int_equal(sqlite3_exec(vg_store_sqlite(s),
                                  "UPDATE meta SET v = 'v9 threshold=0.8' WHERE k = 'copy_params'",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    put(s, "b", tweet, T0 + 60);
    char err[512] = "";
    assert_int_equal(vg_copy_update(s, NULL, &st, err, sizeof err), VG_EINVAL);
    assert_non_null(strstr(err, "vigie copies reset"));
    /* After a reset the pass runs again. */
    assert_int_equal(vg_copy_reset(s, err, sizeof err), VG_OK);
    update(s, NULL, &st);
    assert_int_equal(st.docs, 2);
    assert_int_equal(st.exact, 1);
    vg_store_close(s);
}

/*
 * Bug 7 (vg_copy.c params_parse()): stored settings were used unchecked,
 * and a hand-edited bands=100 rows=7 overflowed the 256-value signature
 * buffers on the stack.  Out-of-range or trailing text is refused.
 */
static void test_settings_out_of_range_refused(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "v2 threshold=0.8 recall=0.98 bands=100 rows=7 wbands=8 wrows=4 char=5 word=3 long=300 "
        "sentence=6",
        "v2 threshold=0.8 recall=0.98 bands=10 rows=5 wbands=8 wrows=4 char=0 word=3 long=300 "
        "sentence=6",
        "v2 threshold=0.8 recall=0.98 bands=10 rows=5 wbands=8 wrows=4 char=5 word=3 long=300 "
        "sentence=6 more",
        "v2 threshold=7 recall=0.98 bands=10 rows=5 wbands=8 wrows=4 char=5 word=3 long=300 "
        "sentence=6",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        vg_store *s = open_store();
        put(s, "a", tweet, T0);
        vg_copy_stats st;
        update(s, NULL, &st);
        char sql[512];
        snprintf(sql, sizeof sql, "UPDATE meta SET v = '%s' WHERE k = 'copy_params'", bad[i]);
        assert_int_equal(sqlite3_exec(vg_store_sqlite(s), sql, NULL, NULL, NULL), SQLITE_OK);
        put(s, "b", tweet, T0 + 60);
        char err[512] = "";
        assert_int_equal(vg_copy_update(s, NULL, &st, err, sizeof err), VG_EINVAL);
        vg_copy_params p;
        assert_int_equal(vg_copy_params_get(s, &p), VG_EINVAL);
        vg_store_close(s);
        char path[300];
        snprintf(path, sizeof path, "%s", dbpath);
        remove(path);
    }
}

/*
 * Bugs 8 and 9 (vg_copy.c, the window's horizon): an empty index started
 * the window at 1970, so documents dated before it were all expired on
 * arrival; and one document dated decades ahead moved the horizon there
 * for good.  Copies must be found in both cases.
 */
static void test_window_old_and_future_dates(void **state)
{
    (void)state;
    vg_copy_opts o;
    memset(&o, 0, sizeof o);
    o.window = 7 * DAY;
    const int64_t y1965 = -157766400; /* 1965-01-01 */
    vg_store *s = open_store();
    int64_t a = put(s, "a", tweet, y1965);
    put(s, "b", tweet, y1965 + 60);
    vg_copy_stats st;
    update(s, &o, &st);
    assert_int_equal(st.exact, 1);
    assert_int_equal(cluster(s, "b"), a);
    vg_store_close(s);
    remove(dbpath);

    const int64_t y2099 = 4070908800;
    s = open_store();
    put(s, "typo", "a post dated by a broken clock", y2099);
    int64_t c = put(s, "c", tweet, T0);
    put(s, "d", tweet, T0 + 60);
    update(s, &o, &st);
    assert_int_equal(st.exact, 1);
    assert_int_equal(cluster(s, "d"), c);
    /* and in a later run too */
    put(s, "e", tweet, T0 + 120);
    update(s, &o, &st);
    assert_int_equal(st.exact, 1);
    assert_int_equal(cluster(s, "e"), c);
    vg_store_close(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_window, setup, teardown),
        cmocka_unit_test_setup_teardown(test_cluster_show_slices_outlive_the_call, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_same_threshold_twice, setup, teardown),
        cmocka_unit_test_setup_teardown(test_provenance_src_span_of_earliest_member, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_sketch_keeps_pair_at_threshold, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unreadable_settings_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(test_settings_out_of_range_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(test_window_old_and_future_dates, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
