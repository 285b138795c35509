/*
 * test_read_warc.c - HTML inputs of the reader (issue 3): WARC archives
 * (plain and gzip per record, chunked and gzip-encoded HTTP payloads,
 * records that are not pages, redirects, truncated and malformed records
 * with resynchronisation), HTML files, and the html field of JSONL/CSV.
 */
#include "read_test_util.h"

#define PAGE                                                                                  \
    "<html><head><title>Leak | Planet</title>"                                            \
    "<meta property='og:site_name' content='Planet'></head><body><article>"               \
    "<p>The campaign said on Saturday that thousands of emails posted online had been "    \
    "mixed with false ones, in an attempt to sow doubt before the vote.</p>"                \
    "<p>Investigators have not said who was behind the leak, nor when they expect to.</p>" \
    "</article></body></html>"

/* One WARC record around block (n bytes). */
static size_t record(char *out, size_t cap, const char *type, const char *uri,
                     const char *ctype, const char *block, size_t n)
{
    int k = snprintf(out, cap,
                     "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\n"
                     "WARC-Date: 2019-11-19T08:00:00Z\r\nContent-Type: %s\r\n"
                     "Content-Length: %zu\r\n\r\n",
                     type, uri, ctype, n);
    assert_true(k > 0 && (size_t)k + n + 4 < cap);
    memcpy(out + k, block, n);
    memcpy(out + k + n, "\r\n\r\n", 4);
    return (size_t)k + n + 4;
}

static size_t response(char *out, size_t cap, const char *uri, const char *http_head,
                       const char *body, size_t n)
{
    char block[8192];
    size_t h = strlen(http_head);
    assert_true(h + n < sizeof block);
    memcpy(block, http_head, h);
    memcpy(block + h, body, n);
    return record(out, cap, "response", uri, "application/http; msgtype=response", block,
                  h + n);
}

static void test_warc(void **state)
{
    (void)state;
    static char buf[65536];
    size_t n = 0;
    n += record(buf + n, sizeof buf - n, "warcinfo", "", "application/warc-fields",
                "software: test\r\n", 16);
    n += response(buf + n, sizeof buf - n, "https://planet.example/a",
                  "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n", PAGE,
                  strlen(PAGE));
    n += response(buf + n, sizeof buf - n, "https://planet.example/old",
                  "HTTP/1.1 301 Moved\r\nLocation: /a\r\n\r\n", "", 0);
    n += response(buf + n, sizeof buf - n, "https://planet.example/i.png",
                  "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n", "\x89PNG", 4);
    /* chunked, in two chunks */
    char chunked[4096];
    size_t half = strlen(PAGE) / 2;
    int k = snprintf(chunked, sizeof chunked, "%zx\r\n%.*s\r\n%zx\r\n%s\r\n0\r\n\r\n", half,
                     (int)half, PAGE, strlen(PAGE) - half, &PAGE[half]);
    n += response(buf + n, sizeof buf - n, "https://planet.example/b",
                  "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                  "Transfer-Encoding: chunked\r\n\r\n",
                  chunked, (size_t)k);
    /* a resource record (no HTTP head) */
    n += record(buf + n, sizeof buf - n, "resource", "file:///saved/c.html", "text/html", PAGE,
                strlen(PAGE));
    write_bytes(tpath("site.warc"), buf, n);

    recs rs;
    assert_int_equal(read_all(tpath("site.warc"), NULL, &rs), VG_OK);
    assert_int_equal(rs.n, 3);
    for (size_t i = 0; i < 3; i++) {
        assert_int_equal(rs.v[i].err, VG_OK);
        assert_string_equal(rs.v[i].title, "Leak");
        assert_non_null(strstr(rs.v[i].text, "in an attempt to sow doubt"));
        assert_int_equal(rs.v[i].date, 1574150400); /* the crawl date */
    }
    assert_string_equal(rs.v[0].url, "https://planet.example/a");
    assert_string_equal(rs.v[0].source, "planet.example");
    assert_int_equal(rs.v[0].line, 11); /* the record's "WARC/1.0" line */
    assert_string_equal(rs.v[1].url, "https://planet.example/b");
    assert_string_equal(rs.v[2].url, "file:///saved/c.html");
    recs_free(&rs);

    /* The same records gzip-compressed one by one (as crawlers write). */
    FILE *f = fopen(tpath("site.warc.gz"), "wb");
    assert_non_null(f);
    fclose(f);
    write_gzip(tpath("site.warc.gz"), buf, n);
    assert_int_equal(read_all(tpath("site.warc.gz"), NULL, &rs), VG_OK);
    assert_int_equal(n_docs(&rs), 3);
    recs_free(&rs);
}

static void test_warc_content_encoding(void **state)
{
    (void)state;
    /* a payload stored gzip-encoded, as some crawlers keep it */
    write_gzip(tpath("payload.gz"), PAGE, strlen(PAGE));
    FILE *f = fopen(tpath("payload.gz"), "rb");
    assert_non_null(f);
    char gz[4096];
    size_t gn = fread(gz, 1, sizeof gz, f);
    fclose(f);
    static char buf[16384];
    size_t n = response(buf, sizeof buf, "https://planet.example/z",
                        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                        "Content-Encoding: gzip\r\n\r\n",
                        gz, gn);
    n += response(buf + n, sizeof buf - n, "https://planet.example/bad",
                  "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                  "Content-Encoding: gzip\r\n\r\n",
                  "not gzip at all", 15);
    write_bytes(tpath("enc.warc"), buf, n);
    recs rs;
    assert_int_equal(read_all(tpath("enc.warc"), NULL, &rs), VG_OK);
    assert_int_equal(rs.n, 2);
    assert_int_equal(rs.v[0].err, VG_OK);
    assert_string_equal(rs.v[0].title, "Leak");
    assert_int_equal(rs.v[1].err, VG_EPARSE);
    assert_non_null(strstr(rs.v[1].msg, "not valid gzip data"));
    recs_free(&rs);
}

static void test_warc_bad(void **state)
{
    (void)state;
    static char buf[16384];
    size_t n = 0;
    /* garbage before the first record: one message, then resync */
    const char *junk = "this is not a WARC file\nnor this\n";
    memcpy(buf, junk, strlen(junk));
    n += strlen(junk);
    /* a record without Content-Length */
    const char *nolen = "WARC/1.0\r\nWARC-Type: response\r\n\r\nbody\r\n\r\n";
    memcpy(buf + n, nolen, strlen(nolen));
    n += strlen(nolen);
    n += response(buf + n, sizeof buf - n, "https://planet.example/a",
                  "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n", PAGE, strlen(PAGE));
    /* a response without an HTTP status line */
    n += record(buf + n, sizeof buf - n, "response", "https://planet.example/x",
                "application/http; msgtype=response", "garbage", 7);
    /* a page with no article text */
    const char *empty = "<html><body></body></html>";
    n += response(buf + n, sizeof buf - n, "https://planet.example/e",
                  "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n", empty, strlen(empty));
    /* the last record cut short */
    size_t cut = n;
    n += response(buf + n, sizeof buf - n, "https://planet.example/t",
                  "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n", PAGE, strlen(PAGE));
    write_bytes(tpath("bad.warc"), buf, cut + (n - cut) / 2);
    recs rs;
    assert_int_equal(read_all(tpath("bad.warc"), NULL, &rs), VG_OK);
    const char *want[] = {"expected a WARC record header", "no Content-Length", NULL,
                          "without an HTTP status line", "no article text found",
                          "truncated record"};
    assert_int_equal(rs.n, 6);
    for (size_t i = 0; i < 6; i++) {
        if (!want[i]) {
            assert_int_equal(rs.v[i].err, VG_OK);
            assert_string_equal(rs.v[i].title, "Leak");
            continue;
        }
        assert_int_equal(rs.v[i].err, VG_EPARSE);
        if (!strstr(rs.v[i].msg, want[i]))
            fail_msg("record %zu: '%s' lacks '%s'", i, rs.v[i].msg, want[i]);
    }
    assert_non_null(strstr(rs.v[0].msg, "bad.warc:1:"));
    recs_free(&rs);

    /* a block over max_record is skipped with a message, the next is read */
    n = response(buf, sizeof buf, "https://planet.example/big",
                 "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n", PAGE, strlen(PAGE));
    n += response(buf + n, sizeof buf - n, "https://planet.example/ok",
                  "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n", "<p>x</p>", 8);
    write_bytes(tpath("big.warc"), buf, n);
    vg_read_opts o = {.max_record = 200};
    assert_int_equal(read_all(tpath("big.warc"), &o, &rs), VG_OK);
    assert_true(rs.n >= 1);
    assert_int_equal(rs.v[0].err, VG_EPARSE);
    assert_non_null(strstr(rs.v[0].msg, "over the limit of 200"));
    recs_free(&rs);
}

static void test_html_files(void **state)
{
    (void)state;
    write_tmp("page.htm", PAGE);
    write_gzip(tpath("page2.html.gz"), PAGE, strlen(PAGE));
    write_bytes(tpath("pic.html"), "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    recs rs;
    assert_int_equal(read_all(tpath("page.htm"), NULL, &rs), VG_OK);
    assert_int_equal(rs.n, 1);
    assert_string_equal(rs.v[0].title, "Leak");
    assert_string_equal(rs.v[0].id, "");
    assert_true(rs.v[0].flags & VG_DOC_NO_DATE);
    recs_free(&rs);
    assert_int_equal(read_all(tpath("page2.html.gz"), NULL, &rs), VG_OK);
    assert_int_equal(n_docs(&rs), 1);
    recs_free(&rs);
    assert_int_equal(read_all(tpath("pic.html"), NULL, &rs), VG_OK);
    assert_int_equal(rs.n, 1);
    assert_int_equal(rs.v[0].err, VG_EPARSE);
    assert_non_null(strstr(rs.v[0].msg, "not HTML: a PNG image"));
    recs_free(&rs);
    /* a page over the extractor's size cap */
    vg_html_opts ho = {.max_bytes = 100};
    vg_read_opts o = {.html = &ho};
    assert_int_equal(read_all(tpath("page.htm"), &o, &rs), VG_OK);
    assert_int_equal(rs.v[0].err, VG_EPARSE);
    assert_non_null(strstr(rs.v[0].msg, "over the limit of 100"));
    recs_free(&rs);
    /* forced format */
    write_tmp("page.php", PAGE);
    o = (vg_read_opts){.format = VG_FMT_HTML};
    assert_int_equal(read_all(tpath("page.php"), &o, &rs), VG_OK);
    assert_string_equal(rs.v[0].title, "Leak");
    recs_free(&rs);
    vg_format fmt;
    assert_int_equal(vg_format_parse("warc", &fmt), VG_OK);
    assert_int_equal(fmt, VG_FMT_WARC);
    assert_int_equal(vg_format_parse("html", &fmt), VG_OK);
    assert_int_equal(fmt, VG_FMT_HTML);
}

static void test_html_field(void **state)
{
    (void)state;
    /* JSONL: the record's own fields win, the page fills the rest */
    char line[4096];
    snprintf(line, sizeof line,
             "{\"id\":\"a\",\"title\":\"Given\",\"html\":\"%s\"}\n"
             "{\"id\":\"b\",\"url\":\"https://x.example/b\",\"raw_html\":\"%s\"}\n"
             "{\"id\":\"c\",\"text\":\"plain\"}\n",
             PAGE, PAGE);
    write_tmp("pages.jsonl", line);
    recs rs;
    assert_int_equal(read_all(tpath("pages.jsonl"), NULL, &rs), VG_OK);
    assert_int_equal(rs.n, 3);
    assert_string_equal(rs.v[0].title, "Given");
    assert_non_null(strstr(rs.v[0].text, "sow doubt"));
    assert_string_equal(rs.v[1].title, "Leak");
    assert_string_equal(rs.v[1].url, "https://x.example/b");
    assert_string_equal(rs.v[2].text, "plain");
    recs_free(&rs);
    /* CSV */
    snprintf(line, sizeof line, "id,html\nr1,\"%s\"\n", PAGE);
    write_tmp("pages.csv", line);
    assert_int_equal(read_all(tpath("pages.csv"), NULL, &rs), VG_OK);
    assert_int_equal(rs.n, 1);
    assert_string_equal(rs.v[0].id, "r1");
    assert_string_equal(rs.v[0].title, "Leak");
    recs_free(&rs);
    /* a mapping turns it off */
    vg_fieldmap *m;
    assert_int_equal(vg_fieldmap_new(&m), VG_OK);
    assert_int_equal(vg_fieldmap_parse(m, "html=", NULL, 0), VG_OK);
    vg_read_opts o = {.map = m};
    assert_int_equal(read_all(tpath("pages.csv"), &o, &rs), VG_OK);
    assert_string_equal(rs.v[0].title, "");
    recs_free(&rs);
    vg_fieldmap_free(m);
    assert_string_equal(vg_field_name(VG_F_HTML), "html");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_warc),       cmocka_unit_test(test_warc_content_encoding),
        cmocka_unit_test(test_warc_bad),   cmocka_unit_test(test_html_files),
        cmocka_unit_test(test_html_field),
    };
    return cmocka_run_group_tests(tests, make_tmp, drop_tmp);
}
