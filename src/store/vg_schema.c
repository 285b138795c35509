/*
 * vg_schema.c - the store's schema and its migrations.
 *
 * PRAGMA user_version holds the schema version of a store file.  Migration
 * i (0-based in the table below) takes a store from version i to i + 1; on
 * open every missing step runs, each in its own transaction together with
 * the user_version bump, so a store is always at a version that exists.
 * Steps are append-only: once released, a step is never edited, only
 * followed by a new one.  A file whose version is above VG_SCHEMA_VERSION
 * was written by a newer vigie and is refused, never touched.
 *
 * The tables are drawn in docs/ARCHITECTURE.md ("The store").
 */
#include "vg_schema.h"

#include <stdio.h>

static const char *const migrations[] = {
    /* 0 -> 1: documents, input files, full-text index, metadata, runs. */
    "CREATE TABLE docs ("
    "  seq INTEGER PRIMARY KEY,"
    "  key INTEGER NOT NULL UNIQUE,"
    "  id TEXT NOT NULL,"
    "  source TEXT, author TEXT, url TEXT, title TEXT, text TEXT, lang TEXT,"
    "  byline TEXT, dateline_place TEXT, dateline_agency TEXT,"
    "  links TEXT, hashtags TEXT, mentions TEXT, repost_of TEXT, reply_to TEXT,"
    "  published_at INTEGER, ingested_at INTEGER NOT NULL,"
    "  flags INTEGER NOT NULL DEFAULT 0,"
    "  origin INTEGER, origin_line INTEGER);"
    "CREATE TABLE origins (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE);"
    "CREATE VIRTUAL TABLE docs_fts USING fts5(title, text, content='docs',"
    "  content_rowid='seq', tokenize='unicode61 remove_diacritics 2');"
    "CREATE TABLE meta (k TEXT PRIMARY KEY, v) WITHOUT ROWID;"
    "INSERT INTO meta VALUES ('fts_upto', 0);"
    "CREATE TABLE runs ("
    "  id INTEGER PRIMARY KEY, inputs TEXT, started_at INTEGER,"
    "  finished_at INTEGER, read INTEGER, added INTEGER,"
    "  duplicates INTEGER, skipped INTEGER);",
    /* 1 -> 2: copy detection (docs/ARCHITECTURE.md, "Copy detection"). */
    "CREATE TABLE copy_docs (seq INTEGER PRIMARY KEY, cls INTEGER NOT NULL,"
    "  xhash INTEGER NOT NULL);"
    "CREATE INDEX copy_docs_cls ON copy_docs(cls);"
    "CREATE TABLE copy_classes (cls INTEGER PRIMARY KEY, cluster INTEGER NOT NULL,"
    "  n INTEGER NOT NULL, last_at INTEGER, xhash INTEGER NOT NULL, ncp INTEGER NOT NULL,"
    "  keys BLOB, sketch BLOB);"
    "CREATE INDEX copy_classes_cluster ON copy_classes(cluster);"
    "CREATE TABLE copy_pairs (a INTEGER NOT NULL, b INTEGER NOT NULL,"
    "  kind INTEGER NOT NULL, jaccard REAL, a_in_b REAL, b_in_a REAL, reused REAL,"
    "  PRIMARY KEY (a, b)) WITHOUT ROWID;"
    "CREATE INDEX copy_pairs_b ON copy_pairs(b);"
    "CREATE TABLE copy_clusters (id INTEGER PRIMARY KEY, merged_into INTEGER,"
    "  docs INTEGER NOT NULL, classes INTEGER NOT NULL);"
    "CREATE INDEX copy_clusters_docs ON copy_clusters(docs);"
    "INSERT INTO meta VALUES ('copy_upto', 0);",
    /* 2 -> 3: stories (docs/ARCHITECTURE.md, "Stories", "On disk"). */
    "CREATE TABLE stories (id INTEGER PRIMARY KEY, merged_into INTEGER,"
    "  open INTEGER NOT NULL, n INTEGER NOT NULL, first_at INTEGER NOT NULL,"
    "  last_at INTEGER NOT NULL, sum_at REAL NOT NULL, label TEXT,"
    "  label_score REAL NOT NULL, langs TEXT NOT NULL, words BLOB, names BLOB, title BLOB);"
    "CREATE INDEX stories_open ON stories(open) WHERE open;"
    "CREATE TABLE story_docs (seq INTEGER PRIMARY KEY, story INTEGER NOT NULL,"
    "  at INTEGER NOT NULL, cluster INTEGER NOT NULL, score REAL NOT NULL,"
    "  lang TEXT NOT NULL, flags INTEGER NOT NULL);"
    "CREATE INDEX story_docs_story ON story_docs(story);"
    "CREATE TABLE story_links (a INTEGER NOT NULL, b INTEGER NOT NULL,"
    "  score REAL NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID;",
    /* 3 -> 4: the dedup keys leave docs for their own table, filled in
     * sorted runs (docs/ARCHITECTURE.md, "The store").  SQLite cannot drop
     * a UNIQUE constraint, so docs is copied without its key column. */
    "CREATE TABLE doc_keys (key INTEGER PRIMARY KEY, seq INTEGER NOT NULL) WITHOUT ROWID;"
    "INSERT INTO doc_keys SELECT key, seq FROM docs ORDER BY key;"
    "CREATE TABLE docs_v4 ("
    "  seq INTEGER PRIMARY KEY,"
    "  id TEXT NOT NULL,"
    "  source TEXT, author TEXT, url TEXT, title TEXT, text TEXT, lang TEXT,"
    "  byline TEXT, dateline_place TEXT, dateline_agency TEXT,"
    "  links TEXT, hashtags TEXT, mentions TEXT, repost_of TEXT, reply_to TEXT,"
    "  published_at INTEGER, ingested_at INTEGER NOT NULL,"
    "  flags INTEGER NOT NULL DEFAULT 0,"
    "  origin INTEGER, origin_line INTEGER);"
    "INSERT INTO docs_v4 SELECT seq, id, source, author, url, title, text, lang,"
    "  byline, dateline_place, dateline_agency, links, hashtags, mentions,"
    "  repost_of, reply_to, published_at, ingested_at, flags, origin, origin_line"
    "  FROM docs ORDER BY seq;"
    "DROP TABLE docs;"
    "ALTER TABLE docs_v4 RENAME TO docs;",
};

#define N_MIGRATIONS ((int)(sizeof migrations / sizeof migrations[0]))

int vg_schema_version(void)
{
    return N_MIGRATIONS;
}

static int read_version(sqlite3 *db, int *v)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL);
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        *v = sqlite3_column_int(st, 0);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(st);
    return rc;
}

vg_err vg_schema_migrate(sqlite3 *db, int readonly, char *err, size_t errcap)
{
    int v = 0;
    if (read_version(db, &v) != SQLITE_OK) {
        snprintf(err, errcap, "cannot read schema version: %s", sqlite3_errmsg(db));
        return VG_ESTORE;
    }
    if (v > N_MIGRATIONS) {
        snprintf(err, errcap,
                 "store has schema version %d, this vigie knows up to %d: "
                 "upgrade vigie", v, N_MIGRATIONS);
        return VG_ESCHEMA;
    }
    if (v < N_MIGRATIONS && readonly) {
        snprintf(err, errcap, "store has schema version %d, needs migrating to %d: "
                 "open it once read-write", v, N_MIGRATIONS);
        return VG_ESCHEMA;
    }
    return vg_schema_migrate_to(db, N_MIGRATIONS, err, errcap);
}

vg_err vg_schema_migrate_to(sqlite3 *db, int version, char *err, size_t errcap)
{
    int v = 0;
    if (read_version(db, &v) != SQLITE_OK) {
        snprintf(err, errcap, "cannot read schema version: %s", sqlite3_errmsg(db));
        return VG_ESTORE;
    }
    if (version > N_MIGRATIONS)
        version = N_MIGRATIONS;
    for (; v < version; v++) {
        char bump[64];
        snprintf(bump, sizeof bump, "PRAGMA user_version = %d", v + 1);
        char *msg = NULL;
        if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, &msg) != SQLITE_OK ||
            sqlite3_exec(db, migrations[v], NULL, NULL, &msg) != SQLITE_OK ||
            sqlite3_exec(db, bump, NULL, NULL, &msg) != SQLITE_OK ||
            sqlite3_exec(db, "COMMIT", NULL, NULL, &msg) != SQLITE_OK) {
            snprintf(err, errcap, "migration to schema version %d failed: %s", v + 1,
                     msg ? msg : sqlite3_errmsg(db));
            sqlite3_free(msg);
            sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
            return VG_ESTORE;
        }
    }
    return VG_OK;
}
