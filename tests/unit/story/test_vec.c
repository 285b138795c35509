/*
 * test_vec.c - TF-IDF vectors of src/story: terms counted and sorted,
 * document frequencies, weights of unit length, cosines (identical 1,
 * disjoint 0, a rare shared term counting more than a common one),
 * document counts per language.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "vg_vec.h"

static void terms(vg_tok *t, const char *s, vg_tok_kind k, vg_svec *v)
{
    assert_int_equal(vg_svec_terms(t, s, strlen(s), k, v), VG_OK);
}

static void test_terms_and_cosines(void **state)
{
    (void)state;
    vg_tok *t = NULL;
    assert_int_equal(vg_tok_new("en", &t), VG_OK);
    vg_svec a = {0}, b = {0}, c = {0}, d = {0};
    terms(t, "the vote the votes the voting", VG_TOK_WORD, &a);
    /* the x3, vote x3 (stems) */
    assert_int_equal(a.n, 2);
    assert_true(a.v[0].h < a.v[1].h);
    assert_true(a.v[0].w == 3.0 && a.v[1].w == 3.0);

    /* Frequencies over four documents: "the" everywhere, "macron" in two. */
    const char *docs[] = {"the macron leak", "the macron files", "the weather", "the match"};
    vg_df df = {0};
    for (int i = 0; i < 4; i++) {
        terms(t, docs[i], VG_TOK_WORD, &b);
        assert_int_equal(vg_df_add(&df, &b), VG_OK);
    }
    assert_int_equal(df.docs, 4);
    terms(t, "the macron leak", VG_TOK_WORD, &a);
    terms(t, "the macron leak", VG_TOK_WORD, &b);
    vg_svec_weigh(&a, &df);
    vg_svec_weigh(&b, &df);
    double norm = 0;
    for (size_t i = 0; i < a.n; i++)
        norm += a.v[i].w * a.v[i].w;
    assert_true(fabs(norm - 1.0) < 1e-9);
    assert_true(fabs(vg_svec_cos(&a, &b) - 1.0) < 1e-9);
    /* Sharing the rare "macron" beats sharing the common "the". */
    terms(t, "macron files", VG_TOK_WORD, &c);
    terms(t, "the weather", VG_TOK_WORD, &d);
    vg_svec_weigh(&c, &df);
    vg_svec_weigh(&d, &df);
    assert_true(vg_svec_cos(&a, &c) > vg_svec_cos(&a, &d));
    terms(t, "nothing shared", VG_TOK_WORD, &d);
    vg_svec_weigh(&d, &df);
    assert_true(vg_svec_cos(&a, &d) == 0.0);
    /* Names: a different kind, a different hash space. */
    terms(t, "We met Macron.", VG_TOK_NAME, &d);
    assert_int_equal(d.n, 1);
    vg_svec_weigh(&d, &df);
    assert_true(vg_svec_cos(&a, &d) == 0.0);
    vg_svec_free(&a), vg_svec_free(&b), vg_svec_free(&c), vg_svec_free(&d);
    vg_df_free(&df);
    vg_tok_free(t);
}

/* The table grows past its first size and keeps every count. */
static void test_add_keeps_order(void **state)
{
    (void)state;
    vg_svec v = {0};
    uint64_t hs[] = {50, 10, 30, 10, 70, 30, 10};
    for (size_t i = 0; i < sizeof hs / sizeof *hs; i++)
        assert_int_equal(vg_svec_add(&v, hs[i]), VG_OK);
    assert_int_equal(v.n, 4);
    uint64_t want_h[] = {10, 30, 50, 70};
    double want_w[] = {3, 2, 1, 1};
    for (size_t i = 0; i < 4; i++) {
        assert_true(v.v[i].h == want_h[i]);
        assert_true(v.v[i].w == want_w[i]);
    }
    /* The hash of a name does not depend on the tokeniser's language;
     * a word's does. */
    vg_tok *en, *fr;
    assert_int_equal(vg_tok_new("en", &en), VG_OK);
    assert_int_equal(vg_tok_new("fr", &fr), VG_OK);
    assert_true(vg_term_hash(en, VG_TOK_NAME, "macron", 6) == vg_term_hash(fr, VG_TOK_NAME, "macron", 6));
    assert_true(vg_term_hash(en, VG_TOK_WORD, "macron", 6) != vg_term_hash(fr, VG_TOK_WORD, "macron", 6));
    vg_tok_free(en);
    vg_tok_free(fr);
    /* Shared terms are counted with the dot product. */
    vg_svec u = {0};
    assert_int_equal(vg_svec_add(&u, 30), VG_OK);
    assert_int_equal(vg_svec_add(&u, 70), VG_OK);
    assert_int_equal(vg_svec_add(&u, 90), VG_OK);
    size_t shared = 9;
    assert_true(vg_svec_cos_shared(&u, &v, &shared) == 2.0 * 1 + 1.0 * 1);
    assert_int_equal(shared, 2);
    vg_svec_free(&u);
    vg_svec_free(&v);
}

/* A short vector against a long one (the galloping path) gives the same
 * dot product as a brute force over every pair of terms. */
static void test_cos_imbalanced(void **state)
{
    (void)state;
    vg_svec s = {0}, l = {0};
    uint64_t x = 88172645463325252u;
    for (int i = 0; i < 2000; i++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        assert_int_equal(vg_svec_add(&l, x % 5000 + 1), VG_OK);
        if (i % 50 == 0)
            assert_int_equal(vg_svec_add(&s, x % 5000 + 1), VG_OK);
        if (i % 97 == 0)
            assert_int_equal(vg_svec_add(&s, x % 7000 + 5001), VG_OK); /* not in l */
    }
    for (size_t i = 0; i < l.n; i++)
        l.v[i].w = 1.0 / (double)(i + 1);
    double brute = 0;
    for (size_t i = 0; i < s.n; i++)
        for (size_t j = 0; j < l.n; j++)
            if (s.v[i].h == l.v[j].h)
                brute += s.v[i].w * l.v[j].w;
    assert_true(s.n * 8 < l.n);
    assert_true(brute > 0);
    assert_true(fabs(vg_svec_cos(&s, &l) - brute) < 1e-12);
    assert_true(fabs(vg_svec_cos(&l, &s) - brute) < 1e-12);
    vg_svec_free(&s);
    vg_svec_free(&l);
}

static void test_df_grows(void **state)
{
    (void)state;
    vg_tok *t = NULL;
    assert_int_equal(vg_tok_new(NULL, &t), VG_OK);
    vg_df df = {0};
    vg_svec v = {0};
    char word[32];
    for (int i = 0; i < 10000; i++) {
        snprintf(word, sizeof word, "w%dx w%dy", i, i % 7);
        terms(t, word, VG_TOK_WORD, &v);
        assert_int_equal(vg_df_add(&df, &v), VG_OK);
    }
    assert_int_equal(df.n, 10000 + 7);
    assert_true(df.cap >= df.n);
    vg_svec_free(&v);
    vg_df_free(&df);
    vg_tok_free(t);
}

/*
 * Words of a language counted against the documents of that language (the
 * semeval profile): "ok" is in every Polish text, so against the Polish
 * documents it weighs less than against all of them, where the English
 * texts make it look rare.
 */
static void test_df_per_language(void **state)
{
    (void)state;
    vg_tok *pl = NULL, *en = NULL;
    assert_int_equal(vg_tok_new("pl", &pl), VG_OK);
    assert_int_equal(vg_tok_new("en", &en), VG_OK);
    vg_df df = {0};
    vg_svec v = {0};
    char text[64];
    for (int i = 0; i < 100; i++) {
        vg_tok *t = i < 10 ? pl : en;
        snprintf(text, sizeof text, "ok w%dx", i);
        terms(t, text, VG_TOK_WORD, &v);
        assert_int_equal(vg_df_add(&df, &v), VG_OK);
        assert_int_equal(vg_df_add_lang(&df, t), VG_OK);
    }
    assert_int_equal(df.docs, 100);
    assert_int_equal(vg_df_docs_lang(&df, pl), 10);
    assert_int_equal(vg_df_docs_lang(&df, en), 90);
    /* the language counts are no terms of the vectors */
    assert_int_equal(df.n, 2 + 100 + 1 + 1);
    vg_svec all = {0}, own = {0};
    terms(pl, "ok w3x", VG_TOK_WORD, &all);
    terms(pl, "ok w3x", VG_TOK_WORD, &own);
    vg_svec_weigh_docs(&all, &df, df.docs, VG_TF_LOG);
    vg_svec_weigh_docs(&own, &df, vg_df_docs_lang(&df, pl), VG_TF_LOG);
    uint64_t ok = vg_term_hash(pl, VG_TOK_WORD, "ok", 2);
    double w_all = 0, w_own = 0;
    for (size_t i = 0; i < all.n; i++) {
        if (all.v[i].h == ok)
            w_all = all.v[i].w;
        if (own.v[i].h == ok)
            w_own = own.v[i].w;
    }
    assert_true(w_own > 0 && w_own < w_all);
    /* Counts: raw, a word said three times weighs three times as much as
     * with one mention (before the length is made 1); in log, 1 + ln 3. */
    vg_svec rawv = {0}, logv = {0};
    terms(en, "ok ok ok w50x", VG_TOK_WORD, &rawv);
    terms(en, "ok ok ok w50x", VG_TOK_WORD, &logv);
    vg_svec_weigh_docs(&rawv, &df, 100, VG_TF_RAW);
    vg_svec_weigh_docs(&logv, &df, 100, VG_TF_LOG);
    uint64_t ok_en = vg_term_hash(en, VG_TOK_WORD, "ok", 2);
    uint64_t w50x = vg_term_hash(en, VG_TOK_WORD, "w50x", 4);
    double r_raw = 0, r_log = 0, idf_ok = log(151.0 / 91.0), idf_w = log(151.0 / 2.0);
    for (size_t i = 0; i < rawv.n; i++)
        for (size_t j = 0; j < rawv.n; j++)
            if (rawv.v[i].h == ok_en && rawv.v[j].h == w50x) {
                r_raw = rawv.v[i].w / rawv.v[j].w;
                r_log = logv.v[i].w / logv.v[j].w;
            }
    assert_true(fabs(r_raw - 3 * idf_ok / idf_w) < 1e-9);
    assert_true(fabs(r_log - (1 + log(3.0)) * idf_ok / idf_w) < 1e-9);
    vg_svec_free(&rawv), vg_svec_free(&logv);
    vg_svec_free(&v), vg_svec_free(&all), vg_svec_free(&own);
    vg_df_free(&df);
    vg_tok_free(pl);
    vg_tok_free(en);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_terms_and_cosines),
        cmocka_unit_test(test_df_grows),
        cmocka_unit_test(test_add_keeps_order),
        cmocka_unit_test(test_cos_imbalanced),
        cmocka_unit_test(test_df_per_language),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
