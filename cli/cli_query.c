/*
 * cli_query.c - the read-only commands: stats, search, show, export.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

enum { OPT_DB = 300, OPT_FORMAT, OPT_BY, OPT_LIMIT, OPT_OUT, OPT_FROM };

/* Parse a positive count for --limit. */
static int parse_limit(const char *cmd, const char *s, unsigned *out)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (*end || v < 0 || v > 100000000) {
        cli_error(cmd, "--limit wants a number >= 0 (0 = all), not '%s'", s);
        return -1;
    }
    *out = (unsigned)v;
    return 0;
}

/* ---- stats ------------------------------------------------------------ */

static void stats_usage(FILE *f)
{
    fprintf(f,
"usage: vigie stats [--db PATH] [--by source,lang,day,author] [--limit N]\n"
"                   [--format text|json|csv]\n"
"\n"
"Totals, then document counts grouped by source, language and day (UTC of\n"
"published_at), biggest first (days in date order).\n"
"  --by LIST     groups to show (default source,lang,day)\n"
"  --limit N     rows per group (default 20, 0 = all; for days, the last N)\n");
}

static const struct {
    const char *name;
    vg_group g;
} groups[] = {
    {"source", VG_GROUP_SOURCE},
    {"lang", VG_GROUP_LANG},
    {"day", VG_GROUP_DAY},
    {"author", VG_GROUP_AUTHOR},
};
#define N_GROUPS (sizeof groups / sizeof groups[0])

static int print_group(vg_store *s, size_t gi, unsigned limit, out_format fmt, int *first_json)
{
    vg_cursor *cur = NULL;
    if (vg_store_count(s, groups[gi].g, limit, &cur) != VG_OK) {
        cli_error("stats", "%s", vg_store_errmsg(s));
        return -1;
    }
    vg_count row;
    vg_err e;
    if (fmt == OUT_TEXT)
        printf("\nby %s:\n", groups[gi].name);
    if (fmt == OUT_JSON)
        printf("%s\"%s\":[", *first_json ? "" : ",", groups[gi].name);
    *first_json = 0;
    int n = 0;
    while ((e = vg_cursor_next_count(cur, &row)) == VG_OK) {
        char a[32];
        switch (fmt) {
        case OUT_TEXT:
            printf("  %-32.*s %12s\n", (int)row.key.n, row.key.p, fmt_count(row.n, a));
            break;
        case OUT_JSON:
            printf("%s{\"key\":", n ? "," : "");
            out_json_slice(stdout, row.key);
            printf(",\"count\":%llu}", (unsigned long long)row.n);
            break;
        default:
            printf("%s,", groups[gi].name);
            out_csv_field(stdout, row.key.p, row.key.n);
            printf(",%llu\n", (unsigned long long)row.n);
        }
        n++;
    }
    if (fmt == OUT_JSON)
        printf("]");
    int bad = e != VG_DONE;
    if (bad)
        cli_error("stats", "%s", vg_cursor_errmsg(cur));
    vg_cursor_free(cur);
    return bad ? -1 : 0;
}

int cmd_stats(int argc, char **argv)
{
    static const struct option lo[] = {
        {"db", required_argument, 0, OPT_DB},
        {"format", required_argument, 0, OPT_FORMAT},
        {"by", required_argument, 0, OPT_BY},
        {"limit", required_argument, 0, OPT_LIMIT},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    const char *db = cli_default_db();
    out_format fmt = OUT_TEXT;
    unsigned limit = 20;
    int want[N_GROUPS] = {1, 1, 1, 0};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", lo, NULL)) != -1) {
        switch (c) {
        case OPT_DB: db = optarg; break;
        case OPT_FORMAT:
            if (cli_parse_format("stats", optarg, 1u << OUT_TEXT | 1u << OUT_JSON | 1u << OUT_CSV,
                                 &fmt))
                return EXIT_USAGE;
            break;
        case OPT_LIMIT:
            if (parse_limit("stats", optarg, &limit))
                return EXIT_USAGE;
            break;
        case OPT_BY: {
            memset(want, 0, sizeof want);
            char *list = strdup(optarg), *save = NULL;
            if (!list)
                return EXIT_FAIL;
            for (char *t = strtok_r(list, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
                size_t i;
                for (i = 0; i < N_GROUPS && strcmp(t, groups[i].name); i++)
                    ;
                if (i == N_GROUPS) {
                    cli_error("stats", "unknown group '%s' (expected source, lang, day, author)", t);
                    free(list);
                    return EXIT_USAGE;
                }
                want[i] = 1;
            }
            free(list);
            int any = 0;
            for (size_t i = 0; i < N_GROUPS; i++)
                any |= want[i];
            if (!any) {
                cli_error("stats", "--by wants at least one of source, lang, day, author");
                return EXIT_USAGE;
            }
            break;
        }
        case 'h': stats_usage(stdout); return EXIT_OK;
        default: stats_usage(stderr); return EXIT_USAGE;
        }
    }
    if (cli_extra_args("stats", argc, argv))
        return EXIT_USAGE;
    vg_store *s = cli_open_store("stats", db, 1);
    if (!s)
        return EXIT_FAIL;
    vg_store_info info;
    int rc = EXIT_FAIL;
    if (vg_store_info_get(s, &info) != VG_OK) {
        cli_error("stats", "%s", vg_store_errmsg(s));
        goto out;
    }
    char t1[32], t2[32], a[32], b[32], d[32];
    int first = 1;
    if (fmt == OUT_TEXT) {
        printf("%s documents from %s sources and %s authors\n", fmt_count(info.docs, a),
               fmt_count(info.sources, b), fmt_count(info.authors, d));
        if (info.first_at != VG_TIME_NONE)
            printf("published %s .. %s\n", fmt_time(info.first_at, t1), fmt_time(info.last_at, t2));
        if (info.unindexed)
            printf("%s documents not yet in the full-text index (run 'vigie index')\n",
                   fmt_count(info.unindexed, a));
    } else if (fmt == OUT_JSON) {
        printf("{\"docs\":%llu,\"sources\":%llu,\"authors\":%llu,\"unindexed\":%llu,"
               "\"first_at\":\"%s\",\"last_at\":\"%s\",\"schema_version\":%d,\"runs\":%llu,",
               (unsigned long long)info.docs, (unsigned long long)info.sources,
               (unsigned long long)info.authors, (unsigned long long)info.unindexed,
               fmt_time(info.first_at, t1), fmt_time(info.last_at, t2), info.schema_version,
               (unsigned long long)info.runs);
    } else {
        printf("group,key,count\n");
        printf("total,docs,%llu\n", (unsigned long long)info.docs);
    }
    for (size_t i = 0; i < N_GROUPS; i++)
        if (want[i] && print_group(s, i, limit, fmt, &first))
            goto out;
    if (fmt == OUT_JSON)
        printf("}\n");
    rc = EXIT_OK;
out:
    vg_store_close(s);
    return rc;
}

/* ---- search ----------------------------------------------------------- */

static void search_usage(FILE *f)
{
    fprintf(f,
"usage: vigie search [--db PATH] [--limit N] [--format text|json|csv] QUERY\n"
"\n"
"Full-text search over titles and texts, best match first.  QUERY uses FTS5\n"
"syntax: words (all must match), \"exact phrases\", OR, NOT, prefix*,\n"
"NEAR(a b, 5), title:word.  Diacritics and case are ignored.\n"
"  --limit N   results to print (default 20, 0 = all)\n"
"\n"
"Example: vigie search 'macron AND (leak* OR hack*)'\n");
}

/* One line per document: id, date, source, author, title (or the start of
 * the text for posts), then the snippet indented. */
static void print_doc_line(const vg_doc *d, const vg_slice *snippet)
{
    char tb[32];
    vg_slice head = d->title.n ? d->title : d->text;
    size_t n = head.n > 100 ? 100 : head.n;
    while (n < head.n && n > 0 && ((unsigned char)head.p[n] & 0xc0) == 0x80)
        n--; /* do not cut a UTF-8 sequence */
    printf("%.*s  %s  %.*s  %.*s  ", (int)d->id.n, d->id.p,
           d->published_at == VG_TIME_NONE ? "-" : fmt_time(d->published_at, tb),
           (int)(d->source.n ? d->source.n : 1), d->source.n ? d->source.p : "-",
           (int)(d->author.n ? d->author.n : 1), d->author.n ? d->author.p : "-");
    for (size_t i = 0; i < n; i++)
        putchar(head.p[i] == '\n' ? ' ' : head.p[i]);
    putchar('\n');
    if (snippet && snippet->n) {
        /* One line: the snippet may span paragraphs. */
        fputs("    ", stdout);
        for (size_t i = 0; i < snippet->n; i++)
            putchar(snippet->p[i] == '\n' ? ' ' : snippet->p[i]);
        putchar('\n');
    }
}

/* Print all documents of a cursor in fmt; returns the count or -1. */
static long print_docs(const char *cmd, vg_cursor *cur, out_format fmt, FILE *f)
{
    vg_doc d;
    vg_slice snip;
    vg_err e;
    long n = 0;
    if (fmt == OUT_CSV)
        out_doc_csv_header(f);
    if (fmt == OUT_JSON)
        fputc('[', f);
    while ((e = vg_cursor_next_doc(cur, &d, &snip)) == VG_OK) {
        switch (fmt) {
        case OUT_TEXT: print_doc_line(&d, &snip); break;
        case OUT_JSON:
            if (n)
                fputs(",\n", f);
            out_doc_json(f, &d, &snip);
            break;
        case OUT_JSONL:
            out_doc_json(f, &d, &snip);
            fputc('\n', f);
            break;
        case OUT_CSV: out_doc_csv(f, &d); break;
        }
        n++;
    }
    if (fmt == OUT_JSON)
        fputs("]\n", f);
    if (e != VG_DONE) {
        cli_error(cmd, "%s%s", e == VG_EINVAL ? "bad query: " : "", vg_cursor_errmsg(cur));
        return -1;
    }
    return n;
}

int cmd_search(int argc, char **argv)
{
    static const struct option lo[] = {
        {"db", required_argument, 0, OPT_DB},
        {"format", required_argument, 0, OPT_FORMAT},
        {"limit", required_argument, 0, OPT_LIMIT},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    const char *db = cli_default_db();
    out_format fmt = OUT_TEXT;
    unsigned limit = 20;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", lo, NULL)) != -1) {
        switch (c) {
        case OPT_DB: db = optarg; break;
        case OPT_FORMAT:
            if (cli_parse_format("search", optarg,
                                 1u << OUT_TEXT | 1u << OUT_JSON | 1u << OUT_CSV | 1u << OUT_JSONL,
                                 &fmt))
                return EXIT_USAGE;
            break;
        case OPT_LIMIT:
            if (parse_limit("search", optarg, &limit))
                return EXIT_USAGE;
            break;
        case 'h': search_usage(stdout); return EXIT_OK;
        default: search_usage(stderr); return EXIT_USAGE;
        }
    }
    if (optind + 1 != argc) {
        cli_error("search", optind >= argc ? "no query given" : "give the query as one argument "
                  "(quote it)");
        return EXIT_USAGE;
    }
    vg_store *s = cli_open_store("search", db, 1);
    if (!s)
        return EXIT_FAIL;
    vg_store_info info;
    if (vg_store_info_get(s, &info) == VG_OK && info.unindexed)
        fprintf(stderr, "vigie search: %llu documents are not yet indexed and cannot match "
                "(run 'vigie index')\n", (unsigned long long)info.unindexed);
    vg_cursor *cur = NULL;
    int rc = EXIT_FAIL;
    if (vg_store_search(s, argv[optind], limit, &cur) != VG_OK) {
        cli_error("search", "%s", vg_store_errmsg(s));
        goto out;
    }
    long n = print_docs("search", cur, fmt, stdout);
    if (n < 0)
        goto out;
    if (fmt == OUT_TEXT && n == 0)
        fprintf(stderr, "no match\n");
    rc = EXIT_OK;
out:
    vg_cursor_free(cur);
    vg_store_close(s);
    return rc;
}

/* ---- show ------------------------------------------------------------- */

static void show_usage(FILE *f)
{
    fprintf(f,
"usage: vigie show [--db PATH] [--format text|json|csv] ID...\n"
"\n"
"Print stored documents in full.  ID is a document id as shown by search\n"
"and export, or #SEQ for a sequence number.\n");
}

static void show_list(const char *name, vg_slice v)
{
    if (!v.n)
        return;
    printf("%-10s ", name);
    for (size_t i = 0; i < v.n; i++) {
        putchar(v.p[i] == '\n' ? ' ' : v.p[i]);
    }
    putchar('\n');
}

static void show_text(const vg_doc *d)
{
    char tb[32];
#define F(name, v) if ((v).n) printf("%-10s %.*s\n", name, (int)(v).n, (v).p)
    F("id", d->id);
    printf("%-10s %lld\n", "seq", (long long)d->seq);
    F("source", d->source);
    F("author", d->author);
    F("url", d->url);
    if (d->published_at != VG_TIME_NONE)
        printf("%-10s %s\n", "published", fmt_time(d->published_at, tb));
    F("lang", d->lang);
    F("byline", d->byline);
    if (d->dateline_place.n || d->dateline_agency.n)
        printf("%-10s %.*s (%.*s)\n", "dateline", (int)d->dateline_place.n,
               d->dateline_place.p ? d->dateline_place.p : "", (int)d->dateline_agency.n,
               d->dateline_agency.p ? d->dateline_agency.p : "");
    show_list("links", d->links);
    show_list("hashtags", d->hashtags);
    show_list("mentions", d->mentions);
    F("repost_of", d->repost_of);
    F("reply_to", d->reply_to);
    if (d->origin)
        printf("%-10s %s:%llu\n", "origin", d->origin, (unsigned long long)d->origin_line);
    printf("%-10s %s\n", "ingested", fmt_time(d->ingested_at, tb));
#undef F
    if (d->title.n)
        printf("\n%.*s\n", (int)d->title.n, d->title.p);
    if (d->text.n)
        printf("\n%.*s\n", (int)d->text.n, d->text.p);
}

int cmd_show(int argc, char **argv)
{
    static const struct option lo[] = {
        {"db", required_argument, 0, OPT_DB},
        {"format", required_argument, 0, OPT_FORMAT},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    const char *db = cli_default_db();
    out_format fmt = OUT_TEXT;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", lo, NULL)) != -1) {
        switch (c) {
        case OPT_DB: db = optarg; break;
        case OPT_FORMAT:
            if (cli_parse_format("show", optarg, 1u << OUT_TEXT | 1u << OUT_JSON | 1u << OUT_CSV,
                                 &fmt))
                return EXIT_USAGE;
            break;
        case 'h': show_usage(stdout); return EXIT_OK;
        default: show_usage(stderr); return EXIT_USAGE;
        }
    }
    if (optind >= argc) {
        cli_error("show", "no document id given");
        return EXIT_USAGE;
    }
    vg_store *s = cli_open_store("show", db, 1);
    if (!s)
        return EXIT_FAIL;
    int rc = EXIT_OK;
    if (fmt == OUT_CSV)
        out_doc_csv_header(stdout);
    for (int i = optind; i < argc; i++) {
        vg_doc d;
        vg_err e = vg_store_get(s, argv[i], &d);
        if (e) {
            cli_error("show", "%s", vg_store_errmsg(s));
            rc = EXIT_FAIL;
            continue;
        }
        if (fmt == OUT_TEXT) {
            if (i > optind)
                printf("\n----\n\n");
            show_text(&d);
        } else if (fmt == OUT_JSON) {
            out_doc_json(stdout, &d, NULL);
            putchar('\n');
        } else {
            out_doc_csv(stdout, &d);
        }
    }
    vg_store_close(s);
    return rc;
}

/* ---- export ----------------------------------------------------------- */

static void export_usage(FILE *f)
{
    fprintf(f,
"usage: vigie export [--db PATH] [--format jsonl|csv] [--out FILE] [--from SEQ]\n"
"\n"
"Write every stored document, in arrival order, as JSON lines (default) or\n"
"CSV with a header row.  The output can be ingested again by vigie.\n"
"  --out FILE   write there instead of standard output\n"
"  --from SEQ   start at this sequence number (for incremental exports)\n");
}

int cmd_export(int argc, char **argv)
{
    static const struct option lo[] = {
        {"db", required_argument, 0, OPT_DB},
        {"format", required_argument, 0, OPT_FORMAT},
        {"out", required_argument, 0, OPT_OUT},
        {"from", required_argument, 0, OPT_FROM},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    const char *db = cli_default_db(), *out = NULL;
    out_format fmt = OUT_JSONL;
    long long from = 0;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:h", lo, NULL)) != -1) {
        switch (c) {
        case OPT_DB: db = optarg; break;
        case OPT_FORMAT:
            if (!strcmp(optarg, "json"))
                optarg = "jsonl";
            if (cli_parse_format("export", optarg, 1u << OUT_JSONL | 1u << OUT_CSV, &fmt))
                return EXIT_USAGE;
            break;
        case 'o':
        case OPT_OUT: out = optarg; break;
        case OPT_FROM: {
            char *end;
            from = strtoll(optarg, &end, 10);
            if (*end || from < 0) {
                cli_error("export", "--from wants a sequence number, not '%s'", optarg);
                return EXIT_USAGE;
            }
            break;
        }
        case 'h': export_usage(stdout); return EXIT_OK;
        default: export_usage(stderr); return EXIT_USAGE;
        }
    }
    if (cli_extra_args("export", argc, argv))
        return EXIT_USAGE;
    vg_store *s = cli_open_store("export", db, 1);
    if (!s)
        return EXIT_FAIL;
    FILE *f = stdout;
    vg_cursor *cur = NULL;
    int rc = EXIT_FAIL;
    if (out && !(f = fopen(out, "w"))) {
        cli_error("export", "%s: cannot write", out);
        f = NULL;
        goto done;
    }
    if (vg_store_scan(s, from, &cur) != VG_OK) {
        cli_error("export", "%s", vg_store_errmsg(s));
        goto done;
    }
    long n = print_docs("export", cur, fmt, f);
    if (n >= 0)
        rc = EXIT_OK;
    if (fflush(f) != 0 || ferror(f)) {
        cli_error("export", "%s: write failed", out ? out : "standard output");
        rc = EXIT_FAIL;
    }
done:
    if (f && f != stdout)
        fclose(f);
    vg_cursor_free(cur);
    vg_store_close(s);
    return rc;
}
