/*
 * vg_schema.h - schema version and forward migrations of the store.
 */
#ifndef VG_SCHEMA_H
#define VG_SCHEMA_H

#include <sqlite3.h>
#include <stddef.h>

#include "vigie/err.h"

/* The schema version this build writes. */
int vg_schema_version(void);

/*
 * Bring db to the current schema.  A read-only caller gets VG_ESCHEMA
 * instead of a migration.  A newer file gets VG_ESCHEMA and is not touched.
 * On error a message is written into err.
 */
vg_err vg_schema_migrate(sqlite3 *db, int readonly, char *err, size_t errcap);

/* Bring db to schema version (at most vg_schema_version()): the tests
 * build stores as an older vigie wrote them, then open them. */
vg_err vg_schema_migrate_to(sqlite3 *db, int version, char *err, size_t errcap);

#endif
