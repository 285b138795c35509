/*
 * bench_extract.c - main-text extraction throughput: parse + metadata +
 * body, one core, over a folder of pages (.html or .html.gz).
 *
 *   bench_extract [-r ROUNDS] [-x COPIES] [--parse-only] FOLDER
 *
 * Pages are read and decompressed first, outside the timing; then each
 * round extracts every page COPIES times (COPIES > 1 builds the "larger
 * set" of the benchmark from the same pages).  Prints pages/s, MB/s of
 * HTML, the median round time, peak RSS and a checksum of everything
 * extracted (titles, dates, texts), so a fast wrong answer shows.
 * --parse-only times libxml2's parser alone on the same bytes (the
 * parser's share of the cost; docs/EXTRACTION.md).
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include <libxml/HTMLparser.h>
#include <zlib.h>

#include "vg_hash.h"
#include "vigie/html.h"

typedef struct page {
    char *p;
    size_t n;
} page;

static int by_name(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

static int load(const char *path, page *out)
{
    gzFile f = gzopen(path, "rb");
    if (!f)
        return -1;
    size_t cap = 1 << 16, n = 0;
    char *p = malloc(cap);
    for (;;) {
        if (!p)
            break;
        if (n == cap) {
            char *q = realloc(p, cap *= 2);
            if (!q) {
                free(p);
                p = NULL;
                break;
            }
            p = q;
        }
        int k = gzread(f, p + n, (unsigned)(cap - n));
        if (k <= 0)
            break;
        n += (size_t)k;
    }
    gzclose(f);
    if (!p)
        return -1;
    out->p = p;
    out->n = n;
    return 0;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    int rounds = 3, copies = 1, parse_only = 0;
    const char *dir = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-r") && i + 1 < argc)
            rounds = atoi(argv[++i]);
        else if (!strcmp(argv[i], "-x") && i + 1 < argc)
            copies = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--parse-only"))
            parse_only = 1;
        else
            dir = argv[i];
    }
    if (!dir || rounds < 1 || rounds > 100 || copies < 1) {
        fprintf(stderr, "usage: bench_extract [-r ROUNDS] [-x COPIES] [--parse-only] FOLDER\n");
        return 2;
    }
    struct dirent **names;
    int k = scandir(dir, &names, NULL, by_name);
    if (k < 0) {
        fprintf(stderr, "bench_extract: cannot list %s\n", dir);
        return 1;
    }
    page *pages = calloc((size_t)k, sizeof *pages);
    size_t np = 0, bytes = 0;
    for (int i = 0; i < k; i++) {
        const char *nm = names[i]->d_name;
        if (nm[0] != '.' && (strstr(nm, ".html") || strstr(nm, ".htm"))) {
            char path[4096];
            snprintf(path, sizeof path, "%s/%s", dir, nm);
            if (pages && load(path, &pages[np]) == 0)
                bytes += pages[np++].n;
        }
        free(names[i]);
    }
    free(names);
    if (!np) {
        fprintf(stderr, "bench_extract: no pages in %s\n", dir);
        return 1;
    }
    vg_html *x = NULL;
    if (vg_html_new(&x, NULL) != VG_OK)
        return 1;
    double *t = calloc((size_t)rounds, sizeof *t);
    uint64_t sum = 0;
    size_t failed = 0;
    for (int r = 0; r < rounds; r++) {
        uint64_t h = 0;
        failed = 0;
        double t0 = now();
        for (int c = 0; c < copies; c++) {
            for (size_t i = 0; i < np; i++) {
                if (parse_only) {
                    htmlDocPtr d = htmlReadMemory(pages[i].p, (int)pages[i].n, NULL, "UTF-8",
                                                  HTML_PARSE_RECOVER | HTML_PARSE_NONET |
                                                      HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                                      HTML_PARSE_COMPACT);
                    h += d != NULL;
                    xmlFreeDoc(d);
                    continue;
                }
                vg_html_doc doc;
                if (vg_html_extract(x, pages[i].p, pages[i].n, NULL, &doc) != VG_OK) {
                    failed++;
                    continue;
                }
                h = vg_hash64(doc.text.p, doc.text.n, h);
                h = vg_hash64(doc.title.p, doc.title.n, h);
                h ^= (uint64_t)doc.published_at;
            }
        }
        t[r] = now() - t0;
        sum = h;
    }
    qsort(t, (size_t)rounds, sizeof *t, cmp_double);
    double med = t[rounds / 2];
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    double total = (double)bytes * copies;
    printf("%s: %zu pages x %d, %.1f MB of HTML, %d rounds\n",
           parse_only ? "libxml2 parse only" : "vigie extraction", np, copies, total / 1e6,
           rounds);
    printf("  median %.3f s  %.0f pages/s  %.1f MB/s  peak RSS %.1f MiB  failed %zu  "
           "checksum %016llx\n",
           med, (double)np * copies / med, total / 1e6 / med, (double)ru.ru_maxrss / 1024.0,
           failed, (unsigned long long)sum);
    for (size_t i = 0; i < np; i++)
        free(pages[i].p);
    free(pages);
    free(t);
    vg_html_free(x);
    return 0;
}
