/*
 * test_store.c - the SQLite store: schema and the migration of a version-3
 * store, idempotent put and append (keys settled in sorted runs), lookup,
 * counts, search, scan, deferred index, refusal of newer schemas, crash
 * safety of committed batches.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "vg_schema.h"
#include "vg_store_sql.h"
#include "vigie/store.h"

static char dbpath[256];

static vg_slice S(const char *s)
{
    vg_slice v = {s, strlen(s)};
    return v;
}

static int setup(void **state)
{
    (void)state;
    snprintf(dbpath, sizeof dbpath, "/tmp/vg-test-store-%d.db", (int)getpid());
    unlink(dbpath);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char p[300];
    unlink(dbpath);
    snprintf(p, sizeof p, "%s-wal", dbpath);
    unlink(p);
    snprintf(p, sizeof p, "%s-shm", dbpath);
    unlink(p);
    return 0;
}

static vg_store *open_rw(void)
{
    vg_store *s = NULL;
    char err[256];
    assert_int_equal(vg_store_open(&s, dbpath, NULL, err, sizeof err), VG_OK);
    return s;
}

static vg_doc mkdoc(const char *id, const char *source, const char *title, const char *text,
                    int64_t t)
{
    vg_doc d;
    vg_doc_init(&d);
    d.id = S(id);
    d.source = S(source);
    d.title = S(title);
    d.text = S(text);
    d.lang = S("en");
    d.published_at = t;
    return d;
}

static void test_put_is_idempotent(void **state)
{
    (void)state;
    vg_store *s = open_rw();
    int added = -1;
    vg_doc d = mkdoc("a1", "example.org", "Macron leaks", "Nine gigabytes were posted.", 1494000000);
    assert_int_equal(vg_store_begin(s), VG_OK);
    assert_int_equal(vg_store_put(s, &d, &added), VG_OK);
    assert_int_equal(added, 1);
    assert_int_equal(vg_store_put(s, &d, &added), VG_OK);
    assert_int_equal(added, 0);
    /* Same id and source, other content: still the same document. */
    vg_doc d2 = mkdoc("a1", "example.org", "x", "y", 1);
    assert_int_equal(vg_store_put(s, &d2, &added), VG_OK);
    assert_int_equal(added, 0);
    /* Same id from another source: another document (per-channel message
     * numbers, row numbers in several files); and idempotent too. */
    vg_doc d3 = mkdoc("a1", "other.org", "x", "y", 1);
    assert_int_equal(vg_store_put(s, &d3, &added), VG_OK);
    assert_int_equal(added, 1);
    assert_int_equal(vg_store_put(s, &d3, &added), VG_OK);
    assert_int_equal(added, 0);
    /* Forty sources numbering alike all fit (probing past taken keys). */
    for (int i = 0; i < 40; i++) {
        char src[16];
        snprintf(src, sizeof src, "chan%d", i);
        vg_doc c = mkdoc("a1", src, "t", "x", 1);
        assert_int_equal(vg_store_put(s, &c, &added), VG_OK);
        assert_int_equal(added, 1);
    }
    assert_int_equal(vg_store_commit(s), VG_OK);
    vg_store_info info;
    assert_int_equal(vg_store_info_get(s, &info), VG_OK);
    assert_int_equal(info.docs, 42);
    assert_int_equal(info.unindexed, 42);
    /* Lookup by id gives the first stored. */
    vg_doc g;
    assert_int_equal(vg_store_get(s, "a1", &g), VG_OK);
    assert_memory_equal(g.source.p, "example.org", 11);
    assert_int_equal(info.first_at, 1);
    vg_store_close(s);

    /* Reopening keeps it, and a second put still adds nothing. */
    s = open_rw();
    assert_int_equal(vg_store_put(s, &d, &added), VG_OK);
    assert_int_equal(added, 0);
    vg_store_close(s);
}

static int64_t count_docs(vg_store *s)
{
    vg_store_info info;
    assert_int_equal(vg_store_info_get(s, &info), VG_OK);
    return (int64_t)info.docs;
}

/* The documents in seq order, a line each, into out: "id/source", or
 * "id=seq" when seq is set. */
static void doc_lines(vg_store *s, int seq, char *out, size_t cap)
{
    vg_cursor *c = NULL;
    assert_int_equal(vg_store_scan(s, 0, &c), VG_OK);
    vg_doc d;
    size_t n = 0;
    out[0] = '\0';
    while (vg_cursor_next_doc(c, &d, NULL) == VG_OK) {
        int k = seq ? snprintf(out + n, cap - n, "%.*s=%lld\n", (int)d.id.n, d.id.p,
                               (long long)d.seq)
                    : snprintf(out + n, cap - n, "%.*s/%.*s\n", (int)d.id.n, d.id.p,
                               (int)d.source.n, d.source.p);
        assert_true(k > 0 && (size_t)k < cap - n);
        n += (size_t)k;
    }
    vg_cursor_free(c);
}

/* Appended documents are settled at commit: a duplicate inside the run and
 * one of a stored document are dropped, the same id from many sources
 * probes salts, the rest keeps arrival order; nothing is counted before
 * the settle; a rollback drops what waited; outside a transaction append
 * is refused. */
static void test_append_settles(void **state)
{
    (void)state;
    vg_store *s = open_rw();
    int added;
    vg_doc first = mkdoc("a0", "example.org", "t", "stored before", 5);
    assert_int_equal(vg_store_put(s, &first, &added), VG_OK);
    assert_int_equal(added, 1);
    assert_int_equal(vg_store_append(s, &first), VG_EINVAL);

    assert_int_equal(vg_store_begin(s), VG_OK);
    vg_doc d1 = mkdoc("a1", "example.org", "t", "one", 10);
    vg_doc d2 = mkdoc("a2", "example.org", "t", "two", 20);
    assert_int_equal(vg_store_append(s, &d2), VG_OK);
    assert_int_equal(vg_store_append(s, &d1), VG_OK);
    assert_int_equal(vg_store_append(s, &first), VG_OK); /* stored before */
    assert_int_equal(vg_store_append(s, &d2), VG_OK);    /* twice in the run */
    for (int i = 0; i < 40; i++) {
        char src[16];
        snprintf(src, sizeof src, "chan%d", i % 20); /* each twice */
        vg_doc c = mkdoc("a1", src, "t", "x", 1);
        assert_int_equal(vg_store_append(s, &c), VG_OK);
    }
    uint64_t a, dups;
    vg_store_counts(s, &a, &dups);
    assert_int_equal(a, 1); /* the put */
    assert_int_equal(dups, 0);
    assert_int_equal(vg_store_commit(s), VG_OK);
    vg_store_counts(s, &a, &dups);
    assert_int_equal(a, 1 + 2 + 20);
    assert_int_equal(dups, 2 + 20);
    assert_int_equal(count_docs(s), 23);
    char got[2048], want[2048] = "a0/example.org\na2/example.org\na1/example.org\n";
    for (int i = 0; i < 20; i++) {
        size_t n = strlen(want);
        snprintf(want + n, sizeof want - n, "a1/chan%d\n", i);
    }
    doc_lines(s, 0, got, sizeof got);
    assert_string_equal(got, want);
    vg_doc g;
    assert_int_equal(vg_store_get(s, "a2", &g), VG_OK);
    assert_memory_equal(g.text.p, "two", 3);

    /* Waiting rows go with a rollback, and are not counted. */
    assert_int_equal(vg_store_begin(s), VG_OK);
    vg_doc d3 = mkdoc("a3", "example.org", "t", "three", 30);
    assert_int_equal(vg_store_append(s, &d3), VG_OK);
    assert_int_equal(vg_store_rollback(s), VG_OK);
    assert_int_equal(count_docs(s), 23);
    assert_int_equal(vg_store_get(s, "a3", &g), VG_ENOTFOUND);
    /* Settled early by a lookup inside the transaction. */
    assert_int_equal(vg_store_begin(s), VG_OK);
    assert_int_equal(vg_store_append(s, &d3), VG_OK);
    assert_int_equal(vg_store_get(s, "a3", &g), VG_OK);
    assert_int_equal(vg_store_commit(s), VG_OK);
    vg_store_counts(s, &a, &dups);
    assert_int_equal(a, 24);
    assert_int_equal(dups, 22);
    vg_store_close(s);
}

/* The same documents again, then mixed with new ones: mostly duplicates
 * switch the store to looking keys up first, new ones switch it back;
 * every count and every document comes out the same either way. */
static void test_append_again(void **state)
{
    (void)state;
    enum { N = 10000 };
    vg_store *s = open_rw();
    char id[32];
    for (int round = 0; round < 3; round++) {
        assert_int_equal(vg_store_begin(s), VG_OK);
        /* Round 0: ids 0..N-1; round 1: the same; round 2: the same
         * interleaved with as many new ones after N/2 of them. */
        for (int i = 0; i < N; i++) {
            snprintf(id, sizeof id, "d%d", i);
            vg_doc d = mkdoc(id, "s", "t", "x", i);
            assert_int_equal(vg_store_append(s, &d), VG_OK);
            if (round == 2 && i >= N / 2) {
                snprintf(id, sizeof id, "n%d", i);
                vg_doc e = mkdoc(id, "s", "t", "y", i);
                assert_int_equal(vg_store_append(s, &e), VG_OK);
            }
        }
        assert_int_equal(vg_store_commit(s), VG_OK);
    }
    uint64_t a, dups;
    vg_store_counts(s, &a, &dups);
    assert_int_equal(a, N + N / 2);
    assert_int_equal(dups, 2 * N);
    assert_int_equal(count_docs(s), N + N / 2);
    vg_doc g;
    assert_int_equal(vg_store_get(s, "n9999", &g), VG_OK);
    assert_int_equal(vg_store_get(s, "d0", &g), VG_OK);
    assert_int_equal(g.seq, 1);
    vg_store_close(s);
}

/* A store written by schema version 3 (the key a UNIQUE column of docs)
 * opens migrated: its documents found by id, idempotent, in order. */
static void test_migrates_v3(void **state)
{
    (void)state;
    sqlite3 *db = NULL;
    char err[256];
    assert_int_equal(sqlite3_open(dbpath, &db), SQLITE_OK);
    assert_int_equal(vg_schema_migrate_to(db, 3, err, sizeof err), VG_OK);
    const char *ids[] = {"b", "a", "h:00000000000000000000x"};
    for (int i = 0; i < 3; i++) {
        char sql[256];
        snprintf(sql, sizeof sql,
                 "INSERT INTO docs (key, id, source, text, ingested_at) "
                 "VALUES (%lld, '%s', 'src', 'text %d', 1)",
                 (long long)vg_doc_key(S(ids[i]), 0), ids[i], i);
        assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
    }
    sqlite3_close(db);
    vg_store *s = open_rw();
    vg_store_info info;
    assert_int_equal(vg_store_info_get(s, &info), VG_OK);
    assert_int_equal(info.schema_version, 4);
    assert_int_equal(info.docs, 3);
    for (int i = 0; i < 3; i++) {
        vg_doc g;
        assert_int_equal(vg_store_get(s, ids[i], &g), VG_OK);
        assert_int_equal(g.seq, i + 1);
        int added;
        vg_doc d = mkdoc(ids[i], "src", "", "again", 1);
        assert_int_equal(vg_store_put(s, &d, &added), VG_OK);
        assert_int_equal(added, 0);
    }
    vg_store_close(s);
}

/* A bulk writer that dies inside a transaction, after its page cache
 * spilled to the file, leaves a hot rollback journal: a read-only open
 * must still work, and see the last committed state. */
static void test_readonly_after_dead_bulk_writer(void **state)
{
    (void)state;
    vg_store *s = open_rw();
    int added;
    vg_doc d = mkdoc("kept", "s", "t", "committed before", 1);
    assert_int_equal(vg_store_put(s, &d, &added), VG_OK);
    vg_store_close(s);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        char err[256];
        vg_store_opts bulk = {.bulk = 1, .cache_mib = 1};
        if (vg_store_open(&s, dbpath, &bulk, err, sizeof err) != VG_OK ||
            vg_store_begin(s) != VG_OK)
            _exit(3);
        static char text[2000];
        memset(text, 'x', sizeof text - 1);
        for (int i = 0; i < 5000; i++) {
            char id[32];
            snprintf(id, sizeof id, "lost%d", i);
            vg_doc l = mkdoc(id, "s", "t", text, i);
            if (vg_store_append(s, &l) != VG_OK)
                _exit(4);
        }
        _exit(0); /* no commit, no close: as a kill */
    }
    int status;
    waitpid(pid, &status, 0);
    assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    char journal[300];
    snprintf(journal, sizeof journal, "%s-journal", dbpath);
    struct stat st;
    assert_int_equal(stat(journal, &st), 0); /* the hot journal is there */
    char err[256];
    vg_store_opts ro = {.readonly = 1};
    assert_int_equal(vg_store_open(&s, dbpath, &ro, err, sizeof err), VG_OK);
    vg_store_info info;
    assert_int_equal(vg_store_info_get(s, &info), VG_OK);
    assert_int_equal(info.docs, 1);
    vg_store_close(s);
    unlink(journal);
}

static int64_t sql_count(const char *sql)
{
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open_v2(dbpath, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    sqlite3_stmt *st = NULL;
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    int64_t n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}

/* A full disk while the keys are settled: SQLite rolls the transaction
 * back, and the handle must forget it too (no row written outside a
 * transaction, no key without its row); after that the store works on. */
static void test_settle_on_full_disk(void **state)
{
    (void)state;
    vg_store *s = open_rw();
    static char text[1000];
    memset(text, 'x', sizeof text - 1);
    char id[32];
    assert_int_equal(vg_store_begin(s), VG_OK);
    for (int i = 0; i < 2000; i++) {
        snprintf(id, sizeof id, "f%d", i);
        vg_doc d = mkdoc(id, "s", "t", text, i);
        assert_int_equal(vg_store_append(s, &d), VG_OK);
    }
    /* No page more: the key inserts of the settle fail. */
    sqlite3 *db = vg_store_sqlite(s);
    assert_int_equal(sqlite3_exec(db, "PRAGMA max_page_count = 1", NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(vg_store_commit(s), VG_ESTORE);
    assert_false(vg_store_in_txn(s));
    vg_doc d = mkdoc("after", "s", "t", "x", 1);
    assert_int_equal(vg_store_append(s, &d), VG_EINVAL);
    assert_int_equal(sqlite3_exec(db, "PRAGMA max_page_count = 1000000", NULL, NULL, NULL),
                     SQLITE_OK);
    vg_store_close(s);
    assert_int_equal(sql_count("SELECT count(*) FROM docs"), 0);
    assert_int_equal(sql_count("SELECT count(*) FROM doc_keys"), 0);
    s = open_rw();
    assert_int_equal(vg_store_begin(s), VG_OK);
    assert_int_equal(vg_store_append(s, &d), VG_OK);
    assert_int_equal(vg_store_commit(s), VG_OK);
    uint64_t a, dups;
    vg_store_counts(s, &a, &dups);
    assert_int_equal(a, 1);
    vg_store_close(s);
    assert_int_equal(sql_count("SELECT count(*) FROM doc_keys"), 1);
}

/* The same, when the full disk hits another statement of the transaction
 * (the run's record) while keys wait: nothing settles after SQLite ended
 * the transaction (no key without its row), the lookup and the commit say
 * so, and the store works on. */
static void test_lost_transaction_settles_nothing(void **state)
{
    (void)state;
    vg_store *s = open_rw();
    assert_int_equal(vg_store_begin(s), VG_OK);
    char id[32];
    for (int i = 0; i < 50; i++) {
        snprintf(id, sizeof id, "k%d", i);
        vg_doc d = mkdoc(id, "s", "t", "x", i);
        assert_int_equal(vg_store_append(s, &d), VG_OK);
    }
    sqlite3 *db = vg_store_sqlite(s);
    assert_int_equal(sqlite3_exec(db, "PRAGMA max_page_count = 1", NULL, NULL, NULL), SQLITE_OK);
    static char big[100000];
    memset(big, 'i', sizeof big - 1);
    vg_run_record r = {big, 1, 2, 50, 50, 0, 0};
    assert_int_equal(vg_store_log_run(s, &r), VG_ESTORE);
    assert_non_null(strstr(vg_store_errmsg(s), "rolled back"));
    assert_int_equal(sqlite3_exec(db, "PRAGMA max_page_count = 1000000", NULL, NULL, NULL),
                     SQLITE_OK);
    vg_doc g;
    assert_int_equal(vg_store_get(s, "k1", &g), VG_ENOTFOUND); /* never stored */
    assert_int_equal(vg_store_commit(s), VG_ESTORE);
    assert_non_null(strstr(vg_store_errmsg(s), "rolled back"));
    assert_int_equal(sql_count("SELECT count(*) FROM doc_keys"), 0);
    assert_int_equal(sql_count("SELECT count(*) FROM docs"), 0);
    /* Ended behind the handle's back (raw SQL): the next settle notices
     * before writing any key. */
    assert_int_equal(vg_store_begin(s), VG_OK);
    vg_doc d = mkdoc("k1", "s", "t", "x", 1);
    assert_int_equal(vg_store_append(s, &d), VG_OK);
    assert_int_equal(sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(vg_store_get(s, "k1", &g), VG_ESTORE);
    assert_int_equal(vg_store_commit(s), VG_ESTORE);
    assert_int_equal(sql_count("SELECT count(*) FROM doc_keys"), 0);
    assert_int_equal(vg_store_begin(s), VG_OK);
    assert_int_equal(vg_store_append(s, &d), VG_OK);
    assert_int_equal(vg_store_commit(s), VG_OK);
    assert_int_equal(vg_store_get(s, "k1", &g), VG_OK);
    vg_store_close(s);
}

/* Beside a bulk writer in the middle of a transaction another read-write
 * handle opens (in the rollback journal: SQLite refuses the log at once)
 * and reads; once everyone has closed, the next open is in the log. */
static void test_open_beside_bulk_writer(void **state)
{
    (void)state;
    char err[256];
    vg_store *a = NULL, *b = NULL;
    vg_store_opts bulk = {.bulk = 1};
    assert_int_equal(vg_store_open(&a, dbpath, &bulk, err, sizeof err), VG_OK);
    assert_int_equal(vg_store_begin(a), VG_OK);
    vg_doc d = mkdoc("b1", "s", "t", "x", 1);
    assert_int_equal(vg_store_append(a, &d), VG_OK);
    vg_store_opts rw = {.busy_ms = 100};
    assert_int_equal(vg_store_open(&b, dbpath, &rw, err, sizeof err), VG_OK);
    vg_store_info info;
    assert_int_equal(vg_store_info_get(b, &info), VG_OK);
    assert_int_equal(info.docs, 0);
    assert_int_equal(vg_store_commit(a), VG_OK);
    assert_int_equal(vg_store_info_get(b, &info), VG_OK);
    assert_int_equal(info.docs, 1);
    vg_store_close(a);
    vg_store_close(b);
    b = open_rw();
    sqlite3_stmt *st = NULL;
    assert_int_equal(sqlite3_prepare_v2(vg_store_sqlite(b), "PRAGMA journal_mode", -1, &st, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(st, 0), "wal");
    sqlite3_finalize(st);
    vg_store_close(b);
}

/* A reader in the middle of a query holds a bulk writer's commit (the
 * rollback journal needs it gone): the commit waits and is tried again,
 * and succeeds when the reader is done, instead of failing. */
static void test_bulk_commit_waits_for_reader(void **state)
{
    (void)state;
    char err[256];
    vg_store *s = NULL;
    vg_store_opts bulk = {.bulk = 1, .busy_ms = 100};
    assert_int_equal(vg_store_open(&s, dbpath, &bulk, err, sizeof err), VG_OK);
    int added;
    vg_doc first = mkdoc("w0", "s", "t", "x", 1); /* a row for the reader to stop at */
    assert_int_equal(vg_store_put(s, &first, &added), VG_OK);
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        sqlite3 *db = NULL;
        sqlite3_stmt *st = NULL;
        if (sqlite3_open_v2(dbpath, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
            sqlite3_prepare_v2(db, "SELECT seq FROM docs", -1, &st, NULL) != SQLITE_OK)
            _exit(3);
        if (sqlite3_step(st) != SQLITE_ROW) /* a query under way holds its shared lock */
            _exit(5);
        if (write(fds[1], "r", 1) != 1)
            _exit(4);
        usleep(700000);
        sqlite3_finalize(st);
        sqlite3_close(db);
        _exit(0);
    }
    char c;
    assert_int_equal(read(fds[0], &c, 1), 1);
    close(fds[0]);
    close(fds[1]);
    assert_int_equal(vg_store_begin(s), VG_OK);
    vg_doc d = mkdoc("w1", "s", "t", "x", 1);
    assert_int_equal(vg_store_append(s, &d), VG_OK);
    assert_int_equal(vg_store_commit(s), VG_OK);
    int status;
    waitpid(pid, &status, 0);
    assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    vg_store_info info;
    assert_int_equal(vg_store_info_get(s, &info), VG_OK);
    assert_int_equal(info.docs, 2);
    vg_store_close(s);
}

/* Sequence numbers do not depend on where commits fall: the same input,
 * with duplicates at the ends of transactions, committed every 1, 2, 3 or
 * 50 records, and across two opens of the store, numbers alike. */
static void test_seq_independent_of_commits(void **state)
{
    (void)state;
    /* d = duplicate of an earlier record */
    static const char *const ids[] = {"a", "b", "a", "c", "d", "c", "c", "e",
                                      "f", "b", "g", "g", "h", "a"};
    enum { N = sizeof ids / sizeof *ids };
    static char want[2048], got[2048];
    static const int every[] = {50, 1, 2, 3, 5};
    for (size_t e = 0; e < sizeof every / sizeof *every; e++) {
        teardown(NULL);
        vg_store *s = open_rw();
        for (int i = 0; i < N; i++) {
            if (i == N / 2) { /* a second run, from a new handle */
                assert_int_equal(vg_store_commit(s), VG_OK);
                vg_store_close(s);
                s = open_rw();
            }
            if (!vg_store_in_txn(s))
                assert_int_equal(vg_store_begin(s), VG_OK);
            vg_doc d = mkdoc(ids[i], "s", "t", "x", 1);
            assert_int_equal(vg_store_append(s, &d), VG_OK);
            if ((i + 1) % every[e] == 0)
                assert_int_equal(vg_store_commit(s), VG_OK);
        }
        assert_int_equal(vg_store_commit(s), VG_OK);
        doc_lines(s, 1, e == 0 ? want : got, sizeof want);
        vg_store_close(s);
        if (e > 0)
            assert_string_equal(got, want);
    }
    /* One number per record; the second handle counts on from the last
     * stored document (d=5: the duplicate of c after it was dropped). */
    assert_string_equal(want, "a=1\nb=2\nc=4\nd=5\ne=6\nf=7\ng=9\nh=11\n");
}

static void test_get_roundtrip(void **state)
{
    (void)state;
    vg_store *s = open_rw();
    vg_doc d = mkdoc("tw:1", "twitter", "", "#Macron @afp see https://a.example/x", 1000);
    d.author = S("someone");
    d.hashtags = S("macron");
    d.mentions = S("afp");
    d.links = S("https://a.example/x\nhttps://b.example/");
    d.dateline_place = S("PARIS");
    d.dateline_agency = S("AFP");
    d.byline = S("Zachary Reyes");
    d.flags = 5;
    d.origin = "in.csv";
    d.origin_line = 42;
    int added;
    assert_int_equal(vg_store_put(s, &d, &added), VG_OK);
    vg_doc g;
    assert_int_equal(vg_store_get(s, "tw:1", &g), VG_OK);
    assert_int_equal(g.seq, 1);
    assert_memory_equal(g.author.p, "someone", 7);
    assert_int_equal(g.links.n, d.links.n);
    assert_memory_equal(g.links.p, d.links.p, d.links.n);
    assert_int_equal(g.published_at, 1000);
    assert_int_equal(g.flags, 5);
    assert_int_equal(g.origin_line, 42);
    assert_string_equal(g.origin, "in.csv");
    assert_int_equal(g.title.n, 0);
    assert_memory_equal(g.byline.p, "Zachary Reyes", 13);
    assert_int_equal(vg_store_get(s, "#1", &g), VG_OK);
    assert_memory_equal(g.id.p, "tw:1", 4);
    assert_int_equal(vg_store_get(s, "nope", &g), VG_ENOTFOUND);
    assert_non_null(strstr(vg_store_errmsg(s), "nope"));
    assert_int_equal(vg_store_get(s, "#99", &g), VG_ENOTFOUND);
    vg_store_close(s);
}

static void test_no_date_is_null(void **state)
{
    (void)state;
    vg_store *s = open_rw();
    vg_doc d = mkdoc("n1", "x", "t", "body", VG_TIME_NONE);
    int added;
    assert_int_equal(vg_store_put(s, &d, &added), VG_OK);
    vg_doc g;
    assert_int_equal(vg_store_get(s, "n1", &g), VG_OK);
    assert_true(g.published_at == VG_TIME_NONE);
    vg_store_info info;
    assert_int_equal(vg_store_info_get(s, &info), VG_OK);
    assert_true(info.first_at == VG_TIME_NONE);
    vg_doc noid = mkdoc("", "x", "t", "body", 1);
    assert_int_equal(vg_store_put(s, &noid, &added), VG_EINVAL);
    vg_store_close(s);
}

static void test_search_needs_index(void **state)
{
    (void)state;
    vg_store *s = open_rw();
    int added;
    const char *texts[] = {
        "Emmanuel Macron campaign hit by massive hacking attack",
        "Le Pen rally in Nice draws thousands",
        "Hollande vows response to hacking of Macron's campaign",
    };
    assert_int_equal(vg_store_begin(s), VG_OK);
    for (int i = 0; i < 3; i++) {
        char id[8];
        snprintf(id, sizeof id, "d%d", i);
        vg_doc d = mkdoc(id, "x.org", texts[i], texts[i], 1000 + i);
        assert_int_equal(vg_store_put(s, &d, &added), VG_OK);
    }
    assert_int_equal(vg_store_commit(s), VG_OK);

    vg_cursor *c;
    vg_doc d;
    vg_slice snip;
    assert_int_equal(vg_store_search(s, "hacking", 10, &c), VG_OK);
    assert_int_equal(vg_cursor_next_doc(c, &d, &snip), VG_DONE); /* not indexed yet */
    vg_cursor_free(c);

    uint64_t n;
    assert_int_equal(vg_store_index(s, &n), VG_OK);
    assert_int_equal(n, 3);
    assert_int_equal(vg_store_index(s, &n), VG_OK);
    assert_int_equal(n, 0); /* caught up: nothing twice */

    assert_int_equal(vg_store_search(s, "hacking", 10, &c), VG_OK);
    int hits = 0;
    while (vg_cursor_next_doc(c, &d, &snip) == VG_OK) {
        hits++;
        assert_non_null(memchr(snip.p, '[', snip.n));
    }
    vg_cursor_free(c);
    assert_int_equal(hits, 2);

    /* Diacritics folded: "hacking" matches, and a query with accents too. */
    assert_int_equal(vg_store_search(s, "\"hollande vows\"", 10, &c), VG_OK);
    assert_int_equal(vg_cursor_next_doc(c, &d, NULL), VG_OK);
    assert_memory_equal(d.id.p, "d2", 2);
    vg_cursor_free(c);

    /* A syntax error is a clean error, not a crash. */
    assert_int_equal(vg_store_search(s, "AND (", 10, &c), VG_OK);
    assert_int_equal(vg_cursor_next_doc(c, &d, NULL), VG_EINVAL);
    assert_true(strlen(vg_cursor_errmsg(c)) > 0);
    vg_cursor_free(c);
    vg_store_close(s);
}

static void test_counts_and_scan(void **state)
{
    (void)state;
    vg_store *s = open_rw();
    int added;
    struct { const char *id, *src, *lang; int64_t t; } rows[] = {
        {"1", "a.org", "en", 86400 * 3},
        {"2", "a.org", "fr", 86400 * 3 + 5},
        {"3", "b.org", "en", 86400 * 4},
        {"4", "a.org", "en", 86400 * 5},
    };
    assert_int_equal(vg_store_begin(s), VG_OK);
    for (size_t i = 0; i < 4; i++) {
        vg_doc d = mkdoc(rows[i].id, rows[i].src, "t", "x", rows[i].t);
        d.lang = S(rows[i].lang);
        assert_int_equal(vg_store_put(s, &d, &added), VG_OK);
    }
    assert_int_equal(vg_store_commit(s), VG_OK);
    vg_cursor *c;
    vg_count row;
    assert_int_equal(vg_store_count(s, VG_GROUP_SOURCE, 0, &c), VG_OK);
    assert_int_equal(vg_cursor_next_count(c, &row), VG_OK);
    assert_memory_equal(row.key.p, "a.org", 5);
    assert_int_equal(row.n, 3);
    assert_int_equal(vg_cursor_next_count(c, &row), VG_OK);
    assert_int_equal(row.n, 1);
    assert_int_equal(vg_cursor_next_count(c, &row), VG_DONE);
    vg_cursor_free(c);

    assert_int_equal(vg_store_count(s, VG_GROUP_DAY, 0, &c), VG_OK);
    assert_int_equal(vg_cursor_next_count(c, &row), VG_OK);
    assert_int_equal(row.key.n, 10);
    assert_memory_equal(row.key.p, "1970-01-04", 10);
    assert_int_equal(row.n, 2);
    vg_cursor_free(c);

    assert_int_equal(vg_store_scan(s, 3, &c), VG_OK);
    vg_doc d;
    assert_int_equal(vg_cursor_next_doc(c, &d, NULL), VG_OK);
    assert_int_equal(d.seq, 3);
    assert_int_equal(vg_cursor_next_doc(c, &d, NULL), VG_OK);
    assert_int_equal(d.seq, 4);
    assert_int_equal(vg_cursor_next_doc(c, &d, NULL), VG_DONE);
    vg_cursor_free(c);
    vg_store_close(s);
}

/* An uncommitted batch vanishes; committed ones stay (what a kill does). */
static void test_rollback_keeps_committed(void **state)
{
    (void)state;
    vg_store *s = open_rw();
    int added;
    vg_doc a = mkdoc("kept", "x", "t", "x", 1);
    vg_doc b = mkdoc("lost", "x", "t", "x", 1);
    assert_int_equal(vg_store_begin(s), VG_OK);
    assert_int_equal(vg_store_put(s, &a, &added), VG_OK);
    assert_int_equal(vg_store_commit(s), VG_OK);
    assert_int_equal(vg_store_begin(s), VG_OK);
    assert_int_equal(vg_store_put(s, &b, &added), VG_OK);
    vg_store_close(s); /* closing with an open batch rolls it back */
    s = open_rw();
    vg_doc g;
    assert_int_equal(vg_store_get(s, "kept", &g), VG_OK);
    assert_int_equal(vg_store_get(s, "lost", &g), VG_ENOTFOUND);
    vg_store_close(s);
}

static void test_newer_schema_refused(void **state)
{
    (void)state;
    vg_store *s = open_rw();
    vg_store_close(s);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(dbpath, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "PRAGMA user_version = 999", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    char err[256];
    assert_int_equal(vg_store_open(&s, dbpath, NULL, err, sizeof err), VG_ESCHEMA);
    assert_null(s);
    assert_non_null(strstr(err, "999"));
}

static void test_not_a_database(void **state)
{
    (void)state;
    FILE *f = fopen(dbpath, "w");
    assert_non_null(f);
    fputs("this is not a database, just text that is long enough to fill a header page.\n", f);
    for (int i = 0; i < 100; i++)
        fputs("more text more text more text more text more text\n", f);
    fclose(f);
    vg_store *s = NULL;
    char err[256];
    assert_int_not_equal(vg_store_open(&s, dbpath, NULL, err, sizeof err), VG_OK);
    assert_null(s);
    assert_non_null(strstr(err, dbpath));
}

static void test_readonly_missing_and_log(void **state)
{
    (void)state;
    vg_store *s = NULL;
    char err[256];
    vg_store_opts ro = {.readonly = 1};
    assert_int_not_equal(vg_store_open(&s, dbpath, &ro, err, sizeof err), VG_OK);
    s = open_rw();
    vg_run_record r = {"a.csv\nb.csv", 10, 20, 5, 4, 1, 0};
    assert_int_equal(vg_store_log_run(s, &r), VG_OK);
    vg_store_info info;
    assert_int_equal(vg_store_info_get(s, &info), VG_OK);
    assert_int_equal(info.runs, 1);
    assert_int_equal(info.schema_version, 4);
    vg_store_close(s);
    assert_int_equal(vg_store_open(&s, dbpath, &ro, err, sizeof err), VG_OK);
    vg_doc d = mkdoc("x", "x", "x", "x", 1);
    int added;
    assert_int_not_equal(vg_store_put(s, &d, &added), VG_OK);
    vg_store_close(s);
    vg_store_close(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_put_is_idempotent, setup, teardown),
        cmocka_unit_test_setup_teardown(test_append_settles, setup, teardown),
        cmocka_unit_test_setup_teardown(test_append_again, setup, teardown),
        cmocka_unit_test_setup_teardown(test_migrates_v3, setup, teardown),
        cmocka_unit_test_setup_teardown(test_readonly_after_dead_bulk_writer, setup, teardown),
        cmocka_unit_test_setup_teardown(test_settle_on_full_disk, setup, teardown),
        cmocka_unit_test_setup_teardown(test_lost_transaction_settles_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(test_open_beside_bulk_writer, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bulk_commit_waits_for_reader, setup, teardown),
        cmocka_unit_test_setup_teardown(test_seq_independent_of_commits, setup, teardown),
        cmocka_unit_test_setup_teardown(test_get_roundtrip, setup, teardown),
        cmocka_unit_test_setup_teardown(test_no_date_is_null, setup, teardown),
        cmocka_unit_test_setup_teardown(test_search_needs_index, setup, teardown),
        cmocka_unit_test_setup_teardown(test_counts_and_scan, setup, teardown),
        cmocka_unit_test_setup_teardown(test_rollback_keeps_committed, setup, teardown),
        cmocka_unit_test_setup_teardown(test_newer_schema_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(test_not_a_database, setup, teardown),
        cmocka_unit_test_setup_teardown(test_readonly_missing_and_log, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
