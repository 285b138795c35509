/*
 * cli_extract.c - `vigie extract FILE...`: the main text and metadata of
 * HTML pages, for inspection, without a store.
 *
 * Inputs go through the same reader as `vigie ingest` (vigie/read.h), so
 * what is printed here is what ingest would store before cleaning: HTML
 * files (.html, .htm, compressed or not; any other name is read as one
 * page too), WARC archives (.warc, .warc.gz), JSONL/CSV with an html
 * field, folders (each file by its name, as ingest does), and "-" for
 * standard input (sniffed: WARC, HTML, JSONL).  One record per page:
 * --format json gives one JSON object per line, text (the default) a
 * short header, the body and a rule.  A page that cannot be extracted is
 * reported on standard error as "vigie extract: FILE[:LINE]: reason"
 * and the others go on; the exit status is then 1.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "cli.h"

static const char extract_help[] =
    "usage: vigie extract [OPTIONS] FILE...\n"
    "\n"
    "Print the article extracted from each HTML page: title, authors, date,\n"
    "canonical URL, site, language, body text and the links in the body.\n"
    "FILE may be an HTML file (.html, .htm, .gz/.zst too), a WARC archive\n"
    "(.warc, .warc.gz), JSONL/CSV with an 'html' field, a folder, or '-'.\n"
    "\n"
    "  -f, --format text|json   output (default text; json = one object a line)\n"
    "  -F, --input-format FMT   html|warc|jsonl|csv|tsv (default: from the name)\n"
    "      --no-text            metadata only\n"
    "  -q, --quiet              no per-file error messages\n"
    "  -h, --help\n";

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcasecmp(s + n - k, suffix) == 0;
}

/* Inputs whose name says nothing (page.php, index) are pages. */
static vg_format format_for(const char *path)
{
    char base[4096];
    snprintf(base, sizeof base, "%s", path);
    size_t n = strlen(base);
    if (ends_with(base, ".gz"))
        base[n - 3] = '\0';
    else if (ends_with(base, ".zst"))
        base[n - 4] = '\0';
    static const char *const other[] = {".warc", ".jsonl", ".ndjson", ".json", ".csv", ".tsv",
                                        ".html", ".htm",   ".xhtml",  ".shtml"};
    for (size_t i = 0; i < sizeof other / sizeof other[0]; i++)
        if (ends_with(base, other[i]))
            return VG_FMT_AUTO;
    struct stat st;
    if (!strcmp(path, "-") || stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        return VG_FMT_AUTO; /* a folder or stdin: the reader decides per file */
    return VG_FMT_HTML;
}

static void json_list(FILE *f, const char *name, vg_slice s)
{
    fprintf(f, ",\"%s\":", name);
    out_json_list(f, s);
}

static void json_kv(FILE *f, const char *name, vg_slice v)
{
    fprintf(f, ",\"%s\":", name);
    out_json_slice(f, v);
}

static void print_json(const vg_doc *d, const vg_html_doc *h, int with_text)
{
    char tb[32];
    FILE *f = stdout;
    fputs("{\"file\":", f);
    out_json_str(f, d->origin ? d->origin : "", d->origin ? strlen(d->origin) : 0);
    fprintf(f, ",\"line\":%llu", (unsigned long long)d->origin_line);
    json_kv(f, "url", d->url);
    json_kv(f, "canonical", h->url);
    json_kv(f, "title", d->title);
    json_list(f, "authors", h->authors);
    if (d->published_at != VG_TIME_NONE) {
        fprintf(f, ",\"published_at\":\"%s\"", fmt_time(d->published_at, tb));
        json_kv(f, "date_source",
                (h->flags & VG_HTML_DATE_FETCH) ? (vg_slice){"crawl", 5} : h->date_source);
    } else {
        fputs(",\"published_at\":null", f);
    }
    json_kv(f, "site", h->site);
    json_kv(f, "source", d->source);
    json_kv(f, "lang", h->lang);
    json_kv(f, "charset", h->charset);
    json_kv(f, "description", h->description);
    fprintf(f, ",\"truncated\":%s", (h->flags & VG_HTML_TRUNCATED) ? "true" : "false");
    if (with_text)
        json_kv(f, "text", d->text);
    json_list(f, "links", h->links);
    fputs("}\n", f);
}

static void text_line(const char *name, vg_slice v)
{
    if (!v.n)
        return;
    printf("%-10s ", name);
    for (size_t i = 0; i < v.n; i++) {
        if (v.p[i] == '\n')
            fputs("; ", stdout);
        else
            putchar(v.p[i]);
    }
    putchar('\n');
}

static void print_text(const vg_doc *d, const vg_html_doc *h, int with_text)
{
    char tb[32];
    printf("== %s", d->origin ? d->origin : "");
    if (d->origin_line > 1)
        printf(":%llu", (unsigned long long)d->origin_line);
    putchar('\n');
    text_line("title:", d->title);
    text_line("authors:", h->authors);
    if (d->published_at != VG_TIME_NONE)
        printf("%-10s %s (%s)\n", "date:", fmt_time(d->published_at, tb),
               (h->flags & VG_HTML_DATE_FETCH) ? "crawl" : h->date_source.p);
    text_line("url:", d->url);
    if (h->url.n && (h->url.n != d->url.n || memcmp(h->url.p, d->url.p, h->url.n)))
        text_line("canonical:", h->url);
    text_line("site:", h->site);
    text_line("lang:", h->lang);
    text_line("charset:", h->charset);
    if (h->flags & VG_HTML_TRUNCATED)
        printf("%-10s parsing stopped at the element or depth cap\n", "truncated:");
    unsigned nl = 0;
    for (size_t i = 0; i < h->links.n; i++)
        nl += h->links.p[i] == '\n';
    if (h->links.n)
        printf("%-10s %u in the body\n", "links:", nl + 1);
    if (with_text) {
        putchar('\n');
        fwrite(d->text.p, 1, d->text.n, stdout);
        putchar('\n');
    }
    putchar('\n');
}

int cmd_extract(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},
        {"input-format", required_argument, NULL, 'F'},
        {"no-text", no_argument, NULL, 'T'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    out_format fmt = OUT_TEXT;
    vg_format in_fmt = VG_FMT_AUTO;
    int forced = 0, with_text = 1, quiet = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:F:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (cli_parse_format("extract", optarg, (1u << OUT_TEXT) | (1u << OUT_JSON), &fmt))
                return EXIT_USAGE;
            break;
        case 'F':
            if (vg_format_parse(optarg, &in_fmt) != VG_OK) {
                cli_error("extract", "unknown input format '%s'", optarg);
                return EXIT_USAGE;
            }
            forced = 1;
            break;
        case 'T':
            with_text = 0;
            break;
        case 'q':
            quiet = 1;
            break;
        case 'h':
            fputs(extract_help, stdout);
            return EXIT_OK;
        default:
            fputs(extract_help, stderr);
            return EXIT_USAGE;
        }
    }
    if (optind >= argc) {
        cli_error("extract", "no input given (FILE..., or - for standard input)");
        fputs(extract_help, stderr);
        return EXIT_USAGE;
    }
    int status = EXIT_OK;
    for (int a = optind; a < argc; a++) {
        vg_read_opts o = {.format = forced ? in_fmt : format_for(argv[a])};
        vg_reader *r = NULL;
        char err[512];
        vg_err e = vg_reader_open(&r, argv[a], &o, err, sizeof err);
        if (e) {
            if (!quiet)
                cli_error("extract", "%s", err);
            status = EXIT_FAIL;
            continue;
        }
        vg_doc d;
        while ((e = vg_reader_next(r, &d)) != VG_DONE) {
            if (e == VG_ENOMEM) {
                cli_error("extract", "out of memory");
                vg_reader_free(r);
                return EXIT_FAIL;
            }
            if (e) {
                if (!quiet)
                    cli_error("extract", "%s", vg_reader_errmsg(r));
                status = EXIT_FAIL;
                continue;
            }
            const vg_html_doc *h = vg_reader_html(r);
            vg_html_doc none;
            if (!h) {
                memset(&none, 0, sizeof none);
                none.published_at = VG_TIME_NONE;
                h = &none;
            }
            if (fmt == OUT_JSON)
                print_json(&d, h, with_text);
            else
                print_text(&d, h, with_text);
        }
        vg_reader_free(r);
    }
    fflush(stdout);
    return status;
}
