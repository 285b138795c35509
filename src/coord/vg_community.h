/*
 * vg_community.h - communities of coordinated accounts: Louvain modularity
 * (igraph's multilevel method) on the kept edges, weighted by the distinct
 * objects the two accounts co-acted on.
 */
#ifndef VG_COMMUNITY_H
#define VG_COMMUNITY_H

#include <stddef.h>
#include <stdint.h>

#include "vg_sweep.h"

/*
 * membership[0..naccts): the community of each account, numbered from 0 by
 * decreasing size, or -1 for accounts without a kept edge.  keep[i] says
 * whether edges->v[i] is kept (NULL: every edge).  seed makes igraph's
 * random choices reproducible; igraph gets the edges in account order,
 * so the result does not depend on the table's layout.  *ncomm gets the number of communities,
 * *modularity the partition's modularity.  VG_ENOMEM, or VG_EINVAL when
 * igraph fails.
 */
vg_err vg_communities(size_t naccts, const vg_edges *edges, const uint8_t *keep, uint64_t seed,
                      int32_t *membership, size_t *ncomm, double *modularity);

/* Agreement of two partitions of n items (labels >= 0; items labelled -1
 * in either are left out): normalised mutual information and adjusted
 * Rand index.  VG_EINVAL when igraph fails or no item is left. */
vg_err vg_partition_agreement(const int32_t *x, const int32_t *y, size_t n, double *nmi,
                              double *ari);

#endif
