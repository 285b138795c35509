/*
 * cli_sim.c - `vigie simulate` (synthetic corpus) and `vigie analyze`, the
 * main job: ingest the given inputs, or a built-in sample corpus when none
 * is given, and print a readable summary of what the store now holds.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

enum { OPT_DB = 400, OPT_SEED, OPT_DAYS, OPT_OUTLETS, OPT_ARTICLES, OPT_ACCOUNTS,
       OPT_POSTS, OPT_TRUTH, OPT_FORMAT };

static int parse_uint(const char *cmd, const char *opt, const char *s, unsigned long long max,
                      unsigned long long *out)
{
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (!*s || *end || v > max || s[0] == '-') {
        cli_error(cmd, "%s wants a number from 0 to %llu, not '%s'", opt, max, s);
        return -1;
    }
    *out = v;
    return 0;
}

/* Options shared by simulate and analyze: the corpus knobs. */
static int sim_option(const char *cmd, int c, vg_sim_opts *o)
{
    unsigned long long v;
    switch (c) {
    case OPT_SEED:
        if (parse_uint(cmd, "--seed", optarg, UINT64_MAX, &v))
            return -1;
        o->seed = v;
        return 1;
    case OPT_DAYS:
        if (parse_uint(cmd, "--days", optarg, 3650, &v))
            return -1;
        o->days = (unsigned)v;
        return 1;
    case OPT_OUTLETS:
        if (parse_uint(cmd, "--outlets", optarg, 10000, &v))
            return -1;
        o->outlets = (unsigned)v;
        return 1;
    case OPT_ARTICLES:
        if (parse_uint(cmd, "--articles", optarg, 100000000, &v))
            return -1;
        o->articles = (unsigned)v;
        return 1;
    case OPT_ACCOUNTS:
        if (parse_uint(cmd, "--accounts", optarg, 10000000, &v))
            return -1;
        o->accounts = (unsigned)v;
        return 1;
    case OPT_POSTS:
        if (parse_uint(cmd, "--posts", optarg, 1000000000, &v))
            return -1;
        o->posts = (unsigned)v;
        return 1;
    }
    return 0;
}

#define SIM_LONG_OPTIONS                                \
    {"seed", required_argument, 0, OPT_SEED},           \
    {"days", required_argument, 0, OPT_DAYS},           \
    {"outlets", required_argument, 0, OPT_OUTLETS},     \
    {"articles", required_argument, 0, OPT_ARTICLES},   \
    {"accounts", required_argument, 0, OPT_ACCOUNTS},   \
    {"posts", required_argument, 0, OPT_POSTS}

#define SIM_HELP                                                              \
"  --seed N       random seed (default 1); the same seed gives the same bytes\n" \
"  --days N       span of the corpus in days (default 7)\n"                    \
"  --outlets N    news outlets (default 8)\n"                                  \
"  --articles N   original articles (default 400)\n"                          \
"  --accounts N   social accounts (default 200)\n"                             \
"  --posts N      organic posts (default 3000)\n"

static void simulate_usage(FILE *f)
{
    fprintf(f,
"usage: vigie simulate [OPTIONS] [--out FILE] [--truth FILE]\n"
"\n"
"Write a synthetic corpus (JSONL, ready for 'vigie ingest') of articles and\n"
"posts with planted ground truth: copies, edited copies, a stitched article,\n"
"coordinated accounts.  See docs/SIMULATOR.md.\n"
"  -o, --out FILE   corpus file (default standard output)\n"
"  --truth FILE     ground-truth file (JSONL)\n"
SIM_HELP);
}

static void print_sim_stats(FILE *f, const vg_sim_stats *st)
{
    fprintf(f, "wrote %llu records (%llu articles, %llu posts): planted %llu copies, "
            "%llu edited copies, %llu stitched articles, %llu coordinated groups\n",
            (unsigned long long)st->docs, (unsigned long long)st->articles,
            (unsigned long long)st->posts, (unsigned long long)st->copies,
            (unsigned long long)st->near_copies, (unsigned long long)st->stitched,
            (unsigned long long)st->coord_groups);
}

int cmd_simulate(int argc, char **argv)
{
    static const struct option lo[] = {
        {"out", required_argument, 0, 'o'},
        {"truth", required_argument, 0, OPT_TRUTH},
        SIM_LONG_OPTIONS,
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    vg_sim_opts o = {0};
    const char *out = NULL, *truth = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:h", lo, NULL)) != -1) {
        int k = sim_option("simulate", c, &o);
        if (k < 0)
            return EXIT_USAGE;
        if (k)
            continue;
        switch (c) {
        case 'o': out = optarg; break;
        case OPT_TRUTH: truth = optarg; break;
        case 'h': simulate_usage(stdout); return EXIT_OK;
        default: simulate_usage(stderr); return EXIT_USAGE;
        }
    }
    if (cli_extra_args("simulate", argc, argv))
        return EXIT_USAGE;
    FILE *cf = stdout, *tf = NULL;
    int rc = EXIT_FAIL;
    if (out && !(cf = fopen(out, "w"))) {
        cli_error("simulate", "%s: cannot write", out);
        return EXIT_FAIL;
    }
    if (truth && !(tf = fopen(truth, "w"))) {
        cli_error("simulate", "%s: cannot write", truth);
        goto out;
    }
    vg_sim_stats st;
    vg_err e = vg_simulate(cf, tf, &o, &st);
    if (e) {
        cli_error("simulate", "%s", vg_strerror(e));
        goto out;
    }
    if (fflush(cf) || ferror(cf) || (tf && (fflush(tf) || ferror(tf)))) {
        cli_error("simulate", "write failed");
        goto out;
    }
    if (out)
        print_sim_stats(stderr, &st);
    rc = EXIT_OK;
out:
    if (cf != stdout)
        fclose(cf);
    if (tf)
        fclose(tf);
    return rc;
}

static void analyze_usage(FILE *f)
{
    fprintf(f,
"usage: vigie analyze [OPTIONS] [INPUT...]\n"
"\n"
"The main job: ingest INPUTs (files, folders, '-') into the store, or, when\n"
"none is given, a built-in synthetic sample corpus, then print a summary of\n"
"the store: volumes, sources, languages, days, cleaning, the biggest clusters\n"
"of copies, the stitched texts, and the communities of coordinated accounts\n"
"(vigie coord at its defaults).\n"
"  --db PATH           store file (default $VIGIE_DB or ./vigie.db)\n"
"  -m, --map SPEC      field mapping for the inputs (see 'vigie ingest --help')\n"
"  -s, --source NAME   source for records that have none\n"
"  -q, --quiet         only the summary\n"
"Sample corpus (when no INPUT is given):\n"
SIM_HELP);
}

/* ---- analyze's summary of copies -------------------------------------------- */

typedef struct seqs {
    int64_t *v;
    size_t n, cap;
    int oom;
} seqs;

static int later_of_partial(void *ctx, const vg_copy_pair *p)
{
    seqs *q = ctx;
    if (p->kind != VG_COPY_PARTIAL)
        return 0;
    if (q->n == q->cap) {
        size_t cap = q->cap ? q->cap * 2 : 1024;
        int64_t *v = realloc(q->v, cap * sizeof *v);
        if (!v) {
            q->oom = 1;
            return 1;
        }
        q->v = v;
        q->cap = cap;
    }
    q->v[q->n++] = p->b;
    return 0;
}

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

/*
 * The texts that take passages from the most earlier texts (partial reuse
 * of two or more): stitched pages.  At most `limit` of them.
 */
static int print_stitched(vg_store *s, unsigned limit)
{
    seqs q = {0};
    vg_err e = vg_copy_pairs(s, 0, later_of_partial, &q);
    if (e != VG_OK || q.oom) {
        free(q.v);
        return -1;
    }
    if (q.n > 1)
        qsort(q.v, q.n, sizeof *q.v, cmp_i64);
    /* (count, seq) of each text, best first: repeated selection of the
     * largest run is fine for a summary of a few lines. */
    unsigned shown = 0;
    int64_t last_best = 0;
    size_t last_count = SIZE_MAX;
    while (shown < limit) {
        size_t best = 0;
        int64_t best_seq = 0;
        for (size_t i = 0; i < q.n;) {
            size_t j = i;
            while (j < q.n && q.v[j] == q.v[i])
                j++;
            size_t c = j - i;
            /* below the last shown, or equal and later in sequence */
            int eligible = c < last_count || (c == last_count && q.v[i] > last_best);
            if (eligible && c > best)
                best = c, best_seq = q.v[i];
            i = j;
        }
        if (best < 2)
            break;
        char id[32];
        snprintf(id, sizeof id, "#%lld", (long long)best_seq);
        vg_doc d;
        if (vg_store_get(s, id, &d) == VG_OK) {
            vg_slice label = d.title.n ? d.title : d.text, ex = cli_excerpt(label, 60);
            printf("  %-28.*s %3zu earlier texts  %-18.*s %.*s%s\n", (int)d.source.n,
                   d.source.p, best, (int)(d.id.n < 18 ? d.id.n : 18), d.id.p, (int)ex.n, ex.p,
                   ex.n < label.n ? "..." : "");
        }
        shown++;
        last_best = best_seq;
        last_count = best;
    }
    if (!shown)
        printf("  none\n");
    free(q.v);
    return 0;
}

static int summary(vg_store *s)
{
    vg_store_info info;
    if (vg_store_info_get(s, &info) != VG_OK) {
        cli_error("analyze", "%s", vg_store_errmsg(s));
        return -1;
    }
    char a[32], b[32], d[32], t1[32], t2[32];
    printf("\n== store ==\n%s documents from %s sources and %s authors",
           fmt_count(info.docs, a), fmt_count(info.sources, b), fmt_count(info.authors, d));
    if (info.first_at != VG_TIME_NONE)
        printf(", published %s .. %s", fmt_time(info.first_at, t1), fmt_time(info.last_at, t2));
    printf("\n");
    static const struct {
        const char *title;
        vg_group g;
        unsigned limit;
    } parts[] = {
        {"top sources", VG_GROUP_SOURCE, 10},
        {"languages", VG_GROUP_LANG, 10},
        {"most active authors", VG_GROUP_AUTHOR, 10},
        {"documents per day (the last 60)", VG_GROUP_DAY, 60},
    };
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        vg_cursor *cur = NULL;
        if (vg_store_count(s, parts[i].g, parts[i].limit, &cur) != VG_OK) {
            cli_error("analyze", "%s", vg_store_errmsg(s));
            return -1;
        }
        printf("\n== %s ==\n", parts[i].title);
        vg_count row;
        uint64_t max = 0;
        /* Bars are scaled to the biggest row, so rows are collected first. */
        struct { char key[64]; uint64_t n; } rows[60]; /* >= every limit above */
        size_t n = 0;
        vg_err e;
        while ((e = vg_cursor_next_count(cur, &row)) == VG_OK && n < 60) {
            snprintf(rows[n].key, sizeof rows[n].key, "%.*s", (int)row.key.n, row.key.p);
            rows[n].n = row.n;
            if (row.n > max)
                max = row.n;
            n++;
        }
        int bad = e != VG_OK && e != VG_DONE;
        if (bad)
            cli_error("analyze", "%s", vg_cursor_errmsg(cur));
        vg_cursor_free(cur);
        if (bad)
            return -1;
        for (size_t k = 0; k < n; k++) {
            int bar = max ? (int)(rows[k].n * 40 / max) : 0;
            printf("  %-28s %10s  ", rows[k].key, fmt_count(rows[k].n, a));
            for (int j = 0; j < bar; j++)
                fputs("#", stdout);
            putchar('\n');
        }
    }
    printf("\n== copies: the biggest clusters (texts of 30 characters or more) ==\n");
    if (cli_print_clusters(s, 10, 30)) {
        cli_error("analyze", "%s", vg_store_errmsg(s));
        return -1;
    }
    printf("\n== copies: texts built from the most earlier texts (partial reuse) ==\n");
    if (print_stitched(s, 5)) {
        cli_error("analyze", "%s", vg_store_errmsg(s));
        return -1;
    }
    char err[512];
    /* The stories the ingest stored. */
    vg_stories *v = NULL;
    vg_story_stats sst;
    if (vg_stories_load(s, &v, err, sizeof err) != VG_OK) {
        cli_error("analyze", "%s", err);
        return -1;
    }
    vg_stories_stats(v, &sst);
    printf("\n== stories: articles told by several outlets (vigie stories) ==\n");
    printf("%llu articles in %llu stories, %llu cross-language links\n\n",
           (unsigned long long)sst.articles, (unsigned long long)(sst.stories - sst.merged),
           (unsigned long long)sst.links);
    cli_print_stories(v, 5);
    vg_stories_free(v);
    /* Coordination at vigie coord's defaults: text, link and hashtag
     * objects, the window estimated from the data. */
    vg_coord *c = NULL;
    vg_coord_stats st;
    if (vg_coord_run(s, NULL, &c, &st, err, sizeof err) != VG_OK) {
        cli_error("analyze", "%s", err);
        return -1;
    }
    printf("\n== coordination: accounts acting together (vigie coord) ==\n");
    printf("%llu accounts in %llu communities; window %lld s%s; %llu edges kept of %llu account "
           "pairs that co-acted\n",
           (unsigned long long)st.members, (unsigned long long)st.communities, (long long)st.window,
           st.estimated ? " (estimated)" : "", (unsigned long long)st.kept,
           (unsigned long long)st.edges);
    cli_print_communities(c, 5);
    vg_coord_free(c);
    return 0;
}

int cmd_analyze(int argc, char **argv)
{
    static const struct option lo[] = {
        {"db", required_argument, 0, OPT_DB},
        {"map", required_argument, 0, 'm'},
        {"source", required_argument, 0, 's'},
        {"quiet", no_argument, 0, 'q'},
        SIM_LONG_OPTIONS,
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    vg_sim_opts so = {0};
    cli_ingest_req req = {.cmd = "analyze", .print_summary = 1};
    req.common.db = cli_default_db();
    vg_fieldmap *map = NULL;
    vg_store *store = NULL;
    char sample[4096] = "";
    char err[512];
    int rc = EXIT_USAGE;
    if (vg_fieldmap_new(&map) != VG_OK)
        return EXIT_FAIL;
    req.opts.read.map = map;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "m:s:qh", lo, NULL)) != -1) {
        int k = sim_option("analyze", c, &so);
        if (k < 0)
            goto out;
        if (k)
            continue;
        switch (c) {
        case OPT_DB: req.common.db = optarg; break;
        case 'm':
            if (vg_fieldmap_parse(map, optarg, err, sizeof err) != VG_OK) {
                cli_error("analyze", "--map %s: %s", optarg, err);
                goto out;
            }
            break;
        case 's': req.opts.read.source = optarg; break;
        case 'q': req.common.quiet = 1; break;
        case 'h': analyze_usage(stdout); rc = EXIT_OK; goto out;
        default: analyze_usage(stderr); goto out;
        }
    }
    rc = EXIT_FAIL;
    const char *one[1];
    if (optind < argc) {
        req.paths = (const char *const *)argv + optind;
        req.npaths = (size_t)(argc - optind);
    } else {
        const char *tmp = getenv("TMPDIR");
        snprintf(sample, sizeof sample, "%s/vigie-sample-XXXXXX.jsonl",
                 tmp && *tmp ? tmp : "/tmp");
        int fd = mkstemps(sample, 6);
        FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
        if (!f) {
            cli_error("analyze", "%s: cannot create the sample corpus", sample);
            if (fd >= 0)
                close(fd);
            sample[0] = '\0';
            goto out;
        }
        vg_sim_stats st;
        vg_err e = vg_simulate(f, NULL, &so, &st);
        if (fclose(f) != 0 || e) {
            cli_error("analyze", "writing the sample corpus failed: %s", vg_strerror(e));
            goto out;
        }
        if (!req.common.quiet) {
            printf("no input given: analysing a built-in sample corpus (seed %llu)\n",
                   (unsigned long long)(so.seed ? so.seed : 1));
            print_sim_stats(stdout, &st);
        }
        one[0] = sample;
        req.paths = one;
        req.npaths = 1;
    }
    store = cli_open_store("analyze", req.common.db,
                           cli_ingest_store_mode(req.paths, req.npaths, 0));
    if (!store)
        goto out;
    req.store = store;
    vg_ingest_stats ist;
    rc = cli_run_ingest(&req, &ist);
    if (rc == EXIT_OK && summary(store))
        rc = EXIT_FAIL;
    if (rc == EXIT_OK && !req.common.quiet)
        printf("\nstore: %s  (try: vigie stats, vigie search WORD, vigie show ID,\n"
               "       vigie copies show CLUSTER, vigie provenance ID, vigie coord,\n"
               "       vigie stories show ID)\n",
               req.common.db);
out:
    if (sample[0])
        unlink(sample);
    vg_store_close(store);
    vg_fieldmap_free(map);
    return rc;
}
