/*
 * test_read_jsonl.c - the JSONL reader: default paths (Twitter v1 shape),
 * dotted and array paths, numbers as ids, alternatives skipping null /
 * boolean values, broken lines and bad dates reported with file:line.
 */
#include "read_test_util.h"

#define T_2017 1494019800

static void test_fixture(void **state)
{
    (void)state;
    char path[1024];
    snprintf(path, sizeof path, "%s/read/tweets.jsonl", getenv("VG_TESTDATA"));
    recs rs;
    vg_read_opts o = {.source = "twitter"};
    assert_int_equal(read_all(path, &o, &rs), VG_OK);
    assert_int_equal(rs.n, 7);

    rec *x = &rs.v[0];
    assert_int_equal(x->err, VG_OK);
    assert_string_equal(x->id, "862050612345678901");
    assert_string_equal(x->text, "Full text wins");
    assert_string_equal(x->author, "alice");
    assert_string_equal(x->lang, "en");
    assert_string_equal(x->repost_of, "862000000000000000");
    assert_string_equal(x->source, "twitter");
    assert_int_equal(x->date, T_2017);
    assert_int_equal(x->line, 1);

    x = &rs.v[1]; /* line 2 is blank */
    assert_int_equal(x->err, VG_OK);
    assert_string_equal(x->id, "862050612345678902"); /* 64-bit number kept exact */
    assert_int_equal(x->date, T_2017);                 /* epoch number */
    assert_string_equal(x->reply_to, "862050612345678901");
    assert_int_equal(x->line, 3);

    assert_int_equal(rs.v[2].err, VG_EPARSE);
    assert_non_null(strstr(rs.v[2].msg, "tweets.jsonl:4: broken JSON"));
    assert_int_equal(rs.v[3].err, VG_EPARSE);
    assert_non_null(strstr(rs.v[3].msg, "tweets.jsonl:5: not a JSON object"));

    x = &rs.v[4];
    assert_int_equal(x->err, VG_OK);
    assert_string_equal(x->id, "u-3");
    assert_string_equal(x->text, "no date here");
    assert_string_equal(x->author, "carol"); /* author is null: next alternative */
    assert_string_equal(x->source, "example.org");
    assert_string_equal(x->url, "https://example.org/a");
    assert_string_equal(x->title, "A title");
    assert_int_equal(x->date, VG_TIME_NONE);
    assert_true(x->flags & VG_DOC_NO_DATE);

    assert_int_equal(rs.v[5].err, VG_EPARSE);
    assert_non_null(strstr(rs.v[5].msg, "tweets.jsonl:7: unparseable date '31/31/2017'"));

    x = &rs.v[6];
    assert_int_equal(x->err, VG_OK);
    assert_string_equal(x->id, "5");
    assert_string_equal(x->lang, "fr"); /* "lang": true is skipped */
    assert_string_equal(x->text, "nested \xc3\xa9 and "); /* NUL inside: slice holds it */
    assert_int_equal(rs.st.records, 4);
    assert_int_equal(rs.st.skipped, 3);
    recs_free(&rs);
}

static void test_paths_and_numbers(void **state)
{
    (void)state;
    const char *p = write_tmp("p.ndjson",
                              "{\"a.b\":\"literal key\",\"a\":{\"b\":\"nested\"},"
                              "\"list\":[{\"u\":\"first\"},{\"u\":\"second\"}],"
                              "\"score\":12.5,\"big\":9.06e17,\"n\":-3}\n");
    vg_fieldmap *m;
    char err[256];
    assert_int_equal(vg_fieldmap_new(&m), VG_OK);
    assert_int_equal(vg_fieldmap_parse(m,
                                       "text=a.b,title=list.1.u,url=list.9.u|list.0.u,"
                                       "id=big,author=score,source=n,lang=a.b.c|missing",
                                       err, sizeof err),
                     VG_OK);
    vg_read_opts o = {.map = m};
    recs rs;
    assert_int_equal(read_all(p, &o, &rs), VG_OK);
    vg_fieldmap_free(m); /* the reader no longer needs it; records are copies */
    assert_int_equal(rs.n, 1);
    rec *x = &rs.v[0];
    assert_int_equal(x->err, VG_OK);
    assert_string_equal(x->text, "literal key");
    assert_string_equal(x->title, "second");
    assert_string_equal(x->url, "first");
    assert_string_equal(x->id, "906000000000000000");
    assert_string_equal(x->author, "12.5");
    assert_string_equal(x->source, "-3");
    assert_string_equal(x->lang, "");
    recs_free(&rs);
}

static void test_limits_and_compression(void **state)
{
    (void)state;
    char line[512];
    char big[301];
    memset(big, 'y', 300);
    big[300] = '\0';
    char body[4096] = "";
    snprintf(line, sizeof line, "{\"id\":\"1\",\"text\":\"%s\"}\n", big);
    strcat(body, line);
    strcat(body, "{\"id\":\"2\",\"text\":\"");
    for (int i = 0; i < 5; i++)
        strcat(body, big);
    strcat(body, "\"}\r\n");
    strcat(body, "{\"id\":\"3\",\"text\":\"crlf ok\"}\r\n");
    const char *p = write_tmp("lim.jsonl", body);
    vg_read_opts o = {.max_field = 250, .max_record = 1000};
    recs rs;
    assert_int_equal(read_all(p, &o, &rs), VG_OK);
    assert_int_equal(rs.n, 3);
    assert_int_equal(rs.v[0].err, VG_EPARSE);
    assert_non_null(strstr(rs.v[0].msg, "lim.jsonl:1: field 'text' is 300 bytes, over the limit of 250"));
    assert_int_equal(rs.v[1].err, VG_EPARSE);
    assert_non_null(strstr(rs.v[1].msg, "lim.jsonl:2: record is 1522 bytes, over the limit of 1000"));
    assert_int_equal(rs.v[2].err, VG_OK);
    assert_string_equal(rs.v[2].text, "crlf ok");
    assert_int_equal(rs.v[2].line, 3);
    recs_free(&rs);

    const char *j = "{\"id\":\"g\",\"text\":\"gzipped\"}\n";
    write_gzip(tpath("g.json.gz"), j, strlen(j));
    assert_int_equal(read_all(tpath("g.json.gz"), NULL, &rs), VG_OK);
    assert_int_equal(rs.n, 1);
    assert_string_equal(rs.v[0].text, "gzipped");
    recs_free(&rs);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fixture),
        cmocka_unit_test(test_paths_and_numbers),
        cmocka_unit_test(test_limits_and_compression),
    };
    return cmocka_run_group_tests(tests, make_tmp, drop_tmp);
}
