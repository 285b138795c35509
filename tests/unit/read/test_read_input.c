/*
 * test_read_input.c - decompressing streams (gzip, zstd, multi-member,
 * truncated, corrupt), the line splitter and the folder walk.
 */
#include "read_test_util.h"

#include "vg_input.h"
#include "vg_walk.h"

/* A payload bigger than two read chunks, with numbered lines. */
static char *payload(size_t *n)
{
    size_t cap = 3 * VG_INPUT_CHUNK, k = 0;
    char *p = malloc(cap + 64);
    assert_non_null(p);
    for (unsigned i = 1; k < cap; i++)
        k += (size_t)sprintf(p + k, "line %u of the payload\n", i);
    *n = k;
    return p;
}

/* Read path through vg_input; returns the bytes (caller frees) or NULL with *e set. */
static char *slurp(const char *path, size_t *n, vg_err *e, char *msg, size_t msgcap)
{
    vg_input *in;
    *e = vg_input_open(&in, path, path, msg, msgcap);
    if (*e)
        return NULL;
    size_t cap = 1 << 16, k = 0;
    char *p = malloc(cap);
    for (;;) {
        if (k == cap)
            p = realloc(p, cap *= 2);
        size_t got;
        *e = vg_input_read(in, p + k, cap - k < 1000 ? cap - k : 1000 + (k % 7), &got);
        if (*e) {
            snprintf(msg, msgcap, "%s", vg_input_errmsg(in));
            break;
        }
        if (got == 0)
            break;
        k += got;
    }
    assert_int_equal(vg_input_bytes(in), k);
    vg_input_free(in);
    *n = k;
    return p;
}

static void roundtrip(const char *path, const char *codec, const char *want, size_t wn)
{
    size_t n;
    vg_err e;
    char msg[512];
    vg_input *in;
    assert_int_equal(vg_input_open(&in, path, path, msg, sizeof msg), VG_OK);
    assert_string_equal(vg_input_codec(in), codec);
    vg_input_free(in);
    char *got = slurp(path, &n, &e, msg, sizeof msg);
    if (e)
        fail_msg("%s: %s", path, msg);
    assert_int_equal(n, wn);
    assert_memory_equal(got, want, n);
    free(got);
}

static void test_codecs(void **state)
{
    (void)state;
    size_t n;
    char *p = payload(&n);
    write_bytes(tpath("plain.txt"), p, n);
    write_gzip(tpath("p.gz"), p, n);
    write_zstd(tpath("p.zst"), p, n);
    roundtrip(tpath("plain.txt"), "none", p, n);
    roundtrip(tpath("p.gz"), "gzip", p, n);
    roundtrip(tpath("p.zst"), "zstd", p, n);
    /* Compression is found by magic bytes, not by name. */
    rename(tpath("p.zst"), tpath("misnamed.txt"));
    roundtrip(tpath("misnamed.txt"), "zstd", p, n);
    /* Empty and tiny files. */
    write_bytes(tpath("empty"), "", 0);
    roundtrip(tpath("empty"), "none", "", 0);
    write_bytes(tpath("one"), "\x1f", 1);
    roundtrip(tpath("one"), "none", "\x1f", 1);
    free(p);
}

static void test_multi_member(void **state)
{
    (void)state;
    /* gzip: two members back to back, as `cat a.gz b.gz` makes. */
    write_gzip(tpath("a.gz"), "first\n", 6);
    write_gzip(tpath("b.gz"), "second\n", 7);
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "cat '%s' '%s' > '%s'", tpath("a.gz"), tpath("b.gz"),
             tpath("ab.gz"));
    assert_int_equal(system(cmd), 0);
    roundtrip(tpath("ab.gz"), "gzip", "first\nsecond\n", 13);
    /* zstd: two frames. */
    size_t k1, k2;
    char *z1 = zstd_bytes("one\n", 4, &k1), *z2 = zstd_bytes("two\n", 4, &k2);
    char *both = malloc(k1 + k2);
    memcpy(both, z1, k1);
    memcpy(both + k1, z2, k2);
    write_bytes(tpath("ab.zst"), both, k1 + k2);
    roundtrip(tpath("ab.zst"), "zstd", "one\ntwo\n", 8);
    free(z1), free(z2), free(both);
}

static void expect_error(const char *path, const char *words)
{
    size_t n;
    vg_err e;
    char msg[512] = "";
    char *got = slurp(path, &n, &e, msg, sizeof msg);
    free(got);
    assert_int_equal(e, VG_EIO);
    if (!strstr(msg, words) || !strstr(msg, path))
        fail_msg("message '%s' lacks '%s' or the file name", msg, words);
}

static void test_truncated_and_corrupt(void **state)
{
    (void)state;
    size_t n;
    char *p = payload(&n);
    size_t zn;
    char *z = zstd_bytes(p, n, &zn);
    write_bytes(tpath("cut.zst"), z, zn / 2);
    expect_error(tpath("cut.zst"), "truncated zstd");
    z[zn / 2] ^= 0x55;
    z[zn / 2 + 1] ^= 0x55;
    write_bytes(tpath("bad.zst"), z, zn);
    expect_error(tpath("bad.zst"), "corrupt zstd");
    free(z);

    write_gzip(tpath("full.gz"), p, n);
    FILE *f = fopen(tpath("full.gz"), "rb");
    char *g = malloc(n);
    size_t gn = fread(g, 1, n, f);
    fclose(f);
    write_bytes(tpath("cut.gz"), g, gn - 10); /* loses part of the trailer */
    expect_error(tpath("cut.gz"), "truncated gzip");
    write_bytes(tpath("cut2.gz"), g, gn / 3);
    expect_error(tpath("cut2.gz"), "truncated gzip");
    memcpy(g + gn, "junk", 4);
    write_bytes(tpath("junk.gz"), g, gn + 4);
    expect_error(tpath("junk.gz"), "trailing garbage");
    g[gn / 2] ^= 0xff;
    g[gn / 2 + 7] ^= 0xff;
    write_bytes(tpath("bad.gz"), g, gn);
    expect_error(tpath("bad.gz"), "gzip");
    write_bytes(tpath("hdr.gz"), "\x1f\x8b\x00\x00", 4);
    expect_error(tpath("hdr.gz"), "gzip");
    free(g);
    free(p);

    vg_input *in;
    char msg[256];
    assert_int_equal(vg_input_open(&in, "/nonexistent/file", "/nonexistent/file", msg,
                                   sizeof msg),
                     VG_ENOTFOUND);
    assert_null(in);
    assert_non_null(strstr(msg, "/nonexistent/file: cannot open"));
    vg_input_free(NULL);
}

static void test_lines(void **state)
{
    (void)state;
    size_t n;
    char *p = payload(&n);
    write_zstd(tpath("lines.zst"), p, n);
    vg_input *in;
    char msg[256];
    assert_int_equal(vg_input_open(&in, tpath("lines.zst"), "lines.zst", msg, sizeof msg), 0);
    vg_lines l;
    vg_lines_init(&l, in, 100);
    vg_slice s;
    uint64_t count = 0;
    size_t total = 0;
    vg_err e;
    while ((e = vg_lines_next(&l, &s)) == VG_OK) {
        count++;
        total += s.n;
        char want[64];
        int k = sprintf(want, "line %llu of the payload\n", (unsigned long long)count);
        assert_int_equal(s.n, (size_t)k);
        assert_memory_equal(s.p, want, s.n);
        assert_int_equal(l.lineno, count);
    }
    assert_int_equal(e, VG_DONE);
    assert_int_equal(total, n);
    vg_lines_free(&l);
    vg_input_free(in);
    free(p);

    /* Over-long lines are skipped whole and counted; the last line may lack '\n'. */
    size_t big = 3 * VG_INPUT_CHUNK + 5;
    char *q = malloc(big + 64);
    memcpy(q, "short\n", 6);
    memset(q + 6, 'x', big);
    memcpy(q + 6 + big, "\nafter\nlast", 11);
    write_bytes(tpath("long.txt"), q, 6 + big + 11);
    assert_int_equal(vg_input_open(&in, tpath("long.txt"), "long.txt", msg, sizeof msg), 0);
    vg_lines_init(&l, in, 1000);
    assert_int_equal(vg_lines_next(&l, &s), VG_OK);
    assert_int_equal(s.n, 6);
    assert_int_equal(vg_lines_next(&l, &s), VG_ELIMIT);
    assert_int_equal(l.lineno, 2);
    assert_int_equal(l.skipped, big + 1);
    assert_int_equal(vg_lines_next(&l, &s), VG_OK);
    assert_int_equal(l.lineno, 3);
    assert_int_equal(s.n, 6);
    assert_memory_equal(s.p, "after\n", 6);
    assert_int_equal(vg_lines_next(&l, &s), VG_OK);
    assert_int_equal(s.n, 4);
    assert_memory_equal(s.p, "last", 4);
    assert_int_equal(vg_lines_next(&l, &s), VG_DONE);
    assert_int_equal(vg_lines_next(&l, &s), VG_DONE);
    vg_lines_free(&l);
    vg_input_free(in);
    free(q);

    /* A line exactly at the limit passes; one byte more does not. */
    write_bytes(tpath("edge.txt"), "abcd\nabcde\n", 11);
    assert_int_equal(vg_input_open(&in, tpath("edge.txt"), "edge.txt", msg, sizeof msg), 0);
    vg_lines_init(&l, in, 5);
    vg_slice head;
    assert_int_equal(vg_lines_peek(&l, 4, &head), VG_OK);
    assert_true(head.n >= 4);
    assert_memory_equal(head.p, "abcd", 4);
    assert_int_equal(vg_lines_next(&l, &s), VG_OK);
    assert_int_equal(vg_lines_next(&l, &s), VG_ELIMIT);
    assert_int_equal(l.skipped, 6);
    assert_int_equal(vg_lines_next(&l, &s), VG_DONE);
    vg_lines_free(&l);
    vg_input_free(in);
}

static void test_walk(void **state)
{
    (void)state;
    char dir[600];
    snprintf(dir, sizeof dir, "%s/tree", tmp_root);
    char cmd[8192];
    snprintf(cmd, sizeof cmd,
             "mkdir -p %s/b/d %s/a %s/.hidden && touch %s/b/d/z.txt %s/b/c.txt %s/a/y.txt "
             "%s/B.txt %s/.dot.txt %s/.hidden/h.txt %s/a/.x && mkfifo %s/a/fifo",
             dir, dir, dir, dir, dir, dir, dir, dir, dir, dir, dir);
    assert_int_equal(system(cmd), 0);
    vg_walk *w;
    char err[256];
    char dir_slash[610];
    snprintf(dir_slash, sizeof dir_slash, "%s//", dir);
    assert_int_equal(vg_walk_open(&w, dir_slash, err, sizeof err), VG_OK);
    assert_true(vg_walk_is_dir(w));
    const char *want[] = {"B.txt", "a/y.txt", "b/c.txt", "b/d/z.txt"};
    const char *path, *rel;
    for (size_t i = 0; i < 4; i++) {
        assert_int_equal(vg_walk_next(w, &path, &rel, err, sizeof err), VG_OK);
        assert_string_equal(rel, want[i]);
        char full[700];
        snprintf(full, sizeof full, "%s/%s", dir, want[i]);
        assert_string_equal(path, full);
    }
    assert_int_equal(vg_walk_next(w, &path, &rel, err, sizeof err), VG_DONE);
    vg_walk_free(w);

    /* Freed half-way: no leak (checked under ASan). */
    assert_int_equal(vg_walk_open(&w, dir, err, sizeof err), VG_OK);
    assert_int_equal(vg_walk_next(w, &path, &rel, err, sizeof err), VG_OK);
    assert_int_equal(vg_walk_next(w, &path, &rel, err, sizeof err), VG_OK);
    vg_walk_free(w);

    snprintf(cmd, sizeof cmd, "%s/b/c.txt", dir);
    assert_int_equal(vg_walk_open(&w, cmd, err, sizeof err), VG_OK);
    assert_false(vg_walk_is_dir(w));
    assert_int_equal(vg_walk_next(w, &path, &rel, err, sizeof err), VG_OK);
    assert_string_equal(rel, "c.txt");
    assert_string_equal(path, cmd);
    assert_int_equal(vg_walk_next(w, &path, &rel, err, sizeof err), VG_DONE);
    vg_walk_free(w);
    vg_walk_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_codecs),
        cmocka_unit_test(test_multi_member),
        cmocka_unit_test(test_truncated_and_corrupt),
        cmocka_unit_test(test_lines),
        cmocka_unit_test(test_walk),
    };
    return cmocka_run_group_tests(tests, make_tmp, drop_tmp);
}
