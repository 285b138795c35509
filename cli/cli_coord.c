/*
 * cli_coord.c - `vigie coord`: coordinated accounts, their edges and
 * communities, as a summary and as GraphML, GEXF or CSV.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "vigie/vigie.h"

static void coord_usage(FILE *f)
{
    fprintf(f,
"usage: vigie coord [OPTIONS]\n"
"\n"
"Accounts acting together: two posts by different accounts on the same object\n"
"at most WINDOW apart are a co-action (exact window, no bins); an edge joins two\n"
"accounts that co-acted on several objects, more often than a null model in\n"
"which each account's times are shifted at random allows (p-value corrected for\n"
"the pairs tested); an edge is directed when one account consistently acts\n"
"first.  Louvain communities group the accounts; each is summarised (accounts,\n"
"objects, link domains, time span, share of its actions coordinated).  Run copy\n"
"detection first for --by text.\n"
"\n"
"      --by KINDS          objects, comma-separated: text (copy clusters), link,\n"
"                          hashtag, mention, repost, reply (default text,link,hashtag)\n"
"      --window DUR|auto   co-action window, e.g. 60s, 10m (default auto: the time\n"
"                          the fastest share q of objects takes to reach a share p\n"
"                          of their actions, at least --resolution)\n"
"      --q Q, --p P        for auto (default 0.1 and 0.5)\n"
"      --resolution DUR    least automatic window, the data's time step (default 60s)\n"
"      --min-weight N      edges on at least N distinct objects (default 2)\n"
"      --max-q Q           edges whose p-value times the pairs tested is at most Q\n"
"                          (default 0.05: fewer than 0.05 chance edges expected)\n"
"      --min-z Z           edges at least Z standard deviations above the null (default 3)\n"
"      --runs N            null-model runs (default 20)\n"
"      --null-shift DUR|all  null model: shift each account's times by up to DUR\n"
"                          either way (default the larger of 12h and 12 windows;\n"
"                          all: circularly over the whole span)\n"
"      --max-per-object N  a crowd: an action preceded by more than N actions of\n"
"                          its object within the window (a trending tag) makes\n"
"                          no pair; such objects are counted (default 1000)\n"
"      --pair-filter-mib N  memory for the filter of account pairs (big streams;\n"
"                          default 128, rounded down to a power of two): a stream\n"
"                          of more pairs takes longer, never other edges\n"
"      --seed N            random choices (default 1)\n"
"  -o, --out FILE          the graph: FILE.graphml, FILE.gexf, or FILE.csv (edges)\n"
"      --nodes FILE        accounts and communities as CSV\n"
"      --top N             communities and edges shown in the text summary (default 10)\n"
"      --db PATH           store file (default $VIGIE_DB or ./vigie.db)\n"
"      --format text|json  summary (default text)\n"
"  -h, --help              this help\n"
"\n"
"Examples:\n"
"  vigie coord --by text,link --window 60s --out graph.graphml\n"
"  vigie coord --by hashtag,repost --min-weight 3 --out edges.csv --nodes nodes.csv\n");
}

static int parse_kinds(const char *arg, unsigned *by)
{
    static const struct {
        const char *name;
        unsigned bit;
    } k[] = {{"text", VG_COORD_TEXT},       {"link", VG_COORD_LINK},
             {"hashtag", VG_COORD_HASHTAG}, {"mention", VG_COORD_MENTION},
             {"repost", VG_COORD_REPOST},   {"reply", VG_COORD_REPLY}};
    *by = 0;
    const char *p = arg;
    while (*p) {
        size_t n = strcspn(p, ",");
        size_t i;
        for (i = 0; i < sizeof k / sizeof *k; i++)
            if (strlen(k[i].name) == n && !strncmp(p, k[i].name, n))
                break;
        if (i == sizeof k / sizeof *k) {
            cli_error("coord", "--by wants text, link, hashtag, mention, repost or reply, "
                      "comma-separated, not '%s'", arg);
            return -1;
        }
        *by |= k[i].bit;
        p += n;
        if (*p == ',')
            p++;
    }
    if (!*by) {
        cli_error("coord", "--by wants at least one kind of object");
        return -1;
    }
    return 0;
}

static void xml_str(FILE *f, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '&': fputs("&amp;", f); break;
        case '"': fputs("&quot;", f); break;
        default:
            if ((unsigned char)*s >= 0x20 || *s == '\t')
                fputc(*s, f);
        }
    }
}

typedef enum graph_kind { G_GRAPHML, G_GEXF, G_CSV } graph_kind;

typedef struct writer {
    FILE *f;
    graph_kind kind;
    unsigned n;
} writer;

static int node_row(void *ctx, const vg_coord_node *n)
{
    writer *w = ctx;
    FILE *f = w->f;
    if (w->kind == G_GRAPHML) {
        fputs("    <node id=\"", f);
        xml_str(f, n->account);
        fprintf(f, "\"><data key=\"community\">%d</data><data key=\"degree\">%u</data>"
                "<data key=\"actions\">%u</data></node>\n", n->community, n->degree, n->actions);
    } else if (w->kind == G_GEXF) {
        fputs("      <node id=\"", f);
        xml_str(f, n->account);
        fputs("\" label=\"", f);
        xml_str(f, n->account);
        fprintf(f, "\"><attvalues><attvalue for=\"0\" value=\"%d\"/><attvalue for=\"1\" "
                "value=\"%u\"/><attvalue for=\"2\" value=\"%u\"/></attvalues></node>\n",
                n->community, n->degree, n->actions);
    } else {
        if (!w->n)
            fputs("account,community,degree,actions\n", f);
        out_csv_field(f, n->account, strlen(n->account));
        fprintf(f, ",%d,%u,%u\n", n->community, n->degree, n->actions);
    }
    w->n++;
    return 0;
}

#define EDGE_CSV_HEADER \
    "source,target,objects,coactions,source_first,target_first,leader,z,p,q,community\n"

static int edge_row(void *ctx, const vg_coord_edge *e)
{
    writer *w = ctx;
    FILE *f = w->f;
    /* A led edge points from the leader. */
    const char *src = e->lead < 0 ? e->b : e->a, *dst = e->lead < 0 ? e->a : e->b;
    uint32_t src_first = e->lead < 0 ? e->b_first : e->a_first;
    uint32_t dst_first = e->lead < 0 ? e->a_first : e->b_first;
    if (w->kind == G_GRAPHML || w->kind == G_GEXF) {
        fputs(w->kind == G_GRAPHML ? "    <edge source=\"" : "      <edge id=\"", f);
        if (w->kind == G_GEXF)
            fprintf(f, "%u\" source=\"", w->n);
        xml_str(f, src);
        fputs("\" target=\"", f);
        xml_str(f, dst);
        if (w->kind == G_GRAPHML)
            fprintf(f, "\" directed=\"%s\"><data key=\"weight\">%u</data>"
                    "<data key=\"coactions\">%u</data><data key=\"a_first\">%u</data>"
                    "<data key=\"b_first\">%u</data><data key=\"z\">%.3f</data>"
                    "<data key=\"p\">%.3g</data><data key=\"q\">%.3g</data></edge>\n",
                    e->lead ? "true" : "false", e->objects, e->coactions, src_first, dst_first,
                    e->z, e->p, e->q);
        else
            fprintf(f, "\" type=\"%s\" weight=\"%u\"><attvalues>"
                    "<attvalue for=\"0\" value=\"%u\"/><attvalue for=\"1\" value=\"%.3f\"/>"
                    "<attvalue for=\"2\" value=\"%.3g\"/><attvalue for=\"3\" value=\"%.3g\"/>"
                    "</attvalues></edge>\n", e->lead ? "directed" : "undirected", e->objects,
                    e->coactions, e->z, e->p, e->q);
    } else {
        if (!w->n)
            fputs(EDGE_CSV_HEADER, f);
        out_csv_field(f, src, strlen(src));
        fputc(',', f);
        out_csv_field(f, dst, strlen(dst));
        fprintf(f, ",%u,%u,%u,%u,", e->objects, e->coactions, src_first, dst_first);
        if (e->lead)
            out_csv_field(f, src, strlen(src));
        fprintf(f, ",%.3f,%.3g,%.3g,%d\n", e->z, e->p, e->q, e->community);
    }
    w->n++;
    return 0;
}

/* The format --out asks for, by the file's ending; -1 if none. */
static int graph_kind_of(const char *path)
{
    size_t n = strlen(path);
    if (n > 8 && !strcmp(path + n - 8, ".graphml"))
        return G_GRAPHML;
    if (n > 5 && !strcmp(path + n - 5, ".gexf"))
        return G_GEXF;
    if (n > 4 && !strcmp(path + n - 4, ".csv"))
        return G_CSV;
    return -1;
}

static int write_graph(const vg_coord *c, const char *path)
{
    writer w = {NULL, (graph_kind)graph_kind_of(path), 0};
    if (!(w.f = fopen(path, "w"))) {
        cli_error("coord", "%s: cannot write it", path);
        return -1;
    }
    if (w.kind == G_GRAPHML) {
        fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
              "  <key id=\"community\" for=\"node\" attr.name=\"community\" attr.type=\"int\"/>\n"
              "  <key id=\"degree\" for=\"node\" attr.name=\"degree\" attr.type=\"int\"/>\n"
              "  <key id=\"actions\" for=\"node\" attr.name=\"actions\" attr.type=\"int\"/>\n"
              "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>\n"
              "  <key id=\"coactions\" for=\"edge\" attr.name=\"coactions\" attr.type=\"int\"/>\n"
              "  <key id=\"a_first\" for=\"edge\" attr.name=\"source_first\" attr.type=\"int\"/>\n"
              "  <key id=\"b_first\" for=\"edge\" attr.name=\"target_first\" attr.type=\"int\"/>\n"
              "  <key id=\"z\" for=\"edge\" attr.name=\"z\" attr.type=\"double\"/>\n"
              "  <key id=\"p\" for=\"edge\" attr.name=\"p\" attr.type=\"double\"/>\n"
              "  <key id=\"q\" for=\"edge\" attr.name=\"q\" attr.type=\"double\"/>\n"
              "  <graph edgedefault=\"undirected\">\n", w.f);
        vg_coord_nodes(c, node_row, &w);
        w.n = 0;
        vg_coord_edges(c, edge_row, &w);
        fputs("  </graph>\n</graphml>\n", w.f);
    } else if (w.kind == G_GEXF) {
        fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
              "  <graph defaultedgetype=\"mixed\">\n"
              "    <attributes class=\"node\">\n"
              "      <attribute id=\"0\" title=\"community\" type=\"integer\"/>\n"
              "      <attribute id=\"1\" title=\"degree\" type=\"integer\"/>\n"
              "      <attribute id=\"2\" title=\"actions\" type=\"integer\"/>\n"
              "    </attributes>\n"
              "    <attributes class=\"edge\">\n"
              "      <attribute id=\"0\" title=\"coactions\" type=\"integer\"/>\n"
              "      <attribute id=\"1\" title=\"z\" type=\"double\"/>\n"
              "      <attribute id=\"2\" title=\"p\" type=\"double\"/>\n"
              "      <attribute id=\"3\" title=\"q\" type=\"double\"/>\n"
              "    </attributes>\n    <nodes>\n", w.f);
        vg_coord_nodes(c, node_row, &w);
        fputs("    </nodes>\n    <edges>\n", w.f);
        w.n = 0;
        vg_coord_edges(c, edge_row, &w);
        fputs("    </edges>\n  </graph>\n</gexf>\n", w.f);
    } else {
        vg_coord_edges(c, edge_row, &w);
        if (!w.n)
            fputs(EDGE_CSV_HEADER, w.f);
    }
    if (fclose(w.f) != 0) {
        cli_error("coord", "%s: writing failed", path);
        return -1;
    }
    return 0;
}

static int write_nodes(const vg_coord *c, const char *path)
{
    writer w = {fopen(path, "w"), G_CSV, 0};
    if (!w.f) {
        cli_error("coord", "%s: cannot write it", path);
        return -1;
    }
    vg_coord_nodes(c, node_row, &w);
    if (!w.n)
        fputs("account,community,degree,actions\n", w.f);
    if (fclose(w.f) != 0) {
        cli_error("coord", "%s: writing failed", path);
        return -1;
    }
    return 0;
}

static void json_tops(const char *key, const vg_coord_top *t, size_t n)
{
    printf(",\"%s\":[", key);
    for (size_t i = 0; i < n; i++) {
        printf(i ? ",{" : "{");
        if (strcmp(t[i].kind, "domain") && strcmp(t[i].kind, "account")) {
            printf("\"kind\":");
            out_json_str(stdout, t[i].kind, strlen(t[i].kind));
            putchar(',');
        }
        printf("\"name\":");
        out_json_str(stdout, t[i].name, strlen(t[i].name));
        printf(",\"count\":%llu}", (unsigned long long)t[i].count);
    }
    putchar(']');
}

static int json_community(void *ctx, const vg_coord_community *m)
{
    int *n = ctx;
    char a[32], b[32];
    printf("%s{\"id\":%d,\"accounts\":%u,\"actions\":%llu,\"coordinated\":%llu,"
           "\"coordinated_share\":%.4f,\"first\":\"%s\",\"last\":\"%s\"",
           (*n)++ ? "," : "", m->id, m->accounts, (unsigned long long)m->actions,
           (unsigned long long)m->coordinated,
           m->actions ? (double)m->coordinated / (double)m->actions : 0.0,
           m->coordinated ? fmt_time(m->first, a) : "", m->coordinated ? fmt_time(m->last, b) : "");
    json_tops("top_accounts", m->top_accounts, m->ntop_accounts);
    json_tops("objects", m->objects, m->nobjects);
    json_tops("domains", m->domains, m->ndomains);
    putchar('}');
    return 0;
}

static void json_summary(const vg_coord *c, const vg_coord_stats *st)
{
    printf("{\"posts\":%llu,\"no_author\":%llu,\"no_time\":%llu,\"actions\":%llu,"
           "\"accounts\":%llu,\"objects\":%llu,\"window\":%lld,\"window_estimated\":%s,"
           "\"null_shift\":%lld,\"coactions\":%llu,\"capped_objects\":%llu,\"edges\":%llu,"
           "\"kept\":%llu,\"directed\":%llu,\"communities\":%llu,\"members\":%llu,"
           "\"modularity\":%.4f,\"longest_run\":%llu,\"actions_on_disk\":%s,"
           "\"seconds\":%.3f,\"community\":[",
           (unsigned long long)st->posts, (unsigned long long)st->no_author,
           (unsigned long long)st->no_time, (unsigned long long)st->actions,
           (unsigned long long)st->accounts, (unsigned long long)st->objects,
           (long long)st->window, st->estimated ? "true" : "false", (long long)st->null_shift,
           (unsigned long long)st->coactions, (unsigned long long)st->capped,
           (unsigned long long)st->edges, (unsigned long long)st->kept,
           (unsigned long long)st->directed, (unsigned long long)st->communities,
           (unsigned long long)st->members, st->modularity,
           (unsigned long long)st->longest_run, st->spilled ? "true" : "false", st->seconds);
    int n = 0;
    vg_coord_communities(c, json_community, &n);
    printf("]}\n");
}

static void text_summary(const vg_coord_stats *st)
{
    printf("coord: %llu posts read (%llu without author, %llu without time skipped): "
           "%llu actions of %llu accounts on %llu objects\n",
           (unsigned long long)st->posts, (unsigned long long)st->no_author,
           (unsigned long long)st->no_time, (unsigned long long)st->actions,
           (unsigned long long)st->accounts, (unsigned long long)st->objects);
    printf("coord: window %lld s%s; %llu co-actions (%llu crowded objects capped), "
           "%llu account pairs\n",
           (long long)st->window, st->estimated ? " (estimated)" : "",
           (unsigned long long)st->coactions, (unsigned long long)st->capped,
           (unsigned long long)st->edges);
    printf("coord: %llu edges kept (%llu with a leader), %llu accounts in %llu communities "
           "(modularity %.3f) in %.2f s\n",
           (unsigned long long)st->kept, (unsigned long long)st->directed,
           (unsigned long long)st->members, (unsigned long long)st->communities, st->modularity,
           st->seconds);
}

typedef struct top {
    int n, max;
} top;

static int top_edge(void *ctx, const vg_coord_edge *e)
{
    top *t = ctx;
    if (!t->n)
        printf("\nstrongest edges (->: the first account leads):\n  %-24s    %-24s %7s %9s %7s "
               "%9s %5s\n", "ACCOUNT", "ACCOUNT", "OBJECTS", "COACTIONS", "Z", "Q", "COMM");
    printf("  %-24s %s %-24s %7u %9u %7.1f %9.2g %5d\n", e->lead < 0 ? e->b : e->a,
           e->lead ? "->" : "--", e->lead < 0 ? e->a : e->b, e->objects, e->coactions, e->z,
           e->q, e->community);
    return ++t->n >= t->max;
}

static void text_tops(const char *label, const vg_coord_top *v, size_t n)
{
    if (!n)
        return;
    printf("    %-9s", label);
    for (size_t i = 0; i < n; i++) {
        int name = strcmp(v[i].kind, "domain") && strcmp(v[i].kind, "account");
        printf("%s%s%s", i ? ", " : " ", name ? v[i].kind : "", name ? " " : "");
        vg_slice sl = cli_excerpt((vg_slice){v[i].name, strlen(v[i].name)}, 60);
        printf("%.*s (%llu)", (int)sl.n, sl.p, (unsigned long long)v[i].count);
    }
    putchar('\n');
}

static int top_community(void *ctx, const vg_coord_community *m)
{
    top *t = ctx;
    char a[32], b[32];
    printf("  #%d  %u accounts, %llu of %llu actions coordinated (%.0f%%)", m->id, m->accounts,
           (unsigned long long)m->coordinated, (unsigned long long)m->actions,
           m->actions ? 100.0 * (double)m->coordinated / (double)m->actions : 0.0);
    if (m->coordinated)
        printf(", %s to %s", fmt_time(m->first, a), fmt_time(m->last, b));
    putchar('\n');
    text_tops("accounts", m->top_accounts, m->ntop_accounts);
    text_tops("objects", m->objects, m->nobjects);
    text_tops("domains", m->domains, m->ndomains);
    return ++t->n >= t->max;
}

void cli_print_communities(const vg_coord *c, unsigned max)
{
    top t = {0, (int)max};
    if (max)
        vg_coord_communities(c, top_community, &t);
}

int cmd_coord(int argc, char **argv)
{
    enum { O_DB = 256, O_FORMAT, O_BY, O_WINDOW, O_Q, O_P, O_RES, O_MINW, O_MINZ, O_RUNS,
           O_MAXOBJ, O_SEED, O_NODES, O_MAXQ, O_SHIFT, O_TOP, O_PFILTER };
    static const struct option lo[] = {
        {"db", required_argument, 0, O_DB},        {"format", required_argument, 0, O_FORMAT},
        {"by", required_argument, 0, O_BY},        {"window", required_argument, 0, O_WINDOW},
        {"q", required_argument, 0, O_Q},          {"p", required_argument, 0, O_P},
        {"resolution", required_argument, 0, O_RES},
        {"min-weight", required_argument, 0, O_MINW},
        {"min-z", required_argument, 0, O_MINZ},   {"runs", required_argument, 0, O_RUNS},
        {"max-per-object", required_argument, 0, O_MAXOBJ},
        {"seed", required_argument, 0, O_SEED},    {"out", required_argument, 0, 'o'},
        {"nodes", required_argument, 0, O_NODES},  {"help", no_argument, 0, 'h'},
        {"max-q", required_argument, 0, O_MAXQ},
        {"null-shift", required_argument, 0, O_SHIFT},
        {"top", required_argument, 0, O_TOP},
        {"pair-filter-mib", required_argument, 0, O_PFILTER},
        {0, 0, 0, 0},
    };
    cli_common com = {cli_default_db(), OUT_TEXT, 0};
    vg_coord_opts o;
    memset(&o, 0, sizeof o);
    const char *out = NULL, *nodes = NULL;
    unsigned u, ntop = 10;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:h", lo, NULL)) != -1) {
        switch (c) {
        case O_DB: com.db = optarg; break;
        case O_FORMAT:
            if (cli_parse_format("coord", optarg, 1u << OUT_TEXT | 1u << OUT_JSON, &com.format))
                return EXIT_USAGE;
            break;
        case O_BY:
            if (parse_kinds(optarg, &o.by))
                return EXIT_USAGE;
            break;
        case O_WINDOW:
            if (strcmp(optarg, "auto") && cli_parse_duration("coord", "--window", optarg, &o.window))
                return EXIT_USAGE;
            break;
        case O_Q:
            if (cli_parse_double("coord", "--q", optarg, 0.001, 1.0, &o.q))
                return EXIT_USAGE;
            break;
        case O_P:
            if (cli_parse_double("coord", "--p", optarg, 0.001, 1.0, &o.p))
                return EXIT_USAGE;
            break;
        case O_RES:
            if (cli_parse_duration("coord", "--resolution", optarg, &o.resolution))
                return EXIT_USAGE;
            break;
        case O_MINW:
            if (cli_parse_uint("coord", "--min-weight", optarg, 1, 1000000, &o.min_weight))
                return EXIT_USAGE;
            break;
        case O_MINZ:
            if (cli_parse_double("coord", "--min-z", optarg, 0.001, 1000.0, &o.min_z))
                return EXIT_USAGE;
            break;
        case O_MAXQ:
            if (cli_parse_double("coord", "--max-q", optarg, 1e-300, 1.0, &o.max_q))
                return EXIT_USAGE;
            break;
        case O_SHIFT:
            if (!strcmp(optarg, "all"))
                o.null_shift = -1;
            else if (cli_parse_duration("coord", "--null-shift", optarg, &o.null_shift))
                return EXIT_USAGE;
            break;
        case O_TOP:
            if (cli_parse_uint("coord", "--top", optarg, 0, 1000000, &ntop))
                return EXIT_USAGE;
            break;
        case O_RUNS:
            if (cli_parse_uint("coord", "--runs", optarg, 1, 1000, &o.runs))
                return EXIT_USAGE;
            break;
        case O_MAXOBJ:
            if (cli_parse_uint("coord", "--max-per-object", optarg, 1, 100000000, &o.max_near))
                return EXIT_USAGE;
            break;
        case O_PFILTER:
            if (cli_parse_uint("coord", "--pair-filter-mib", optarg, 1, 65536, &u))
                return EXIT_USAGE;
            o.pair_filter = (size_t)u << 20;
            break;
        case O_SEED:
            if (cli_parse_uint("coord", "--seed", optarg, 1, 4000000000u, &u))
                return EXIT_USAGE;
            o.seed = u;
            break;
        case 'o':
            out = optarg;
            if (graph_kind_of(out) < 0) {
                cli_error("coord", "%s: --out wants a file ending in .graphml, .gexf or .csv",
                          out);
                return EXIT_USAGE;
            }
            break;
        case O_NODES: nodes = optarg; break;
        case 'h': coord_usage(stdout); return EXIT_OK;
        default: coord_usage(stderr); return EXIT_USAGE;
        }
    }
    if (optind < argc) {
        cli_error("coord", "unexpected argument '%s'", argv[optind]);
        return EXIT_USAGE;
    }
    vg_store *s = cli_open_store("coord", com.db, 1);
    if (!s)
        return EXIT_FAIL;
    vg_coord *res = NULL;
    vg_coord_stats st;
    char err[512];
    int rc = EXIT_OK;
    if (vg_coord_run(s, &o, &res, &st, err, sizeof err) != VG_OK) {
        cli_error("coord", "%s", err);
        vg_store_close(s);
        return EXIT_FAIL;
    }
    if (com.format == OUT_JSON) {
        json_summary(res, &st);
    } else {
        text_summary(&st);
        top t = {0, (int)ntop};
        if (ntop)
            vg_coord_edges(res, top_edge, &t);
        if (ntop && st.communities) {
            printf("\ncommunities (largest first; coordinated: acted within the window of another "
                   "member, on the same object):\n");
            cli_print_communities(res, ntop);
        }
    }
    if (out && write_graph(res, out))
        rc = EXIT_FAIL;
    if (nodes && write_nodes(res, nodes))
        rc = EXIT_FAIL;
    vg_coord_free(res);
    vg_store_close(s);
    return rc;
}
