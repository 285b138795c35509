/*
 * test_story.c - story clustering over a store: the simulator's planted
 * stories recovered, copies joining their original's story, the flags
 * and counts of bad input, stories closing after the quiet period, the
 * results (members, timeline, terms) and their limits.
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

#include <sqlite3.h>

#include "vg_testdir.h"
#include "vigie/vigie.h"

/* A store at vg_testdir/name ingested from the JSONL text (copy detection on). */
static vg_store *store_of(const char *name, const char *jsonl)
{
    char in[256], db[256], err[512];
    snprintf(in, sizeof in, "%s/%s.jsonl", vg_testdir, name);
    snprintf(db, sizeof db, "%s/%s.db", vg_testdir, name);
    FILE *f = fopen(in, "w");
    assert_non_null(f);
    fputs(jsonl, f);
    fclose(f);
    vg_store *s = NULL;
    assert_int_equal(vg_store_open(&s, db, NULL, err, sizeof err), VG_OK);
    const char *paths[] = {in};
    vg_ingest_stats ist;
    if (vg_ingest(s, paths, 1, NULL, &ist, err, sizeof err) != VG_OK)
        fail_msg("ingest: %s", err);
    return s;
}

static vg_stories *run(vg_store *s, const vg_story_opts *o, vg_story_stats *st)
{
    vg_stories *v = NULL;
    char err[512];
    if (vg_story_run(s, o, &v, st, err, sizeof err) != VG_OK)
        fail_msg("stories: %s", err);
    return v;
}

/* ---- planted stories ------------------------------------------------- */

typedef struct assign {
    char id[32];
    int gold, got;
} assign;

typedef struct book {
    assign *a;
    size_t n, cap;
} book;

static assign *find(book *b, const char *id)
{
    for (size_t i = 0; i < b->n; i++)
        if (!strcmp(b->a[i].id, id))
            return &b->a[i];
    return NULL;
}

/* The truth file's "story" lines: ids and the story they belong to. */
static void read_truth(const char *path, book *b)
{
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, f) > 0) {
        if (!strstr(line, "\"kind\":\"story\""))
            continue;
        const char *st = strstr(line, "\"story\":\"s");
        assert_non_null(st);
        int gold = atoi(st + 10);
        const char *p = strstr(line, "\"ids\":[");
        assert_non_null(p);
        p += 7;
        while (*p == '"') {
            const char *e = strchr(p + 1, '"');
            if (b->n == b->cap) {
                b->cap = b->cap ? 2 * b->cap : 256;
                b->a = realloc(b->a, b->cap * sizeof *b->a);
                assert_non_null(b->a);
            }
            assign *x = &b->a[b->n++];
            snprintf(x->id, sizeof x->id, "%.*s", (int)(e - p - 1), p + 1);
            x->gold = gold;
            x->got = -1;
            p = e + 1;
            if (*p == ',')
                p++;
        }
    }
    free(line);
    fclose(f);
}

typedef struct filler {
    book *b;
    uint32_t story;
} filler;

static int fill_member(void *ctx, const vg_story_member *m)
{
    filler *f = ctx;
    assign *x = find(f->b, m->id);
    if (x)
        x->got = (int)f->story;
    return 0;
}

typedef struct walk {
    const vg_stories *v;
    book *b;
    unsigned stories;
} walk;

static int fill_story(void *ctx, const vg_story_info *s)
{
    walk *w = ctx;
    filler f = {w->b, s->id};
    vg_story_members(w->v, s->id, fill_member, &f);
    w->stories++;
    return 0;
}

/* Pairwise F1 of v's stories against the planted ones in b (filled);
 * every planted article is in a story unless partial. */
static double planted_f1(const vg_stories *v, book *b, unsigned *stories, int partial)
{
    for (size_t i = 0; i < b->n; i++)
        b->a[i].got = -1;
    walk w = {v, b, 0};
    vg_stories_each(v, fill_story, &w);
    uint64_t tp = 0, fp = 0, fn = 0;
    for (size_t i = 0; i < b->n; i++) {
        assert_true(partial || b->a[i].got > 0);
        if (b->a[i].got <= 0)
            continue;
        for (size_t j = i + 1; j < b->n; j++) {
            if (b->a[j].got <= 0)
                continue;
            int same_gold = b->a[i].gold == b->a[j].gold, same_got = b->a[i].got == b->a[j].got;
            tp += same_gold && same_got, fp += !same_gold && same_got, fn += same_gold && !same_got;
        }
    }
    double p = (double)tp / (double)(tp + fp), r = (double)tp / (double)(tp + fn);
    print_message("planted stories: P %.3f R %.3f F1 %.3f (%u stories)\n", p, r,
                  2 * p * r / (p + r), w.stories);
    *stories = w.stories;
    return 2 * p * r / (p + r);
}

/* The simulated corpus of the planted-stories tests, and its truth. */
static void simulate(const char *corpus, const char *truth)
{
    FILE *c = fopen(corpus, "w"), *t = fopen(truth, "w");
    assert_non_null(c);
    assert_non_null(t);
    vg_sim_opts so = {.seed = 5, .articles = 240, .posts = 100, .accounts = 30, .days = 4};
    assert_int_equal(vg_simulate(c, t, &so, NULL), VG_OK);
    fclose(c);
    fclose(t);
}

static void test_planted_stories(void **state)
{
    (void)state;
    char corpus[256], truth[256], db[256], err[512];
    snprintf(corpus, sizeof corpus, "%s/sim.jsonl", vg_testdir);
    snprintf(truth, sizeof truth, "%s/sim.truth", vg_testdir);
    snprintf(db, sizeof db, "%s/sim.db", vg_testdir);
    simulate(corpus, truth);
    vg_store *s = NULL;
    assert_int_equal(vg_store_open(&s, db, NULL, err, sizeof err), VG_OK);
    const char *paths[] = {corpus};
    vg_ingest_stats ist;
    if (vg_ingest(s, paths, 1, NULL, &ist, err, sizeof err) != VG_OK)
        fail_msg("ingest: %s", err);
    vg_story_stats st;
    vg_stories *v = run(s, NULL, &st);
    book b = {0};
    read_truth(truth, &b);
    assert_true(b.n > 200);
    unsigned stories;
    assert_true(planted_f1(v, &b, &stories, 0) >= 0.90);
    assert_int_equal(stories, st.stories - st.merged);
    /* Posts are left out, articles all clustered. */
    assert_true(st.short_texts > 0);
    assert_int_equal(st.articles + st.short_texts + st.empty, st.docs);
    free(b.a);
    vg_stories_free(v);
    vg_store_close(s);
}

/* ---- profiles ---------------------------------------------------------- */

/*
 * Two reports of one event in the same words but with different names
 * (the minister, the town): the planted profile, which leans on names,
 * keeps them apart; the semeval profile, words first, joins them.  An
 * unrelated article stays alone in both.
 */
static void test_profiles(void **state)
{
    (void)state;
    const char *jsonl =
        "{\"id\":\"f1\",\"source\":\"one.example\",\"title\":\"Farmers promised "
        "help\",\"published_at\":\"2019-03-05T10:00:00Z\",\"lang\":\"en\",\"text\":\"Farmers who "
        "blocked roads near the port will receive help before the end of the month, the "
        "agriculture minister Stephane Travert said yesterday in Rennes. Milk prices fell to "
        "their lowest level in a decade and dairy cooperatives ignored the demands of farmers "
        "for months. The blockades will be lifted by the evening, police said, and nobody was "
        "hurt.\"}\n"
        "{\"id\":\"f2\",\"source\":\"two.example\",\"title\":\"Dairy protest "
        "ends\",\"published_at\":\"2019-03-05T12:00:00Z\",\"lang\":\"en\",\"text\":\"Yesterday "
        "the minister for agriculture, Didier Guillaume, said in Brest that help for the farmers "
        "would come before the month ends. Police said nobody was hurt and the blockades of "
        "roads near the port would be lifted in the evening. For months dairy cooperatives "
        "ignored farmers, whose milk prices had fallen to the lowest level of the decade.\"}\n"
        "{\"id\":\"g1\",\"source\":\"three.example\",\"title\":\"Storm closes "
        "schools\",\"published_at\":\"2019-03-05T13:00:00Z\",\"lang\":\"en\",\"text\":\"A storm "
        "with winds of up to one hundred kilometres an hour closed schools across Normandy on "
        "Tuesday, and trains between Caen and Cherbourg were cancelled. Forecasters at Meteo "
        "France expect the wind to ease on Wednesday morning, while fallen trees still block "
        "several roads in the countryside and thousands of homes have no power.\"}\n";
    vg_store *s = store_of("profiles", jsonl);
    vg_story_stats st;
    vg_story_opts o = {.min_chars = 200};
    vg_stories *v = run(s, &o, &st);
    assert_int_equal(st.articles, 3);
    assert_int_equal(st.stories, 3);
    vg_stories_free(v);
    o.profile = VG_STORY_PROFILE_SEMEVAL;
    v = run(s, &o, &st);
    assert_int_equal(st.stories, 2);
    vg_story_info in;
    assert_int_equal(vg_story_get(v, 1, &in), VG_OK);
    assert_int_equal(in.articles, 2);
    assert_string_equal(in.first_id, "f1");
    assert_int_equal(vg_story_get(v, 2, &in), VG_OK);
    assert_string_equal(in.first_id, "g1");
    /* its threshold is the profile's unless one is given */
    o.threshold = 0.9;
    vg_stories_free(v);
    v = run(s, &o, &st);
    assert_int_equal(st.stories, 3);
    vg_stories_free(v);
    /* Stored stories keep their profile: later updates use it, and the
     * other profile is refused until the stories are reset. */
    char err[512];
    vg_story_opts sem = {.min_chars = 200, .profile = VG_STORY_PROFILE_SEMEVAL};
    vg_story_opts planted = {.min_chars = 200};
    assert_int_equal(vg_story_reset(s, err, sizeof err), VG_OK);
    assert_int_equal(vg_story_update(s, &sem, &st, err, sizeof err), VG_OK);
    assert_int_equal(st.stories, 2);
    assert_int_equal(vg_story_update(s, NULL, &st, err, sizeof err), VG_OK);
    assert_int_equal(vg_story_update(s, &sem, &st, err, sizeof err), VG_OK);
    assert_int_equal(vg_story_update(s, &planted, &st, err, sizeof err), VG_EINVAL);
    assert_int_equal(vg_stories_load(s, &v, err, sizeof err), VG_OK);
    assert_int_equal(vg_story_get(v, 1, &in), VG_OK);
    assert_int_equal(in.articles, 2);
    vg_stories_free(v);
    vg_store_close(s);
}

/* ---- stored stories ------------------------------------------------- */

/* The first `keep` lines of path into part1, the rest into part2. */
static void split_lines(const char *path, size_t keep, const char *part1, const char *part2)
{
    FILE *in = fopen(path, "r"), *a = fopen(part1, "w"), *b = fopen(part2, "w");
    assert_non_null(in);
    assert_non_null(a);
    assert_non_null(b);
    char *line = NULL;
    size_t cap = 0, n = 0;
    while (getline(&line, &cap, in) > 0)
        fputs(line, n++ < keep ? a : b);
    free(line);
    fclose(in);
    fclose(a);
    fclose(b);
}

/* Ingest path into s, the stories updated unless no_stories. */
static void ingest(vg_store *s, const char *path, int no_stories)
{
    char err[512];
    const char *paths[] = {path};
    vg_ingest_stats ist;
    vg_ingest_opts io = {.no_stories = no_stories};
    if (vg_ingest(s, paths, 1, &io, &ist, err, sizeof err) != VG_OK)
        fail_msg("ingest: %s", err);
}

static vg_stories *load(vg_store *s)
{
    vg_stories *v = NULL;
    char err[512];
    if (vg_stories_load(s, &v, err, sizeof err) != VG_OK)
        fail_msg("load: %s", err);
    return v;
}

/* An article's story in v after merges, through vg_story_get. */
static uint32_t story_now(const vg_stories *v, uint32_t id)
{
    vg_story_info info;
    assert_int_equal(vg_story_get(v, id, &info), VG_OK);
    return info.id;
}

#define MERGED_CLUSTER 987654321

/* ctx: {an old cluster id, 0}: the second becomes MERGED_CLUSTER when a
 * member shows it, -1 (and the walk stops) when one still shows the old. */
static int member_cluster(void *ctx, const vg_story_member *m)
{
    int64_t *c = ctx;
    if (m->copy_cluster == c[0])
        c[1] = -1;
    else if (m->copy_cluster == MERGED_CLUSTER)
        c[1] = MERGED_CLUSTER;
    return c[1] == -1;
}

/* Stories of p1 then p2 ingested into a new store NAME.db, the first
 * update with the semeval profile (warm after 50 articles), the second
 * with it again (again set) or with the stored settings: each planted
 * article's story. */
static int *parts_with(const char *p1, const char *p2, int again, book *b, const char *name)
{
    char db[256], err[512];
    snprintf(db, sizeof db, "%s/%s.db", vg_testdir, name);
    vg_store *s = NULL;
    assert_int_equal(vg_store_open(&s, db, NULL, err, sizeof err), VG_OK);
    vg_story_opts sem = {.profile = VG_STORY_PROFILE_SEMEVAL, .warm = 50};
    vg_story_stats st;
    ingest(s, p1, 1);
    assert_int_equal(vg_story_update(s, &sem, &st, err, sizeof err), VG_OK);
    ingest(s, p2, 1);
    assert_int_equal(vg_story_update(s, again ? &sem : NULL, &st, err, sizeof err), VG_OK);
    assert_true(st.articles > 0);
    vg_stories *v = load(s);
    unsigned stories;
    planted_f1(v, b, &stories, 0);
    int *got = malloc(b->n * sizeof *got);
    assert_non_null(got);
    for (size_t i = 0; i < b->n; i++)
        got[i] = b->a[i].got;
    vg_stories_free(v);
    vg_store_close(s);
    return got;
}

static void test_stored_stories(void **state)
{
    (void)state;
    char corpus[256], truth[256], p1[256], p2[256], db[256], err[512];
    snprintf(corpus, sizeof corpus, "%s/inc.jsonl", vg_testdir);
    snprintf(truth, sizeof truth, "%s/inc.truth", vg_testdir);
    snprintf(p1, sizeof p1, "%s/inc1.jsonl", vg_testdir);
    snprintf(p2, sizeof p2, "%s/inc2.jsonl", vg_testdir);
    simulate(corpus, truth);
    book b = {0};
    read_truth(truth, &b);
    unsigned stories;

    /* One ingest: the stored stories are those of a fresh run. */
    snprintf(db, sizeof db, "%s/whole.db", vg_testdir);
    vg_store *s = NULL;
    assert_int_equal(vg_store_open(&s, db, NULL, err, sizeof err), VG_OK);
    ingest(s, corpus, 0);
    vg_story_stats st, fst;
    vg_stories *stored = load(s), *fresh = run(s, NULL, &fst);
    vg_stories_stats(stored, &st);
    assert_int_equal(st.articles, fst.articles);
    assert_int_equal(st.stories, fst.stories);
    assert_int_equal(st.merged, fst.merged);
    assert_int_equal(st.links, fst.links);
    double f_stored = planted_f1(stored, &b, &stories, 0);
    int *got = malloc(b.n * sizeof *got);
    assert_non_null(got);
    for (size_t i = 0; i < b.n; i++)
        got[i] = b.a[i].got;
    assert_true(planted_f1(fresh, &b, &stories, 0) == f_stored);
    for (size_t i = 0; i < b.n; i++)
        assert_int_equal(got[i], b.a[i].got);
    vg_stories_free(stored);
    vg_stories_free(fresh);
    /* Nothing new: nothing clustered, nothing changed. */
    assert_int_equal(vg_story_update(s, NULL, &st, err, sizeof err), VG_OK);
    assert_int_equal(st.docs, 0);
    assert_int_equal(st.articles, 0);
    stored = load(s);
    vg_story_stats again;
    vg_stories_stats(stored, &again);
    assert_int_equal(again.articles, fst.articles);
    assert_true(planted_f1(stored, &b, &stories, 0) == f_stored);
    vg_stories_free(stored);
    /* Other settings are refused until the stories are reset. */
    vg_story_opts strict = {.threshold = 0.3};
    assert_int_equal(vg_story_update(s, &strict, &st, err, sizeof err), VG_EINVAL);
    assert_non_null(strstr(err, "--rebuild"));
    assert_int_equal(vg_story_reset(s, err, sizeof err), VG_OK);
    assert_int_equal(vg_story_update(s, &strict, &st, err, sizeof err), VG_OK);
    assert_int_equal(st.articles, fst.articles);
    assert_true(st.stories > fst.stories); /* a stricter threshold: more stories */
    /* Fewer articles than the warm-up counts (2,000): an update with one
     * more document clusters them all again, with the stored settings. */
    char one[256];
    snprintf(one, sizeof one, "%s/one.jsonl", vg_testdir);
    FILE *f = fopen(one, "w");
    assert_non_null(f);
    fputs("{\"id\":\"late\",\"text\":\"A short post.\"}\n", f);
    fclose(f);
    ingest(s, one, 1);
    uint64_t strict_stories = st.stories;
    assert_int_equal(vg_story_update(s, NULL, &st, err, sizeof err), VG_OK);
    assert_int_equal(st.articles, fst.articles);
    assert_int_equal(st.stories, strict_stories);
    vg_store_close(s);

    /* Two parts, warm after 50 articles: the second update extends the
     * first's stories and never moves an article to another story (but
     * through a merge). */
    snprintf(db, sizeof db, "%s/parts.db", vg_testdir);
    assert_int_equal(vg_store_open(&s, db, NULL, err, sizeof err), VG_OK);
    split_lines(corpus, 200, p1, p2);
    ingest(s, p1, 1);
    vg_story_opts warm = {.warm = 50};
    assert_int_equal(vg_story_update(s, &warm, &st, err, sizeof err), VG_OK);
    assert_true(st.articles > 50);
    /* Nothing new: nothing clustered. */
    assert_int_equal(vg_story_update(s, NULL, &st, err, sizeof err), VG_OK);
    assert_int_equal(st.articles, 0);
    assert_int_equal(st.docs, 0);
    stored = load(s);
    planted_f1(stored, &b, &stories, 1);
    for (size_t i = 0; i < b.n; i++)
        got[i] = b.a[i].got;
    vg_stories_free(stored);
    ingest(s, p2, 0);
    stored = load(s);
    double f_parts = planted_f1(stored, &b, &stories, 0);
    size_t early = 0;
    for (size_t i = 0; i < b.n; i++) {
        if (got[i] <= 0)
            continue; /* in the second part */
        early++;
        assert_int_equal(b.a[i].got, story_now(stored, (uint32_t)got[i]));
    }
    assert_true(early > 50 && early < b.n);
    assert_true(f_parts >= 0.85);
    vg_stories_stats(stored, &st);
    assert_int_equal(st.articles, fst.articles);
    vg_stories_free(stored);
    vg_store_close(s);

    /* An update without settings resumes with the stored ones, all of
     * them: the semeval profile's counts and idf too, so that its second
     * part gives what naming the profile again gives. */
    int *named = parts_with(p1, p2, 1, &b, "named");
    int *stored_p = parts_with(p1, p2, 0, &b, "stored");
    for (size_t i = 0; i < b.n; i++)
        assert_int_equal(stored_p[i], named[i]);
    free(named);
    free(stored_p);

    /* Copy clusters that merge after their articles were clustered are
     * read back as they are now. */
    sqlite3 *db3 = NULL;
    assert_int_equal(sqlite3_open(db, &db3), SQLITE_OK);
    sqlite3_stmt *q = NULL;
    assert_int_equal(sqlite3_prepare_v2(db3, "SELECT story, cluster FROM story_docs"
                                             " WHERE cluster != 0 LIMIT 1", -1, &q, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_step(q), SQLITE_ROW);
    uint32_t sid = (uint32_t)sqlite3_column_int64(q, 0);
    int64_t old_cluster = sqlite3_column_int64(q, 1);
    sqlite3_finalize(q);
    char sql[256];
    snprintf(sql, sizeof sql,
             "INSERT INTO copy_clusters (id, merged_into, docs, classes) VALUES (%d, NULL, 1, 1);"
             " UPDATE copy_clusters SET merged_into = %d WHERE id = %lld",
             MERGED_CLUSTER, MERGED_CLUSTER, (long long)old_cluster);
    assert_int_equal(sqlite3_exec(db3, sql, NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(vg_store_open(&s, db, NULL, err, sizeof err), VG_OK);
    stored = load(s);
    int64_t seen[2] = {old_cluster, 0};
    vg_story_members(stored, sid, member_cluster, seen);
    assert_int_equal(seen[1], MERGED_CLUSTER);
    vg_stories_free(stored);
    vg_store_close(s);

    /* A damaged store is an error that says what to do, not a crash. */
    assert_int_equal(sqlite3_exec(db3, "UPDATE stories SET words = x'0102' WHERE open", NULL,
                                  NULL, NULL), SQLITE_OK);
    sqlite3_close(db3);
    assert_int_equal(vg_store_open(&s, db, NULL, err, sizeof err), VG_OK);
    assert_int_equal(vg_story_update(s, NULL, &st, err, sizeof err), VG_ESTORE);
    assert_non_null(strstr(err, "damaged"));
    vg_stories *v = NULL;
    assert_int_equal(vg_stories_load(s, &v, err, sizeof err), VG_ESTORE);
    assert_null(v);
    vg_store_close(s);
    free(got);
    free(b.a);
}

/* ---- copies, flags, results ------------------------------------------ */

#define BODY_A                                                                                 \
    "Hackers linked to Fancy Bear attacked the servers of the En Marche campaign of Emmanuel "  \
    "Macron on Friday, according to Trend Micro researchers in Tokyo. The campaign said "       \
    "thousands of emails were stolen and mixed with fake documents before the vote. "           \
    "Mounir Mahjoubi, the digital chief of En Marche, said the attack was massive and "         \
    "coordinated. The French electoral commission warned media not to publish the 9 gigabytes " \
    "of files. Researchers at Trend Micro said the same group targeted the Democratic party "   \
    "in the United States in 2016. "

#define BODY_B                                                                                 \
    "Farmers in Brittany blocked roads near Rennes on Tuesday to protest against milk prices "   \
    "that fell to 28 cents a litre, the lowest level since 2009. The FNSEA union said 4,000 "    \
    "tractors took part and that dairy cooperatives had ignored their demands for months. "     \
    "Agriculture minister Stephane Travert promised talks in Paris with Lactalis and the "      \
    "supermarket chains before the end of the month. Police said the blockades near Rennes "    \
    "and Saint-Brieuc would be lifted by the evening. "

static int member_flags(void *ctx, const vg_story_member *m)
{
    *(unsigned *)ctx |= m->flags;
    return 0;
}

static void test_copies_flags_and_results(void **state)
{
    (void)state;
    const char *jsonl =
        /* a story in three articles, one a copy from another outlet */
        "{\"id\":\"a1\",\"source\":\"one.example\",\"title\":\"Fancy Bear hackers hit Macron "
        "campaign\",\"published_at\":\"2017-05-05T10:00:00Z\",\"lang\":\"en\",\"text\":\"" BODY_A
        "\"}\n"
        "{\"id\":\"a2\",\"source\":\"two.example\",\"title\":\"Macron campaign hacked\","
        "\"published_at\":\"2017-05-05T14:00:00Z\",\"lang\":\"en\",\"text\":\"" BODY_A "\"}\n"
        "{\"id\":\"a3\",\"source\":\"three.example\",\"title\":\"More Macron files "
        "may leak\",\"published_at\":\"2017-05-06T08:00:00Z\",\"lang\":\"en\",\"text\":\"" BODY_A
        " Mahjoubi said more files could appear.\"}\n"
        /* undated: placed at ingest time, years later, so a story of its own */
        "{\"id\":\"u1\",\"source\":\"four.example\",\"title\":\"Milk\",\"lang\":\"en\","
        "\"text\":\"" BODY_B " Undated.\"}\n"
        /* another story, a month later, without a title */
        "{\"id\":\"b1\",\"source\":\"one.example\",\"published_at\":\"2017-06-10T09:00:00Z\","
        "\"lang\":\"en\",\"text\":\"" BODY_B "\"}\n"
        /* Japanese: no Snowball stemmer, clustered unstemmed and flagged */
        "{\"id\":\"j1\",\"source\":\"jp.example\",\"title\":\"選挙\","
        "\"published_at\":\"2017-05-07T09:00:00Z\",\"lang\":\"ja\",\"text\":\""
        "フランス大統領選挙の決選投票を前に、マクロン陣営は大量の電子メールが流出したと発表した。"
        "陣営によると、本物の文書に偽の文書が混ぜられていた。選挙委員会は報道機関に対し、"
        "流出した文書の内容を報じないよう求めた。専門家は組織的な攻撃だと指摘している。\"}\n"
        /* a post: too short */
        "{\"id\":\"p1\",\"source\":\"twitter\",\"published_at\":\"2017-05-05T11:00:00Z\","
        "\"text\":\"Macron hacked, again\"}\n";
    vg_store *s = store_of("flags", jsonl);
    vg_story_stats st;
    vg_story_opts o = {.min_chars = 200};
    vg_stories *v = run(s, &o, &st);
    assert_int_equal(st.docs, 7);
    assert_int_equal(st.articles, 6);
    assert_int_equal(st.short_texts, 1);
    assert_int_equal(st.no_date, 1);
    assert_int_equal(st.no_title, 1);
    assert_int_equal(st.stories, 4);
    assert_int_equal(st.unstemmed, 1);
    /* a2 is an exact copy of a1: it joins a1's story through its cluster */
    assert_true(st.copies >= 1);
    vg_story_info in;
    assert_int_equal(vg_story_get(v, 1, &in), VG_OK);
    assert_int_equal(in.articles, 3);
    assert_int_equal(in.outlets, 3);
    assert_string_equal(in.first_id, "a1");
    assert_string_equal(in.next_source, "two.example");
    assert_int_equal(in.lead, 4 * 3600);
    assert_int_equal(in.undated, 0);
    assert_true(in.copy_clusters >= 1);
    assert_int_equal(vg_story_get(v, 4, &in), VG_OK);
    assert_string_equal(in.first_id, "j1");
    assert_string_equal(in.langs, "ja");
    unsigned flags = 0;
    vg_story_members(v, 4, member_flags, &flags);
    assert_int_equal(flags, VG_STORY_UNSTEMMED);
    assert_int_equal(vg_story_get(v, 99, &in), VG_ENOTFOUND);
    assert_int_equal(vg_story_get(v, 0, &in), VG_ENOTFOUND);
    assert_int_equal(vg_story_get(v, 2, &in), VG_OK);
    assert_int_equal(in.articles, 1);
    assert_int_equal(in.undated, 1);
    assert_string_equal(in.first_id, "u1");
    assert_string_equal(in.label, "Milk");
    assert_int_equal(vg_story_get(v, 3, &in), VG_OK);
    assert_int_equal(in.articles, 1);
    assert_int_equal(in.undated, 0);
    /* Untitled: its opening words, cut after a word. */
    assert_string_equal(in.label, "Farmers in Brittany blocked roads near Rennes on Tuesday to "
                                  "protest against milk prices that fell to 28 cents a litre, "
                                  "the lowest level since 2009. The FNSEA");
    assert_int_equal(in.open, 0); /* the undated article came years later */
    vg_stories_free(v);
    vg_store_close(s);
}

typedef struct counts {
    unsigned n, total;
    int64_t first;
    char terms[512];
} counts;

static int count_bucket(void *ctx, int64_t start, uint32_t count)
{
    counts *c = ctx;
    if (!c->n)
        c->first = start;
    c->n++;
    c->total += count;
    return 0;
}

static int add_term(void *ctx, const char *term, double weight)
{
    counts *c = ctx;
    assert_true(weight > 0);
    size_t k = strlen(c->terms);
    snprintf(c->terms + k, sizeof c->terms - k, "%s%s", k ? "," : "", term);
    return 0;
}

static void test_quiet_timeline_terms(void **state)
{
    (void)state;
    /* One story told over two days, then again 40 days later: the quiet
     * period (7 days) closes the first, so the return is a new story. */
    const char *jsonl =
        "{\"id\":\"x1\",\"source\":\"one.example\",\"title\":\"Brittany farmers block roads\","
        "\"published_at\":\"2017-06-10T09:00:00Z\",\"text\":\"" BODY_B "\"}\n"
        "{\"id\":\"x2\",\"source\":\"two.example\",\"title\":\"Milk price protest in Rennes\","
        "\"published_at\":\"2017-06-11T18:00:00Z\",\"text\":\"" BODY_B " More tractors came.\"}\n"
        "{\"id\":\"x3\",\"source\":\"three.example\",\"title\":\"Farmers back on the roads\","
        "\"published_at\":\"2017-07-20T09:00:00Z\",\"text\":\"" BODY_B " A new protest.\"}\n";
    vg_store *s = store_of("quiet", jsonl);
    vg_story_stats st;
    vg_story_opts o = {.min_chars = 200};
    vg_stories *v = run(s, &o, &st);
    assert_int_equal(st.articles, 3);
    assert_int_equal(st.stories, 2);
    assert_int_equal(st.closed, 1);
    vg_story_info in;
    assert_int_equal(vg_story_get(v, 1, &in), VG_OK);
    assert_int_equal(in.articles, 2);
    assert_int_equal(in.open, 0);
    /* Per day: 06-10 and 06-11; per hour: 34 hours from 09:00 to 18:00 next day. */
    counts c = {0};
    vg_story_timeline(v, 1, 86400, count_bucket, &c);
    assert_int_equal(c.n, 2);
    assert_int_equal(c.total, 2);
    assert_int_equal(c.first % 86400, 0);
    memset(&c, 0, sizeof c);
    vg_story_timeline(v, 1, 3600, count_bucket, &c);
    assert_int_equal(c.n, 34);
    assert_int_equal(c.total, 2);
    /* Key names come back as written in the articles (lower-cased), for
     * the closed story too (it keeps its heaviest 24 words and names). */
    memset(&c, 0, sizeof c);
    assert_int_equal(vg_story_terms(v, s, 1, 1, 100, add_term, &c), VG_OK);
    print_message("closed story's names: %s\n", c.terms);
    assert_non_null(strstr(c.terms, "rennes"));
    size_t commas = 0;
    for (const char *p = c.terms; *p; p++)
        commas += *p == ',';
    assert_true(commas < 24);
    memset(&c, 0, sizeof c);
    assert_int_equal(vg_story_terms(v, s, 2, 1, 20, add_term, &c), VG_OK);
    print_message("names: %s\n", c.terms);
    assert_non_null(strstr(c.terms, "rennes"));
    /* With a long quiet period the return joins the story. */
    vg_stories_free(v);
    o.quiet = 90 * 86400;
    v = run(s, &o, &st);
    assert_int_equal(st.stories, 1);
    assert_int_equal(st.closed, 0);
    vg_stories_free(v);
    vg_store_close(s);
}

static void test_empty_store(void **state)
{
    (void)state;
    vg_store *s = store_of("empty", "");
    vg_story_stats st;
    vg_stories *v = run(s, NULL, &st);
    assert_int_equal(st.docs, 0);
    assert_int_equal(st.stories, 0);
    vg_story_info in;
    assert_int_equal(vg_story_get(v, 1, &in), VG_ENOTFOUND);
    counts c = {0};
    vg_story_timeline(v, 1, 3600, count_bucket, &c);
    assert_int_equal(c.n, 0);
    assert_int_equal(vg_story_terms(v, s, 1, 1, 5, add_term, &c), VG_ENOTFOUND);
    vg_stories_free(v);
    vg_store_close(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_planted_stories),
        cmocka_unit_test(test_profiles),
        cmocka_unit_test(test_stored_stories),
        cmocka_unit_test(test_copies_flags_and_results),
        cmocka_unit_test(test_quiet_timeline_terms),
        cmocka_unit_test(test_empty_store),
    };
    return cmocka_run_group_tests(tests, vg_testdir_setup, vg_testdir_teardown);
}
