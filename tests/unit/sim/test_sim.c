/*
 * test_sim.c - unit tests for the synthetic corpus generator (vg_simulate).
 *
 * Each test runs the simulator into memory streams and checks the corpus
 * and the planted truth against each other with an independent JSON parser
 * (jansson): determinism, validity of every line, ids, time order, counts,
 * and the properties each planted relation promises (copies identical,
 * near-copies close but different, stitched passages where recorded,
 * coordinated posts inside their window).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "vg_hash.h"
#include "vg_sim_text.h"
#include "vigie/sim.h"

typedef struct output {
    char *corpus, *truth;
    size_t ncorpus, ntruth;
    vg_sim_stats st;
    vg_err err;
} output;

static void run_sim(const vg_sim_opts *o, output *out)
{
    memset(out, 0, sizeof *out);
    FILE *c = open_memstream(&out->corpus, &out->ncorpus);
    FILE *t = open_memstream(&out->truth, &out->ntruth);
    assert_non_null(c);
    assert_non_null(t);
    out->err = vg_simulate(c, t, o, &out->st);
    fclose(c);
    fclose(t);
}

static void output_free(output *out)
{
    free(out->corpus);
    free(out->truth);
}

/* Parse every line of a JSONL buffer; fails the test on a bad line. */
static json_t *parse_lines(const char *p, size_t n)
{
    json_t *arr = json_array();
    size_t line = 0;
    while (n) {
        const char *nl = memchr(p, '\n', n);
        assert_non_null(nl); /* every record ends with a newline */
        json_error_t jerr;
        json_t *v = json_loadb(p, (size_t)(nl - p), 0, &jerr);
        line++;
        if (!v)
            fail_msg("line %zu: %s", line, jerr.text);
        assert_true(json_is_object(v));
        json_array_append_new(arr, v);
        n -= (size_t)(nl - p) + 1;
        p = nl + 1;
    }
    return arr;
}

static const char *sget(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static int64_t days_from_civil(int64_t y, int64_t m, int64_t d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static int64_t parse_time(const char *s)
{
    int y, mo, d, h, mi, se;
    char z;
    assert_non_null(s);
    assert_int_equal(strlen(s), 20);
    assert_int_equal(sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &se, &z), 7);
    assert_int_equal(z, 'Z');
    return days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se;
}

/* ---- word-set Jaccard ------------------------------------------------ */

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static size_t word_set(const char *s, char ***out)
{
    size_t n = 0, cap = 64;
    char **w = malloc(cap * sizeof *w);
    while (*s) {
        while (*s && !((*s | 32) >= 'a' && (*s | 32) <= 'z') && !(*s >= '0' && *s <= '9'))
            s++;
        const char *b = s;
        while ((*s | 32) >= 'a' && (*s | 32) <= 'z' ? 1 : (*s >= '0' && *s <= '9'))
            s++;
        if (s == b)
            continue;
        if (n == cap)
            w = realloc(w, (cap *= 2) * sizeof *w);
        w[n] = strndup(b, (size_t)(s - b));
        for (char *c = w[n]; *c; c++)
            if (*c >= 'A' && *c <= 'Z')
                *c = (char)(*c + 32);
        n++;
    }
    qsort(w, n, sizeof *w, cmp_str);
    size_t u = 0;
    for (size_t k = 0; k < n; k++) {
        if (u && strcmp(w[u - 1], w[k]) == 0) {
            free(w[k]);
            continue;
        }
        w[u++] = w[k];
    }
    *out = w;
    return u;
}

static double jaccard(const char *a, const char *b)
{
    char **wa, **wb;
    size_t na = word_set(a, &wa), nb = word_set(b, &wb), i = 0, j = 0, inter = 0;
    while (i < na && j < nb) {
        int c = strcmp(wa[i], wb[j]);
        if (c == 0)
            inter++, i++, j++;
        else if (c < 0)
            i++;
        else
            j++;
    }
    for (size_t k = 0; k < na; k++)
        free(wa[k]);
    for (size_t k = 0; k < nb; k++)
        free(wb[k]);
    free(wa);
    free(wb);
    return na + nb ? (double)inter / (double)(na + nb - inter) : 1.0;
}

/* ---- tests --------------------------------------------------------- */

static void test_deterministic(void **state)
{
    (void)state;
    output a, b, c;
    vg_sim_opts o = {0};
    run_sim(&o, &a);
    run_sim(&o, &b);
    o.seed = 2;
    run_sim(&o, &c);
    assert_int_equal(a.err, VG_OK);
    assert_int_equal(b.err, VG_OK);
    assert_int_equal(c.err, VG_OK);
    assert_true(a.ncorpus > 1000000); /* defaults: ~2.5 MB */
    assert_int_equal(a.ncorpus, b.ncorpus);
    assert_memory_equal(a.corpus, b.corpus, a.ncorpus);
    assert_int_equal(a.ntruth, b.ntruth);
    assert_memory_equal(a.truth, b.truth, a.ntruth);
    assert_true(a.ncorpus != c.ncorpus || memcmp(a.corpus, c.corpus, a.ncorpus) != 0);
    /* seed 0 means seed 1 */
    output_free(&c);
    o.seed = 1;
    run_sim(&o, &c);
    assert_int_equal(a.ncorpus, c.ncorpus);
    assert_memory_equal(a.corpus, c.corpus, a.ncorpus);
    output_free(&a);
    output_free(&b);
    output_free(&c);
}

/*
 * Same bytes on every machine: a hash of a small run, pinned.  When the
 * vocabularies or the generator change on purpose, print the new value
 * (it is in the failure message) and update it here.
 */
static void test_golden_hash(void **state)
{
    (void)state;
    output a;
    vg_sim_opts o = {.seed = 42, .articles = 60, .posts = 300, .accounts = 40, .days = 2};
    run_sim(&o, &a);
    assert_int_equal(a.err, VG_OK);
    uint64_t h = vg_hash64(a.corpus, a.ncorpus, 0) ^ vg_hash64(a.truth, a.ntruth, 1);
    if (h != UINT64_C(0xeb9424e97e3620a2))
        fail_msg("golden hash changed: 0x%016llx", (unsigned long long)h);
    output_free(&a);
}

/*
 * No accidental partial reuse: two articles share a sentence of six words
 * or more only when the truth says so.  Every sentence template of the
 * article grammars must therefore be unlikely to come out the same twice,
 * even for two articles of one story (the worst case: story-bound slots
 * then agree most of the time).  1e-7 keeps the expected number of
 * accidental pairs well under one for a million article pairs; the
 * measure on whole corpora is scripts/sim-check.py.
 */
static int templates_vary(const vg_sim_slots *t, const char *name, const vg_sim_list *l)
{
    int bad = 0;
    for (uint32_t i = 0; i < l->n; i++) {
        double c = vg_sim_collision(t, l->v[i], 1);
        if (c > 1e-7) {
            print_message("%s[%u]: collision %.2g: %s\n", name, i, c, l->v[i]);
            bad++;
        }
        assert_true(vg_sim_collision(t, l->v[i], 0) <= c * 1.0001);
    }
    return bad;
}

static void test_templates_vary(void **state)
{
    (void)state;
    vg_sim_slots t;
    vg_sim_slots_init(&t);
    int bad = 0;
    for (unsigned k = 0; k < VG_SIM_NTOPICS; k++) {
        bad += templates_vary(&t, vg_sim_topics[k].name, &vg_sim_topics[k].sentence);
        bad += templates_vary(&t, vg_sim_topics[k].name, &vg_sim_topics[k].sentence_fr);
    }
    bad += templates_vary(&t, "generic_en", &vg_sim_generic_en);
    bad += templates_vary(&t, "background_en", &vg_sim_background_en);
    bad += templates_vary(&t, "quote_en", &vg_sim_quote_en);
    bad += templates_vary(&t, "generic_fr", &vg_sim_generic_fr);
    bad += templates_vary(&t, "background_fr", &vg_sim_background_fr);
    bad += templates_vary(&t, "quote_fr", &vg_sim_quote_fr);
    bad += templates_vary(&t, "hook_en", &vg_sim_hook_en);
    bad += templates_vary(&t, "hook_fr", &vg_sim_hook_fr);
    bad += templates_vary(&t, "farm_original", &vg_sim_farm_original);
    assert_int_equal(bad, 0);
    /* The estimate itself: a fixed sentence always repeats, a break inside
       alternatives is not analysed, a piece without slots repeats. */
    assert_true(vg_sim_collision(&t, "A fixed sentence of eight words here.", 1) == 1.0);
    assert_true(vg_sim_collision(&t, "{One. Two|Three} words $first $last.", 1) == 1.0);
    assert_true(vg_sim_collision(&t, "Fixed. Then $first $last and $time.", 1) == 1.0);
    double c = vg_sim_collision(&t, "At $time, {a|b}.", 1);
    assert_true(c > 0.99 / (192 * 2) && c < 1.01 / (192 * 2));
}

static void check_corpus(const output *out, const vg_sim_opts *o, json_t *docs, json_t *byid)
{
    int64_t start = o->start ? o->start : 1492646400;
    int64_t end = start + (int64_t)(o->days ? o->days : 7) * 86400;
    int64_t prev = INT64_MIN;
    uint64_t narts = 0, nposts = 0;
    size_t k;
    json_t *d;
    json_array_foreach(docs, k, d) {
        const char *id = sget(d, "id");
        assert_non_null(id);
        assert_null(json_object_get(byid, id)); /* ids are unique */
        json_object_set(byid, id, d);
        assert_non_null(sget(d, "source"));
        assert_non_null(sget(d, "author"));
        assert_non_null(sget(d, "url"));
        const char *text = sget(d, "text");
        assert_non_null(text);
        const char *lang = sget(d, "lang");
        assert_true(strcmp(lang, "en") == 0 || strcmp(lang, "fr") == 0);
        int64_t t = parse_time(sget(d, "published_at"));
        assert_true(t >= start && t < end);
        assert_true(t >= prev);
        prev = t;
        if (sget(d, "title")) {
            narts++;
            assert_true(strlen(sget(d, "title")) > 10);
            assert_true(strlen(text) > 300);
            assert_true(strlen(text) < 6000);
            assert_non_null(strstr(text, "\n\n"));
            assert_true(strncmp(sget(d, "url"), "https://", 8) == 0);
        } else {
            nposts++;
            assert_string_equal(sget(d, "source"), "twitter");
            assert_true(strlen(text) > 3 && strlen(text) < 2000);
            const char *ref = sget(d, "reply_to") ? sget(d, "reply_to") : sget(d, "repost_of");
            if (ref)
                assert_non_null(json_object_get(byid, ref)); /* earlier in the corpus */
        }
    }
    assert_int_equal(narts, out->st.articles);
    assert_int_equal(nposts, out->st.posts);
    assert_int_equal(narts + nposts, out->st.docs);
    assert_int_equal(json_array_size(docs), out->st.docs);
}

static void check_truth(const output *out, json_t *truth, json_t *byid)
{
    uint64_t n_copy = 0, n_near = 0, n_stitch = 0, n_group = 0, n_story = 0, n_ct = 0, n_cl = 0, n_ch = 0, n_cr = 0;
    json_t *groups = json_object();
    json_t *story_of = json_object();
    size_t k;
    json_t *t;
    json_array_foreach(truth, k, t) {
        const char *kind = sget(t, "kind");
        assert_non_null(kind);
        json_t *ids = json_object_get(t, "ids");
        size_t i;
        json_t *v;
        json_array_foreach(ids, i, v) {
            if (!json_object_get(byid, json_string_value(v)))
                fail_msg("truth line %zu (%s): id %s not in corpus", k + 1, kind,
                         json_string_value(v));
        }
        if (strcmp(kind, "story") == 0) {
            n_story++;
            assert_int_equal(json_array_size(ids), 1);
            const char *id = json_string_value(json_array_get(ids, 0));
            assert_null(json_object_get(story_of, id)); /* one story per article */
            json_object_set_new(story_of, id, json_string(sget(t, "story")));
            assert_non_null(sget(json_object_get(byid, id), "title"));
        } else if (strcmp(kind, "copy") == 0 || strcmp(kind, "near_copy") == 0) {
            json_t *a = json_object_get(byid, sget(t, "original"));
            json_t *b = json_object_get(byid, sget(t, "copy"));
            assert_non_null(a);
            assert_non_null(b);
            assert_string_not_equal(sget(a, "source"), sget(b, "source"));
            assert_string_not_equal(sget(a, "url"), sget(b, "url"));
            assert_true(parse_time(sget(b, "published_at")) > parse_time(sget(a, "published_at")));
            if (kind[0] == 'c') {
                n_copy++;
                assert_string_equal(sget(a, "text"), sget(b, "text"));
            } else {
                n_near++;
                double j = jaccard(sget(a, "text"), sget(b, "text"));
                if (j < 0.5 || j > 0.99)
                    fail_msg("near-copy %s: word Jaccard %.3f", sget(t, "copy"), j);
                assert_true(json_array_size(json_object_get(t, "ops")) >= 3);
            }
        } else if (strcmp(kind, "stitched") == 0) {
            n_stitch++;
            json_t *s = json_object_get(byid, sget(t, "stitched"));
            const char *text = sget(s, "text");
            size_t n = strlen(text);
            assert_true(json_array_size(json_object_get(t, "sources")) >= 2);
            /* The invented byline signs the page. */
            char sign[128];
            snprintf(sign, sizeof sign, "\xe2\x80\xa2 %s", sget(t, "byline"));
            assert_true(n > strlen(sign));
            assert_string_equal(text + n - strlen(sign), sign);
            json_t *pas = json_object_get(t, "passages");
            assert_true(json_array_size(pas) >= 2);
            size_t pi;
            json_t *p;
            json_array_foreach(pas, pi, p) {
                json_t *src = json_object_get(byid, sget(p, "source"));
                assert_non_null(src);
                size_t a = (size_t)json_integer_value(json_object_get(p, "start"));
                size_t e = (size_t)json_integer_value(json_object_get(p, "end"));
                size_t sa = (size_t)json_integer_value(json_object_get(p, "src_start"));
                size_t se = (size_t)json_integer_value(json_object_get(p, "src_end"));
                const char *stext = sget(src, "text");
                assert_true(a < e && e <= n);
                assert_true(sa < se && se <= strlen(stext));
                assert_int_equal(e - a, se - sa);
                assert_memory_equal(text + a, stext + sa, e - a);
                assert_true(parse_time(sget(src, "published_at")) <
                            parse_time(sget(s, "published_at")));
            }
        } else if (strcmp(kind, "coord_group") == 0) {
            n_group++;
            json_t *m = json_object_get(t, "members");
            assert_true(json_array_size(m) >= 3 && json_array_size(m) <= 20);
            json_object_set(groups, sget(t, "group"), t);
        } else if (strncmp(kind, "coordinated_", 12) == 0) {
            /* text, link, hashtag or repost */
            char what = kind[12];
            assert_true(!strcmp(kind + 12, "text") || !strcmp(kind + 12, "link")
                        || !strcmp(kind + 12, "hashtag") || !strcmp(kind + 12, "repost"));
            what == 'l' ? n_cl++ : what == 't' ? n_ct++ : what == 'h' ? n_ch++ : n_cr++;
            json_t *g = json_object_get(groups, sget(t, "group"));
            assert_non_null(g); /* groups are described before their bursts */
            int64_t window = json_integer_value(json_object_get(g, "window"));
            assert_int_equal(window, json_integer_value(json_object_get(t, "window")));
            json_t *members = json_object_get(g, "members");
            json_t *authors = json_object_get(t, "authors");
            assert_true(json_array_size(ids) >= 2);
            assert_int_equal(json_array_size(ids), json_array_size(authors));
            int64_t lo = INT64_MAX, hi = INT64_MIN;
            json_array_foreach(ids, i, v) {
                json_t *d = json_object_get(byid, json_string_value(v));
                const char *au = sget(d, "author");
                assert_string_equal(au, json_string_value(json_array_get(authors, i)));
                int found = 0;
                size_t mi;
                json_t *mv;
                json_array_foreach(members, mi, mv) found |= strcmp(json_string_value(mv), au) == 0;
                assert_true(found);
                int64_t pt = parse_time(sget(d, "published_at"));
                lo = pt < lo ? pt : lo;
                hi = pt > hi ? pt : hi;
                const char *text = sget(d, "text");
                if (what == 'l') {
                    assert_non_null(strstr(text, sget(t, "url")));
                } else if (what == 'h') {
                    /* Each member's own words, and the campaign's tag. */
                    const char *tag = sget(t, "hashtag");
                    const char *at = strstr(text, tag);
                    assert_non_null(at);
                    assert_true(at > text && at[-1] == '#');
                } else if (what == 'r') {
                    /* The same post reposted, an hour old or more. */
                    const char *of = sget(t, "repost_of");
                    assert_string_equal(sget(d, "repost_of"), of);
                    assert_true(strncmp(text, "RT @", 4) == 0);
                    json_t *orig = json_object_get(byid, of);
                    assert_non_null(orig);
                    assert_true(pt - parse_time(sget(orig, "published_at")) >= 3600);
                } else {
                    double j = jaccard(text, sget(t, "text"));
                    if (j < 0.75)
                        fail_msg("coordinated post %s strays from its copypasta (%.2f)",
                                 json_string_value(v), j);
                }
            }
            assert_true(hi - lo <= window);
        } else {
            fail_msg("unknown truth kind %s", kind);
        }
    }
    assert_int_equal(n_copy, out->st.copies);
    assert_int_equal(n_near, out->st.near_copies);
    assert_int_equal(n_stitch, out->st.stitched);
    assert_int_equal(n_group, out->st.coord_groups);
    assert_int_equal(n_story, out->st.articles);
    json_decref(groups);
    json_decref(story_of);
    if (out->st.coord_groups >= 8) {
        assert_true(n_ct > 0);
        assert_true(n_cl > 0);
        assert_true(n_ch > 0);
        assert_true(n_cr > 0);
    }
}

static void check_run(const vg_sim_opts *o, output *out)
{
    run_sim(o, out);
    assert_int_equal(out->err, VG_OK);
    json_t *docs = parse_lines(out->corpus, out->ncorpus);
    json_t *truth = parse_lines(out->truth, out->ntruth);
    json_t *byid = json_object();
    check_corpus(out, o, docs, byid);
    check_truth(out, truth, byid);
    json_decref(byid);
    json_decref(docs);
    json_decref(truth);
}

static void test_defaults_valid(void **state)
{
    (void)state;
    output out;
    vg_sim_opts o = {0};
    check_run(&o, &out);
    /* Documented defaults: 400 originals plus planted ones, 3000 organic posts. */
    assert_true(out.st.articles > 400);
    assert_true(out.st.posts > 3000);
    assert_true(out.st.copies >= 10);
    assert_true(out.st.near_copies >= 10);
    assert_true(out.st.stitched >= 5);
    assert_int_equal(out.st.coord_groups, 8);
    /* Realism the cleaner must face. */
    assert_non_null(strstr(out.corpus, "(EWA) \xe2\x80\x94 "));
    assert_non_null(strstr(out.corpus, "MOSCOW (Vostok) \xe2\x80\x94 "));
    assert_non_null(strstr(out.corpus, "\\n\\nShare this article"));
    assert_non_null(strstr(out.corpus, "\"text\":\"By "));
    assert_non_null(strstr(out.corpus, "?utm_source="));
    assert_non_null(strstr(out.corpus, "\"lang\":\"fr\""));
    assert_non_null(strstr(out.corpus, "\"repost_of\":"));
    assert_non_null(strstr(out.corpus, "\"reply_to\":"));
    output_free(&out);
}

static void test_other_seeds_valid(void **state)
{
    (void)state;
    for (uint64_t seed = 3; seed < 6; seed++) {
        output out;
        vg_sim_opts o = {.seed = seed, .days = (unsigned)seed, .articles = 150 * (unsigned)seed,
                         .outlets = 10 + (unsigned)seed, .accounts = 120, .posts = 1500,
                         .start = 1493800000};
        check_run(&o, &out);
        output_free(&out);
    }
}

static void test_unrelated_not_near(void **state)
{
    (void)state;
    /* Articles outside planted relations must not look like near-copies. */
    output out;
    vg_sim_opts o = {.articles = 200, .posts = 100};
    run_sim(&o, &out);
    json_t *docs = parse_lines(out.corpus, out.ncorpus);
    json_t *truth = parse_lines(out.truth, out.ntruth);
    json_t *planted = json_object();
    size_t n = 0, k, i;
    json_t *d, *v;
    json_array_foreach(truth, k, d) {
        if (strcmp(sget(d, "kind"), "story") != 0 && strncmp(sget(d, "kind"), "coord", 5) != 0)
            json_array_foreach(json_object_get(d, "ids"), i, v)
                json_object_set(planted, json_string_value(v), json_true());
    }
    const char *texts[80];
    json_array_foreach(docs, k, d) {
        if (sget(d, "title") && strcmp(sget(d, "lang"), "en") == 0 && n < 80 &&
            !json_object_get(planted, sget(d, "id")))
            texts[n++] = sget(d, "text");
    }
    assert_true(n > 40);
    double worst = 0;
    for (size_t a = 0; a < n; a++)
        for (size_t b = a + 1; b < n; b++) {
            double j = jaccard(texts[a], texts[b]);
            worst = j > worst ? j : worst;
        }
    if (worst >= 0.5)
        fail_msg("two unrelated articles share %.2f of their words", worst);
    json_decref(planted);
    json_decref(truth);
    json_decref(docs);
    output_free(&out);
}

static void test_small_and_limits(void **state)
{
    (void)state;
    output out;
    /* One outlet: nobody to copy to; three accounts: no group. */
    vg_sim_opts o = {.outlets = 1, .articles = 20, .accounts = 3, .posts = 30, .days = 1};
    check_run(&o, &out);
    assert_int_equal(out.st.copies, 0);
    assert_int_equal(out.st.near_copies, 0);
    assert_int_equal(out.st.coord_groups, 0);
    assert_int_equal(out.st.articles, 20);
    assert_int_equal(out.st.posts, 30);
    output_free(&out);

    vg_sim_opts bad = {.outlets = 17};
    FILE *f = tmpfile();
    assert_int_equal(vg_simulate(f, NULL, &bad, NULL), VG_EINVAL);
    assert_int_equal(vg_simulate(NULL, NULL, NULL, NULL), VG_EINVAL);
    fclose(f);
}

static void test_truth_optional(void **state)
{
    (void)state;
    output a;
    vg_sim_opts o = {.articles = 50, .posts = 200, .accounts = 30};
    run_sim(&o, &a);
    char *buf = NULL;
    size_t n = 0;
    FILE *c = open_memstream(&buf, &n);
    vg_sim_stats st;
    assert_int_equal(vg_simulate(c, NULL, &o, &st), VG_OK);
    fclose(c);
    assert_int_equal(n, a.ncorpus);
    assert_memory_equal(buf, a.corpus, n);
    assert_memory_equal(&st, &a.st, sizeof st);
    free(buf);
    output_free(&a);
}

static void test_write_error(void **state)
{
    (void)state;
    FILE *ro = fopen("/dev/null", "r");
    assert_non_null(ro);
    vg_sim_opts o = {.articles = 20, .posts = 20};
    assert_int_equal(vg_simulate(ro, NULL, &o, NULL), VG_EIO);
    fclose(ro);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_deterministic),
        cmocka_unit_test(test_golden_hash),
        cmocka_unit_test(test_templates_vary),
        cmocka_unit_test(test_defaults_valid),
        cmocka_unit_test(test_other_seeds_valid),
        cmocka_unit_test(test_unrelated_not_near),
        cmocka_unit_test(test_small_and_limits),
        cmocka_unit_test(test_truth_optional),
        cmocka_unit_test(test_write_error),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
