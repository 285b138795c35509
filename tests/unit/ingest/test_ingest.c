/*
 * test_ingest.c - the whole pipeline read -> clean -> store: counts,
 * idempotence, bad records with file and line, strict mode, and a kill in
 * the middle of an ingest that must leave every committed batch intact.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "vg_testdir.h"
#include "vigie/vigie.h"

static char dir[128];
static char dbpath[256];

static int setup(void **state)
{
    (void)state;
    assert_int_equal(vg_testdir_make(dir, sizeof dir, "test-ingest"), 0);
    snprintf(dbpath, sizeof dbpath, "%s/t.db", dir);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    return vg_testdir_remove(dir);
}

static void write_file(const char *name, const char *content)
{
    char p[300];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "w");
    assert_non_null(f);
    fputs(content, f);
    fclose(f);
}

static vg_store *open_store(void)
{
    vg_store *s = NULL;
    char err[256];
    vg_store_opts o = {.fast_unsafe = 0};
    assert_int_equal(vg_store_open(&s, dbpath, &o, err, sizeof err), VG_OK);
    return s;
}

typedef struct skips {
    int n;
    char last[512];
} skips;

static void on_skip(void *ctx, const char *msg)
{
    skips *k = ctx;
    k->n++;
    snprintf(k->last, sizeof k->last, "%s", msg);
}

static vg_err run(vg_store *s, const char *name, vg_ingest_opts *o, vg_ingest_stats *st,
                  char *err)
{
    char p[300];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    const char *paths[] = {p};
    return vg_ingest(s, paths, 1, o, st, err, 512);
}

static void test_csv_counts_and_idempotence(void **state)
{
    (void)state;
    write_file("a.csv",
               "id,author,text,date\n"
               "1,alice,\"Macron's campaign was hacked, #MacronLeaks https://x.example/a?utm_source=t\",2017-05-05 21:00:00\n"
               "2,bob,\"Line one\nline two\",2017-05-05T22:00:00Z\n"
               "3,carol,too,many,columns\n"
               "4,dave,bad date,yesterday-ish\n"
               "5,erin,\"@bob agreed\",1494018000\n");
    vg_store *s = open_store();
    skips k = {0};
    vg_ingest_opts o = {.on_skip = on_skip, .ctx = &k};
    vg_ingest_stats st;
    char err[512];
    assert_int_equal(run(s, "a.csv", &o, &st, err), VG_OK);
    assert_int_equal(st.read, 3);
    assert_int_equal(st.added, 3);
    assert_int_equal(st.skipped, 2);
    assert_int_equal(st.indexed, 3);
    assert_int_equal(k.n, 2);
    /* The message names the file and the line of the bad record. */
    assert_non_null(strstr(k.last, "a.csv:6"));

    vg_doc d;
    assert_int_equal(vg_store_get(s, "1", &d), VG_OK);
    assert_int_equal(d.published_at, 1494018000);
    assert_int_equal(d.hashtags.n, strlen("macronleaks"));
    assert_memory_equal(d.hashtags.p, "macronleaks", d.hashtags.n);
    assert_memory_equal(d.links.p, "https://x.example/a", d.links.n);
    assert_int_equal(d.origin_line, 2);
    assert_int_equal(vg_store_get(s, "5", &d), VG_OK);
    assert_memory_equal(d.mentions.p, "bob", 3);

    /* The same input again adds nothing. */
    assert_int_equal(run(s, "a.csv", &o, &st, err), VG_OK);
    assert_int_equal(st.added, 0);
    assert_int_equal(st.duplicates, 3);
    vg_store_info info;
    assert_int_equal(vg_store_info_get(s, &info), VG_OK);
    assert_int_equal(info.docs, 3);

    /* Strict mode stops at the first bad record, keeping what came before. */
    vg_store_close(s);
    unlink(dbpath);
    s = open_store();
    o.strict = 1;
    assert_int_equal(run(s, "a.csv", &o, &st, err), VG_EPARSE);
    assert_non_null(strstr(err, "a.csv:5"));
    assert_int_equal(vg_store_info_get(s, &info), VG_OK);
    assert_int_equal(info.docs, 2);
    vg_store_close(s);
}

static void test_jsonl_without_ids_and_deferred_index(void **state)
{
    (void)state;
    write_file("b.jsonl",
               "{\"user\":{\"screen_name\":\"x1\"},\"full_text\":\"same words\",\"created_at\":\"Fri May 05 21:30:00 +0000 2017\"}\n"
               "{\"user\":{\"screen_name\":\"x2\"},\"full_text\":\"same words\",\"created_at\":\"Fri May 05 21:30:00 +0000 2017\"}\n"
               "not json at all\n"
               "{\"user\":{\"screen_name\":\"x1\"},\"full_text\":\"same words\",\"created_at\":\"Fri May 05 21:30:00 +0000 2017\"}\n");
    vg_store *s = open_store();
    vg_ingest_opts o = {.defer_index = 1};
    vg_ingest_stats st;
    char err[512];
    assert_int_equal(run(s, "b.jsonl", &o, &st, err), VG_OK);
    /* Two accounts posting the same words are two posts; the repeat of the
     * first record is a duplicate. */
    assert_int_equal(st.read, 3);
    assert_int_equal(st.added, 2);
    assert_int_equal(st.duplicates, 1);
    assert_int_equal(st.skipped, 1);
    assert_int_equal(st.indexed, 0);
    vg_store_info info;
    assert_int_equal(vg_store_info_get(s, &info), VG_OK);
    assert_int_equal(info.unindexed, 2);
    vg_doc d;
    assert_int_equal(vg_store_get(s, "#1", &d), VG_OK);
    assert_true(d.flags & VG_DOC_HASHED_ID);
    assert_int_equal(d.published_at, 1494019800);
    vg_store_close(s);
}

/* A missing or truncated input is reported and counted; the other inputs
 * are still read and indexed, and the run ends with VG_EIO (review finding:
 * one bad file used to stop the whole ingest). */
static void test_unreadable_inputs_do_not_stop_the_run(void **state)
{
    (void)state;
    write_file("ok1.jsonl", "{\"id\":\"a\",\"text\":\"first\"}\n");
    write_file("ok2.jsonl", "{\"id\":\"b\",\"text\":\"second\"}\n");
    /* A gzip header and then nothing: truncated. */
    write_file("cut.jsonl.gz", "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03");
    char p1[300], p2[300], p3[300], p4[300];
    snprintf(p1, sizeof p1, "%s/ok1.jsonl", dir);
    snprintf(p2, sizeof p2, "%s/no-such-file.csv", dir);
    snprintf(p3, sizeof p3, "%s/cut.jsonl.gz", dir);
    snprintf(p4, sizeof p4, "%s/ok2.jsonl", dir);
    const char *paths[] = {p1, p2, p3, p4};
    vg_store *s = open_store();
    skips k = {0};
    vg_ingest_opts o = {.on_skip = on_skip, .ctx = &k};
    vg_ingest_stats st;
    char err[512];
    assert_int_equal(vg_ingest(s, paths, 4, &o, &st, err, sizeof err), VG_EIO);
    assert_non_null(strstr(err, "2 inputs"));
    assert_int_equal(st.unreadable, 2);
    assert_int_equal(st.added, 2);
    assert_int_equal(st.indexed, 2);
    assert_int_equal(k.n, 2);
    /* Strict mode stops at the missing file, keeping what came before. */
    o.strict = 1;
    unlink(dbpath);
    vg_store_close(s);
    s = open_store();
    assert_int_not_equal(vg_ingest(s, paths, 4, &o, &st, err, sizeof err), VG_OK);
    assert_non_null(strstr(err, "no-such-file.csv"));
    assert_int_equal(st.added, 1);
    vg_store_close(s);
}

/* Fork a child that ingests path with o into the test store and exits;
 * the parent gets its pid. */
static pid_t ingest_in_child(const char *path, vg_ingest_opts o, vg_store_opts so)
{
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        vg_store *s = NULL;
        char err[256];
        if (vg_store_open(&s, dbpath, &so, err, sizeof err) != VG_OK)
            _exit(3);
        vg_ingest_stats st;
        const char *paths[] = {path};
        vg_ingest(s, paths, 1, &o, &st, err, sizeof err);
        vg_store_close(s);
        _exit(0);
    }
    return pid;
}

/* Poll the store (read-only, as another process would) every 20 ms, up to
 * tries times, until it holds at least want documents; returns the count
 * last seen. */
static uint64_t wait_for_docs(uint64_t want, int tries)
{
    uint64_t seen = 0;
    for (int i = 0; i < tries && seen < want; i++) {
        usleep(20000);
        vg_store *s = NULL;
        char err[256];
        vg_store_opts ro = {.readonly = 1};
        if (vg_store_open(&s, dbpath, &ro, err, sizeof err) == VG_OK) {
            vg_store_info info = {0};
            vg_store_info_get(s, &info);
            seen = info.docs;
            vg_store_close(s);
        }
    }
    return seen;
}

/* A slow stream is committed as it comes, not when a batch fills. */
static void test_partial_batch_committed_after_commit_ms(void **state)
{
    (void)state;
    char fifo[300];
    snprintf(fifo, sizeof fifo, "%s/feed.jsonl", dir);
    assert_int_equal(mkfifo(fifo, 0600), 0);
    pid_t pid = ingest_in_child(fifo, (vg_ingest_opts){.commit_ms = 100, .defer_index = 1},
                                (vg_store_opts){0});
    FILE *w = fopen(fifo, "w");
    assert_non_null(w);
    fputs("{\"id\":\"s1\",\"text\":\"first of a slow feed, long enough to be read\"}\n", w);
    fputs("{\"id\":\"s2\",\"text\":\"second of a slow feed\"}\n", w);
    fflush(w);
    usleep(300000);
    /* A third record makes the reader see that the batch is old. */
    fputs("{\"id\":\"s3\",\"text\":\"third\"}\n", w);
    fflush(w);
    uint64_t seen = wait_for_docs(3, 100);
    /* Committed while the feed is still open. */
    assert_int_equal(seen, 3);
    fclose(w);
    int status;
    waitpid(pid, &status, 0);
    assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

/*
 * Kill an ingest in the middle: every committed batch must be there and
 * intact, the store must open (read-only first, as 'vigie stats' would),
 * and running the ingest again must complete it to exactly the full count.
 * The ingest writes in the log (WAL), then as a bulk writer in the rollback
 * journal.
 */
static void kill_mid_ingest(int bulk)
{
    char p[300];
    snprintf(p, sizeof p, "%s/big.jsonl", dir);
    FILE *f = fopen(p, "w");
    assert_non_null(f);
    const int N = 200000;
    for (int i = 0; i < N; i++)
        fprintf(f, "{\"id\":\"k%d\",\"author\":\"acct%d\",\"text\":\"post number %d about the "
                   "election and a rally in town %d\",\"date\":\"2017-05-0%dT10:00:00Z\"}\n",
                i, i % 97, i, i % 13, 1 + i % 7);
    fclose(f);
    pid_t pid = ingest_in_child(p, (vg_ingest_opts){.batch = 1000, .defer_index = 1, .no_copies = 1},
                                (vg_store_opts){.bulk = bulk});
    /* Wait until some batches are committed, then kill. */
    wait_for_docs(5000, 400);
    kill(pid, SIGKILL);
    int status;
    waitpid(pid, &status, 0);
    vg_store *s = NULL;
    char err[512];
    vg_store_opts ro = {.readonly = 1};
    assert_int_equal(vg_store_open(&s, dbpath, &ro, err, sizeof err), VG_OK);
    vg_store_info info, info_ro;
    assert_int_equal(vg_store_info_get(s, &info_ro), VG_OK);
    vg_store_close(s);
    s = open_store();
    assert_int_equal(vg_store_info_get(s, &info), VG_OK);
    assert_int_equal(info_ro.docs, info.docs);
    /* Batches are all or nothing. */
    assert_int_equal(info.docs % 1000, 0);
    assert_true(info.docs < (uint64_t)N); /* it really was interrupted */
    vg_doc d;
    assert_int_equal(vg_store_get(s, "k0", &d), VG_OK);
    assert_non_null(memmem(d.text.p, d.text.n, "post number 0 ", 14));
    vg_ingest_opts o = {.defer_index = 1, .no_copies = 1};
    vg_ingest_stats st;
    assert_int_equal(run(s, "big.jsonl", &o, &st, err), VG_OK);
    assert_int_equal(st.added + info.docs, (uint64_t)N);
    assert_int_equal(st.duplicates, info.docs);
    assert_int_equal(vg_store_info_get(s, &info), VG_OK);
    assert_int_equal(info.docs, (uint64_t)N);
    uint64_t n;
    assert_int_equal(vg_store_index(s, &n), VG_OK);
    assert_int_equal(n, (uint64_t)N);
    vg_store_close(s);
}

static void test_kill_mid_ingest_loses_nothing_committed(void **state)
{
    (void)state;
    kill_mid_ingest(0);
}

static void test_kill_mid_bulk_ingest_loses_nothing_committed(void **state)
{
    (void)state;
    kill_mid_ingest(1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_csv_counts_and_idempotence, setup, teardown),
        cmocka_unit_test_setup_teardown(test_jsonl_without_ids_and_deferred_index, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unreadable_inputs_do_not_stop_the_run, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_partial_batch_committed_after_commit_ms, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_kill_mid_ingest_loses_nothing_committed, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_kill_mid_bulk_ingest_loses_nothing_committed, setup,
                                        teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
