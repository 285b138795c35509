/*
 * cli_stories.c - `vigie stories`: articles grouped into stories as they
 * arrive.  The stories are stored: `vigie ingest` extends them, and this
 * command first catches up with what was added since, then reads them
 * back.  Clustering settings make a fresh analysis in memory instead, or
 * with --rebuild, cluster the store again and store that.
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
"       vigie stories update [OPTIONS]\n"
"\n"
"Articles grouped into stories, online, in arrival order: each article joins\n"
"the best active story or opens a new one.  An article is scored against a\n"
"story by the mean of its TF-IDF cosines with the story's articles in three\n"
"views (stemmed words, names and numbers, title words; across languages,\n"
"names alone), times a Gaussian decay of the time since the story's newest\n"
"article; a copy joins its original's story.  Stories in different\n"
"languages that share rare names are linked.  Texts shorter than\n"
"--min-chars (posts) are left out.  See docs/STORIES.md.\n"
"\n"
"The stories are stored in the store and extended by 'vigie ingest' (or\n"
"'vigie stories update' after 'ingest --no-stories'), never clustered again:\n"
"list and show first catch up with documents added since.  The clustering\n"
"options below make a fresh analysis of the whole store in memory, not\n"
"stored; with --rebuild the store is clustered again with them and the\n"
"stories stored, and later updates keep those settings.\n"
"\n"
"Listing (most articles first):\n"
"      --since DATE       stories still active at or after DATE\n"
"      --until DATE       stories that began at or before DATE\n"
"      --lang L           stories with articles in language L (ISO 639-1)\n"
"      --outlet SOURCE    stories with articles from SOURCE (a domain)\n"
"      --min-size N       stories of at least N articles (default 2)\n"
"      --limit N          at most N stories (default 20; 0: all)\n"
"      --members          with --format json: each story's article ids\n"
"Showing one story:\n"
"      --bucket DUR       timeline step (default: 1h under 2 days, else 1d)\n"
"      --terms N          key names and terms shown (default 10)\n"
"Clustering:\n"
"      --profile P        defaults of the three options below, and how words\n"
"                         weigh: planted (the default, tuned on the\n"
"                         simulator's stories) or semeval (on human\n"
"                         judgements of real news: words first, by raw\n"
"                         counts and the documents of their language;\n"
"                         names 0.1, title 0.1, threshold 0.18)\n"
"      --threshold T      join when the score reaches T (default 0.13)\n"
"      --names W          weight of the names' cosine (default 0.8)\n"
"      --title W          weight of the titles' cosine (default 0.1)\n"
"      --link S           link stories in other languages at this names\n"
"                         score (default 0.10)\n"
"      --sigma DAYS       time decay, days (default 3)\n"
"      --quiet DUR        a story idle this long closes (default 7d)\n"
"      --min-chars N      articles of at least N characters (default 400)\n"
"      --warm N           count the terms of the first N articles before\n"
"                         clustering any (default 2000); while fewer are\n"
"                         stored, each update clusters them all again\n"
"      --rebuild          cluster every document again and store the result\n"
"Common:\n"
"      --db PATH          store file (default $VIGIE_DB or ./vigie.db)\n"
"      --format text|json|csv\n"
"  -h, --help             this help\n"
"\n"
"Examples:\n"
"  vigie stories                          # the biggest stories\n"
"  vigie stories --lang fr --since 2017-05-01\n"
"  vigie stories show 3                   # its life: first report, timeline, articles\n"
"  vigie stories --threshold 0.2          # what if: a stricter threshold, not stored\n"
"  vigie stories --format json --limit 0 --members > stories.json\n");
}

typedef struct filter {
    int64_t since, until;      /* 0: open */
    const char *lang, *outlet; /* NULL: any */
} filter;

typedef struct lister {
    out_format fmt;
    unsigned min_size, limit, n;
    filter f;
    const vg_stories *v;
    int members;               /* JSON: list each story's members too */
} lister;

typedef struct probe {
    const char *lang, *outlet;
    int lang_ok, outlet_ok;
} probe;

static int probe_member(void *ctx, const vg_story_member *m)
{
    probe *p = ctx;
    p->lang_ok |= p->lang && !strcmp(m->lang, p->lang);
    p->outlet_ok |= p->outlet && !strcmp(m->source, p->outlet);
    return (!p->lang || p->lang_ok) && (!p->outlet || p->outlet_ok);
}

static int passes(const lister *l, const vg_story_info *s)
{
    if (s->articles < l->min_size)
        return 0;
    if ((l->f.since && s->last_at < l->f.since) || (l->f.until && s->first_at > l->f.until))
        return 0;
    if (!l->f.lang && !l->f.outlet)
        return 1;
    probe p = {l->f.lang, l->f.outlet, 0, 0};
    vg_story_members(l->v, s->id, probe_member, &p);
    return (!p.lang || p.lang_ok) && (!p.outlet || p.outlet_ok);
}

static int member_id(void *ctx, const vg_story_member *m)
{
    unsigned *n = ctx;
    printf("%s", (*n)++ ? "," : "");
    out_json_str(stdout, m->id, strlen(m->id));
    return 0;
}

static const char *fmt_lead(int64_t dt, char buf[32])
{
    if (dt < 0)
        snprintf(buf, 32, "-");
    else if (dt < 3600)
        snprintf(buf, 32, "%lldm", (long long)(dt / 60));
    else if (dt < 86400 * 2)
        snprintf(buf, 32, "%lldh", (long long)(dt / 3600));
    else
        snprintf(buf, 32, "%lldd", (long long)(dt / 86400));
    return buf;
}

static void story_json(const vg_story_info *s)
{
    char a[32], b[32], c[32];
    printf("{\"id\":%u,\"articles\":%u,\"outlets\":%u,\"langs\":", s->id, s->articles,
           s->outlets);
    out_json_str(stdout, s->langs, strlen(s->langs));
    printf(",\"first_at\":\"%s\",\"last_at\":\"%s\",\"mean_at\":\"%s\",\"first_source\":",
           fmt_time(s->first_at, a), fmt_time(s->last_at, b), fmt_time(s->mean_at, c));
    out_json_str(stdout, s->first_source, strlen(s->first_source));
    printf(",\"first_id\":");
    out_json_str(stdout, s->first_id, strlen(s->first_id));
    printf(",\"next_source\":");
    out_json_str(stdout, s->next_source, strlen(s->next_source));
    if (s->lead >= 0)
        printf(",\"lead_s\":%lld", (long long)s->lead);
    else
        printf(",\"lead_s\":null");
    printf(",\"copy_clusters\":%u,\"links\":%u,\"undated\":%u,\"open\":%s,\"label\":",
           s->copy_clusters, s->links, s->undated, s->open ? "true" : "false");
    out_json_str(stdout, s->label, strlen(s->label));
}

static int list_row(void *ctx, const vg_story_info *s)
{
    lister *l = ctx;
    if ((l->limit && l->n >= l->limit) || !passes(l, s))
        return 0;
    char a[32], b[32];
    if (l->fmt == OUT_JSON) {
        printf("%s", l->n ? "," : "");
        story_json(s);
        if (l->members) {
            unsigned k = 0;
            printf(",\"members\":[");
            vg_story_members(l->v, s->id, member_id, &k);
            putchar(']');
        }
        putchar('}');
    } else if (l->fmt == OUT_CSV) {
        if (!l->n)
            puts("story,articles,outlets,langs,first_at,last_at,first_source,first_id,"
                 "next_source,lead_s,copy_clusters,links,label");
        printf("%u,%u,%u,", s->id, s->articles, s->outlets);
        out_csv_field(stdout, s->langs, strlen(s->langs));
        printf(",%s,%s,", fmt_time(s->first_at, a), fmt_time(s->last_at, b));
        out_csv_field(stdout, s->first_source, strlen(s->first_source));
        putchar(',');
        out_csv_field(stdout, s->first_id, strlen(s->first_id));
        putchar(',');
        out_csv_field(stdout, s->next_source, strlen(s->next_source));
        if (s->lead >= 0)
            printf(",%lld", (long long)s->lead);
        else
            printf(",");
        printf(",%u,%u,", s->copy_clusters, s->links);
        out_csv_field(stdout, s->label, strlen(s->label));
        putchar('\n');
    } else {
        if (!l->n)
            printf("%6s %8s %7s %-8s %-20s %5s %-28s %s\n", "STORY", "ARTICLES", "OUTLETS",
                   "LANGS", "FIRST", "LEAD", "FIRST SOURCE", "LABEL");
        vg_slice lab = cli_excerpt((vg_slice){s->label, strlen(s->label)}, 70);
        printf("%6u %8u %7u %-8s %-20s %5s %-28s %.*s\n", s->id, s->articles, s->outlets,
               s->langs, fmt_time(s->first_at, a), fmt_lead(s->lead, b), s->first_source,
               (int)lab.n, lab.p);
    }
    l->n++;
    return 0;
}

typedef struct shower {
    out_format fmt;
    unsigned n;
    int64_t first;
} shower;

static int member_row(void *ctx, const vg_story_member *m)
{
    shower *w = ctx;
    char a[32], b[32];
    if (!w->n)
        w->first = m->at;
    long long dt = (long long)(m->at - w->first);
    if (w->fmt == OUT_JSON) {
        printf("%s{\"id\":", w->n ? "," : "");
        out_json_str(stdout, m->id, strlen(m->id));
        printf(",\"source\":");
        out_json_str(stdout, m->source, strlen(m->source));
        printf(",\"lang\":");
        out_json_str(stdout, m->lang, strlen(m->lang));
        printf(",\"at\":\"%s\",\"after_first_s\":%lld,\"score\":%.4f,\"copy_cluster\":", fmt_time(m->at, a),
               dt, m->score);
        if (m->copy_cluster)
            printf("%lld", (long long)m->copy_cluster);
        else
            printf("null");
        printf(",\"undated\":%s}", m->flags & VG_STORY_UNDATED ? "true" : "false");
    } else if (w->fmt == OUT_CSV) {
        if (!w->n)
            puts("id,source,lang,at,after_first_s,score,copy_cluster,undated");
        out_csv_field(stdout, m->id, strlen(m->id));
        putchar(',');
        out_csv_field(stdout, m->source, strlen(m->source));
        printf(",%s,%s,%lld,%.4f,", m->lang, fmt_time(m->at, a), dt, m->score);
        if (m->copy_cluster)
            printf("%lld", (long long)m->copy_cluster);
        printf(",%d\n", (m->flags & VG_STORY_UNDATED) != 0);
    } else {
        if (!w->n)
            printf("  %-20s %-7s %-4s %-28s %-6s %-8s %s\n", "PUBLISHED", "AFTER", "LANG",
                   "SOURCE", "SCORE", "COPIES", "ID");
        char after[40], cl[32] = "";
        snprintf(after, sizeof after, "+%s", fmt_lead(dt, b));
        if (m->copy_cluster)
            snprintf(cl, sizeof cl, "#%lld", (long long)m->copy_cluster);
        printf("  %-20s %-7s %-4s %-28s %-6.3f %-8s %s%s\n", fmt_time(m->at, a),
               w->n ? after : "first", m->lang, m->source, m->score, cl, m->id,
               m->flags & VG_STORY_UNDATED ? " (undated)" : "");
    }
    w->n++;
    return 0;
}

typedef struct seq {
    out_format fmt;
    unsigned n;
} seq;

static int term_row(void *ctx, const char *term, double weight)
{
    seq *q = ctx;
    if (q->fmt == OUT_JSON) {
        printf("%s{\"term\":", q->n ? "," : "");
        out_json_str(stdout, term, strlen(term));
        printf(",\"weight\":%.4f}", weight);
    } else {
        printf("%s%s", q->n ? ", " : "", term);
    }
    q->n++;
    return 0;
}

static int timeline_row(void *ctx, int64_t start, uint32_t count)
{
    seq *q = ctx;
    char a[32];
    if (q->fmt == OUT_JSON) {
        printf("%s{\"from\":\"%s\",\"articles\":%u}", q->n ? "," : "", fmt_time(start, a), count);
    } else {
        printf("  %-20s %5u ", fmt_time(start, a), count);
        for (uint32_t i = 0; i < count && i < 60; i++)
            putchar('#');
        putchar('\n');
    }
    q->n++;
    return 0;
}

static int cluster_row(void *ctx, int64_t cluster, uint32_t articles)
{
    seq *q = ctx;
    if (q->fmt == OUT_JSON)
        printf("%s{\"cluster\":%lld,\"articles\":%u}", q->n ? "," : "", (long long)cluster,
               articles);
    else
        printf("%s#%lld (%u)", q->n ? ", " : "", (long long)cluster, articles);
    q->n++;
    return 0;
}

static int link_row(void *ctx, uint32_t other, double score)
{
    seq *q = ctx;
    if (q->fmt == OUT_JSON)
        printf("%s{\"story\":%u,\"score\":%.4f}", q->n ? "," : "", other, score);
    else
        printf("%sstory %u (%.2f)", q->n ? ", " : "", other, score);
    q->n++;
    return 0;
}

static int show_story(vg_stories *v, vg_store *s, unsigned id, out_format fmt, int64_t bucket,
                      unsigned nterms)
{
    vg_story_info in;
    if (vg_story_get(v, id, &in) != VG_OK)
        return -1;
    if (!bucket)
        bucket = in.last_at - in.first_at < 2 * 86400 ? 3600 : 86400;
    shower w = {fmt, 0, 0};
    seq q = {fmt, 0};
    if (fmt == OUT_CSV) {
        vg_story_members(v, id, member_row, &w);
        return 0;
    }
    if (fmt == OUT_JSON) {
        printf("{\"story\":");
        story_json(&in);
        printf("},\"names\":[");
        vg_story_terms(v, s, id, 1, nterms, term_row, &q);
        q.n = 0;
        printf("],\"terms\":[");
        vg_story_terms(v, s, id, 0, nterms, term_row, &q);
        q.n = 0;
        printf("],\"timeline_step_s\":%lld,\"timeline\":[", (long long)bucket);
        vg_story_timeline(v, id, bucket, timeline_row, &q);
        q.n = 0;
        printf("],\"copy_clusters\":[");
        vg_story_clusters(v, id, cluster_row, &q);
        q.n = 0;
        printf("],\"links\":[");
        vg_story_links(v, id, link_row, &q);
        printf("],\"articles\":[");
        vg_story_members(v, id, member_row, &w);
        printf("]}\n");
        return 0;
    }
    char a[32], b[32];
    printf("story %u: %s\n", id, in.label);
    printf("%u articles from %u outlets (%s), %s to %s%s\n", in.articles, in.outlets, in.langs,
           fmt_time(in.first_at, a), fmt_time(in.last_at, b), in.open ? "" : " (closed)");
    printf("first report: %s (%s)", in.first_source[0] ? in.first_source : "unknown source",
           in.first_id);
    if (in.lead >= 0)
        printf(", %s ahead of %s\n", fmt_lead(in.lead, a), in.next_source);
    else
        printf(", no other outlet\n");
    if (in.copy_clusters) {
        printf("copy clusters (articles here): ");
        vg_story_clusters(v, id, cluster_row, &q);
        q.n = 0;
        printf("  (vigie copies show ID)\n");
    }
    if (in.undated)
        printf("%u articles without a date, placed at ingest time\n", in.undated);
    printf("names: ");
    vg_story_terms(v, s, id, 1, nterms, term_row, &q);
    q.n = 0;
    printf("\nterms: ");
    vg_story_terms(v, s, id, 0, nterms, term_row, &q);
    q.n = 0;
    printf("\n");
    if (in.links) {
        printf("linked across languages: ");
        vg_story_links(v, id, link_row, &q);
        q.n = 0;
        printf("\n");
    }
    printf("\ntimeline (per %s):\n", bucket % 86400 == 0 ? "day" : bucket % 3600 == 0 ? "hour"
                                                                                      : "step");
    vg_story_timeline(v, id, bucket, timeline_row, &q);
    printf("\narticles:\n");
    vg_story_members(v, id, member_row, &w);
    return 0;
}

void cli_print_story_update(FILE *f, const vg_story_stats *st)
{
    char a[32], b[32], c[32], d[32], e[32];
    fprintf(f, "stories: %s articles clustered in %.2f s (%s new stories, %s merged, "
            "%s closed, %s copies joined their story)",
            fmt_count(st->articles, a), st->seconds, fmt_count(st->stories, b),
            fmt_count(st->merged, c), fmt_count(st->closed, d), fmt_count(st->copies, e));
    fprintf(f, "; left out: %s empty, %s shorter texts\n", fmt_count(st->empty, a),
            fmt_count(st->short_texts, b));
}

/* The counts as JSON members, without braces. */
static void story_stats_json(FILE *f, const vg_story_stats *st)
{
    fprintf(f, "\"docs\":%llu,\"articles\":%llu,\"empty\":%llu,\"short_texts\":%llu,"
            "\"no_date\":%llu,\"no_title\":%llu,\"unstemmed\":%llu,\"copies\":%llu,"
            "\"stories\":%llu,\"merged\":%llu,\"closed\":%llu,\"links\":%llu",
            (unsigned long long)st->docs, (unsigned long long)st->articles,
            (unsigned long long)st->empty, (unsigned long long)st->short_texts,
            (unsigned long long)st->no_date, (unsigned long long)st->no_title,
            (unsigned long long)st->unstemmed, (unsigned long long)st->copies,
            (unsigned long long)st->stories, (unsigned long long)st->merged,
            (unsigned long long)st->closed, (unsigned long long)st->links);
}

void cli_print_story_update_json(FILE *f, const vg_story_stats *st)
{
    fputc('{', f);
    story_stats_json(f, st);
    fputc('}', f);
}

void cli_print_stories(const vg_stories *v, unsigned limit)
{
    lister l = {OUT_TEXT, 2, limit, 0, {0, 0, NULL, NULL}, v, 0};
    vg_stories_each(v, list_row, &l);
    if (!l.n)
        printf("no story of two articles or more\n");
}

int cmd_stories(int argc, char **argv)
{
    enum { O_DB = 256, O_FORMAT, O_TH, O_NAMES, O_TITLE, O_LINK, O_SIGMA, O_QUIET, O_MINCH,
           O_MINSZ, O_LIMIT, O_MEMBERS, O_SINCE, O_UNTIL, O_LANG, O_OUTLET, O_BUCKET, O_TERMS,
           O_REBUILD, O_WARM, O_PROFILE };
    static const struct option lo[] = {
        {"db", required_argument, 0, O_DB},          {"format", required_argument, 0, O_FORMAT},
        {"threshold", required_argument, 0, O_TH},   {"names", required_argument, 0, O_NAMES},
        {"title", required_argument, 0, O_TITLE},    {"link", required_argument, 0, O_LINK},
        {"sigma", required_argument, 0, O_SIGMA},    {"quiet", required_argument, 0, O_QUIET},
        {"min-chars", required_argument, 0, O_MINCH},
        {"min-size", required_argument, 0, O_MINSZ}, {"limit", required_argument, 0, O_LIMIT},
        {"members", no_argument, 0, O_MEMBERS},      {"since", required_argument, 0, O_SINCE},
        {"until", required_argument, 0, O_UNTIL},    {"lang", required_argument, 0, O_LANG},
        {"outlet", required_argument, 0, O_OUTLET},  {"bucket", required_argument, 0, O_BUCKET},
        {"terms", required_argument, 0, O_TERMS},    {"rebuild", no_argument, 0, O_REBUILD},
        {"warm", required_argument, 0, O_WARM},      {"profile", required_argument, 0, O_PROFILE},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    cli_common com = {cli_default_db(), OUT_TEXT, 0};
    vg_story_opts o;
    memset(&o, 0, sizeof o);
    filter f = {0, 0, NULL, NULL};
    unsigned min_size = 2, limit = 20, nterms = 10;
    int64_t bucket = 0;
    int members = 0, rebuild = 0, tuned = 0;
    double weight;
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
        case O_PROFILE:
            if (strcmp(optarg, "planted") != 0 && strcmp(optarg, "semeval") != 0) {
                fprintf(stderr, "vigie stories: --profile wants planted or semeval, not '%s'\n",
                        optarg);
                return EXIT_USAGE;
            }
            o.profile = !strcmp(optarg, "semeval") ? VG_STORY_PROFILE_SEMEVAL
                                                   : VG_STORY_PROFILE_PLANTED;
            break;
        case O_TH:
            if (cli_parse_double("stories", "--threshold", optarg, 0.001, 1.0, &o.threshold))
                return EXIT_USAGE;
            break;
        case O_NAMES:
        case O_TITLE:
            if (cli_parse_double("stories", c == O_NAMES ? "--names" : "--title", optarg, 0.0,
                                 1.0, &weight))
                return EXIT_USAGE;
            /* 0 in the options means "the default": -1 says "none". */
            *(c == O_NAMES ? &o.names_weight : &o.title_weight) = weight > 0 ? weight : -1;
            break;
        case O_LINK:
            if (cli_parse_double("stories", "--link", optarg, 0.001, 1.0, &o.link))
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
        case O_BUCKET:
            if (cli_parse_duration("stories", "--bucket", optarg, &bucket))
                return EXIT_USAGE;
            break;
        case O_MINCH:
            if (cli_parse_uint("stories", "--min-chars", optarg, 1, 1000000, &o.min_chars))
                return EXIT_USAGE;
            break;
        case O_WARM:
            if (cli_parse_uint("stories", "--warm", optarg, 1, 100000000, &o.warm))
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
        case O_TERMS:
            if (cli_parse_uint("stories", "--terms", optarg, 0, 1000, &nterms))
                return EXIT_USAGE;
            break;
        case O_SINCE:
            if (cli_parse_date("stories", "--since", optarg, &f.since))
                return EXIT_USAGE;
            break;
        case O_UNTIL:
            if (cli_parse_date("stories", "--until", optarg, &f.until))
                return EXIT_USAGE;
            break;
        case O_LANG: f.lang = optarg; break;
        case O_OUTLET: f.outlet = optarg; break;
        case O_MEMBERS: members = 1; break;
        case O_REBUILD: rebuild = 1; break;
        case 'h': stories_usage(stdout); return EXIT_OK;
        default: stories_usage(stderr); return EXIT_USAGE;
        }
    }
    tuned = o.profile != VG_STORY_PROFILE_PLANTED || o.threshold > 0 || o.names_weight
            || o.title_weight || o.link > 0 || o.sigma_days > 0 || o.quiet > 0 || o.min_chars
            || o.warm;
    const char *verb = optind < argc ? argv[optind++] : "list";
    unsigned show_id = 0;
    int update = !strcmp(verb, "update");
    if (update) {
        if (tuned && !rebuild) {
            cli_error("stories", "update keeps the stored settings: clustering options "
                                 "go with --rebuild");
            return EXIT_USAGE;
        }
    } else if (!strcmp(verb, "show")) {
        if (optind >= argc || cli_parse_uint("stories", "show", argv[optind], 1, 4000000000u,
                                             &show_id)) {
            if (optind >= argc)
                cli_error("stories", "show wants a story id");
            return EXIT_USAGE;
        }
        optind++;
    } else if (strcmp(verb, "list") != 0) {
        cli_error("stories", "unknown subcommand '%s' (list, show or update)", verb);
        return EXIT_USAGE;
    }
    if (optind < argc) {
        cli_error("stories", "unexpected argument '%s'", argv[optind]);
        return EXIT_USAGE;
    }
    /* Clustering options without --rebuild: a fresh analysis, in memory
     * (the store is only read). */
    int fresh = tuned && !rebuild;
    vg_store *s = cli_open_store("stories", com.db, fresh);
    if (!s)
        return EXIT_FAIL;
    vg_stories *v = NULL;
    vg_story_stats st, up;
    char err[512];
    vg_err e;
    if (fresh) {
        e = vg_story_run(s, &o, &v, &st, err, sizeof err);
    } else {
        e = rebuild ? vg_story_reset(s, err, sizeof err) : VG_OK;
        if (e == VG_OK)
            e = vg_story_update(s, rebuild ? &o : NULL, &up, err, sizeof err);
        if (e == VG_OK && !update)
            e = vg_stories_load(s, &v, err, sizeof err);
    }
    if (e != VG_OK) {
        cli_error("stories", "%s", err);
        vg_store_close(s);
        return EXIT_FAIL;
    }
    if (update) {
        if (com.format == OUT_JSON) {
            cli_print_story_update_json(stdout, &up);
            putchar('\n');
        } else {
            cli_print_story_update(stdout, &up);
        }
        vg_store_close(s);
        return EXIT_OK;
    }
    vg_stories_stats(v, &st);
    int rc = EXIT_OK;
    if (show_id) {
        if (show_story(v, s, show_id, com.format, bucket, nterms) != 0) {
            cli_error("stories", "no story %u (%llu stories)", show_id,
                      (unsigned long long)st.stories);
            rc = EXIT_FAIL;
        }
    } else {
        lister l = {com.format, min_size, limit, 0, f, v, members};
        if (com.format == OUT_JSON) {
            putchar('{');
            story_stats_json(stdout, &st);
            printf(",\"peak_open\":%llu,\"list\":[", (unsigned long long)st.peak_open);
        } else if (com.format == OUT_TEXT)
            printf("stories: %llu articles in %llu stories (%llu closed, %llu cross-language "
                   "links); left out: %llu empty, %llu shorter texts; %llu without a date "
                   "(placed at ingest time), %llu without a title, %llu without a stemmer; "
                   "%.2f s\n\n",
                   (unsigned long long)st.articles, (unsigned long long)st.stories,
                   (unsigned long long)st.closed, (unsigned long long)st.links,
                   (unsigned long long)st.empty, (unsigned long long)st.short_texts,
                   (unsigned long long)st.no_date, (unsigned long long)st.no_title,
                   (unsigned long long)st.unstemmed, st.seconds);
        vg_stories_each(v, list_row, &l);
        if (com.format == OUT_JSON)
            printf("]}\n");
        else if (com.format == OUT_TEXT && !l.n)
            printf("no story matches\n");
    }
    vg_stories_free(v);
    vg_store_close(s);
    return rc;
}
