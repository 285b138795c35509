/*
 * test_coord.c - vg_coord_run end to end on a store: a leader whose three
 * followers repost its link and campaign tag within a minute, thirty times,
 * among forty accounts sharing links at random.  The group, and only the
 * group, is kept; the leader's edges point from it, the followers' do not;
 * the community summary counts the group's actions, objects, domain and
 * time span.  And the same results whether the actions are sorted in
 * memory or on disk.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "vg_testdir.h"
#include "vigie/vigie.h"

enum { EVENTS = 30, NOISE = 40, NOISE_POSTS = 20 };
static const int64_t T0 = 1493978400; /* 2017-05-05T10:00:00Z */

static void post(FILE *f, unsigned *id, const char *author, int64_t t, const char *text)
{
    char when[32];
    time_t tt = (time_t)t;
    struct tm tm;
    gmtime_r(&tt, &tm);
    strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
    fprintf(f, "{\"id\":\"%u\",\"author\":\"%s\",\"published_at\":\"%s\",\"text\":\"%s\"}\n",
            (*id)++, author, when, text);
}

static uint32_t lcg(uint32_t *x)
{
    *x = *x * 1664525u + 1013904223u;
    return *x >> 8;
}

static void write_corpus(const char *path)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    unsigned id = 1;
    uint32_t x = 7;
    char text[256], who[32];
    for (int e = 0; e < EVENTS; e++) {
        int64_t t = T0 + 7200 * (int64_t)e;
        snprintf(text, sizeof text, "Read this https://news.example.org/story-%d #camp%d", e,
                 e % 3);
        post(f, &id, "lead0", t, text);
        for (int k = 1; k <= 3; k++) {
            snprintf(who, sizeof who, "follow%d", k);
            post(f, &id, who, t + 5 + lcg(&x) % 50, text);
        }
    }
    for (int a = 0; a < NOISE; a++) {
        snprintf(who, sizeof who, "organic%02d", a);
        for (int k = 0; k < NOISE_POSTS; k++) {
            snprintf(text, sizeof text, "Interesting https://blog%u.example.net/p%u",
                     lcg(&x) % 50, lcg(&x) % 4);
            post(f, &id, who, T0 + lcg(&x) % (EVENTS * 7200), text);
        }
    }
    fclose(f);
}

typedef struct seen {
    int edges, led, group_only;
} seen;

static int in_group(const char *a)
{
    return !strcmp(a, "lead0") || !strncmp(a, "follow", 6);
}

static int on_edge(void *ctx, const vg_coord_edge *e)
{
    seen *s = ctx;
    s->edges++;
    s->group_only &= in_group(e->a) && in_group(e->b);
    assert_true(e->q <= 0.05);
    assert_true(e->objects >= 2);
    int has_lead = !strcmp(e->a, "lead0") || !strcmp(e->b, "lead0");
    if (has_lead) {
        /* The leader acted first every time. */
        const char *leader = e->lead > 0 ? e->a : e->lead < 0 ? e->b : "";
        assert_string_equal(leader, "lead0");
        assert_int_equal(e->lead > 0 ? e->a_first : e->b_first, 2 * EVENTS);
        s->led++;
    } else {
        assert_int_equal(e->lead, 0);
    }
    return 0;
}

static int on_community(void *ctx, const vg_coord_community *m)
{
    int *n = ctx;
    (*n)++;
    assert_int_equal(m->id, 0);
    assert_int_equal(m->accounts, 4);
    /* Each event: four accounts, a link and a tag each, all in the window. */
    assert_int_equal(m->actions, EVENTS * 4 * 2);
    assert_int_equal(m->coordinated, EVENTS * 4 * 2);
    assert_int_equal(m->first, T0);
    assert_true(m->last > T0 + 7200 * (EVENTS - 1) && m->last <= T0 + 7200 * (EVENTS - 1) + 60);
    /* The three campaign tags come first: forty actions each. */
    assert_int_equal(m->nobjects, VG_COORD_TOP);
    for (int i = 0; i < 3; i++) {
        assert_string_equal(m->objects[i].kind, "hashtag");
        assert_int_equal(m->objects[i].count, 4 * EVENTS / 3);
    }
    assert_string_equal(m->objects[3].kind, "link");
    assert_int_equal(m->objects[3].count, 4);
    assert_int_equal(m->ndomains, 1);
    assert_string_equal(m->domains[0].name, "news.example.org");
    assert_int_equal(m->domains[0].count, 4 * EVENTS);
    assert_int_equal(m->ntop_accounts, 4);
    assert_int_equal(m->top_accounts[0].count, 3);
    return 0;
}

/* A new store at db holding the corpus at in (caller closes it). */
static vg_store *ingested(const char *in, const char *db)
{
    char err[512];
    vg_store *s = NULL;
    assert_int_equal(vg_store_open(&s, db, NULL, err, sizeof err), VG_OK);
    const char *paths[] = {in};
    vg_ingest_stats ist;
    if (vg_ingest(s, paths, 1, NULL, &ist, err, sizeof err) != VG_OK)
        fail_msg("ingest: %s", err);
    return s;
}

static void test_group_and_leader(void **state)
{
    (void)state;
    char in[256], db[256], err[512];
    snprintf(in, sizeof in, "%s/in.jsonl", vg_testdir);
    snprintf(db, sizeof db, "%s/s.db", vg_testdir);
    write_corpus(in);
    vg_store *s = ingested(in, db);
    vg_coord_opts o = {.by = VG_COORD_LINK | VG_COORD_HASHTAG, .window = 60};
    vg_coord *c = NULL;
    vg_coord_stats st;
    if (vg_coord_run(s, &o, &c, &st, err, sizeof err) != VG_OK)
        fail_msg("coord: %s", err);
    assert_int_equal(st.window, 60);
    assert_int_equal(st.null_shift, 12 * 3600);
    assert_int_equal(st.posts, EVENTS * 4 + NOISE * NOISE_POSTS);
    assert_int_equal(st.kept, 6);
    assert_int_equal(st.directed, 3);
    assert_int_equal(st.communities, 1);
    seen sn = {0, 0, 1};
    vg_coord_edges(c, on_edge, &sn);
    assert_int_equal(sn.edges, 6);
    assert_int_equal(sn.led, 3);
    assert_true(sn.group_only);
    int ncomm = 0;
    vg_coord_communities(c, on_community, &ncomm);
    assert_int_equal(ncomm, 1);
    vg_coord_free(c);

    /* A circular null and a strict threshold: the same six edges. */
    o.null_shift = -1;
    o.max_q = 1e-6;
    if (vg_coord_run(s, &o, &c, &st, err, sizeof err) != VG_OK)
        fail_msg("coord: %s", err);
    assert_int_equal(st.null_shift, 0);
    assert_int_equal(st.kept, 6);
    vg_coord_free(c);
    vg_store_close(s);
}

/* Everything a run outputs, as text: the figures, every edge, account
 * and community, field by field. */
typedef struct dump {
    char *p;
    size_t n;
    FILE *f;
} dump;

static int dump_edge(void *ctx, const vg_coord_edge *e)
{
    fprintf(ctx, "E %s %s %u %u %u %u %d %.17g %.17g %.17g %d\n", e->a, e->b, e->objects,
            e->coactions, e->a_first, e->b_first, e->lead, e->z, e->p, e->q, e->community);
    return 0;
}

static int dump_node(void *ctx, const vg_coord_node *n)
{
    fprintf(ctx, "N %s %d %u %u\n", n->account, n->community, n->degree, n->actions);
    return 0;
}

static void dump_top(FILE *f, const vg_coord_top *t, size_t n)
{
    for (size_t i = 0; i < n; i++)
        fprintf(f, " [%s %s %llu]", t[i].kind, t[i].name, (unsigned long long)t[i].count);
    fputc('\n', f);
}

static int dump_comm(void *ctx, const vg_coord_community *m)
{
    fprintf(ctx, "C %d %u %llu %llu %lld %lld", m->id, m->accounts,
            (unsigned long long)m->actions, (unsigned long long)m->coordinated,
            (long long)m->first, (long long)m->last);
    dump_top(ctx, m->top_accounts, m->ntop_accounts);
    dump_top(ctx, m->objects, m->nobjects);
    dump_top(ctx, m->domains, m->ndomains);
    return 0;
}

static char *run_dump(vg_store *s, const vg_coord_opts *o, vg_coord_stats *st)
{
    char err[512];
    vg_coord *c = NULL;
    if (vg_coord_run(s, o, &c, st, err, sizeof err) != VG_OK)
        fail_msg("coord: %s", err);
    dump d = {0};
    d.f = open_memstream(&d.p, &d.n);
    assert_non_null(d.f);
    fprintf(d.f, "S %llu %llu %llu %llu %llu %llu %llu %llu %llu %llu %llu %llu %llu %llu"
                 " %lld %lld %d %.17g %llu\n",
            (unsigned long long)st->posts, (unsigned long long)st->no_author,
            (unsigned long long)st->no_time, (unsigned long long)st->actions,
            (unsigned long long)st->accounts, (unsigned long long)st->objects,
            (unsigned long long)st->coactions, (unsigned long long)st->capped,
            (unsigned long long)st->edges, (unsigned long long)st->kept,
            (unsigned long long)st->directed, (unsigned long long)st->communities,
            (unsigned long long)st->members, (unsigned long long)st->longest_run,
            (long long)st->window, (long long)st->null_shift, st->estimated, st->modularity,
            (unsigned long long)st->kept);
    vg_coord_edges(c, dump_edge, d.f);
    vg_coord_nodes(c, dump_node, d.f);
    vg_coord_communities(c, dump_comm, d.f);
    fclose(d.f);
    vg_coord_free(c);
    return d.p;
}

/*
 * Issue 5, "memory bounded by the window": actions sorted on disk in runs
 * of a few hundred and read back one object at a time give the same
 * figures, edges, accounts and communities, field by field, as actions
 * sorted in memory, on a simulated corpus with planted groups: with the
 * window estimated (text, link, hashtag) and given (every kind), through
 * the candidate pairs and through the table of every pair; and so does a
 * pair filter of 4 KiB, outgrown and split into parts (issue 5, its
 * fixed size).
 */
static void test_disk_same_as_memory(void **state)
{
    (void)state;
    char in[256], db[256];
    snprintf(in, sizeof in, "%s/sim.jsonl", vg_testdir);
    snprintf(db, sizeof db, "%s/sim.db", vg_testdir);
    FILE *f = fopen(in, "w");
    assert_non_null(f);
    vg_sim_opts so = {.seed = 5, .days = 3, .articles = 300, .accounts = 9000,
                      .posts = 14000};
    vg_sim_stats sst;
    assert_int_equal(vg_simulate(f, NULL, &so, &sst), VG_OK);
    fclose(f);
    vg_store *s = ingested(in, db);
    const vg_coord_opts opts[] = {
        {0},
        {.by = VG_COORD_TEXT | VG_COORD_LINK | VG_COORD_HASHTAG | VG_COORD_MENTION
               | VG_COORD_REPOST | VG_COORD_REPLY,
         .window = 600, .min_weight = 1, .max_near = 20},
    };
    for (size_t i = 0; i < sizeof opts / sizeof *opts; i++) {
        vg_coord_stats ms, ds;
        char *mem = run_dump(s, &opts[i], &ms);
        vg_coord_opts o = opts[i];
        o.chunk = 300;
        char *disk = run_dump(s, &o, &ds);
        assert_false(ms.spilled);
        assert_true(ds.spilled);
        assert_true(ms.kept > 0);
        assert_true(ms.longest_run > 300);  /* runs that span blocks */
        assert_string_equal(disk, mem);
        /* A pair filter far too small (4 KiB): found in parts, same
         * results. */
        o.pair_filter = 4096;
        char *small = run_dump(s, &o, &ds);
        assert_string_equal(small, mem);
        free(small);
        free(mem);
        free(disk);
    }
    vg_store_close(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_group_and_leader, vg_testdir_setup,
                                        vg_testdir_teardown),
        cmocka_unit_test_setup_teardown(test_disk_same_as_memory, vg_testdir_setup,
                                        vg_testdir_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
