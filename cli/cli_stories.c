/*
 * cli_stories.c - `vigie stories`: articles grouped into stories as they
 * arrive (issue 6, being built: the clustering runs over the store each
 * time; nothing is stored yet).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "vigie/vigie.h"

static void stories_usage(FILE *f)
{
    fprintf(f,
"usage: vigie stories [list] [OPTIONS]\n"
"       vigie stories show ID [OPTIONS]\n"
"\n"
"Articles grouped into stories, online, in arrival order: each article joins\n"
"the best active story (TF-IDF cosine of stemmed words and of names, times a\n"
"decay of the time since the story's last article) or opens a new one.\n"
"Texts shorter than --min-chars (posts) are left out.\n"
"\n"
"      --threshold T      join when the score reaches T (default 0.25)\n"
"      --names W          weight of the names' cosine (default 0.3)\n"
"      --sigma DAYS       time decay, days (default 3)\n"
"      --quiet DUR        a story idle this long closes (default 7d)\n"
"      --min-chars N      articles of at least N characters (default 400)\n"
"      --min-size N       list stories of at least N articles (default 2)\n"
"      --limit N          list at most N stories (default 20; 0: all)\n"
"      --members          with --format json: each story's article ids\n"
"      --db PATH          store file (default $VIGIE_DB or ./vigie.db)\n"
"      --format text|json|csv\n"
"  -h, --help             this help\n"
"\n"
"Examples:\n"
"  vigie stories                       # the biggest stories\n"
"  vigie stories show 3                # its articles, first report first\n"
"  vigie stories --format json --limit 0 > stories.json\n");
}

typedef struct lister {
    out_format fmt;
    unsigned min_size, limit, n;
    const vg_stories *members; /* JSON: list each story's members too */
} lister;

static int member_id(void *ctx, const char *id, const char *source, int64_t at)
{
    unsigned *n = ctx;
    (void)source, (void)at;
    printf("%s", (*n)++ ? "," : "");
    out_json_str(stdout, id, strlen(id));
    return 0;
}

static int list_row(void *ctx, const vg_story_info *s)
{
    lister *l = ctx;
    if (s->articles < l->min_size || (l->limit && l->n >= l->limit))
        return 0;
    char a[32], b[32];
    if (l->fmt == OUT_JSON) {
        printf("%s{\"id\":%u,\"articles\":%u,\"outlets\":%u,\"langs\":", l->n ? "," : "", s->id,
               s->articles, s->outlets);
        out_json_str(stdout, s->langs, strlen(s->langs));
        printf(",\"first_at\":\"%s\",\"last_at\":\"%s\",\"first_source\":",
               fmt_time(s->first_at, a), fmt_time(s->last_at, b));
        out_json_str(stdout, s->first_source, strlen(s->first_source));
        printf(",\"first_id\":");
        out_json_str(stdout, s->first_id, strlen(s->first_id));
        printf(",\"label\":");
        out_json_str(stdout, s->label, strlen(s->label));
        if (l->members) {
            unsigned k = 0;
            printf(",\"members\":[");
            vg_story_members(l->members, s->id, member_id, &k);
            putchar(']');
        }
        putchar('}');
    } else if (l->fmt == OUT_CSV) {
        if (!l->n)
            puts("story,articles,outlets,langs,first_at,last_at,first_source,first_id,label");
        printf("%u,%u,%u,", s->id, s->articles, s->outlets);
        out_csv_field(stdout, s->langs, strlen(s->langs));
        printf(",%s,%s,", fmt_time(s->first_at, a), fmt_time(s->last_at, b));
        out_csv_field(stdout, s->first_source, strlen(s->first_source));
        putchar(',');
        out_csv_field(stdout, s->first_id, strlen(s->first_id));
        putchar(',');
        out_csv_field(stdout, s->label, strlen(s->label));
        putchar('\n');
    } else {
        if (!l->n)
            printf("%6s %8s %7s %-8s %-20s %-28s %s\n", "STORY", "ARTICLES", "OUTLETS", "LANGS",
                   "FIRST", "FIRST SOURCE", "LABEL");
        vg_slice lab = cli_excerpt((vg_slice){s->label, strlen(s->label)}, 70);
        printf("%6u %8u %7u %-8s %-20s %-28s %.*s\n", s->id, s->articles, s->outlets, s->langs,
               fmt_time(s->first_at, a), s->first_source, (int)lab.n, lab.p);
    }
    l->n++;
    return 0;
}

typedef struct shower {
    out_format fmt;
    unsigned n;
    int64_t first;
} shower;

static int member_row(void *ctx, const char *id, const char *source, int64_t at)
{
    shower *w = ctx;
    char a[32];
    if (!w->n)
        w->first = at;
    if (w->fmt == OUT_JSON) {
        printf("%s{\"id\":", w->n ? "," : "");
        out_json_str(stdout, id, strlen(id));
        printf(",\"source\":");
        out_json_str(stdout, source, strlen(source));
        printf(",\"at\":\"%s\",\"after_first_s\":%lld}", fmt_time(at, a),
               (long long)(at - w->first));
    } else if (w->fmt == OUT_CSV) {
        if (!w->n)
            puts("id,source,at,after_first_s");
        out_csv_field(stdout, id, strlen(id));
        putchar(',');
        out_csv_field(stdout, source, strlen(source));
        printf(",%s,%lld\n", fmt_time(at, a), (long long)(at - w->first));
    } else {
        if (!w->n)
            printf("  %-20s %-10s %-28s %s\n", "PUBLISHED", "AFTER", "SOURCE", "ID");
        long long dt = (long long)(at - w->first);
        char after[32];
        if (dt < 3600)
            snprintf(after, sizeof after, "+%lldm", dt / 60);
        else if (dt < 86400 * 2)
            snprintf(after, sizeof after, "+%lldh", dt / 3600);
        else
            snprintf(after, sizeof after, "+%lldd", dt / 86400);
        printf("  %-20s %-10s %-28s %s\n", fmt_time(at, a), w->n ? after : "first", source, id);
    }
    w->n++;
    return 0;
}

typedef struct finder {
    unsigned id;
    vg_story_info found;
    int ok;
} finder;

static int find_row(void *ctx, const vg_story_info *s)
{
    finder *f = ctx;
    if (s->id != f->id)
        return 0;
    f->found = *s;
    f->ok = 1;
    return 1;
}

int cmd_stories(int argc, char **argv)
{
    enum { O_DB = 256, O_FORMAT, O_TH, O_NAMES, O_SIGMA, O_QUIET, O_MINCH, O_MINSZ, O_LIMIT,
           O_MEMBERS };
    static const struct option lo[] = {
        {"db", required_argument, 0, O_DB},          {"format", required_argument, 0, O_FORMAT},
        {"threshold", required_argument, 0, O_TH},   {"names", required_argument, 0, O_NAMES},
        {"sigma", required_argument, 0, O_SIGMA},    {"quiet", required_argument, 0, O_QUIET},
        {"min-chars", required_argument, 0, O_MINCH},
        {"min-size", required_argument, 0, O_MINSZ}, {"limit", required_argument, 0, O_LIMIT},
        {"members", no_argument, 0, O_MEMBERS},      {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    cli_common com = {cli_default_db(), OUT_TEXT, 0};
    vg_story_opts o;
    memset(&o, 0, sizeof o);
    unsigned min_size = 2, limit = 20;
    int members = 0;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", lo, NULL)) != -1) {
        switch (c) {
        case O_DB: com.db = optarg; break;
        case O_FORMAT:
            if (cli_parse_format("stories", optarg,
                                 1u << OUT_TEXT | 1u << OUT_JSON | 1u << OUT_CSV, &com.format))
                return EXIT_USAGE;
            break;
        case O_TH:
            if (cli_parse_double("stories", "--threshold", optarg, 0.001, 1.0, &o.threshold))
                return EXIT_USAGE;
            break;
        case O_NAMES:
            if (cli_parse_double("stories", "--names", optarg, 0.001, 1.0, &o.names_weight))
                return EXIT_USAGE;
            break;
        case O_SIGMA:
            if (cli_parse_double("stories", "--sigma", optarg, 0.01, 3650.0, &o.sigma_days))
                return EXIT_USAGE;
            break;
        case O_QUIET:
            if (cli_parse_duration("stories", "--quiet", optarg, &o.quiet))
                return EXIT_USAGE;
            break;
        case O_MINCH:
            if (cli_parse_uint("stories", "--min-chars", optarg, 1, 1000000, &o.min_chars))
                return EXIT_USAGE;
            break;
        case O_MINSZ:
            if (cli_parse_uint("stories", "--min-size", optarg, 1, 100000000, &min_size))
                return EXIT_USAGE;
            break;
        case O_LIMIT:
            if (cli_parse_uint("stories", "--limit", optarg, 0, 100000000, &limit))
                return EXIT_USAGE;
            break;
        case O_MEMBERS: members = 1; break;
        case 'h': stories_usage(stdout); return EXIT_OK;
        default: stories_usage(stderr); return EXIT_USAGE;
        }
    }
    const char *verb = optind < argc ? argv[optind++] : "list";
    unsigned show_id = 0;
    if (!strcmp(verb, "show")) {
        if (optind >= argc || cli_parse_uint("stories", "show", argv[optind], 1, 4000000000u,
                                             &show_id)) {
            if (optind >= argc)
                cli_error("stories", "show wants a story id");
            return EXIT_USAGE;
        }
        optind++;
    } else if (strcmp(verb, "list") != 0) {
        cli_error("stories", "unknown subcommand '%s' (list or show)", verb);
        return EXIT_USAGE;
    }
    if (optind < argc) {
        cli_error("stories", "unexpected argument '%s'", argv[optind]);
        return EXIT_USAGE;
    }
    vg_store *s = cli_open_store("stories", com.db, 1);
    if (!s)
        return EXIT_FAIL;
    vg_stories *v = NULL;
    vg_story_stats st;
    char err[512];
    if (vg_story_run(s, &o, &v, &st, err, sizeof err) != VG_OK) {
        cli_error("stories", "%s", err);
        vg_store_close(s);
        return EXIT_FAIL;
    }
    int rc = EXIT_OK;
    if (show_id) {
        finder f = {show_id, {0}, 0};
        vg_stories_each(v, find_row, &f);
        if (!f.ok) {
            cli_error("stories", "no story %u (%llu stories)", show_id,
                      (unsigned long long)st.stories);
            rc = EXIT_FAIL;
        } else {
            shower w = {com.format, 0, 0};
            if (com.format == OUT_JSON) {
                printf("{\"story\":");
                lister l = {OUT_JSON, 1, 0, 0, NULL};
                list_row(&l, &f.found);
                printf(",\"articles\":[");
                vg_story_members(v, show_id, member_row, &w);
                printf("]}\n");
            } else if (com.format == OUT_CSV) {
                vg_story_members(v, show_id, member_row, &w);
            } else {
                char a[32], b[32];
                printf("story %u: %s\n%u articles from %u outlets (%s), %s to %s\n", show_id,
                       f.found.label, f.found.articles, f.found.outlets, f.found.langs,
                       fmt_time(f.found.first_at, a), fmt_time(f.found.last_at, b));
                vg_story_members(v, show_id, member_row, &w);
            }
        }
    } else {
        lister l = {com.format, min_size, limit, 0, members ? v : NULL};
        if (com.format == OUT_JSON)
            printf("{\"docs\":%llu,\"articles\":%llu,\"short_texts\":%llu,\"no_date\":%llu,"
                   "\"unstemmed\":%llu,\"stories\":%llu,\"closed\":%llu,\"list\":[",
                   (unsigned long long)st.docs, (unsigned long long)st.articles,
                   (unsigned long long)st.short_texts, (unsigned long long)st.no_date,
                   (unsigned long long)st.unstemmed, (unsigned long long)st.stories,
                   (unsigned long long)st.closed);
        else if (com.format == OUT_TEXT)
            printf("stories: %llu articles in %llu stories (%llu closed); %llu shorter texts "
                   "left out, %llu without a date, %llu without a stemmer; %.2f s\n\n",
                   (unsigned long long)st.articles, (unsigned long long)st.stories,
                   (unsigned long long)st.closed, (unsigned long long)st.short_texts,
                   (unsigned long long)st.no_date, (unsigned long long)st.unstemmed, st.seconds);
        vg_stories_each(v, list_row, &l);
        if (com.format == OUT_JSON)
            printf("]}\n");
    }
    vg_stories_free(v);
    vg_store_close(s);
    return rc;
}
