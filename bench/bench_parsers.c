/*
 * bench_parsers.c - the measurement behind the choice of HTML parser
 * (docs/EXTRACTION.md): parse-only throughput of libxml2's HTML parser,
 * Gumbo and MyHTML on the same pages, one core.
 *
 *   bench_parsers [-r ROUNDS] FOLDER      (.html or .html.gz files)
 *
 * Pages are decompressed into memory first; each round parses every page
 * with each parser and frees the tree (MyHTML reuses one tree, as its API
 * intends).  Prints MB/s per parser per round and the median, and the
 * element count each parser built for the first page as a sanity check.
 * Built only when libgumbo-dev and libmodest-dev are installed
 * (scripts/install-deps.sh --all); not used by vigie itself.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <gumbo.h>
#include <libxml/HTMLparser.h>
#include <myhtml/api.h>
#include <zlib.h>

typedef struct page {
    char *p;
    size_t n;
} page;

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int load(const char *path, page *out)
{
    gzFile f = gzopen(path, "rb");
    if (!f)
        return -1;
    size_t cap = 1 << 16, n = 0;
    char *p = malloc(cap);
    int k = 0;
    while (p && (k = gzread(f, p + n, (unsigned)(cap - n))) > 0) {
        n += (size_t)k;
        if (n == cap) {
            char *q = realloc(p, cap *= 2);
            if (!q) {
                free(p);
                p = NULL;
            }
            p = q;
        }
    }
    gzclose(f);
    if (!p)
        return -1;
    out->p = p;
    out->n = n;
    return 0;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static size_t count_xml(const xmlNode *n)
{
    size_t k = 0;
    for (; n; n = n->next)
        k += (n->type == XML_ELEMENT_NODE) + count_xml(n->children);
    return k;
}

static size_t count_gumbo(const GumboNode *n)
{
    if (n->type != GUMBO_NODE_ELEMENT)
        return 0;
    size_t k = 1;
    for (unsigned i = 0; i < n->v.element.children.length; i++)
        k += count_gumbo(n->v.element.children.data[i]);
    return k;
}

int main(int argc, char **argv)
{
    int rounds = 5;
    const char *dir = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-r") && i + 1 < argc)
            rounds = atoi(argv[++i]);
        else
            dir = argv[i];
    }
    if (!dir || rounds < 1 || rounds > 100) {
        fprintf(stderr, "usage: bench_parsers [-r ROUNDS] FOLDER\n");
        return 2;
    }
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "bench_parsers: cannot open %s\n", dir);
        return 1;
    }
    page *pages = NULL;
    size_t np = 0, cap = 0, bytes = 0;
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        if (e->d_name[0] == '.' || !strstr(e->d_name, ".htm"))
            continue;
        if (np == cap) {
            page *q = realloc(pages, (cap = cap ? cap * 2 : 256) * sizeof *q);
            if (!q)
                return 1;
            pages = q;
        }
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (load(path, &pages[np]) == 0)
            bytes += pages[np++].n;
    }
    closedir(d);
    if (!np) {
        fprintf(stderr, "bench_parsers: no pages in %s\n", dir);
        return 1;
    }
    const int opts = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                     HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT;
    double *t[3];
    for (int p = 0; p < 3; p++)
        t[p] = calloc((size_t)rounds, sizeof(double));
    myhtml_t *mh = myhtml_create();
    myhtml_init(mh, MyHTML_OPTIONS_PARSE_MODE_SINGLE, 1, 0);
    myhtml_tree_t *tree = myhtml_tree_create();
    myhtml_tree_init(tree, mh);
    for (int r = 0; r < rounds; r++) {
        double t0 = now();
        for (size_t i = 0; i < np; i++)
            xmlFreeDoc(htmlReadMemory(pages[i].p, (int)pages[i].n, NULL, "UTF-8", opts));
        double t1 = now();
        for (size_t i = 0; i < np; i++) {
            GumboOutput *o = gumbo_parse_with_options(&kGumboDefaultOptions, pages[i].p,
                                                      pages[i].n);
            gumbo_destroy_output(&kGumboDefaultOptions, o);
        }
        double t2 = now();
        for (size_t i = 0; i < np; i++)
            myhtml_parse(tree, MyENCODING_UTF_8, pages[i].p, pages[i].n);
        double t3 = now();
        t[0][r] = t1 - t0;
        t[1][r] = t2 - t1;
        t[2][r] = t3 - t2;
    }
    /* sanity: elements built for the first page */
    htmlDocPtr x = htmlReadMemory(pages[0].p, (int)pages[0].n, NULL, "UTF-8", opts);
    GumboOutput *o = gumbo_parse_with_options(&kGumboDefaultOptions, pages[0].p, pages[0].n);
    myhtml_parse(tree, MyENCODING_UTF_8, pages[0].p, pages[0].n);
    size_t nx = x ? count_xml(xmlDocGetRootElement(x)) : 0, ng = count_gumbo(o->root);
    size_t nm = myhtml_tree_get_node_html(tree) ? 1 : 0;
    xmlFreeDoc(x);
    gumbo_destroy_output(&kGumboDefaultOptions, o);
    myhtml_tree_destroy(tree);
    myhtml_destroy(mh);
    static const char *const names[] = {"libxml2 HTML parser", "Gumbo", "MyHTML"};
    printf("%zu pages, %.1f MB of HTML, %d rounds, parse only, one core\n", np, bytes / 1e6,
           rounds);
    for (int p = 0; p < 3; p++) {
        qsort(t[p], (size_t)rounds, sizeof(double), cmp_double);
        printf("  %-20s median %.3f s  %6.1f MB/s\n", names[p], t[p][rounds / 2],
               bytes / 1e6 / t[p][rounds / 2]);
        free(t[p]);
    }
    printf("  elements built for the first page: libxml2 %zu, Gumbo %zu (MyHTML tree %s)\n",
           nx, ng, nm ? "built" : "empty");
    for (size_t i = 0; i < np; i++)
        free(pages[i].p);
    free(pages);
    return 0;
}
