/*
 * vg_copy_db.h - small helpers shared by the copy queries (private).
 */
#ifndef VG_COPY_DB_H
#define VG_COPY_DB_H

#include "vigie/copy.h"
#include "vg_store_sql.h"

/*
 * A copy cluster's id after merges: copy_clusters.merged_into followed in
 * SQL (merges always point to an older, surviving cluster).  A WITH clause
 * defining root(id, r): every cluster id and the surviving one.
 */
#define VG_COPY_ROOT_CTE                                                               \
    "WITH RECURSIVE root(id, r) AS ("                                                  \
    "  SELECT id, id FROM copy_clusters WHERE merged_into IS NULL"                     \
    "  UNION ALL SELECT c.id, root.r FROM copy_clusters c JOIN root"                   \
    "  ON c.merged_into = root.id) "

/* Prepare sql on the store's handle; VG_ESTORE with the store's message. */
vg_err vg_copy_prep(vg_store *s, sqlite3_stmt **st, const char *sql);
/* Column i of the current row as a slice (valid until the next step). */
vg_slice vg_copy_col(sqlite3_stmt *st, int i);
/* The text class of document seq; VG_ENOTFOUND if not fingerprinted. */
vg_err vg_copy_class_of_seq(vg_store *s, int64_t seq, int64_t *cls);

#endif
