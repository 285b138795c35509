/*
 * cli.h - what the vigie command's files share: output formats, common
 * options and small helpers.  The CLI uses only the public API of libvigie.
 *
 * Exit status of every subcommand: 0 success, 1 the work failed (bad
 * records under --strict, a database or I/O error), 2 bad usage.
 */
#ifndef VG_CLI_H
#define VG_CLI_H

#include <stdint.h>
#include <stdio.h>

#include "vigie/vigie.h"

enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

typedef enum out_format { OUT_TEXT, OUT_JSON, OUT_CSV, OUT_JSONL } out_format;

/* Options every subcommand understands. */
typedef struct cli_common {
    const char *db;       /* --db, else $VIGIE_DB, else ./vigie.db */
    out_format format;    /* --format */
    int quiet;            /* --quiet */
} cli_common;

/* The subcommands; argv[0] is the subcommand's name. */
int cmd_ingest(int argc, char **argv);
int cmd_index(int argc, char **argv);
int cmd_stats(int argc, char **argv);
int cmd_search(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_simulate(int argc, char **argv);
int cmd_analyze(int argc, char **argv);
int cmd_copies(int argc, char **argv);
int cmd_provenance(int argc, char **argv);
int cmd_coord(int argc, char **argv);
int cmd_stories(int argc, char **argv);
int cmd_extract(int argc, char **argv);

/* Copy-detection settings, shared by ingest and copies update: long
 * options whose values are CLI_OPT_COPY + i, their help text, and the
 * parser (0, or -1 after printing an error). */
#define CLI_OPT_COPY 1000
struct option;
extern const struct option cli_copy_options[];
extern const char cli_copy_help[];
int cli_copy_option(const char *cmd, int c, const char *arg, vg_copy_opts *o);
void cli_print_copy_summary(FILE *f, const vg_copy_stats *st);
void cli_print_copy_json(FILE *f, const vg_copy_stats *st); /* no newline */
/* A number in [lo, hi] / a whole number in [lo, hi]; prints the error
 * and returns -1 otherwise. */
int cli_parse_double(const char *cmd, const char *flag, const char *arg, double lo, double hi,
                     double *out);
int cli_parse_uint(const char *cmd, const char *flag, const char *arg, unsigned lo, unsigned hi,
                   unsigned *out);
/* The first line of s, cut to at most max bytes on a character boundary. */
vg_slice cli_excerpt(vg_slice s, size_t max);
/* The `limit` biggest clusters of copies whose first text has at least
 * min_chars normalised characters, as `vigie copies` prints them; -1 on a
 * store error. */
int cli_print_clusters(vg_store *s, unsigned limit, unsigned min_chars);
/* The first limit stories of two articles or more, as `vigie stories` lists them. */
void cli_print_stories(const vg_stories *v, unsigned limit);
/* What a stories' update did: one line of text, or a JSON object. */
void cli_print_story_update(FILE *f, const vg_story_stats *st);
void cli_print_story_update_json(FILE *f, const vg_story_stats *st);
/* The first max communities of a coordination run, as `vigie coord` prints them. */
void cli_print_communities(const vg_coord *c, unsigned max);
/* A date as vg_date_parse reads it -> seconds; -1 after an error message. */
int cli_parse_date(const char *cmd, const char *flag, const char *arg, int64_t *out);
/* "90s", "30m", "12h", "7d", "2w" -> seconds; -1 after an error message. */
int cli_parse_duration(const char *cmd, const char *flag, const char *arg, int64_t *out);

/* Default store path: $VIGIE_DB or "vigie.db". */
const char *cli_default_db(void);

/* Parse --format's value; allowed is a mask of (1 << OUT_*).  Prints an
 * error and returns -1 when the name is unknown or not allowed. */
int cli_parse_format(const char *cmd, const char *name, unsigned allowed, out_format *out);

/* Print "vigie CMD: message" to stderr. */
void cli_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* For commands without operands: 1 (after an error message) when getopt
 * left arguments over. */
int cli_extra_args(const char *cmd, int argc, char **argv);

/* How a command opens the store: read-write, read-only, or as a bulk
 * writer (vg_store_opts.bulk). */
enum { CLI_STORE_RW = 0, CLI_STORE_RO = 1, CLI_STORE_BULK = 2 };

/* Open the store; prints the error and returns NULL on failure. */
vg_store *cli_open_store(const char *cmd, const char *path, int mode);

/* Writers for one value each. */
void out_json_str(FILE *f, const char *p, size_t n);
void out_json_slice(FILE *f, vg_slice s);
/* A '\n'-separated list as a JSON array. */
void out_json_list(FILE *f, vg_slice s);
void out_csv_field(FILE *f, const char *p, size_t n);
/* "2017-05-05T21:30:00Z", or "" for VG_TIME_NONE; buf of 32 bytes. */
const char *fmt_time(int64_t t, char buf[32]);
/* 1234567 -> "1,234,567"; buf of 32 bytes. */
const char *fmt_count(uint64_t n, char buf[32]);

/* A whole document as one JSON object (no newline). */
void out_doc_json(FILE *f, const vg_doc *d, const vg_slice *snippet);
/* The CSV header and a row, with the same columns. */
void out_doc_csv_header(FILE *f);
void out_doc_csv(FILE *f, const vg_doc *d);

/* Ingest with the CLI's progress line and skip reporting; used by ingest
 * and analyze.  Returns an exit status and prints the summary. */
typedef struct cli_ingest_req {
    const char *cmd;
    vg_store *store;
    const char *const *paths;
    size_t npaths;
    vg_ingest_opts opts;
    cli_common common;
    int verbose;        /* print every skipped record, not the first 50 */
    int print_summary;  /* print the ingest summary */
} cli_ingest_req;
int cli_run_ingest(cli_ingest_req *req, vg_ingest_stats *st);

/* How an ingest of these inputs opens the store: as a bulk writer, unless
 * wal (--wal) is set or an input is standard input. */
int cli_ingest_store_mode(const char *const *paths, size_t n, int wal);

#endif
