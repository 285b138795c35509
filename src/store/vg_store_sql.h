/*
 * vg_store_sql.h - the store's SQLite handle, for the analysis modules that
 * keep their results in the store (copy detection).  Private to libvigie.
 *
 * The handle belongs to the store: callers prepare and finalize their own
 * statements on it, never close it, and use vg_store_begin/commit/rollback
 * for transactions so that the store's own bookkeeping stays right.
 */
#ifndef VG_STORE_SQL_H
#define VG_STORE_SQL_H

#include <sqlite3.h>

#include "vigie/store.h"

/* Borrowed; valid until vg_store_close(). */
sqlite3 *vg_store_sqlite(vg_store *s);

/* Record "what: <SQLite's message>" as the store's error; returns VG_ESTORE. */
vg_err vg_store_fail(vg_store *s, const char *what);

/* 1 inside a transaction opened with vg_store_begin. */
int vg_store_in_txn(const vg_store *s);

#endif
