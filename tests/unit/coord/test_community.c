/*
 * test_community.c - communities of two planted groups joined by one weak
 * edge, accounts without edges, reproducibility, and the agreement of
 * partitions (NMI, adjusted Rand).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "vg_community.h"

/* Two groups of six accounts, each acting together on 30 objects, one
 * pair across the groups on one object; accounts 12 and 13 act alone. */
static vg_action *groups(size_t *n)
{
    vg_action *a = malloc(500 * sizeof *a);
    size_t k = 0;
    for (uint32_t g = 0; g < 2; g++)
        for (uint32_t o = 0; o < 30; o++)
            for (uint32_t m = 0; m < 6; m++)
                a[k++] = (vg_action){g * 100 + o, g * 6 + m, 1000 * (int64_t)o + m};
    a[k++] = (vg_action){500, 0, 7};
    a[k++] = (vg_action){500, 6, 9};
    a[k++] = (vg_action){600, 12, 7};
    a[k++] = (vg_action){601, 13, 9};
    *n = k;
    return a;
}

static void test_two_groups(void **state)
{
    (void)state;
    size_t n;
    vg_action *a = groups(&n);
    vg_actions_sort(a, n);
    vg_edges e = {0};
    vg_sweep_stats st;
    vg_action_src src;
    vg_src_mem(&src, a, n);
    assert_int_equal(vg_sweep(&src, 60, 0, &e, &st), VG_OK);
    int32_t memb[14], again[14];
    size_t nc;
    double q;
    assert_int_equal(vg_communities(14, &e, NULL, 1, memb, &nc, &q), VG_OK);
    assert_int_equal(nc, 2);
    assert_true(q > 0.4);
    for (int i = 1; i < 6; i++)
        assert_int_equal(memb[i], memb[0]);
    for (int i = 7; i < 12; i++)
        assert_int_equal(memb[i], memb[6]);
    assert_true(memb[0] != memb[6] && memb[0] >= 0 && memb[6] >= 0);
    assert_int_equal(memb[12], -1);
    assert_int_equal(memb[13], -1);
    assert_int_equal(vg_communities(14, &e, NULL, 1, again, &nc, &q), VG_OK);
    assert_memory_equal(memb, again, sizeof memb);
    /* Against the planted truth: perfect agreement; against a partition
     * that splits the groups differently, less. */
    int32_t truth[14], other[14];
    for (int i = 0; i < 14; i++) {
        truth[i] = i < 12 ? i / 6 : -1;
        other[i] = i < 12 ? (i % 2) : -1;
    }
    double nmi, ari;
    assert_int_equal(vg_partition_agreement(memb, truth, 14, &nmi, &ari), VG_OK);
    assert_true(nmi > 0.999 && ari > 0.999);
    assert_int_equal(vg_partition_agreement(other, truth, 14, &nmi, &ari), VG_OK);
    assert_true(nmi < 0.1 && ari < 0.1);
    /* Keeping no edge: no community. */
    uint8_t *keep = calloc(e.cap, 1);
    assert_non_null(keep);
    assert_int_equal(vg_communities(14, &e, keep, 1, memb, &nc, &q), VG_OK);
    assert_int_equal(nc, 0);
    for (int i = 0; i < 14; i++)
        assert_int_equal(memb[i], -1);
    free(keep);
    vg_edges_free(&e);
    free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_two_groups),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
