/*
 * test_read_text.c - plain text documents, folders walked in sorted order
 * with each file's format detected on its own, hidden files skipped,
 * standard input, and the reader's open errors.
 */
#include "read_test_util.h"

static void test_folder(void **state)
{
    (void)state;
    char dir[1024], path[1100];
    snprintf(dir, sizeof dir, "%s/read/articles", getenv("VG_TESTDATA"));
    recs rs;
    vg_read_opts o = {.source = "reuters.com"};
    assert_int_equal(read_all(dir, &o, &rs), VG_OK);
    assert_int_equal(rs.n, 4);

    rec *x = &rs.v[0];
    assert_int_equal(x->err, VG_OK);
    assert_string_equal(x->id, ""); /* text files take the content-hash id */
    assert_string_equal(x->title, "Macron leads in first round");
    assert_string_equal(x->text, "\nPARIS (Reuters) - Emmanuel Macron came first.\nSecond paragraph.\n");
    assert_string_equal(x->source, "reuters.com");
    assert_int_equal(x->date, VG_TIME_NONE);
    assert_true(x->flags & VG_DOC_NO_DATE);
    snprintf(path, sizeof path, "%s/2017/a-macron.txt", dir);
    assert_string_equal(x->origin, path);
    assert_int_equal(x->line, 1);

    x = &rs.v[1];
    assert_string_equal(x->id, "");
    assert_string_equal(x->title, "Title with BOM");
    assert_string_equal(x->text, "Body line one.\r\n");

    assert_string_equal(rs.v[2].id, "c1");
    assert_string_equal(rs.v[2].text, "from csv in folder");
    assert_string_equal(rs.v[3].id, "d1");
    assert_string_equal(rs.v[3].text, "from jsonl in folder");
    /* e-blank.txt has no title: no document.  .draft.txt is hidden. */
    assert_int_equal(rs.st.files, 5);
    assert_int_equal(rs.st.records, 4);
    recs_free(&rs);

    /* A single file: the same document, whatever folder names it. */
    snprintf(path, sizeof path, "%s/2017/a-macron.txt", dir);
    assert_int_equal(read_all(path, NULL, &rs), VG_OK);
    assert_int_equal(rs.n, 1);
    assert_string_equal(rs.v[0].id, "");
    assert_string_equal(rs.v[0].origin, path);
    assert_string_equal(rs.v[0].source, "");
    recs_free(&rs);
}

static void test_compressed_and_limits(void **state)
{
    (void)state;
    const char *t = "Headline\nBody of the story.\n";
    write_zstd(tpath("story.txt.zst"), t, strlen(t));
    write_gzip(tpath("story2.gz"), t, strlen(t));
    recs rs;
    assert_int_equal(read_all(tpath("story.txt.zst"), NULL, &rs), VG_OK);
    assert_int_equal(rs.n, 1);
    assert_string_equal(rs.v[0].title, "Headline");
    assert_string_equal(rs.v[0].text, "Body of the story.\n");
    recs_free(&rs);
    assert_int_equal(read_all(tpath("story2.gz"), NULL, &rs), VG_OK);
    assert_int_equal(rs.n, 1);
    assert_string_equal(rs.v[0].id, "");
    assert_string_equal(rs.v[0].origin, tpath("story2.gz"));
    recs_free(&rs);

    vg_read_opts o = {.max_record = 10};
    assert_int_equal(read_all(tpath("story.txt.zst"), &o, &rs), VG_OK);
    assert_int_equal(rs.n, 1);
    assert_int_equal(rs.v[0].err, VG_EPARSE);
    assert_non_null(strstr(rs.v[0].msg, "story.txt.zst: file is over the limit of 10 bytes"));
    recs_free(&rs);
    vg_read_opts o2 = {.max_field = 5};
    assert_int_equal(read_all(tpath("story.txt.zst"), &o2, &rs), VG_OK);
    assert_int_equal(rs.v[0].err, VG_EPARSE);
    assert_non_null(strstr(rs.v[0].msg, "field 'title' is 8 bytes, over the limit of 5"));
    recs_free(&rs);

    /* Binary garbage is not an error for the reader (the cleaner repairs). */
    unsigned char junk[4096];
    for (size_t i = 0; i < sizeof junk; i++)
        junk[i] = (unsigned char)(i * 131 + 7);
    junk[0] = 'X';
    write_bytes(tpath("junk.bin"), junk, sizeof junk);
    assert_int_equal(read_all(tpath("junk.bin"), NULL, &rs), VG_OK);
    assert_int_equal(n_docs(&rs), 1);
    recs_free(&rs);
}

static void test_stdin(void **state)
{
    (void)state;
    const char *j = "{\"id\":\"s1\",\"text\":\"from stdin\"}\n";
    const char *p = write_tmp("stdin.data", j);
    int saved = dup(0);
    assert_non_null(freopen(p, "rb", stdin));
    recs rs;
    assert_int_equal(read_all("-", NULL, &rs), VG_OK);
    assert_int_equal(rs.n, 1);
    assert_string_equal(rs.v[0].id, "s1");
    assert_string_equal(rs.v[0].origin, "<stdin>");
    recs_free(&rs);

    p = write_tmp("stdin2.data", "Plain title\nplain body\n");
    assert_non_null(freopen(p, "rb", stdin));
    assert_int_equal(read_all("-", NULL, &rs), VG_OK);
    assert_int_equal(rs.n, 1);
    assert_string_equal(rs.v[0].title, "Plain title");
    assert_string_equal(rs.v[0].id, ""); /* content hash later */
    recs_free(&rs);
    dup2(saved, 0);
    close(saved);
}

static void test_open_errors(void **state)
{
    (void)state;
    vg_reader *r = (vg_reader *)1;
    char err[256];
    assert_int_equal(vg_reader_open(&r, "/nonexistent/in.csv", NULL, err, sizeof err),
                     VG_ENOTFOUND);
    assert_null(r);
    assert_non_null(strstr(err, "/nonexistent/in.csv"));
    assert_int_equal(vg_reader_open(&r, NULL, NULL, err, sizeof err), VG_EINVAL);
    vg_reader_free(NULL);
    vg_format f;
    assert_int_equal(vg_format_parse("JSONL", &f), VG_OK);
    assert_int_equal(f, VG_FMT_JSONL);
    assert_int_equal(vg_format_parse("tsv", &f), VG_OK);
    assert_int_equal(f, VG_FMT_TSV);
    assert_int_equal(vg_format_parse("auto", &f), VG_OK);
    assert_int_equal(f, VG_FMT_AUTO);
    assert_int_equal(vg_format_parse("xml", &f), VG_EINVAL);
    assert_int_equal(vg_format_parse(NULL, &f), VG_EINVAL);

    /* An unreadable file inside a folder: VG_EIO for it, then the next file. */
    char dir[600];
    snprintf(dir, sizeof dir, "%s/perm", tmp_root);
    mkdir(dir, 0700);
    char f1[700], f2[700];
    snprintf(f1, sizeof f1, "%s/a.txt", dir);
    snprintf(f2, sizeof f2, "%s/b.txt", dir);
    write_bytes(f1, "A\n", 2);
    write_bytes(f2, "B\n", 2);
    chmod(f1, 0);
    if (access(f1, R_OK) == 0) { /* running as root: permissions do not bite */
        chmod(f1, 0600);
        return;
    }
    recs rs;
    assert_int_equal(read_all(dir, NULL, &rs), VG_OK);
    assert_int_equal(rs.n, 2);
    assert_int_equal(rs.v[0].err, VG_EIO);
    assert_non_null(strstr(rs.v[0].msg, "a.txt: cannot open"));
    assert_string_equal(rs.v[1].title, "B");
    recs_free(&rs);
    chmod(f1, 0600);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_folder),
        cmocka_unit_test(test_compressed_and_limits),
        cmocka_unit_test(test_stdin),
        cmocka_unit_test(test_open_errors),
    };
    return cmocka_run_group_tests(tests, make_tmp, drop_tmp);
}
