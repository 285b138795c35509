/*
 * test_read_fieldmap.c - mapping specs, mapping files (errors with
 * file:line), the merge with the defaults, and the ':unquote' rule.
 */
#include "read_test_util.h"

#include "vg_fieldmap.h"

static vg_fieldmap *eff(const char *spec)
{
    vg_fieldmap *m, *e;
    char err[256];
    assert_int_equal(vg_fieldmap_new(&m), VG_OK);
    if (spec && vg_fieldmap_parse(m, spec, err, sizeof err) != VG_OK)
        fail_msg("spec '%s': %s", spec, err);
    assert_int_equal(vg_fieldmap_effective(m, &e), VG_OK);
    vg_fieldmap_free(m);
    return e;
}

static void assert_alt(const vg_fieldmap *m, vg_field f, int i, const char *want)
{
    assert_true(i < m->f[f].nalts);
    vg_slice s = m->f[f].alts[i];
    assert_int_equal(s.n, strlen(want));
    assert_memory_equal(s.p, want, s.n);
    assert_int_equal(s.p[s.n], '\0');
}

static void test_names(void **state)
{
    (void)state;
    assert_string_equal(vg_field_name(VG_F_ID), "id");
    assert_string_equal(vg_field_name(VG_F_REPOST_OF), "repost_of");
    assert_string_equal(vg_field_name(VG_F_REPLY_TO), "reply_to");
    assert_string_equal(vg_field_name(VG_F_COUNT), "?");
}

static void test_defaults(void **state)
{
    (void)state;
    vg_fieldmap *m = eff(NULL);
    assert_alt(m, VG_F_ID, 0, "id_str");
    assert_alt(m, VG_F_ID, 4, "post_id");
    assert_alt(m, VG_F_TEXT, 2, "content");
    assert_alt(m, VG_F_AUTHOR, 0, "user.screen_name");
    assert_alt(m, VG_F_DATE, 2, "publish_date");
    assert_alt(m, VG_F_REPOST_OF, 0, "retweeted_status.id_str");
    assert_alt(m, VG_F_REPLY_TO, 2, "in_reply_to");
    assert_int_equal(m->f[VG_F_TEXT].nalts, 6);
    assert_true(m->f[VG_F_TEXT].flags & VG_FM_DEFAULT);
    vg_fieldmap_free(m);
}

static void test_user_replaces_defaults(void **state)
{
    (void)state;
    vg_fieldmap *m = eff(" text = body | message :unquote , AUTHOR=who,date=");
    assert_int_equal(m->f[VG_F_TEXT].nalts, 2);
    assert_alt(m, VG_F_TEXT, 0, "body");
    assert_alt(m, VG_F_TEXT, 1, "message");
    assert_true(m->f[VG_F_TEXT].flags & VG_FM_UNQUOTE);
    assert_false(m->f[VG_F_TEXT].flags & VG_FM_DEFAULT);
    assert_int_equal(m->f[VG_F_AUTHOR].nalts, 1);
    assert_alt(m, VG_F_AUTHOR, 0, "who");
    assert_int_equal(m->f[VG_F_DATE].nalts, 0); /* mapped to nothing */
    assert_alt(m, VG_F_ID, 0, "id_str");         /* untouched default */
    vg_fieldmap_free(m);

    /* The last mapping of a field wins. */
    m = eff("text=a,text=b");
    assert_int_equal(m->f[VG_F_TEXT].nalts, 1);
    assert_alt(m, VG_F_TEXT, 0, "b");
    vg_fieldmap_free(m);
}

static void test_bad_specs(void **state)
{
    (void)state;
    vg_fieldmap *m;
    char err[256];
    assert_int_equal(vg_fieldmap_new(&m), VG_OK);
    assert_int_equal(vg_fieldmap_parse(m, "txet=body", err, sizeof err), VG_EINVAL);
    assert_non_null(strstr(err, "unknown field 'txet'"));
    assert_int_equal(vg_fieldmap_parse(m, "text", err, sizeof err), VG_EINVAL);
    assert_non_null(strstr(err, "expected field=path"));
    assert_int_equal(vg_fieldmap_parse(m, "text=a||b", err, sizeof err), VG_EINVAL);
    assert_non_null(strstr(err, "empty alternative"));
    assert_int_equal(vg_fieldmap_parse(m, "text=a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p|q", err,
                                       sizeof err),
                     VG_EINVAL);
    assert_non_null(strstr(err, "more than 16"));
    assert_int_equal(vg_fieldmap_parse(m, NULL, err, sizeof err), VG_EINVAL);
    assert_int_equal(vg_fieldmap_parse(m, "bogus", NULL, 0), VG_EINVAL); /* no err buffer */
    /* A failed item leaves earlier fields as they were. */
    assert_int_equal(vg_fieldmap_parse(m, "id=x, nope=y", err, sizeof err), VG_EINVAL);
    assert_int_equal(vg_fieldmap_parse(m, "", err, sizeof err), VG_OK);
    assert_int_equal(vg_fieldmap_parse(m, ",,", err, sizeof err), VG_OK);
    vg_fieldmap_free(m);
    vg_fieldmap_free(NULL);
}

static void test_load_file(void **state)
{
    (void)state;
    const char *dir = getenv("VG_TESTDATA");
    char path[1024], err[512];
    vg_fieldmap *m, *e;
    assert_non_null(dir);
    snprintf(path, sizeof path, "%s/read/crowdtangle.map", dir);
    assert_int_equal(vg_fieldmap_new(&m), VG_OK);
    if (vg_fieldmap_load(m, path, err, sizeof err) != VG_OK)
        fail_msg("%s", err);
    assert_int_equal(vg_fieldmap_effective(m, &e), VG_OK);
    assert_alt(e, VG_F_TEXT, 0, "Message");
    assert_alt(e, VG_F_TEXT, 1, "Description");
    assert_alt(e, VG_F_AUTHOR, 0, "Page Name");
    assert_alt(e, VG_F_DATE, 0, "Post Created");
    assert_alt(e, VG_F_URL, 0, "URL#1"); /* '#' inside a name is kept */
    vg_fieldmap_free(e);
    vg_fieldmap_free(m);

    snprintf(path, sizeof path, "%s/read/bad.map", dir);
    assert_int_equal(vg_fieldmap_new(&m), VG_OK);
    assert_int_equal(vg_fieldmap_load(m, path, err, sizeof err), VG_EINVAL);
    assert_non_null(strstr(err, "bad.map:4: unknown field 'headline'"));
    vg_fieldmap_free(m);

    assert_int_equal(vg_fieldmap_new(&m), VG_OK);
    assert_int_equal(vg_fieldmap_load(m, "/nonexistent/x.map", err, sizeof err),
                     VG_ENOTFOUND);
    assert_non_null(strstr(err, "/nonexistent/x.map: cannot open"));
    vg_fieldmap_free(m);
}

static void check_unquote(const char *in, const char *want)
{
    vg_slice s = vg_fieldmap_unquote((vg_slice){in, strlen(in)});
    assert_int_equal(s.n, strlen(want));
    assert_memory_equal(s.p, want, s.n);
}

static void test_unquote(void **state)
{
    (void)state;
    check_unquote("'@user hello'", "@user hello");
    check_unquote("'-5 degrees'", "-5 degrees");
    check_unquote("'+1'", "+1");
    check_unquote("'=SUM(A1)'", "=SUM(A1)");
    check_unquote("'Thanks Russia' is the new 'Thanks Obama'",
                  "'Thanks Russia' is the new 'Thanks Obama'"); /* a real quotation */
    check_unquote("'Anything that costs you your peace'", "'Anything that costs you your peace'");
    check_unquote("'@realDonaldTrump win' https://t.co/x", "'@realDonaldTrump win' https://t.co/x");
    check_unquote("''", "''");
    check_unquote("'@'", "@");
    check_unquote("'@x'", "@x");
    check_unquote("", "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_defaults),
        cmocka_unit_test(test_user_replaces_defaults),
        cmocka_unit_test(test_bad_specs),
        cmocka_unit_test(test_load_file),
        cmocka_unit_test(test_unquote),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
