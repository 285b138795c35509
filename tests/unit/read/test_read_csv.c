/*
 * test_read_csv.c - the CSV/TSV reader: header matching, BOM, CRLF, quoted
 * newlines, doubled quotes, bad records (column count, stray and
 * unterminated quotes, dates, sizes) with resynchronisation, the IRA
 * ':unquote' rule, compressed input, and the real IRA file when present.
 */
#include "read_test_util.h"

#define T_2017 1494019800

static void expect_err(const rec *x, const char *words)
{
    if (x->err != VG_EPARSE || !x->msg || !strstr(x->msg, words))
        fail_msg("expected error '%s', got err=%d msg='%s' text='%s'", words, x->err,
                 x->msg ? x->msg : "", x->text ? x->text : "");
}

static void expect_doc(const rec *x, const char *id, const char *text)
{
    if (x->err != VG_OK)
        fail_msg("expected doc %s, got error '%s'", id, x->msg);
    assert_string_equal(x->id, id);
    assert_string_equal(x->text, text);
}

static void test_fixture(void **state)
{
    (void)state;
    char path[1024];
    snprintf(path, sizeof path, "%s/read/posts.csv", getenv("VG_TESTDATA"));
    recs rs;
    vg_read_opts o = {.source = "twitter"};
    assert_int_equal(read_all(path, &o, &rs), VG_OK);
    assert_int_equal(rs.n, 4);
    expect_doc(&rs.v[0], "1001", "Hello, world");
    assert_string_equal(rs.v[0].author, "alice");
    assert_string_equal(rs.v[0].lang, "en");
    assert_string_equal(rs.v[0].source, "twitter");
    assert_int_equal(rs.v[0].date, T_2017);
    assert_int_equal(rs.v[0].line, 2);
    assert_string_equal(rs.v[0].origin, path);
    /* Quoted CRLF arrives as LF; doubled quotes are one quote. */
    expect_doc(&rs.v[1], "1002", "She said \"no\"\nand left");
    assert_int_equal(rs.v[1].date, T_2017);
    assert_int_equal(rs.v[1].line, 3);
    /* Default mapping: the spreadsheet wrap '@…' is undone. */
    expect_doc(&rs.v[2], "1003", "@alice thanks!");
    assert_int_equal(rs.v[2].line, 6);
    assert_int_equal(rs.v[2].date, 1421514300);
    expect_doc(&rs.v[3], "1004", "plain text without quotes");
    assert_int_equal(rs.v[3].date, VG_TIME_NONE);
    assert_true(rs.v[3].flags & VG_DOC_NO_DATE);
    assert_false(rs.v[0].flags & VG_DOC_NO_DATE);
    assert_int_equal(rs.st.records, 4);
    assert_int_equal(rs.st.skipped, 0);
    assert_int_equal(rs.st.files, 1);
    recs_free(&rs);

    /* A user mapping for text replaces the default (and its unquote)... */
    vg_fieldmap *m;
    char err[256];
    assert_int_equal(vg_fieldmap_new(&m), VG_OK);
    assert_int_equal(vg_fieldmap_parse(m, "text=content", err, sizeof err), VG_OK);
    o.map = m;
    assert_int_equal(read_all(path, &o, &rs), VG_OK);
    expect_doc(&rs.v[2], "1003", "'@alice thanks!'");
    recs_free(&rs);
    /* ...unless it asks for it. */
    assert_int_equal(vg_fieldmap_parse(m, "text=content:unquote,id=author", err, sizeof err),
                     VG_OK);
    assert_int_equal(read_all(path, &o, &rs), VG_OK);
    expect_doc(&rs.v[2], "carol", "@alice thanks!");
    recs_free(&rs);
    vg_fieldmap_free(m);
}

static void test_column_count(void **state)
{
    (void)state;
    const char *p = write_tmp("count.csv", "id,text\n"
                                           "1,one\n"
                                           "2,two,extra\n"
                                           "3\n"
                                           "4,\"multi\nline\",x\n"
                                           "5,five\n");
    recs rs;
    assert_int_equal(read_all(p, NULL, &rs), VG_OK);
    assert_int_equal(rs.n, 5);
    expect_doc(&rs.v[0], "1", "one");
    expect_err(&rs.v[1], "count.csv:3: record has 3 fields, expected 2");
    expect_err(&rs.v[2], "count.csv:4: record has 1 fields, expected 2");
    expect_err(&rs.v[3], "count.csv:5: record has 3 fields, expected 2");
    /* The continuation line "line",x is read again: it has 2 fields. */
    expect_doc(&rs.v[4], "5", "five");
    assert_int_equal(rs.v[4].line, 7);
    assert_int_equal(rs.st.skipped, 3);
    recs_free(&rs);
}

static void test_stray_quote_resync(void **state)
{
    (void)state;
    /* Record 1's field never closes on its line; lenient parsing would
     * swallow records 2 and 3 into it with the right field count. */
    const char *p = write_tmp("stray.csv", "id,text,date\n"
                                           "1,\"a \"quoted\" word,2017-05-05\n"
                                           "2,fine,2017-05-05\n"
                                           "3,\"also fine\",2017-05-05\n"
                                           "4,\"ok \"\"inner\"\" quotes\",2017-05-05\n"
                                           "5,\"x \"y\" z\",2017-05-05\n");
    recs rs;
    assert_int_equal(read_all(p, NULL, &rs), VG_OK);
    assert_int_equal(rs.n, 5);
    expect_err(&rs.v[0], "stray.csv:2: stray quote");
    expect_doc(&rs.v[1], "2", "fine");
    assert_int_equal(rs.v[1].line, 3);
    expect_doc(&rs.v[2], "3", "also fine");
    assert_int_equal(rs.v[2].line, 4);
    expect_doc(&rs.v[3], "4", "ok \"inner\" quotes");
    /* Closed on its own line: lenient reading keeps the quotes as text. */
    expect_doc(&rs.v[4], "5", "x \"y\" z");
    recs_free(&rs);
}

static void test_unterminated(void **state)
{
    (void)state;
    const char *p = write_tmp("open.csv", "id,text\n"
                                          "1,\"never closed\n"
                                          "2,two\n"
                                          "3,\"again open\n"
                                          "4,four\n");
    recs rs;
    assert_int_equal(read_all(p, NULL, &rs), VG_OK);
    assert_int_equal(rs.n, 4);
    expect_err(&rs.v[0], "open.csv:2: unterminated quoted field");
    expect_doc(&rs.v[1], "2", "two");
    assert_int_equal(rs.v[1].line, 3);
    expect_err(&rs.v[2], "open.csv:4: unterminated quoted field");
    expect_doc(&rs.v[3], "4", "four");
    assert_int_equal(rs.v[3].line, 5);
    recs_free(&rs);

    /* No newline at the end of the file, last record complete. */
    p = write_tmp("nonl.csv", "id,text\n1,\"last\"");
    assert_int_equal(read_all(p, NULL, &rs), VG_OK);
    assert_int_equal(rs.n, 1);
    expect_doc(&rs.v[0], "1", "last");
    recs_free(&rs);
}

static void test_dates_and_limits(void **state)
{
    (void)state;
    char big[300];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    char body[4096];
    snprintf(body, sizeof body,
             "id,text,created_at\n"
             "1,ok,2017-05-05T21:30:00Z\n"
             "2,bad date,last tuesday\n"
             "3,%s,\n"
             "4,\"%s\n%s\n%s\n%s\",\n"
             "5,%s%s%s%s,\n"
             "6,after,1494019800\n",
             big, big, big, big, big, big, big, big, big);
    const char *p = write_tmp("limits.csv", body);
    recs rs;
    vg_read_opts o = {.max_field = 200, .max_record = 1000};
    assert_int_equal(read_all(p, &o, &rs), VG_OK);
    assert_int_equal(rs.n, 6);
    expect_doc(&rs.v[0], "1", "ok");
    assert_int_equal(rs.v[0].date, T_2017);
    expect_err(&rs.v[1], "limits.csv:3: unparseable date 'last tuesday'");
    expect_err(&rs.v[2], "limits.csv:4: field 'text' is 299 bytes, over the limit of 200");
    expect_err(&rs.v[3], "limits.csv:5: record is");
    expect_err(&rs.v[3], "over the limit of 1000");
    expect_err(&rs.v[4], "limits.csv:9: record is 1200 bytes, over the limit of 1000");
    expect_doc(&rs.v[5], "6", "after");
    assert_int_equal(rs.v[5].line, 10);
    assert_int_equal(rs.v[5].date, T_2017);
    recs_free(&rs);
}

static void test_tsv_and_compressed(void **state)
{
    (void)state;
    const char *tsv = "ID\tTEXT\tuser\n"
                      "a1\tfirst, with comma\tu1\n"
                      "a2\t\"quoted\ttab\"\tu2\n"
                      "a3\t  spaced  \tu3\n";
    const char *p = write_tmp("t.tsv", tsv);
    recs rs;
    assert_int_equal(read_all(p, NULL, &rs), VG_OK);
    assert_int_equal(rs.n, 3);
    expect_doc(&rs.v[0], "a1", "first, with comma");
    assert_string_equal(rs.v[0].author, "u1");
    expect_doc(&rs.v[1], "a2", "quoted\ttab");
    expect_doc(&rs.v[2], "a3", "  spaced  "); /* RFC 4180: spaces are data */
    recs_free(&rs);

    write_gzip(tpath("t.tsv.gz"), tsv, strlen(tsv));
    assert_int_equal(read_all(tpath("t.tsv.gz"), NULL, &rs), VG_OK);
    assert_int_equal(n_docs(&rs), 3);
    assert_int_equal(rs.st.bytes, strlen(tsv));
    recs_free(&rs);

    const char *csv = "id,text\nz1,zstd one\nz2,zstd two\n";
    write_zstd(tpath("c.CSV.zst"), csv, strlen(csv));
    assert_int_equal(read_all(tpath("c.CSV.zst"), NULL, &rs), VG_OK);
    assert_int_equal(n_docs(&rs), 2);
    expect_doc(&rs.v[1], "z2", "zstd two");
    recs_free(&rs);

    /* Forced format: a .txt read as CSV. */
    p = write_tmp("forced.txt", csv);
    vg_read_opts o = {.format = VG_FMT_CSV};
    assert_int_equal(read_all(p, &o, &rs), VG_OK);
    assert_int_equal(n_docs(&rs), 2);
    recs_free(&rs);

    /* Truncated compressed input: the good records, then VG_EIO naming the file. */
    size_t zn;
    char *big = malloc(400000);
    size_t k = 0;
    memcpy(big, "id,text\n", 8);
    k = 8;
    for (int i = 0; k < 390000; i++)
        k += (size_t)sprintf(big + k, "%d,row number %d\n", i, i);
    char *z = zstd_bytes(big, k, &zn);
    write_bytes(tpath("cut.csv.zst"), z, zn - 20);
    assert_int_equal(read_all(tpath("cut.csv.zst"), NULL, &rs), VG_OK);
    assert_true(rs.n > 1000);
    rec *last = &rs.v[rs.n - 1];
    assert_int_equal(last->err, VG_EIO);
    assert_non_null(strstr(last->msg, "cut.csv.zst: truncated zstd data"));
    recs_free(&rs);
    free(z);
    free(big);
}

static void test_header_edge_cases(void **state)
{
    (void)state;
    recs rs;
    assert_int_equal(read_all(write_tmp("empty.csv", ""), NULL, &rs), VG_OK);
    assert_int_equal(rs.n, 0);
    recs_free(&rs);
    assert_int_equal(read_all(write_tmp("hdr.csv", "id,text\n"), NULL, &rs), VG_OK);
    assert_int_equal(rs.n, 0);
    recs_free(&rs);
    /* No known column: documents with nothing but the fallback source. */
    vg_read_opts o = {.source = "feed"};
    assert_int_equal(read_all(write_tmp("unk.csv", "a,b\n1,2\n"), &o, &rs), VG_OK);
    assert_int_equal(rs.n, 1);
    assert_string_equal(rs.v[0].text, "");
    assert_string_equal(rs.v[0].source, "feed");
    recs_free(&rs);
    /* Header names are trimmed and matched case-insensitively; first
     * alternative present wins (full_text before text). */
    assert_int_equal(read_all(write_tmp("alt.csv", " Text ,FULL_TEXT,id_str,id\n"
                                                   "short,long version,s1,n1\n"),
                              NULL, &rs),
                     VG_OK);
    expect_doc(&rs.v[0], "s1", "long version");
    recs_free(&rs);
}

static void test_ira(void **state)
{
    (void)state;
    const char *shared = getenv("VG_SHARED");
    char path[1024];
    snprintf(path, sizeof path, "%s/data/ira-tweets/tweets.csv.zst", shared ? shared : "");
    if (!shared || access(path, R_OK) != 0) {
        skip();
        return;
    }
    vg_reader *r;
    char err[256];
    assert_int_equal(vg_reader_open(&r, path, NULL, err, sizeof err), VG_OK);
    vg_doc d;
    vg_err e;
    uint64_t n = 0, wrapped = 0, dated = 0;
    while ((e = vg_reader_next(r, &d)) != VG_DONE) {
        if (e)
            fail_msg("%s", vg_reader_errmsg(r));
        if (n == 0) {
            assert_int_equal(d.author.n, 10);
            assert_memory_equal(d.author.p, "1D_Nicole_", 10);
            assert_int_equal(d.origin_line, 2);
            assert_int_equal(d.published_at, 1432557480); /* 2015-05-25 12:38:00 */
        }
        n++;
        dated += d.published_at != VG_TIME_NONE;
        if (d.text.n > 2 && d.text.p[0] == '\'' && d.text.p[1] == '@' &&
            d.text.p[d.text.n - 1] == '\'')
            wrapped++;
    }
    vg_read_stats st;
    vg_reader_stats(r, &st);
    vg_reader_free(r);
    assert_int_equal(n, 1238488);
    assert_int_equal(dated, 1238488);
    assert_int_equal(wrapped, 0);
    assert_int_equal(st.skipped, 0);
    assert_int_equal(st.bytes, 254707689);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fixture),
        cmocka_unit_test(test_column_count),
        cmocka_unit_test(test_stray_quote_resync),
        cmocka_unit_test(test_unterminated),
        cmocka_unit_test(test_dates_and_limits),
        cmocka_unit_test(test_tsv_and_compressed),
        cmocka_unit_test(test_header_edge_cases),
        cmocka_unit_test(test_ira),
    };
    return cmocka_run_group_tests(tests, make_tmp, drop_tmp);
}
