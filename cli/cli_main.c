/*
 * cli_main.c - the vigie command: dispatch to subcommands, shared helpers.
 */
#include <getopt.h>
#include <malloc.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"

static const struct {
    const char *name;
    int (*run)(int, char **);
    const char *help;
} commands[] = {
    {"analyze", cmd_analyze, "ingest inputs (or built-in sample data) and summarise"},
    {"ingest", cmd_ingest, "read text, JSONL, CSV, HTML or WARC files into the store"},
    {"stats", cmd_stats, "counts by source, language, day, author"},
    {"search", cmd_search, "full-text search"},
    {"show", cmd_show, "print one document"},
    {"export", cmd_export, "write all documents as JSONL or CSV"},
    {"copies", cmd_copies, "clusters of copies and near copies, pairs, updates"},
    {"provenance", cmd_provenance, "where each passage of a document was seen first"},
    {"coord", cmd_coord, "accounts acting together: edges, significance, communities"},
    {"stories", cmd_stories, "articles grouped into stories across outlets and languages"},
    {"index", cmd_index, "bring the full-text index up to date"},
    {"simulate", cmd_simulate, "write a synthetic corpus with planted ground truth"},
    {"extract", cmd_extract, "main text and metadata of HTML pages and WARC records"},
};

static void usage(FILE *f)
{
    fprintf(f,
            "usage: vigie COMMAND [OPTIONS] [ARGS]\n"
            "\n"
            "vigie watches streams of news articles and posts for information\n"
            "manipulation: copies, coordination, stories.\n"
            "\n"
            "Commands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].help);
    fprintf(f,
            "\n"
            "Every command takes --db PATH (default $VIGIE_DB or ./vigie.db) and\n"
            "--help.  Commands that print records take --format text|json|csv.\n"
            "Run 'vigie COMMAND --help' for a command's options.\n"
            "\n"
            "  vigie analyze                     # sample data -> vigie.db, summary\n"
            "  vigie ingest tweets.csv.zst       # load an export\n"
            "  vigie search 'macron AND leak*'   # full-text search\n");
}

int main(int argc, char **argv)
{
    /* CLD2 allocates and frees ~175 KB per call; with glibc's default trim
     * threshold every free returns it to the kernel and the next call
     * faults it back in, making language identification 30-80x slower.
     * Keeping up to 64 MiB of free heap avoids that (measured in
     * docs/EVALUATION.md, "Language identification"). */
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *name = argv[1];
    if (!strcmp(name, "-h") || !strcmp(name, "--help") || !strcmp(name, "help")) {
        usage(stdout);
        return EXIT_OK;
    }
    if (!strcmp(name, "--version") || !strcmp(name, "version")) {
        printf("vigie %s\n", vg_version());
        return EXIT_OK;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (!strcmp(name, commands[i].name))
            return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "vigie: unknown command '%s'\n\n", name);
    usage(stderr);
    return EXIT_USAGE;
}

const char *cli_default_db(void)
{
    const char *e = getenv("VIGIE_DB");
    return e && *e ? e : "vigie.db";
}

void cli_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "vigie %s: ", cmd);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

int cli_parse_format(const char *cmd, const char *name, unsigned allowed, out_format *out)
{
    static const char *const names[] = {"text", "json", "csv", "jsonl"};
    for (int i = 0; i < 4; i++) {
        if (!strcmp(name, names[i]) && (allowed & (1u << i))) {
            *out = (out_format)i;
            return 0;
        }
    }
    char list[64] = "";
    for (int i = 0; i < 4; i++) {
        if (allowed & (1u << i)) {
            if (list[0])
                strcat(list, "|");
            strcat(list, names[i]);
        }
    }
    cli_error(cmd, "unknown format '%s' (expected %s)", name, list);
    return -1;
}

int cli_extra_args(const char *cmd, int argc, char **argv)
{
    if (optind >= argc)
        return 0;
    cli_error(cmd, "unexpected argument '%s'", argv[optind]);
    return 1;
}

vg_store *cli_open_store(const char *cmd, const char *path, int mode)
{
    vg_store *s = NULL;
    char err[512];
    vg_store_opts o = {.readonly = mode == CLI_STORE_RO, .bulk = mode == CLI_STORE_BULK};
    if (o.readonly) {
        FILE *f = fopen(path, "rb");
        if (!f) {
            cli_error(cmd, "%s: no such store (run 'vigie ingest' first, or pass --db)", path);
            return NULL;
        }
        fclose(f);
    }
    if (vg_store_open(&s, path, &o, err, sizeof err) != VG_OK) {
        cli_error(cmd, "%s", err);
        return NULL;
    }
    return s;
}

void out_json_str(FILE *f, const char *p, size_t n)
{
    fputc('"', f);
    size_t run = 0; /* bytes since the last escape, written in one go */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        const char *esc = NULL;
        char u[8];
        switch (c) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        default:
            if (c < 0x20) {
                snprintf(u, sizeof u, "\\u%04x", c);
                esc = u;
            }
        }
        if (esc) {
            fwrite(p + i - run, 1, run, f);
            run = 0;
            fputs(esc, f);
        } else {
            run++;
        }
    }
    fwrite(p + n - run, 1, run, f);
    fputc('"', f);
}

void out_json_slice(FILE *f, vg_slice s)
{
    out_json_str(f, s.p ? s.p : "", s.n);
}

void out_csv_field(FILE *f, const char *p, size_t n)
{
    if (!n)
        return;
    int quote = 0;
    for (size_t i = 0; i < n && !quote; i++)
        quote = p[i] == '"' || p[i] == ',' || p[i] == '\n' || p[i] == '\r';
    if (!quote) {
        fwrite(p, 1, n, f);
        return;
    }
    fputc('"', f);
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '"')
            fputc('"', f);
        fputc(p[i], f);
    }
    fputc('"', f);
}

const char *fmt_time(int64_t t, char buf[32])
{
    buf[0] = '\0';
    if (t == VG_TIME_NONE)
        return buf;
    time_t tt = (time_t)t;
    struct tm tm;
    if (gmtime_r(&tt, &tm))
        strftime(buf, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

const char *fmt_count(uint64_t n, char buf[32])
{
    char tmp[32];
    int k = snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)n);
    int o = 0;
    for (int i = 0; i < k; i++) {
        if (i && (k - i) % 3 == 0)
            buf[o++] = ',';
        buf[o++] = tmp[i];
    }
    buf[o] = '\0';
    return buf;
}

void out_json_list(FILE *f, vg_slice s)
{
    fputc('[', f);
    size_t i = 0;
    int first = 1;
    while (i < s.n) {
        const char *nl = memchr(s.p + i, '\n', s.n - i);
        size_t end = nl ? (size_t)(nl - s.p) : s.n;
        if (!first)
            fputc(',', f);
        out_json_str(f, s.p + i, end - i);
        first = 0;
        i = end + 1;
    }
    fputc(']', f);
}

static void json_field(FILE *f, const char *name, vg_slice v, int *first)
{
    if (!v.n)
        return;
    fprintf(f, "%s\"%s\":", *first ? "" : ",", name);
    out_json_slice(f, v);
    *first = 0;
}

void out_doc_json(FILE *f, const vg_doc *d, const vg_slice *snippet)
{
    int first = 1;
    char tb[32];
    fputc('{', f);
    json_field(f, "id", d->id, &first);
    fprintf(f, ",\"seq\":%lld", (long long)d->seq);
    json_field(f, "source", d->source, &first);
    json_field(f, "author", d->author, &first);
    json_field(f, "url", d->url, &first);
    if (d->published_at != VG_TIME_NONE)
        fprintf(f, ",\"published_at\":\"%s\"", fmt_time(d->published_at, tb));
    json_field(f, "lang", d->lang, &first);
    json_field(f, "title", d->title, &first);
    json_field(f, "text", d->text, &first);
    json_field(f, "byline", d->byline, &first);
    json_field(f, "dateline_place", d->dateline_place, &first);
    json_field(f, "dateline_agency", d->dateline_agency, &first);
    if (d->links.n) {
        fputs(",\"links\":", f);
        out_json_list(f, d->links);
    }
    if (d->hashtags.n) {
        fputs(",\"hashtags\":", f);
        out_json_list(f, d->hashtags);
    }
    if (d->mentions.n) {
        fputs(",\"mentions\":", f);
        out_json_list(f, d->mentions);
    }
    json_field(f, "repost_of", d->repost_of, &first);
    json_field(f, "reply_to", d->reply_to, &first);
    if (snippet && snippet->n) {
        fputs(",\"snippet\":", f);
        out_json_slice(f, *snippet);
    }
    fprintf(f, ",\"ingested_at\":\"%s\",\"flags\":%u", fmt_time(d->ingested_at, tb),
            (unsigned)d->flags);
    fputc('}', f);
}

void out_doc_csv_header(FILE *f)
{
    fputs("seq,id,source,author,url,published_at,lang,title,text,byline,"
          "dateline_place,dateline_agency,links,hashtags,mentions,repost_of,"
          "reply_to,flags\n",
          f);
}

static void csv_slice(FILE *f, vg_slice v, int comma)
{
    out_csv_field(f, v.p, v.n);
    if (comma)
        fputc(',', f);
}

void out_doc_csv(FILE *f, const vg_doc *d)
{
    char tb[32];
    fprintf(f, "%lld,", (long long)d->seq);
    csv_slice(f, d->id, 1);
    csv_slice(f, d->source, 1);
    csv_slice(f, d->author, 1);
    csv_slice(f, d->url, 1);
    fprintf(f, "%s,", fmt_time(d->published_at, tb));
    csv_slice(f, d->lang, 1);
    csv_slice(f, d->title, 1);
    csv_slice(f, d->text, 1);
    csv_slice(f, d->byline, 1);
    csv_slice(f, d->dateline_place, 1);
    csv_slice(f, d->dateline_agency, 1);
    csv_slice(f, d->links, 1);
    csv_slice(f, d->hashtags, 1);
    csv_slice(f, d->mentions, 1);
    csv_slice(f, d->repost_of, 1);
    csv_slice(f, d->reply_to, 1);
    fprintf(f, "%u\n", (unsigned)d->flags);
}
