/*
 * vg_community.c - communities with igraph (see vg_community.h).
 *
 * igraph's default error handler aborts the process; vigie installs the
 * handler that returns error codes (once, for the process), and seeds
 * igraph's default random generator before each run.
 */
#include "vg_community.h"

#include <igraph.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static pthread_once_t handler_once = PTHREAD_ONCE_INIT;

static void quiet_igraph(void)
{
    igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
}

typedef struct comm_size {
    igraph_integer_t id, size;
} comm_size;

static int cmp_size(const void *x, const void *y)
{
    const comm_size *a = x, *b = y;
    if (a->size != b->size)
        return a->size > b->size ? -1 : 1;
    return (a->id > b->id) - (a->id < b->id);
}

static int cmp_pair(const void *x, const void *y)
{
    const vg_edge *a = *(const vg_edge *const *)x, *b = *(const vg_edge *const *)y;
    if (a->a != b->a)
        return a->a < b->a ? -1 : 1;
    return (a->b > b->b) - (a->b < b->b);
}

vg_err vg_communities(size_t naccts, const vg_edges *edges, const uint8_t *keep, uint64_t seed,
                      int32_t *membership, size_t *ncomm, double *modularity)
{
    pthread_once(&handler_once, quiet_igraph);
    *ncomm = 0;
    *modularity = 0;
    for (size_t i = 0; i < naccts; i++)
        membership[i] = -1;
    size_t m = 0;
    for (size_t i = 0; i < edges->cap; i++)
        m += edges->v[i].a != UINT32_MAX && (!keep || keep[i]);
    if (!m || !naccts)
        return VG_OK;
    igraph_vector_int_t el, memb;
    igraph_vector_t w;
    igraph_t g;
    if (igraph_vector_int_init(&el, (igraph_integer_t)(2 * m)) != IGRAPH_SUCCESS)
        return VG_ENOMEM;
    if (igraph_vector_init(&w, (igraph_integer_t)m) != IGRAPH_SUCCESS) {
        igraph_vector_int_destroy(&el);
        return VG_ENOMEM;
    }
    const vg_edge **in = malloc(m * sizeof *in);
    if (!in) {
        igraph_vector_int_destroy(&el);
        igraph_vector_destroy(&w);
        return VG_ENOMEM;
    }
    size_t k = 0;
    for (size_t i = 0; i < edges->cap; i++)
        if (edges->v[i].a != UINT32_MAX && (!keep || keep[i]))
            in[k++] = &edges->v[i];
    qsort(in, m, sizeof *in, cmp_pair);
    for (k = 0; k < m; k++) {
        VECTOR(el)[2 * k] = in[k]->a;
        VECTOR(el)[2 * k + 1] = in[k]->b;
        VECTOR(w)[k] = in[k]->objects;
    }
    free(in);
    vg_err err = VG_OK;
    igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)seed);
    if (igraph_create(&g, &el, (igraph_integer_t)naccts, IGRAPH_UNDIRECTED) != IGRAPH_SUCCESS) {
        igraph_vector_int_destroy(&el);
        igraph_vector_destroy(&w);
        return VG_EINVAL;
    }
    igraph_vector_t q;
    if (igraph_vector_int_init(&memb, 0) != IGRAPH_SUCCESS ||
        igraph_vector_init(&q, 0) != IGRAPH_SUCCESS) {
        err = VG_ENOMEM;
    } else if (igraph_community_multilevel(&g, &w, 1.0, &memb, NULL, &q) != IGRAPH_SUCCESS) {
        err = VG_EINVAL;
    } else {
        *modularity = igraph_vector_size(&q) ? igraph_vector_max(&q) : 0;
        /* Renumber by decreasing size; communities of one account (the
         * accounts without a kept edge) become -1. */
        igraph_integer_t nc = igraph_vector_int_size(&memb) ? igraph_vector_int_max(&memb) + 1 : 0;
        comm_size *cs = calloc((size_t)nc ? (size_t)nc : 1, sizeof *cs);
        igraph_integer_t *rank = malloc(((size_t)nc ? (size_t)nc : 1) * sizeof *rank);
        if (!cs || !rank) {
            err = VG_ENOMEM;
        } else {
            for (igraph_integer_t c = 0; c < nc; c++)
                cs[c].id = c;
            for (size_t i = 0; i < naccts; i++)
                cs[VECTOR(memb)[i]].size++;
            qsort(cs, (size_t)nc, sizeof *cs, cmp_size);
            for (igraph_integer_t c = 0; c < nc; c++)
                rank[cs[c].id] = cs[c].size >= 2 ? c : -1;
            for (igraph_integer_t c = 0; c < nc; c++)
                *ncomm += cs[c].size >= 2;
            for (size_t i = 0; i < naccts; i++)
                membership[i] = (int32_t)rank[VECTOR(memb)[i]];
        }
        free(cs);
        free(rank);
    }
    igraph_vector_int_destroy(&memb);
    igraph_vector_destroy(&q);
    igraph_destroy(&g);
    igraph_vector_int_destroy(&el);
    igraph_vector_destroy(&w);
    return err;
}

vg_err vg_partition_agreement(const int32_t *x, const int32_t *y, size_t n, double *nmi,
                              double *ari)
{
    pthread_once(&handler_once, quiet_igraph);
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        m += x[i] >= 0 && y[i] >= 0;
    if (!m)
        return VG_EINVAL;
    igraph_vector_int_t a, b;
    if (igraph_vector_int_init(&a, (igraph_integer_t)m) != IGRAPH_SUCCESS)
        return VG_ENOMEM;
    if (igraph_vector_int_init(&b, (igraph_integer_t)m) != IGRAPH_SUCCESS) {
        igraph_vector_int_destroy(&a);
        return VG_ENOMEM;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (x[i] >= 0 && y[i] >= 0) {
            VECTOR(a)[k] = x[i];
            VECTOR(b)[k] = y[i];
            k++;
        }
    igraph_real_t r1 = 0, r2 = 0;
    vg_err err = VG_OK;
    if (igraph_compare_communities(&a, &b, &r1, IGRAPH_COMMCMP_NMI) != IGRAPH_SUCCESS ||
        igraph_compare_communities(&a, &b, &r2, IGRAPH_COMMCMP_ADJUSTED_RAND) != IGRAPH_SUCCESS)
        err = VG_EINVAL;
    *nmi = r1;
    *ari = r2;
    igraph_vector_int_destroy(&a);
    igraph_vector_int_destroy(&b);
    return err;
}
