/*
 * cli_copies.c - vigie copies (list, show, pairs, update, reset) and
 * vigie provenance.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* ---- settings shared with ingest ------------------------------------------ */

int cli_parse_double(const char *cmd, const char *flag, const char *arg, double lo,
                        double hi, double *out)
{
    char *end;
    double v = strtod(arg, &end);
    if (*end || !(v >= lo && v <= hi)) {
        cli_error(cmd, "%s wants a number from %g to %g, not '%s'", flag, lo, hi, arg);
        return -1;
    }
    *out = v;
    return 0;
}

int cli_parse_uint(const char *cmd, const char *flag, const char *arg, unsigned lo,
                      unsigned hi, unsigned *out)
{
    char *end;
    long v = strtol(arg, &end, 10);
    if (*end || v < (long)lo || v > (long)hi) {
        cli_error(cmd, "%s wants a whole number from %u to %u, not '%s'", flag, lo, hi, arg);
        return -1;
    }
    *out = (unsigned)v;
    return 0;
}

int cli_parse_duration(const char *cmd, const char *flag, const char *arg, int64_t *out)
{
    char *end;
    double v = strtod(arg, &end);
    int64_t unit = 1;
    if (!strcmp(end, "s") || !*end)
        unit = 1;
    else if (!strcmp(end, "m") || !strcmp(end, "min"))
        unit = 60;
    else if (!strcmp(end, "h"))
        unit = 3600;
    else if (!strcmp(end, "d"))
        unit = 86400;
    else if (!strcmp(end, "w"))
        unit = 7 * 86400;
    else
        unit = 0;
    if (end == arg || !unit || !(v * (double)unit >= 1.0) || v * (double)unit > 1e11) {
        cli_error(cmd, "%s wants a duration of a second or more, such as 90s, 30m, 12h, 7d "
                  "or 2w, not '%s'", flag, arg);
        return -1;
    }
    *out = (int64_t)(v * (double)unit + 0.5);
    return 0;
}

const struct option cli_copy_options[] = {
    {"threshold", required_argument, 0, CLI_OPT_COPY + 0},
    {"recall", required_argument, 0, CLI_OPT_COPY + 1},
    {"hashes", required_argument, 0, CLI_OPT_COPY + 2},
    {"char-n", required_argument, 0, CLI_OPT_COPY + 3},
    {"word-n", required_argument, 0, CLI_OPT_COPY + 4},
    {"long-min", required_argument, 0, CLI_OPT_COPY + 5},
    {"sentence-words", required_argument, 0, CLI_OPT_COPY + 6},
    {"window", required_argument, 0, CLI_OPT_COPY + 7},
    {"max-candidates", required_argument, 0, CLI_OPT_COPY + 8},
    {"min-reuse", required_argument, 0, CLI_OPT_COPY + 9},
    {0, 0, 0, 0},
};

const char cli_copy_help[] =
"Copy detection (settings of the index are kept in the store; changing them\n"
"needs 'vigie copies reset'):\n"
"      --threshold J       near-copy Jaccard similarity (default 0.8)\n"
"      --recall R          chance that a pair at the threshold is found by the\n"
"                          index; bands and rows follow (default 0.98)\n"
"      --hashes K          MinHash values per text, at most (default 64)\n"
"      --char-n N          character shingles for short texts (default 5)\n"
"      --word-n N          word shingles for long texts (default 3)\n"
"      --long-min N        characters from which a text is long (default 300)\n"
"      --sentence-words N  words a sentence needs to count as a passage (default 6)\n"
"  Per run:\n"
"      --window DUR        forget index entries older than DUR before the newest\n"
"                          document (e.g. 7d; default: keep everything)\n"
"      --max-candidates N  candidates verified per document (default 200)\n"
"      --min-reuse F       share of a text that must be reused to report partial\n"
"                          reuse (default 0: any shared passage)\n";

int cli_copy_option(const char *cmd, int c, const char *arg, vg_copy_opts *o)
{
    switch (c - CLI_OPT_COPY) {
    case 0: return cli_parse_double(cmd, "--threshold", arg, 0.05, 1.0, &o->threshold);
    case 1: return cli_parse_double(cmd, "--recall", arg, 0.5, 0.9999, &o->recall);
    case 2: return cli_parse_uint(cmd, "--hashes", arg, 1, 256, &o->max_hashes);
    case 3: return cli_parse_uint(cmd, "--char-n", arg, 1, 32, &o->char_n);
    case 4: return cli_parse_uint(cmd, "--word-n", arg, 1, 16, &o->word_n);
    case 5: return cli_parse_uint(cmd, "--long-min", arg, 1, 1000000, &o->long_min);
    case 6: return cli_parse_uint(cmd, "--sentence-words", arg, 1, 1000, &o->sent_words);
    case 7: return cli_parse_duration(cmd, "--window", arg, &o->window);
    case 8: return cli_parse_uint(cmd, "--max-candidates", arg, 1, 100000, &o->max_cand);
    case 9: return cli_parse_double(cmd, "--min-reuse", arg, 0.0, 1.0, &o->min_reuse);
    }
    return -1;
}

void cli_print_copy_summary(FILE *f, const vg_copy_stats *st)
{
    char a[32], b[32], c[32], d[32];
    double secs = st->seconds;
    fprintf(f, "copies: %s documents fingerprinted (%s exact copies, %s new texts, %s empty) "
            "in %.2f s\n",
            fmt_count(st->docs, a), fmt_count(st->exact, b), fmt_count(st->classes, c),
            fmt_count(st->empty, d), secs);
    fprintf(f, "copies: %s near-copy and %s partial-reuse pairs (%s candidates verified), "
            "%s cluster merges\n",
            fmt_count(st->near_pairs, a), fmt_count(st->partial_pairs, b),
            fmt_count(st->verified, c), fmt_count(st->merges, d));
}

void cli_print_copy_json(FILE *f, const vg_copy_stats *st)
{
    fprintf(f, "{\"docs\":%llu,\"exact\":%llu,\"texts\":%llu,\"empty\":%llu,"
            "\"candidates\":%llu,\"verified\":%llu,\"near_pairs\":%llu,"
            "\"partial_pairs\":%llu,\"merges\":%llu,\"index_entries\":%llu,"
            "\"index_bytes\":%llu,\"seconds\":%.3f,\"threshold\":%.4g,\"bands\":%u,"
            "\"rows\":%u,\"word_bands\":%u,\"word_rows\":%u}",
            (unsigned long long)st->docs, (unsigned long long)st->exact,
            (unsigned long long)st->classes, (unsigned long long)st->empty,
            (unsigned long long)st->candidates, (unsigned long long)st->verified,
            (unsigned long long)st->near_pairs, (unsigned long long)st->partial_pairs,
            (unsigned long long)st->merges, (unsigned long long)st->index_entries,
            (unsigned long long)st->index_bytes, st->seconds, st->params.threshold,
            st->params.bands, st->params.rows, st->params.wbands, st->params.wrows);
}

/* ---- vigie copies ------------------------------------------------------------- */

static void copies_usage(FILE *f)
{
    fprintf(f,
"usage: vigie copies [list] [OPTIONS]\n"
"       vigie copies show CLUSTER|DOC [OPTIONS]\n"
"       vigie copies pairs [DOC] [OPTIONS]\n"
"       vigie copies update [SETTINGS]\n"
"       vigie copies reset\n"
"\n"
"Clusters of copies: documents whose normalised texts are identical (exact\n"
"copies) or similar (near copies, Jaccard >= threshold), biggest first.\n"
"'vigie ingest' finds them as documents arrive; 'update' catches up a store\n"
"ingested with --no-copies.  A cluster's id is the sequence number of the\n"
"text that founded it and never changes; merged clusters resolve to the older.\n"
"\n"
"list:\n"
"      --limit N           clusters to print (default 20, 0 = all)\n"
"      --min-size N        clusters of at least N documents (default and least 2)\n"
"      --min-chars N       clusters whose first text has at least N characters\n"
"                          after normalisation (default 0; 30 leaves out\n"
"                          \"@x Source?\" and \"BREAKING: <link>\")\n"
"      --source S          clusters with a document from source S\n"
"      --since DATE, --until DATE  clusters active in that span\n"
"show:  CLUSTER is a cluster id, or a document id (or #SEQ) for its cluster\n"
"      --by hour|day       spread over time (default day)\n"
"pairs: near-copy and partial-reuse pairs (of DOC's text, or all)\n"
"      --kind near|partial|all  (default all)\n"
"Every command:\n"
"      --db PATH           store file (default $VIGIE_DB or ./vigie.db)\n"
"      --format text|json|csv  (default text)\n"
"  -q, --quiet             update/reset: no summary\n"
"  -h, --help              this help\n"
"\n%s"
"\n"
"Examples:\n"
"  vigie copies --limit 10\n"
"  vigie copies show 1234 --by hour\n"
"  vigie copies pairs --kind partial --format csv > reuse.csv\n",
            cli_copy_help);
}

typedef struct copies_out {
    out_format fmt;
    int n;
    int kind;           /* pairs filter: -1 all */
    vg_store *store;
} copies_out;

static void json_time(FILE *f, const char *key, int64_t t)
{
    char buf[32];
    fprintf(f, ",\"%s\":", key);
    if (t == VG_TIME_NONE) {
        fputs("null", f);
    } else {
        fmt_time(t, buf);
        out_json_str(f, buf, strlen(buf));
    }
}

/* First line of a text, at most max bytes, cut on a character boundary. */
vg_slice cli_excerpt(vg_slice s, size_t max)
{
    size_t n = 0;
    while (n < s.n && s.p[n] != '\n')
        n++;
    if (n > max) {
        n = max;
        while (n > 0 && ((unsigned char)s.p[n] & 0xC0) == 0x80)
            n--;
    }
    return (vg_slice){s.p, n};
}

#define CLUSTER_CSV_HEADER \
    "cluster,docs,texts,sources,authors,first_at,last_at,first_id,first_source,first_author,sample"
#define PAIR_CSV_HEADER "kind,a,a_id,b,b_id,jaccard,a_in_b,b_in_a,reused,a_docs,b_docs"

static int list_row(void *ctx, const vg_cluster *c)
{
    copies_out *o = ctx;
    char a[32], b[32];
    vg_slice ex = cli_excerpt(c->sample, 70);
    switch (o->fmt) {
    case OUT_JSON:
        fputs(o->n ? ",\n" : "[\n", stdout);
        printf("{\"cluster\":%lld,\"docs\":%llu,\"texts\":%llu,\"sources\":%llu,\"authors\":%llu",
               (long long)c->id, (unsigned long long)c->docs, (unsigned long long)c->texts,
               (unsigned long long)c->sources, (unsigned long long)c->authors);
        json_time(stdout, "first_at", c->first_at);
        json_time(stdout, "last_at", c->last_at);
        fputs(",\"first_id\":", stdout);
        out_json_slice(stdout, c->first_id);
        fputs(",\"first_source\":", stdout);
        out_json_slice(stdout, c->first_source);
        fputs(",\"first_author\":", stdout);
        out_json_slice(stdout, c->first_author);
        fputs(",\"sample\":", stdout);
        out_json_slice(stdout, ex);
        fputs("}", stdout);
        break;
    case OUT_CSV:
        if (!o->n)
            puts(CLUSTER_CSV_HEADER);
        printf("%lld,%llu,%llu,%llu,%llu,%s,", (long long)c->id, (unsigned long long)c->docs,
               (unsigned long long)c->texts, (unsigned long long)c->sources,
               (unsigned long long)c->authors, fmt_time(c->first_at, a));
        printf("%s,", fmt_time(c->last_at, b));
        out_csv_field(stdout, c->first_id.p, c->first_id.n);
        putchar(',');
        out_csv_field(stdout, c->first_source.p, c->first_source.n);
        putchar(',');
        out_csv_field(stdout, c->first_author.p, c->first_author.n);
        putchar(',');
        out_csv_field(stdout, ex.p, ex.n);
        putchar('\n');
        break;
    default:
        if (!o->n)
            printf("%-10s %7s %6s %7s  %-20s  %-24s %s\n", "CLUSTER", "DOCS", "TEXTS", "SOURCES",
                   "FIRST SEEN", "FIRST PUBLISHER", "TEXT");
        printf("%-10lld %7llu %6llu %7llu  %-20s  %-24.*s %.*s\n", (long long)c->id,
               (unsigned long long)c->docs, (unsigned long long)c->texts,
               (unsigned long long)c->sources, fmt_time(c->first_at, a),
               (int)(c->first_source.n > 24 ? 24 : c->first_source.n), c->first_source.p,
               (int)ex.n, ex.p);
    }
    o->n++;
    return 0;
}

int cli_print_clusters(vg_store *s, unsigned limit, unsigned min_chars)
{
    copies_out o;
    memset(&o, 0, sizeof o);
    o.fmt = OUT_TEXT;
    vg_cluster_query q;
    memset(&q, 0, sizeof q);
    q.limit = limit;
    q.min_chars = min_chars;
    vg_err e = vg_copy_clusters(s, &q, list_row, &o);
    if (e == VG_OK && !o.n)
        printf("no clusters of copies\n");
    return e == VG_OK ? 0 : -1;
}

static int member_row(void *ctx, const vg_cluster_member *m)
{
    copies_out *o = ctx;
    char a[32];
    int64_t t = m->doc.published_at;
    switch (o->fmt) {
    case OUT_JSON:
        fputs(o->n ? ",\n  " : "\n  ", stdout);
        printf("{\"seq\":%lld,\"id\":", (long long)m->doc.seq);
        out_json_slice(stdout, m->doc.id);
        fputs(",\"source\":", stdout);
        out_json_slice(stdout, m->doc.source);
        fputs(",\"author\":", stdout);
        out_json_slice(stdout, m->doc.author);
        fputs(",\"url\":", stdout);
        out_json_slice(stdout, m->doc.url);
        fputs(",\"title\":", stdout);
        out_json_slice(stdout, m->doc.title);
        json_time(stdout, "published_at", t);
        printf(",\"text\":%lld,\"kind\":\"%s\",\"like\":%lld,\"jaccard\":%.4f}",
               (long long)m->cls, o->n ? vg_copy_kind_name(m->kind) : "first",
               (long long)m->like, m->jaccard);
        break;
    case OUT_CSV:
        if (!o->n)
            puts("seq,id,source,author,published_at,text,kind,like,jaccard,url,title");
        printf("%lld,", (long long)m->doc.seq);
        out_csv_field(stdout, m->doc.id.p, m->doc.id.n);
        putchar(',');
        out_csv_field(stdout, m->doc.source.p, m->doc.source.n);
        putchar(',');
        out_csv_field(stdout, m->doc.author.p, m->doc.author.n);
        printf(",%s,%lld,%s,%lld,%.4f,", fmt_time(t, a), (long long)m->cls,
               o->n ? vg_copy_kind_name(m->kind) : "first", (long long)m->like, m->jaccard);
        out_csv_field(stdout, m->doc.url.p, m->doc.url.n);
        putchar(',');
        out_csv_field(stdout, m->doc.title.p, m->doc.title.n);
        putchar('\n');
        break;
    default:
        if (!o->n)
            printf("\nMembers (publication order):\n  %-20s %-10s %-28s %-20s %s\n", "PUBLISHED",
                   "SEQ", "SOURCE", "AUTHOR", "RELATION");
        printf("  %-20s %-10lld %-28.*s %-20.*s ", fmt_time(t, a), (long long)m->doc.seq,
               (int)(m->doc.source.n > 28 ? 28 : m->doc.source.n), m->doc.source.p,
               (int)(m->doc.author.n > 20 ? 20 : m->doc.author.n), m->doc.author.p);
        if (!o->n)
            printf("first\n");
        else if (m->kind == VG_COPY_EXACT)
            printf("exact copy of #%lld\n", (long long)m->like);
        else if (!m->like)
            printf("joined through a later member\n");
        else
            printf("near copy of #%lld (%.2f)\n", (long long)m->like, m->jaccard);
    }
    o->n++;
    return 0;
}

static int spread_row(void *ctx, int64_t start, uint64_t n)
{
    copies_out *o = ctx;
    char a[32];
    if (o->fmt == OUT_JSON) {
        fputs(o->n ? "," : "", stdout);
        printf("{\"start\":");
        fmt_time(start, a);
        out_json_str(stdout, a, strlen(a));
        printf(",\"docs\":%llu}", (unsigned long long)n);
    } else {
        if (!o->n)
            printf("\nSpread:\n");
        printf("  %-20s %6llu  ", fmt_time(start, a), (unsigned long long)n);
        for (uint64_t i = 0; i < n && i < 60; i++)
            putchar('#');
        putchar('\n');
    }
    o->n++;
    return 0;
}

static int pair_row(void *ctx, const vg_copy_pair *p)
{
    copies_out *o = ctx;
    if (o->kind >= 0 && (int)p->kind != o->kind)
        return 0;
    vg_doc a, b;
    char ia[64], ib[64];
    snprintf(ia, sizeof ia, "#%lld", (long long)p->a);
    snprintf(ib, sizeof ib, "#%lld", (long long)p->b);
    /* ids of the two texts' first documents */
    char ida[256] = "", idb[256] = "";
    if (vg_store_get(o->store, ia, &a) == VG_OK)
        snprintf(ida, sizeof ida, "%.*s", (int)a.id.n, a.id.p);
    if (vg_store_get(o->store, ib, &b) == VG_OK)
        snprintf(idb, sizeof idb, "%.*s", (int)b.id.n, b.id.p);
    switch (o->fmt) {
    case OUT_JSON:
        fputs(o->n ? ",\n" : "[\n", stdout);
        printf("{\"kind\":\"%s\",\"a\":%lld,\"a_id\":", vg_copy_kind_name(p->kind),
               (long long)p->a);
        out_json_str(stdout, ida, strlen(ida));
        printf(",\"b\":%lld,\"b_id\":", (long long)p->b);
        out_json_str(stdout, idb, strlen(idb));
        printf(",\"jaccard\":%.4f,\"a_in_b\":%.4f,\"b_in_a\":%.4f,\"reused\":%.4f,"
               "\"a_docs\":%llu,\"b_docs\":%llu}",
               p->jaccard, p->a_in_b, p->b_in_a, p->reused, (unsigned long long)p->a_docs,
               (unsigned long long)p->b_docs);
        break;
    case OUT_CSV:
        if (!o->n)
            puts(PAIR_CSV_HEADER);
        printf("%s,%lld,", vg_copy_kind_name(p->kind), (long long)p->a);
        out_csv_field(stdout, ida, strlen(ida));
        printf(",%lld,", (long long)p->b);
        out_csv_field(stdout, idb, strlen(idb));
        printf(",%.4f,%.4f,%.4f,%.4f,%llu,%llu\n", p->jaccard, p->a_in_b, p->b_in_a, p->reused,
               (unsigned long long)p->a_docs, (unsigned long long)p->b_docs);
        break;
    default:
        if (!o->n)
            printf("%-8s %-10s %-10s %8s %7s %7s %7s\n", "KIND", "A", "B", "JACCARD", "A_IN_B",
                   "B_IN_A", "REUSED");
        printf("%-8s %-10lld %-10lld %8.3f %7.3f %7.3f %7.3f\n", vg_copy_kind_name(p->kind),
               (long long)p->a, (long long)p->b, p->jaccard, p->a_in_b, p->b_in_a, p->reused);
    }
    o->n++;
    return 0;
}

enum {
    OPT_DB = 256, OPT_FORMAT, OPT_LIMIT, OPT_MINSIZE, OPT_SOURCE, OPT_SINCE, OPT_UNTIL, OPT_BY,
    OPT_KIND, OPT_MINCHARS
};

int cli_parse_date(const char *cmd, const char *flag, const char *arg, int64_t *out)
{
    if (vg_date_parse(arg, strlen(arg), out) != VG_OK) {
        cli_error(cmd, "%s: cannot read '%s' as a date (e.g. 2017-05-05 or "
                  "2017-05-05T21:30:00Z)", flag, arg);
        return -1;
    }
    return 0;
}

int cmd_copies(int argc, char **argv)
{
    struct option lo[32] = {
        {"db", required_argument, 0, OPT_DB},
        {"format", required_argument, 0, OPT_FORMAT},
        {"limit", required_argument, 0, OPT_LIMIT},
        {"min-size", required_argument, 0, OPT_MINSIZE},
        {"min-chars", required_argument, 0, OPT_MINCHARS},
        {"source", required_argument, 0, OPT_SOURCE},
        {"since", required_argument, 0, OPT_SINCE},
        {"until", required_argument, 0, OPT_UNTIL},
        {"by", required_argument, 0, OPT_BY},
        {"kind", required_argument, 0, OPT_KIND},
        {"quiet", no_argument, 0, 'q'},
        {"help", no_argument, 0, 'h'},
    };
    size_t nlo = 0;
    while (lo[nlo].name) /* the rest of lo is zero */
        nlo++;
    for (size_t i = 0; cli_copy_options[i].name; i++)
        lo[nlo++] = cli_copy_options[i];
    lo[nlo] = (struct option){0, 0, 0, 0};
    cli_common com = {cli_default_db(), OUT_TEXT, 0};
    vg_cluster_query q = {.limit = 20};
    vg_copy_opts copts;
    memset(&copts, 0, sizeof copts);
    int64_t bucket = 86400;
    int kind = -1, settings = 0;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "qh", lo, NULL)) != -1) {
        switch (c) {
        case OPT_DB: com.db = optarg; break;
        case OPT_FORMAT:
            if (cli_parse_format("copies", optarg,
                                 1u << OUT_TEXT | 1u << OUT_JSON | 1u << OUT_CSV, &com.format))
                return EXIT_USAGE;
            break;
        case OPT_LIMIT: {
            unsigned v;
            if (cli_parse_uint("copies", "--limit", optarg, 0, 100000000, &v))
                return EXIT_USAGE;
            q.limit = v;
            break;
        }
        case OPT_MINSIZE: {
            unsigned v;
            if (cli_parse_uint("copies", "--min-size", optarg, 2, 100000000, &v))
                return EXIT_USAGE;
            q.min_docs = v;
            break;
        }
        case OPT_MINCHARS:
            if (cli_parse_uint("copies", "--min-chars", optarg, 0, 100000000, &q.min_chars))
                return EXIT_USAGE;
            break;
        case OPT_SOURCE: q.source = optarg; break;
        case OPT_SINCE:
            if (cli_parse_date("copies", "--since", optarg, &q.since))
                return EXIT_USAGE;
            break;
        case OPT_UNTIL:
            if (cli_parse_date("copies", "--until", optarg, &q.until))
                return EXIT_USAGE;
            break;
        case OPT_BY:
            if (!strcmp(optarg, "hour"))
                bucket = 3600;
            else if (!strcmp(optarg, "day"))
                bucket = 86400;
            else {
                cli_error("copies", "--by wants hour or day, not '%s'", optarg);
                return EXIT_USAGE;
            }
            break;
        case OPT_KIND:
            if (!strcmp(optarg, "near"))
                kind = VG_COPY_NEAR;
            else if (!strcmp(optarg, "partial"))
                kind = VG_COPY_PARTIAL;
            else if (!strcmp(optarg, "all"))
                kind = -1;
            else {
                cli_error("copies", "--kind wants near, partial or all, not '%s'", optarg);
                return EXIT_USAGE;
            }
            break;
        case 'q': com.quiet = 1; break;
        case 'h': copies_usage(stdout); return EXIT_OK;
        default:
            if (c >= CLI_OPT_COPY && c < CLI_OPT_COPY + 32) {
                if (cli_copy_option("copies", c, optarg, &copts))
                    return EXIT_USAGE;
                settings = 1;
                break;
            }
            copies_usage(stderr);
            return EXIT_USAGE;
        }
    }
    const char *verb = optind < argc ? argv[optind] : "list";
    int nargs = argc - optind - (optind < argc ? 1 : 0);
    char **args = argv + optind + (optind < argc ? 1 : 0);
    int is_list = !strcmp(verb, "list"), is_show = !strcmp(verb, "show"),
        is_pairs = !strcmp(verb, "pairs"), is_update = !strcmp(verb, "update"),
        is_reset = !strcmp(verb, "reset");
    if (!is_list && !is_show && !is_pairs && !is_update && !is_reset) {
        cli_error("copies", "unknown subcommand '%s' (list, show, pairs, update, reset)", verb);
        return EXIT_USAGE;
    }
    if ((is_show && nargs != 1) || (is_pairs && nargs > 1) ||
        ((is_list || is_update || is_reset) && nargs != 0)) {
        cli_error("copies", "%s: wrong number of arguments (see vigie copies --help)", verb);
        return EXIT_USAGE;
    }
    if (settings && !is_update) {
        cli_error("copies", "copy detection settings go with 'vigie copies update' or "
                  "'vigie ingest'");
        return EXIT_USAGE;
    }
    vg_store *s = cli_open_store("copies", com.db, !(is_update || is_reset));
    if (!s)
        return EXIT_FAIL;
    copies_out o = {com.format, 0, kind, s};
    vg_err e = VG_OK;
    char err[512] = "";
    if (is_update) {
        vg_copy_stats st;
        e = vg_copy_update(s, &copts, &st, err, sizeof err);
        if (e == VG_OK && !com.quiet && com.format == OUT_JSON) {
            cli_print_copy_json(stdout, &st);
            putchar('\n');
        }
        else if (e == VG_OK && !com.quiet)
            cli_print_copy_summary(stdout, &st);
    } else if (is_reset) {
        e = vg_copy_reset(s, err, sizeof err);
        if (e == VG_OK && !com.quiet)
            printf("copy detection reset: the next ingest or 'vigie copies update' starts over\n");
    } else if (is_list) {
        e = vg_copy_clusters(s, &q, list_row, &o);
        if (e == VG_OK && com.format == OUT_JSON)
            puts(o.n ? "\n]" : "[]");
        else if (e == VG_OK && com.format == OUT_CSV && !o.n)
            puts(CLUSTER_CSV_HEADER);
        else if (e == VG_OK && com.format == OUT_TEXT && !o.n)
            printf("no clusters of copies%s\n",
                   vg_copy_params_get(s, &(vg_copy_params){0}) == VG_ENOTFOUND
                       ? " (copy detection has not run: 'vigie copies update')"
                       : "");
    } else if (is_pairs) {
        int64_t seq = 0;
        if (nargs == 1) {
            vg_doc d;
            if ((e = vg_store_get(s, args[0], &d)) == VG_OK)
                seq = d.seq;
        }
        if (e == VG_OK)
            e = vg_copy_pairs(s, seq, pair_row, &o);
        if (e == VG_OK && com.format == OUT_JSON)
            puts(o.n ? "\n]" : "[]");
        else if (e == VG_OK && com.format == OUT_CSV && !o.n)
            puts(PAIR_CSV_HEADER);
        if (e == VG_ENOTFOUND && nargs == 1)
            snprintf(err, sizeof err, "document '%s' not found or not fingerprinted yet", args[0]);
    } else {
        int64_t id = 0;
        char *end;
        long long v = strtoll(args[0], &end, 10);
        vg_cluster cl;
        /* A number is a cluster id, else a document id (tweet ids are
         * numbers too: they are tried when no cluster has that id). */
        e = VG_ENOTFOUND;
        if (*end == '\0' && v > 0) {
            id = v;
            e = vg_copy_cluster_show(s, &id, &cl, NULL, 0, NULL, NULL);
        }
        if (e == VG_ENOTFOUND && (e = vg_copy_cluster_of(s, args[0], &id)) == VG_OK)
            e = vg_copy_cluster_show(s, &id, &cl, NULL, 0, NULL, NULL);
        if (e == VG_ENOTFOUND)
            snprintf(err, sizeof err, "'%s' is neither a cluster id nor a fingerprinted document",
                     args[0]);
        if (e == VG_OK) {
            char a[32], b[32];
            if (com.format == OUT_JSON) {
                printf("{\"cluster\":%lld,\"docs\":%llu,\"texts\":%llu,\"sources\":%llu,"
                       "\"authors\":%llu",
                       (long long)cl.id, (unsigned long long)cl.docs,
                       (unsigned long long)cl.texts, (unsigned long long)cl.sources,
                       (unsigned long long)cl.authors);
                json_time(stdout, "first_at", cl.first_at);
                json_time(stdout, "last_at", cl.last_at);
                printf(",\"first_seq\":%lld,\"members\":[", (long long)cl.first_seq);
                e = vg_copy_cluster_show(s, &id, &cl, member_row, bucket, NULL, &o);
                printf("],\"spread\":[");
                o.n = 0;
                if (e == VG_OK)
                    e = vg_copy_cluster_show(s, &id, &cl, NULL, bucket, spread_row, &o);
                puts("]}");
            } else if (com.format == OUT_CSV) {
                e = vg_copy_cluster_show(s, &id, &cl, member_row, bucket, NULL, &o);
            } else {
                printf("Cluster %lld: %s documents, %s distinct text%s, %llu source%s, "
                       "%llu author%s\n",
                       (long long)cl.id, fmt_count(cl.docs, a), fmt_count(cl.texts, b),
                       cl.texts == 1 ? "" : "s", (unsigned long long)cl.sources,
                       cl.sources == 1 ? "" : "s", (unsigned long long)cl.authors,
                       cl.authors == 1 ? "" : "s");
                printf("First seen %s", fmt_time(cl.first_at, a));
                printf(" (%.*s, %.*s), last %s\n", (int)cl.first_source.n, cl.first_source.p,
                       (int)cl.first_id.n, cl.first_id.p, fmt_time(cl.last_at, b));
                vg_slice ex = cli_excerpt(cl.sample, 200);
                printf("Text: %.*s%s\n", (int)ex.n, ex.p, ex.n < cl.sample.n ? "..." : "");
                e = vg_copy_cluster_show(s, &id, &cl, member_row, bucket, NULL, &o);
                o.n = 0;
                if (e == VG_OK)
                    e = vg_copy_cluster_show(s, &id, &cl, NULL, bucket, spread_row, &o);
            }
        }
    }
    if (e != VG_OK) {
        cli_error("copies", "%s", err[0] ? err : e == VG_ESTORE ? vg_store_errmsg(s)
                                                               : vg_strerror(e));
        vg_store_close(s);
        return EXIT_FAIL;
    }
    vg_store_close(s);
    return EXIT_OK;
}

/* ---- vigie provenance --------------------------------------------------------- */

static void provenance_usage(FILE *f)
{
    fprintf(f,
"usage: vigie provenance [OPTIONS] DOC\n"
"\n"
"Show document DOC (an id, or #SEQ) as a list of passages, each with the\n"
"document where it was seen first: runs of sentences found verbatim (after\n"
"normalisation) in an earlier document, and the document's own text.\n"
"Only texts linked to DOC by copy detection are searched: its exact copies,\n"
"near copies and the texts it reuses or that reuse it.\n"
"\n"
"      --db PATH           store file (default $VIGIE_DB or ./vigie.db)\n"
"      --format text|json|csv  (default text)\n"
"  -h, --help              this help\n"
"\n"
"Example:\n"
"  vigie provenance a3f09c1d2e4b5a6c7\n");
}

typedef struct prov_out {
    out_format fmt;
    int n;
    const vg_doc *doc;
} prov_out;

static void prov_header(prov_out *o)
{
    const vg_doc *d = o->doc;
    char a[32];
    if (o->fmt == OUT_JSON) {
        printf("{\"seq\":%lld,\"id\":", (long long)d->seq);
        out_json_slice(stdout, d->id);
        fputs(",\"source\":", stdout);
        out_json_slice(stdout, d->source);
        json_time(stdout, "published_at", d->published_at);
        fputs(",\"passages\":[", stdout);
    } else if (o->fmt == OUT_TEXT) {
        printf("%.*s  (%.*s, #%lld, %s)\n", (int)d->id.n, d->id.p, (int)d->source.n,
               d->source.p, (long long)d->seq, fmt_time(d->published_at, a));
    }
}

static int passage_row(void *ctx, const vg_passage *p)
{
    prov_out *o = ctx;
    const vg_doc *d = o->doc;
    if (!o->n)
        prov_header(o);
    vg_slice text = {d->text.p + p->start, p->end - p->start};
    int own = p->first_seq == d->seq;
    char a[32];
    switch (o->fmt) {
    case OUT_JSON:
        fputs(o->n ? ",\n  " : "\n  ", stdout);
        printf("{\"start\":%zu,\"end\":%zu,\"original\":%s,\"first_seq\":%lld,\"first_id\":",
               p->start, p->end, own ? "true" : "false", (long long)p->first_seq);
        out_json_slice(stdout, p->first_id);
        fputs(",\"first_source\":", stdout);
        out_json_slice(stdout, p->first_source);
        json_time(stdout, "first_at", p->first_at);
        printf(",\"src_start\":%zu,\"src_end\":%zu,\"seen\":%llu,\"text\":", p->src_start,
               p->src_end, (unsigned long long)p->seen);
        out_json_slice(stdout, text);
        fputs("}", stdout);
        break;
    case OUT_CSV:
        if (!o->n)
            puts("start,end,original,first_seq,first_id,first_source,first_at,src_start,"
                 "src_end,seen,text");
        printf("%zu,%zu,%d,%lld,", p->start, p->end, own, (long long)p->first_seq);
        out_csv_field(stdout, p->first_id.p, p->first_id.n);
        putchar(',');
        out_csv_field(stdout, p->first_source.p, p->first_source.n);
        printf(",%s,%zu,%zu,%llu,", fmt_time(p->first_at, a), p->src_start, p->src_end,
               (unsigned long long)p->seen);
        out_csv_field(stdout, text.p, text.n);
        putchar('\n');
        break;
    default:
        printf("\n[%zu-%zu] ", p->start, p->end);
        if (own)
            printf("first seen here");
        else
            printf("first seen in %.*s (%.*s, %s) at [%zu-%zu]", (int)p->first_id.n,
                   p->first_id.p, (int)p->first_source.n, p->first_source.p,
                   fmt_time(p->first_at, a), p->src_start, p->src_end);
        if (p->seen > 1)
            printf("; in %llu documents", (unsigned long long)p->seen);
        vg_slice ex = cli_excerpt(text, 300);
        printf("\n  %.*s%s\n", (int)ex.n, ex.p, ex.n < text.n ? " ..." : "");
    }
    o->n++;
    return 0;
}

int cmd_provenance(int argc, char **argv)
{
    static const struct option lo[] = {
        {"db", required_argument, 0, OPT_DB},
        {"format", required_argument, 0, OPT_FORMAT},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    cli_common com = {cli_default_db(), OUT_TEXT, 0};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", lo, NULL)) != -1) {
        switch (c) {
        case OPT_DB: com.db = optarg; break;
        case OPT_FORMAT:
            if (cli_parse_format("provenance", optarg,
                                 1u << OUT_TEXT | 1u << OUT_JSON | 1u << OUT_CSV, &com.format))
                return EXIT_USAGE;
            break;
        case 'h': provenance_usage(stdout); return EXIT_OK;
        default: provenance_usage(stderr); return EXIT_USAGE;
        }
    }
    if (argc - optind != 1) {
        cli_error("provenance", "give one document id (or #SEQ)");
        provenance_usage(stderr);
        return EXIT_USAGE;
    }
    vg_store *s = cli_open_store("provenance", com.db, 1);
    if (!s)
        return EXIT_FAIL;
    vg_doc doc;
    prov_out o = {com.format, 0, &doc};
    /* The header needs the document first: print it from the first
     * passage's call, where doc is filled. */
    vg_err e = vg_copy_provenance(s, argv[optind], &doc, passage_row, &o);
    if (e == VG_OK && !o.n)
        prov_header(&o);
    if (e == VG_OK && com.format == OUT_JSON)
        puts(o.n ? "\n]}" : "]}");
    if (e != VG_OK) {
        if (e == VG_ENOTFOUND)
            cli_error("provenance", "%s: no such document, or copy detection has not seen it "
                      "yet ('vigie copies update')", argv[optind]);
        else if (e == VG_EINVAL)
            cli_error("provenance", "the copy index of this store has settings this vigie "
                      "cannot read: run 'vigie copies reset', then 'vigie copies update'");
        else
            cli_error("provenance", "%s", vg_store_errmsg(s));
        vg_store_close(s);
        return EXIT_FAIL;
    }
    vg_store_close(s);
    return EXIT_OK;
}
