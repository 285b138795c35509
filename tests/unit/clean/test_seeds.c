/*
 * test_seeds.c - golden test: the three seed articles of tests/data/seeds/
 * (the project's own scrapes) cleaned exactly as in their .expected files.
 *
 * Each .txt is read as the plain-text reader does (first non-empty line is
 * the title, the rest the text) with source "seed"; the .expected file holds
 * the cleaned fields, one "name: value" per line, then "---" and the text.
 * Set VG_UPDATE_GOLDEN=1 to rewrite the .expected files after a deliberate
 * change, and review the diff.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "clean_testutil.h"
#include "vg_buf.h"
#include "vigie/clean.h"

static const char *const seeds[] = {
    "000_05c73351007e65f1",
    "002_f605f9fe91d135db",
    "003_56a719fb513f508f",
};

static void field(vg_buf *b, const char *name, vg_slice s)
{
    vg_buf_printf(b, "%s: ", name);
    for (size_t i = 0; i < s.n; i++) /* lists: show separators as " | " */
        if (s.p[i] == '\n')
            vg_buf_puts(b, " | ");
        else
            vg_buf_putc(b, s.p[i]);
    vg_buf_putc(b, '\n');
}

static void render(vg_buf *b, const vg_doc *d)
{
    field(b, "title", d->title);
    field(b, "lang", d->lang);
    field(b, "byline", d->byline);
    field(b, "dateline_place", d->dateline_place);
    field(b, "dateline_agency", d->dateline_agency);
    field(b, "links", d->links);
    field(b, "hashtags", d->hashtags);
    field(b, "mentions", d->mentions);
    vg_buf_printf(b, "flags: %s%s%s%s%s\n", d->flags & VG_DOC_BAD_UTF8 ? " bad_utf8" : "",
                  d->flags & VG_DOC_MOJIBAKE ? " mojibake" : "",
                  d->flags & VG_DOC_FURNITURE ? " furniture" : "",
                  d->flags & VG_DOC_BOILER ? " boiler" : "",
                  d->flags & VG_DOC_LANG_GUESS ? " lang_guess" : "");
    vg_buf_puts(b, "---\n");
    vg_buf_append(b, d->text.p, d->text.n);
    vg_buf_putc(b, '\n');
}

static void test_seeds(void **state)
{
    (void)state;
    vg_cleaner *c;
    assert_int_equal(vg_cleaner_new(&c, NULL), VG_OK);
    for (size_t i = 0; i < sizeof seeds / sizeof *seeds; i++) {
        char rel[256];
        size_t n = 0;
        snprintf(rel, sizeof rel, "seeds/%s.txt", seeds[i]);
        char *raw = tu_read(rel, &n);
        assert_non_null(raw);
        vg_doc d;
        vg_doc_init(&d);
        size_t s = 0;
        while (s < n && (raw[s] == '\n' || raw[s] == '\r' || raw[s] == ' '))
            s++;
        char *nl = memchr(raw + s, '\n', n - s);
        size_t e = nl ? (size_t)(nl - raw) : n;
        d.title = (vg_slice){raw + s, e - s};
        d.text = (vg_slice){raw + e, n - e};
        d.source = tu_s("seed");
        assert_int_equal(vg_cleaner_clean(c, &d), VG_OK);
        vg_buf got = VG_BUF_INIT;
        render(&got, &d);
        snprintf(rel, sizeof rel, "seeds/%s.expected", seeds[i]);
        if (getenv("VG_UPDATE_GOLDEN")) {
            char path[4096];
            snprintf(path, sizeof path, "%s/%s", getenv("VG_TESTDATA"), rel);
            FILE *f = fopen(path, "wb");
            assert_non_null(f);
            fwrite(got.p, 1, got.n, f);
            fclose(f);
        }
        size_t wn = 0;
        char *want = tu_read(rel, &wn);
        assert_non_null(want);
        if (wn != got.n || memcmp(want, got.p, wn) != 0) {
            print_error("%s: cleaned output differs from %s; got:\n%s\n", seeds[i], rel, got.p);
            fail();
        }
        free(want);
        vg_buf_free(&got);
        free(raw);
    }
    vg_cleaner_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seeds),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
