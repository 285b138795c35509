/*
 * cli_ingest.c - `vigie ingest` and `vigie index`, and the ingest driver
 * shared with `vigie analyze` (progress line, skip messages, summary).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

/* Skip messages printed before the rest are only counted (unless -v). */
#define SKIP_MESSAGES 50

typedef struct ingest_ui {
    const cli_ingest_req *req;
    uint64_t skips_shown;
    int tty;             /* progress line on a terminal */
    struct timespec t0;
    int progress_drawn;
} ingest_ui;

static double seconds_since(const struct timespec *t0)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - t0->tv_sec) + (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

static void clear_progress(ingest_ui *ui)
{
    if (ui->progress_drawn) {
        fputs("\r\033[K", stderr);
        ui->progress_drawn = 0;
    }
}

static void on_skip(void *ctx, const char *msg)
{
    ingest_ui *ui = ctx;
    if (!ui->req->verbose && ui->skips_shown >= SKIP_MESSAGES) {
        if (ui->skips_shown == SKIP_MESSAGES)
            fprintf(stderr, "vigie %s: further skipped records are only counted "
                    "(-v shows all)\n", ui->req->cmd);
        ui->skips_shown = SKIP_MESSAGES + 1;
        return;
    }
    clear_progress(ui);
    fprintf(stderr, "vigie %s: skipped %s\n", ui->req->cmd, msg);
    ui->skips_shown++;
}

static void on_progress(void *ctx, const vg_ingest_stats *st)
{
    ingest_ui *ui = ctx;
    if (!ui->tty || ui->req->common.quiet)
        return;
    double s = seconds_since(&ui->t0);
    char a[32], b[32], c[32];
    fprintf(stderr, "\r\033[K%s records  %s rec/s  %s skipped  %.1f MB",
            fmt_count(st->read, a), fmt_count((uint64_t)(s > 0 ? (double)st->read / s : 0), b),
            fmt_count(st->skipped, c), (double)st->bytes / 1e6);
    ui->progress_drawn = 1;
}

static void print_summary(const cli_ingest_req *req, const vg_ingest_stats *st, double secs)
{
    FILE *f = stdout;
    if (req->common.format == OUT_JSON) {
        fprintf(f,
                "{\"read\":%llu,\"added\":%llu,\"duplicates\":%llu,\"skipped\":%llu,\"unreadable\":%llu,"
                "\"indexed\":%llu,\"seconds\":%.3f,\"invalid_utf8\":%llu,"
                "\"mojibake_repaired\":%llu,\"furniture_lines\":%llu,"
                "\"boilerplate_lines\":%llu,\"lang_detected\":%llu",
                (unsigned long long)st->read, (unsigned long long)st->added,
                (unsigned long long)st->duplicates, (unsigned long long)st->skipped,
                (unsigned long long)st->unreadable, (unsigned long long)st->indexed, secs,
                (unsigned long long)st->clean.bad_utf8, (unsigned long long)st->clean.mojibake,
                (unsigned long long)st->clean.furniture_lines,
                (unsigned long long)st->clean.boiler_lines,
                (unsigned long long)st->clean.lang_detected);
        if (!req->opts.no_copies) {
            fputs(",\"copies\":", f);
            cli_print_copy_json(f, &st->copy);
        }
        if (!req->opts.no_stories) {
            fputs(",\"stories\":", f);
            cli_print_story_update_json(f, &st->story);
        }
        fputs("}\n", f);
        return;
    }
    char a[32], b[32], c[32], d[32], e[32];
    fprintf(f, "read %s records: %s added, %s already stored, %s skipped (%.2f s, %s rec/s)\n",
            fmt_count(st->read, a), fmt_count(st->added, b), fmt_count(st->duplicates, c),
            fmt_count(st->skipped, d), secs,
            fmt_count((uint64_t)(secs > 0 ? (double)st->read / secs : 0), e));
    if (st->unreadable)
        fprintf(f, "%s input%s could not be read to the end (see the messages above)\n",
                fmt_count(st->unreadable, a), st->unreadable == 1 ? "" : "s");
    fprintf(f, "cleaning: %s invalid UTF-8 sequences replaced, %s mojibake repaired, "
            "%s furniture and %s boilerplate lines removed, %s languages detected\n",
            fmt_count(st->clean.bad_utf8, a), fmt_count(st->clean.mojibake, b),
            fmt_count(st->clean.furniture_lines, c), fmt_count(st->clean.boiler_lines, d),
            fmt_count(st->clean.lang_detected, e));
    if (req->opts.defer_index)
        fprintf(f, "full-text index deferred: run 'vigie index' before searching\n");
    else
        fprintf(f, "full-text index: %s documents added\n", fmt_count(st->indexed, a));
    if (req->opts.no_copies)
        fprintf(f, "copy detection deferred: run 'vigie copies update'\n");
    else
        cli_print_copy_summary(f, &st->copy);
    if (req->opts.no_stories)
        fprintf(f, "stories deferred: run 'vigie stories update'\n");
    else
        cli_print_story_update(f, &st->story);
}

int cli_run_ingest(cli_ingest_req *req, vg_ingest_stats *st)
{
    ingest_ui ui = {.req = req, .tty = isatty(2)};
    clock_gettime(CLOCK_MONOTONIC, &ui.t0);
    req->opts.on_skip = on_skip;
    req->opts.on_progress = on_progress;
    req->opts.ctx = &ui;
    char err[1024];
    time_t started = time(NULL);
    vg_err e = vg_ingest(req->store, req->paths, req->npaths, &req->opts, st, err, sizeof err);
    double secs = seconds_since(&ui.t0);
    clear_progress(&ui);
    /* The history is kept whether the run succeeded or not: it records what
     * was added. */
    size_t len = 1;
    for (size_t i = 0; i < req->npaths; i++)
        len += strlen(req->paths[i]) + 1;
    char *inputs = malloc(len);
    if (inputs) {
        inputs[0] = '\0';
        for (size_t i = 0; i < req->npaths; i++) {
            if (i)
                strcat(inputs, "\n");
            strcat(inputs, req->paths[i]);
        }
        vg_run_record run = {inputs, (int64_t)started, (int64_t)time(NULL), st->read,
                             st->added, st->duplicates, st->skipped};
        if (vg_store_log_run(req->store, &run) != VG_OK)
            cli_error(req->cmd, "cannot record the run: %s", vg_store_errmsg(req->store));
        free(inputs);
    }
    /* A run that failed before reading anything has nothing to summarise. */
    if (req->print_summary && !req->common.quiet &&
        (e == VG_OK || st->read || st->skipped || st->unreadable))
        print_summary(req, st, secs);
    if (e) {
        cli_error(req->cmd, "%s", err[0] ? err : vg_strerror(e));
        return EXIT_FAIL;
    }
    return EXIT_OK;
}

int cli_ingest_store_mode(const char *const *paths, size_t n, int wal)
{
    /* A feed on standard input runs beside its readers: the log stays. */
    for (size_t i = 0; i < n; i++)
        wal |= strcmp(paths[i], "-") == 0;
    return wal ? CLI_STORE_RW : CLI_STORE_BULK;
}

static void ingest_usage(FILE *f)
{
    fprintf(f,
"usage: vigie ingest [OPTIONS] INPUT...\n"
"\n"
"Read documents into the store, cleaning them on the way.  INPUT is a file,\n"
"a folder (walked recursively) or '-' for standard input; .gz and .zst are\n"
"decompressed transparently.  Ingesting the same input twice adds nothing.\n"
"\n"
"Input:\n"
"  -F, --input-format FMT  auto|text|jsonl|csv|tsv|html|warc (default: by name)\n"
"  -m, --map SPEC          field mapping, e.g. text=content,author=user.screen_name\n"
"                          (repeatable; fields: id source author url title text\n"
"                          lang date repost_of reply_to html; alternatives with '|')\n"
"      --map-file FILE     mapping file, one 'field = path' per line\n"
"  -s, --source NAME       source for records that have none\n"
"      --max-field BYTES   longest field accepted (default 8 MiB)\n"
"      --strict            stop at the first bad record (default: skip and count)\n"
"Cleaning:\n"
"      --keep-furniture    keep UI lines and boilerplate\n"
"      --no-mojibake       do not repair mojibake\n"
"      --no-langid         do not identify languages\n"
"      --detect-lang       identify every record's language, even when the\n"
"                          input has a language field\n"
"      --no-learn          do not learn per-source boilerplate\n"
"Store:\n"
"      --db PATH           store file (default $VIGIE_DB or ./vigie.db)\n"
"      --no-index          leave the full-text index for 'vigie index' (bulk loads)\n"
"      --batch N           records per cleaning batch (default 4096)\n"
"      --commit-ms MS      commit at most every MS milliseconds (default 1000;\n"
"                          a kill loses at most that much work)\n"
"      --no-copies         leave copy detection for 'vigie copies update'\n"
"      --no-stories        leave the stories for 'vigie stories update'\n"
"      --wal               keep SQLite's write-ahead log during the run, so that\n"
"                          readers never wait for a commit (the default when an\n"
"                          input is standard input; otherwise the rollback journal\n"
"                          is used while nothing else has the store open, which\n"
"                          writes each page once)\n"
"Output:\n"
"      --format text|json  summary format (default text)\n"
"  -q, --quiet             no summary: only errors and skipped records\n"
"  -v, --verbose           print every skipped record\n"
"  -h, --help              this help\n"
"\n%s"
"\n"
"Bad records are reported as FILE:LINE: reason on standard error.  A progress\n"
"line is shown when standard error is a terminal.\n"
"\n"
"Examples:\n"
"  vigie ingest articles/\n"
"  vigie ingest --map text=content,author=author_id tweets.csv.zst\n"
"  zcat dump.jsonl.gz | vigie ingest --source twitter -\n", cli_copy_help);
}

enum {
    OPT_DB = 256, OPT_FORMAT, OPT_MAPFILE, OPT_MAXFIELD, OPT_STRICT, OPT_KEEPF,
    OPT_NOMOJI, OPT_NOLANG, OPT_NOLEARN, OPT_NOINDEX, OPT_BATCH, OPT_COMMITMS, OPT_DETECT, OPT_NOCOPIES,
    OPT_NOSTORIES, OPT_WAL
};

int cmd_ingest(int argc, char **argv)
{
    struct option lo[48] = {
        {"input-format", required_argument, 0, 'F'},
        {"map", required_argument, 0, 'm'},
        {"map-file", required_argument, 0, OPT_MAPFILE},
        {"source", required_argument, 0, 's'},
        {"max-field", required_argument, 0, OPT_MAXFIELD},
        {"strict", no_argument, 0, OPT_STRICT},
        {"keep-furniture", no_argument, 0, OPT_KEEPF},
        {"no-mojibake", no_argument, 0, OPT_NOMOJI},
        {"no-langid", no_argument, 0, OPT_NOLANG},
        {"detect-lang", no_argument, 0, OPT_DETECT},
        {"no-learn", no_argument, 0, OPT_NOLEARN},
        {"db", required_argument, 0, OPT_DB},
        {"no-index", no_argument, 0, OPT_NOINDEX},
        {"batch", required_argument, 0, OPT_BATCH},
        {"commit-ms", required_argument, 0, OPT_COMMITMS},
        {"format", required_argument, 0, OPT_FORMAT},
        {"quiet", no_argument, 0, 'q'},
        {"verbose", no_argument, 0, 'v'},
        {"help", no_argument, 0, 'h'},
        {"no-copies", no_argument, 0, OPT_NOCOPIES},
        {"no-stories", no_argument, 0, OPT_NOSTORIES},
        {"wal", no_argument, 0, OPT_WAL},
    };
    size_t nlo = 0;
    while (lo[nlo].name)
        nlo++;
    for (size_t i = 0; cli_copy_options[i].name; i++)
        lo[nlo++] = cli_copy_options[i];
    lo[nlo] = (struct option){0, 0, 0, 0};
    cli_ingest_req req = {.cmd = "ingest", .print_summary = 1};
    req.common.db = cli_default_db();
    vg_fieldmap *map = NULL;
    vg_store *store = NULL;
    int rc = EXIT_USAGE;
    int wal = 0; /* --wal */
    char err[512];
    if (vg_fieldmap_new(&map) != VG_OK) {
        cli_error("ingest", "out of memory");
        return EXIT_FAIL;
    }
    req.opts.read.map = map;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "F:m:s:qvh", lo, NULL)) != -1) {
        switch (c) {
        case 'F':
            if (vg_format_parse(optarg, &req.opts.read.format) != VG_OK) {
                cli_error("ingest", "unknown input format '%s' (expected auto|text|jsonl|csv|tsv|html|warc)",
                          optarg);
                goto out;
            }
            break;
        case 'm':
            if (vg_fieldmap_parse(map, optarg, err, sizeof err) != VG_OK) {
                cli_error("ingest", "--map %s: %s", optarg, err);
                goto out;
            }
            break;
        case OPT_MAPFILE:
            if (vg_fieldmap_load(map, optarg, err, sizeof err) != VG_OK) {
                cli_error("ingest", "%s", err);
                goto out;
            }
            break;
        case 's': req.opts.read.source = optarg; break;
        case OPT_MAXFIELD: {
            char *end;
            unsigned long long v = strtoull(optarg, &end, 10);
            if (*end || !v) {
                cli_error("ingest", "--max-field wants a positive number of bytes, not '%s'", optarg);
                goto out;
            }
            req.opts.read.max_field = (size_t)v;
            break;
        }
        case OPT_STRICT: req.opts.strict = 1; break;
        case OPT_KEEPF: req.opts.clean.keep_furniture = 1; break;
        case OPT_NOMOJI: req.opts.clean.no_mojibake = 1; break;
        case OPT_NOLANG: req.opts.clean.no_langid = 1; break;
        case OPT_DETECT: req.opts.clean.detect_lang = 1; break;
        case OPT_NOLEARN: req.opts.clean.no_learn = 1; break;
        case OPT_DB: req.common.db = optarg; break;
        case OPT_NOINDEX: req.opts.defer_index = 1; break;
        case OPT_NOCOPIES: req.opts.no_copies = 1; break;
        case OPT_NOSTORIES: req.opts.no_stories = 1; break;
        case OPT_WAL: wal = 1; break;
        case OPT_BATCH: {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (*end || v < 1 || v > 1000000) {
                cli_error("ingest", "--batch wants a number from 1 to 1000000, not '%s'", optarg);
                goto out;
            }
            req.opts.batch = (unsigned)v;
            break;
        }
        case OPT_COMMITMS: {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (*end || v < 1 || v > 3600000) {
                cli_error("ingest", "--commit-ms wants a number from 1 to 3600000, not '%s'",
                          optarg);
                goto out;
            }
            req.opts.commit_ms = (unsigned)v;
            break;
        }
        case OPT_FORMAT:
            if (cli_parse_format("ingest", optarg, 1u << OUT_TEXT | 1u << OUT_JSON,
                                 &req.common.format))
                goto out;
            break;
        case 'q': req.common.quiet = 1; break;
        case 'v': req.verbose = 1; break;
        case 'h':
            ingest_usage(stdout);
            rc = EXIT_OK;
            goto out;
        default:
            if (c >= CLI_OPT_COPY && c < CLI_OPT_COPY + 32) {
                if (cli_copy_option("ingest", c, optarg, &req.opts.copy))
                    goto out;
                break;
            }
            ingest_usage(stderr);
            goto out;
        }
    }
    if (optind >= argc) {
        cli_error("ingest", "no input given (a file, a folder, or - for standard input)");
        ingest_usage(stderr);
        goto out;
    }
    store = cli_open_store("ingest", req.common.db,
                           cli_ingest_store_mode((const char *const *)argv + optind,
                                                 (size_t)(argc - optind), wal));
    if (!store) {
        rc = EXIT_FAIL;
        goto out;
    }
    req.store = store;
    req.paths = (const char *const *)argv + optind;
    req.npaths = (size_t)(argc - optind);
    vg_ingest_stats st;
    rc = cli_run_ingest(&req, &st);
out:
    vg_store_close(store);
    vg_fieldmap_free(map);
    return rc;
}

static void index_usage(FILE *f)
{
    fprintf(f,
"usage: vigie index [--db PATH] [-q]\n"
"\n"
"Bring the full-text index up to date with the stored documents (after\n"
"'vigie ingest --no-index').  Only documents not yet indexed are read.\n");
}

int cmd_index(int argc, char **argv)
{
    static const struct option lo[] = {
        {"db", required_argument, 0, OPT_DB},
        {"quiet", no_argument, 0, 'q'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    const char *db = cli_default_db();
    int quiet = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "qh", lo, NULL)) != -1) {
        switch (c) {
        case OPT_DB: db = optarg; break;
        case 'q': quiet = 1; break;
        case 'h': index_usage(stdout); return EXIT_OK;
        default: index_usage(stderr); return EXIT_USAGE;
        }
    }
    if (cli_extra_args("index", argc, argv))
        return EXIT_USAGE;
    FILE *exists = fopen(db, "rb");
    if (!exists) {
        cli_error("index", "%s: no such store (run 'vigie ingest' first, or pass --db)", db);
        return EXIT_FAIL;
    }
    fclose(exists);
    vg_store *s = cli_open_store("index", db, CLI_STORE_BULK);
    if (!s)
        return EXIT_FAIL;
    uint64_t n = 0;
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    vg_err e = vg_store_index(s, &n);
    if (e) {
        cli_error("index", "%s", vg_store_errmsg(s));
        vg_store_close(s);
        return EXIT_FAIL;
    }
    char a[32];
    if (!quiet)
        printf("indexed %s documents (%.2f s)\n", fmt_count(n, a), seconds_since(&t0));
    vg_store_close(s);
    return EXIT_OK;
}
