/*
 * eval_stories.c - story similarity against human judgements (issue 6):
 * the SemEval 2022 task 8 pairs, one per line of a TSV made by
 * scripts/eval-stories.sh:
 *
 *   lang1 \t lang2 \t overall \t text1 \t text2
 *
 * (overall: 1 very similar .. 4 very dissimilar; texts as the set gives
 * them, the headline first, with "\n", "\t" and "\\" escaped).
 *
 * Each text goes the way an article goes in `vigie ingest` and `vigie
 * stories`: its headline is split off (the first line, or the part before
 * the first two spaces, within 300 bytes), both are cleaned by the
 * public cleaner (mojibake, NFC, page furniture, bylines, links), then
 * each pair is scored as `vigie stories` scores an article against a
 * one-article story: TF-IDF views of words (title twice, then the text),
 * names (with the links) and title words, weighted (1 - NAMES - TITLE,
 * NAMES, TITLE); across languages the names' cosine alone, scaled by
 * VG_STORY_CROSS_SCALE (vg_story_score.h).  Document frequencies are
 * learned over every text first.
 *
 * Printed, for same- and cross-language pairs: the Pearson correlation
 * of the score with 5 - overall, and the precision, recall and F1 of the
 * decision score >= threshold for "same story" (overall <= 1.5) against
 * "different" (overall >= 3.0), at the clustering's threshold and, as an
 * optimistic bound, at the threshold that maximises F1 over all pairs.
 *
 * Options, for the experiments of docs/EVALUATION.md ("Stories"):
 *   --raw          score the texts uncleaned, whitespace collapsed, the
 *                  headline split at two spaces only (the first version)
 *   --spaces       the headline split at two spaces only, text cleaned
 *   --tf MODE      term frequency: log (1 + ln tf, the clustering's), bm25
 *                  (saturating, length-normalised: --k1, --b), bin (0/1)
 *   --prior D      the IDF's imaginary documents without the term (50)
 *   --once         the title counted once in the words, not twice
 *   --lead N       the lead view: the title and the text's first N
 *                  sentences (3); --lead-w W gives it weight W, taken
 *                  from the words'
 *   --cv K         also fit the views' weights (least squares on the
 *                  same-language pairs) and report K-fold
 *                  cross-validated figures, repeated over 5 shuffles
 *   --dump FILE    the views' cosines per pair, for inspection
 *
 *   eval_stories PAIRS.tsv [options] [NAMES [TITLE [THRESHOLD]]]
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vg_story_score.h"
#include "vg_tok.h"
#include "vg_vec.h"
#include "vigie/clean.h"

enum { W, N, T, L, NV }; /* views: words, names, title words, lead words */
static const char *const view_name[NV] = {"words", "names", "title", "lead"};

typedef struct text {
    char lang[8];
    char *title, *body, *links; /* owned; links '\n'-separated */
    vg_svec v[NV];              /* counts, then weights */
} text;

typedef struct pair {
    size_t a, b;                /* texts */
    int cross;                  /* languages differ */
    double overall, sim;
    double x[NV];               /* the views' cosines (names: scaled, across) */
} pair;

typedef struct opts {
    int raw, spaces, once, tf, cv, lead;
    double k1, b, prior, lead_w;
    const char *dump;
} opts;

enum { TF_LOG, TF_BM25, TF_BIN };

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        fprintf(stderr, "eval_stories: out of memory\n");
        exit(1);
    }
    return p;
}

static char *xstrndup(const char *p, size_t n)
{
    char *s = xmalloc(n + 1);
    if (n)
        memcpy(s, p, n);
    s[n] = '\0';
    return s;
}

static vg_tok *tok_for(const char *lang)
{
    static struct {
        char lang[8];
        vg_tok *t;
    } cache[64];
    static int n;
    for (int i = 0; i < n; i++)
        if (!strcmp(cache[i].lang, lang))
            return cache[i].t;
    if (n == 64)
        return cache[0].t;
    snprintf(cache[n].lang, sizeof cache[n].lang, "%s", lang);
    if (vg_tok_new(lang, &cache[n].t) != VG_OK)
        exit(1);
    return cache[n++].t;
}

/* The next tab-separated field of *p, unescaped in place. */
static char *field(char **p)
{
    char *s = *p, *t = strchr(s, '\t');
    if (t) {
        *t = '\0';
        *p = t + 1;
    } else {
        *p = s + strlen(s);
    }
    char *o = s;
    for (char *i = s; *i; i++) {
        if (*i == '\\' && i[1]) {
            i++;
            *o++ = *i == 'n' ? '\n' : *i == 't' ? '\t' : *i;
        } else {
            *o++ = *i;
        }
    }
    *o = '\0';
    return s;
}

/* Runs of whitespace become one space, ends trimmed (the first version's
 * preparation, in Python's str.split() for ASCII whitespace). */
static char *collapse(const char *p, size_t n)
{
    char *s = xmalloc(n + 1);
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        int sp = p[i] == ' ' || p[i] == '\n' || p[i] == '\t' || p[i] == '\r' || p[i] == '\f'
                 || p[i] == '\v';
        if (!sp)
            s[m++] = p[i];
        else if (m && s[m - 1] != ' ')
            s[m++] = ' ';
    }
    while (m && s[m - 1] == ' ')
        m--;
    s[m] = '\0';
    return s;
}

/* The headline's length in raw: up to its first line break or its first
 * two spaces (how the set joins them), whichever comes first, within 300
 * bytes; 0 without one.  The first version knew only the two spaces. */
static size_t headline(const char *raw, int two_spaces_only)
{
    const char *sp = strstr(raw, "  "), *nl = two_spaces_only ? NULL : strchr(raw, '\n');
    const char *end = sp && (!nl || sp < nl) ? sp : nl;
    size_t k = end ? (size_t)(end - raw) : 0;
    if (k > 300)
        return 0;
    size_t lead = 0;
    while (lead < k && (raw[lead] == ' ' || raw[lead] == '\n'))
        lead++;
    return lead < k ? k : 0;
}

/* Title, body and links of one raw text, cleaned as `vigie ingest` does. */
static void prepare(vg_cleaner *c, const opts *o, const char *lang, const char *raw, text *x)
{
    memset(x, 0, sizeof *x);
    snprintf(x->lang, sizeof x->lang, "%s", lang);
    size_t k = headline(raw, o->raw || o->spaces);
    if (o->raw) {
        x->title = collapse(raw, k);
        x->body = collapse(raw + k, strlen(raw + k));
        x->links = xstrndup("", 0);
        return;
    }
    vg_doc d;
    memset(&d, 0, sizeof d);
    d.title = (vg_slice){raw, k};
    d.text = (vg_slice){raw + k, strlen(raw + k)};
    d.lang = (vg_slice){lang, strlen(lang)};
    d.published_at = VG_TIME_NONE;
    if (vg_cleaner_clean(c, &d) != VG_OK) {
        fprintf(stderr, "eval_stories: cleaning failed\n");
        exit(1);
    }
    x->title = xstrndup(d.title.p, d.title.n);
    x->body = xstrndup(d.text.p, d.text.n);
    x->links = xstrndup(d.links.p, d.links.n);
}

/* The length of the first n sentences of s. */
static size_t sentences(const char *s, int n)
{
    size_t i = 0;
    for (int k = 0; s[i] && k < n;) {
        unsigned char c = (unsigned char)s[i];
        if ((c == '.' || c == '!' || c == '?') && (s[i + 1] == ' ' || s[i + 1] == '\n'))
            k++;
        /* the ideographic full stop and full-width ! and ? (3 bytes) */
        if (c == 0xE3 && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x82)
            k++, i += 2;
        if (c == 0xEF && (unsigned char)s[i + 1] == 0xBC
            && ((unsigned char)s[i + 2] == 0x81 || (unsigned char)s[i + 2] == 0x9F))
            k++, i += 2;
        i++;
    }
    return i;
}

/* The views of a text as raw counts, as vg_story.c's doc_terms builds
 * them (the lead besides). */
static void views(const opts *o, text *x)
{
    vg_tok *t = tok_for(x->lang);
    size_t nh = strlen(x->title), nt = strlen(x->body);
    char *both = xmalloc(2 * nh + nt + 5);
    int n = o->once ? sprintf(both, "%s. %s", x->title, x->body)
                    : sprintf(both, "%s. %s. %s", x->title, x->title, x->body);
    size_t nl = sentences(x->body, o->lead);
    char *lead = xmalloc(nh + nl + 3);
    int m = sprintf(lead, "%s. %.*s", x->title, (int)nl, x->body);
    if (vg_svec_terms2(t, both, (size_t)n, &x->v[W], &x->v[N]) != VG_OK
        || vg_svec_terms2(t, x->title, nh, &x->v[T], NULL) != VG_OK
        || vg_svec_terms2(t, lead, (size_t)m, &x->v[L], NULL) != VG_OK)
        exit(1);
    for (const char *p = x->links; *p;) {
        size_t k = strcspn(p, "\n");
        if (k && vg_svec_add(&x->v[N], vg_term_hash(t, VG_TOK_NAME, p, k)) != VG_OK)
            exit(1);
        p += k + (p[k] == '\n');
    }
    free(both);
    free(lead);
}

static double total(const vg_svec *v)
{
    double s = 0;
    for (size_t i = 0; i < v->n; i++)
        s += v->v[i].w;
    return s;
}

/*
 * Counts to unit weights.  --tf log with the default prior is
 * vg_svec_weigh itself; the other modes are this bench's experiments.
 * len_avg: the mean length (terms counted) of the view, for bm25.
 */
static void weigh(const opts *o, vg_svec *v, const vg_df *df, double len_avg)
{
    if (o->tf == TF_LOG && o->prior == 50) {
        vg_svec_weigh(v, df);
        return;
    }
    double len = total(v), norm = 0;
    for (size_t i = 0; i < v->n; i++) {
        double f = vg_df_count(df, v->v[i].h), tf = v->v[i].w;
        double idf = log(((double)df->docs + 1.0 + o->prior) / (f + 1.0));
        if (o->tf == TF_LOG)
            tf = 1 + log(tf);
        else if (o->tf == TF_BIN)
            tf = 1;
        else
            tf = tf * (o->k1 + 1) / (tf + o->k1 * (1 - o->b + o->b * len / len_avg));
        v->v[i].w = tf * idf;
        norm += v->v[i].w * v->v[i].w;
    }
    norm = sqrt(norm);
    for (size_t i = 0; norm > 0 && i < v->n; i++)
        v->v[i].w /= norm;
}

/* The views' cosines; across languages the names' alone, scaled, and 0
 * with fewer than VG_STORY_CROSS_MIN_NAMES in common. */
static void cosines(pair *p, const text *a, const text *b)
{
    memset(p->x, 0, sizeof p->x);
    if (p->cross) {
        size_t shared;
        double c = vg_svec_cos_shared(&a->v[N], &b->v[N], &shared);
        p->x[N] = shared < VG_STORY_CROSS_MIN_NAMES ? 0 : c * VG_STORY_CROSS_SCALE;
        return;
    }
    for (int k = 0; k < NV; k++)
        p->x[k] = vg_svec_cos(&a->v[k], &b->v[k]);
}

static double pearson_xy(const double *x, const double *y, size_t m)
{
    double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
    for (size_t i = 0; i < m; i++) {
        sx += x[i], sy += y[i], sxx += x[i] * x[i], syy += y[i] * y[i], sxy += x[i] * y[i];
    }
    if (m < 2)
        return NAN;
    double cov = sxy - sx * sy / m, vx = sxx - sx * sx / m, vy = syy - sy * sy / m;
    return cov / sqrt(vx * vy);
}

static double pearson(const pair *v, size_t n, int cross)
{
    double *x = xmalloc(n * sizeof *x), *y = xmalloc(n * sizeof *y);
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (v[i].cross == cross)
            x[m] = v[i].sim, y[m++] = 5.0 - v[i].overall;
    double r = pearson_xy(x, y, m);
    free(x);
    free(y);
    return r;
}

typedef struct counts {
    size_t tp, fp, fn;
} counts;

static void prf(counts c, double *p, double *r, double *f)
{
    *p = c.tp + c.fp ? (double)c.tp / (double)(c.tp + c.fp) : 1.0;
    *r = c.tp + c.fn ? (double)c.tp / (double)(c.tp + c.fn) : 1.0;
    *f = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0;
}

/* Decision counts of score s >= th for the judged pairs among v[i] with
 * keep[i] (NULL: all), cross as asked (-1: both). */
static counts decide(const pair *v, const double *s, const unsigned char *keep, size_t n,
                     int cross, double th)
{
    counts c = {0, 0, 0};
    for (size_t i = 0; i < n; i++) {
        if ((keep && !keep[i]) || (cross >= 0 && v[i].cross != cross))
            continue;
        int pos = v[i].overall <= 1.5, neg = v[i].overall >= 3.0;
        if (!pos && !neg)
            continue;
        int said = s[i] >= th;
        c.tp += said && pos, c.fp += said && neg, c.fn += !said && pos;
    }
    return c;
}

/* The threshold among the scores that maximises F1 on the kept pairs. */
static double best_threshold(const pair *v, const double *s, const unsigned char *keep, size_t n,
                             int cross, double *f1)
{
    double best = 0, bf = -1;
    for (size_t j = 0; j < n; j++) {
        if ((keep && !keep[j]) || (cross >= 0 && v[j].cross != cross))
            continue;
        double p, r, f;
        prf(decide(v, s, keep, n, cross, s[j]), &p, &r, &f);
        if (f > bf || (f == bf && s[j] < best))
            bf = f, best = s[j];
    }
    *f1 = bf;
    return best;
}

static void report(const pair *v, size_t n, const char *what, double th)
{
    double *s = xmalloc(n * sizeof *s);
    for (size_t i = 0; i < n; i++)
        s[i] = v[i].sim;
    printf("%s, threshold %.3f:\n", what, th);
    for (int cross = 0; cross <= 1; cross++) {
        double p, r, f1;
        prf(decide(v, s, NULL, n, cross, th), &p, &r, &f1);
        printf("  %s: Pearson %.4f  same-story P %.4f R %.4f F1 %.4f\n",
               cross ? "cross-language" : "same-language ", pearson(v, n, cross), p, r, f1);
    }
    double p, r, f1;
    prf(decide(v, s, NULL, n, -1, th), &p, &r, &f1);
    printf("  all pairs:      same-story P %.4f R %.4f F1 %.4f\n", p, r, f1);
    free(s);
}

/* Solve the k x k system a x = y in place (Gaussian elimination with
 * partial pivoting); 0 when singular. */
static int solve(double *a, double *y, int k)
{
    for (int c = 0; c < k; c++) {
        int piv = c;
        for (int r = c + 1; r < k; r++)
            if (fabs(a[r * k + c]) > fabs(a[piv * k + c]))
                piv = r;
        if (fabs(a[piv * k + c]) < 1e-12)
            return 0;
        for (int j = 0; j < k; j++) {
            double t = a[c * k + j];
            a[c * k + j] = a[piv * k + j], a[piv * k + j] = t;
        }
        double t = y[c];
        y[c] = y[piv], y[piv] = t;
        for (int r = c + 1; r < k; r++) {
            double f = a[r * k + c] / a[c * k + c];
            for (int j = c; j < k; j++)
                a[r * k + j] -= f * a[c * k + j];
            y[r] -= f * y[c];
        }
    }
    for (int c = k - 1; c >= 0; c--) {
        for (int j = c + 1; j < k; j++)
            y[c] -= a[c * k + j] * y[j];
        y[c] /= a[c * k + c];
    }
    return 1;
}

/* Least squares of 5 - overall on an intercept and the views' cosines
 * over the kept same-language pairs (a small ridge keeps it stable):
 * beta[0] the intercept, beta[1 + k] view k's weight. */
static void fit(const pair *v, const unsigned char *keep, size_t n, double *beta)
{
    enum { K = NV + 1 };
    double a[K * K] = {0}, y[K] = {0};
    for (size_t i = 0; i < n; i++) {
        if ((keep && !keep[i]) || v[i].cross)
            continue;
        double x[K] = {1};
        memcpy(x + 1, v[i].x, sizeof v[i].x);
        for (int r = 0; r < K; r++) {
            for (int c = 0; c < K; c++)
                a[r * K + c] += x[r] * x[c];
            y[r] += x[r] * (5.0 - v[i].overall);
        }
    }
    for (int r = 1; r < K; r++)
        a[r * K + r] += 1e-3;
    if (!solve(a, y, K))
        memset(y, 0, sizeof y);
    memcpy(beta, y, sizeof y);
}

static double predict(const double *beta, const pair *p)
{
    double s = beta[0];
    for (int k = 0; k < NV; k++)
        s += beta[1 + k] * p->x[k];
    return s;
}

/*
 * The learned combination, cross-validated: same-language pairs in K
 * folds (5 shuffles); each fold's scores come from weights fitted on the
 * others, and its decision threshold is the one that maximised F1 there.
 * Pearson and F1 pool the held-out pairs of a shuffle; printed, their mean
 * over the shuffles.  The weights fitted on all pairs are printed, for
 * the record only: figures of weights fitted on their own test pairs are
 * not reported.
 */
static void cross_validate(const pair *v, size_t n, int k)
{
    double *s = xmalloc(n * sizeof *s), *x = xmalloc(n * sizeof *x), *y = xmalloc(n * sizeof *y);
    size_t *fold = xmalloc(n * sizeof *fold);
    unsigned char *train = xmalloc(n), *test = xmalloc(n);
    double sum_r = 0, sum_f = 0, sum_p = 0, sum_rc = 0;
    const int shuffles = 5;
    uint64_t rng = 0x9E3779B97F4A7C15u;
    for (int sh = 0; sh < shuffles; sh++) {
        /* a deterministic shuffle of the fold labels */
        for (size_t i = 0; i < n; i++)
            fold[i] = i % (size_t)k;
        for (size_t i = n; i > 1; i--) {
            rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
            size_t j = (size_t)(rng % i), t = fold[i - 1];
            fold[i - 1] = fold[j], fold[j] = t;
        }
        counts c = {0, 0, 0};
        for (int f = 0; f < k; f++) {
            for (size_t i = 0; i < n; i++)
                train[i] = fold[i] != (size_t)f, test[i] = !train[i];
            double beta[NV + 1], bf;
            fit(v, train, n, beta);
            for (size_t i = 0; i < n; i++)
                s[i] = predict(beta, &v[i]);
            double th = best_threshold(v, s, train, n, 0, &bf);
            counts cf = decide(v, s, test, n, 0, th);
            c.tp += cf.tp, c.fp += cf.fp, c.fn += cf.fn;
            for (size_t i = 0; i < n; i++)
                if (test[i])
                    x[i] = s[i];
        }
        size_t m = 0;
        for (size_t i = 0; i < n; i++)
            if (!v[i].cross)
                s[m] = x[i], y[m++] = 5.0 - v[i].overall;
        double p, r, f1;
        prf(c, &p, &r, &f1);
        sum_r += pearson_xy(s, y, m), sum_f += f1, sum_p += p, sum_rc += r;
    }
    double beta[NV + 1];
    fit(v, NULL, n, beta);
    printf("learned weights (same-language pairs, all of them; for the record): intercept "
           "%.3f",
           beta[0]);
    for (int j = 0; j < NV; j++)
        printf(" %s %.3f", view_name[j], beta[1 + j]);
    printf("\n%d-fold cross-validated, mean of %d shuffles: same-language Pearson %.4f  "
           "same-story P %.4f R %.4f F1 %.4f\n",
           k, shuffles, sum_r / shuffles, sum_p / shuffles, sum_rc / shuffles, sum_f / shuffles);
    printf("RESULT stories_semeval_cv pearson_same=%.4f f1_same=%.4f\n", sum_r / shuffles,
           sum_f / shuffles);
    free(s), free(x), free(y), free(fold), free(train), free(test);
}

static int parse_opts(int argc, char **argv, opts *o, double *w)
{
    int pos = 0;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i], *next = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--raw")) {
            o->raw = 1;
        } else if (!strcmp(a, "--spaces")) {
            o->spaces = 1;
        } else if (!strcmp(a, "--once")) {
            o->once = 1;
        } else if (!strcmp(a, "--tf") && next) {
            o->tf = !strcmp(next, "bm25") ? TF_BM25 : !strcmp(next, "bin") ? TF_BIN : TF_LOG;
            i++;
        } else if (!strcmp(a, "--k1") && next) {
            o->k1 = atof(argv[++i]);
        } else if (!strcmp(a, "--b") && next) {
            o->b = atof(argv[++i]);
        } else if (!strcmp(a, "--prior") && next) {
            o->prior = atof(argv[++i]);
        } else if (!strcmp(a, "--lead") && next) {
            o->lead = atoi(argv[++i]);
        } else if (!strcmp(a, "--lead-w") && next) {
            o->lead_w = atof(argv[++i]);
        } else if (!strcmp(a, "--cv") && next) {
            o->cv = atoi(argv[++i]);
        } else if (!strcmp(a, "--dump") && next) {
            o->dump = argv[++i];
        } else if (a[0] != '-' || (a[1] >= '0' && a[1] <= '9') || a[1] == '.') {
            if (pos == 3)
                return -1;
            w[pos++] = atof(a);
        } else {
            return -1;
        }
    }
    return 0;
}

int main(int argc, char **argv)
{
    opts o = {.k1 = 1.2, .b = 0.75, .prior = 50, .lead = 3};
    double w[3] = {VG_STORY_NAMES, VG_STORY_TITLE, VG_STORY_THRESHOLD};
    if (argc < 2 || parse_opts(argc, argv, &o, w) != 0) {
        fprintf(stderr, "usage: eval_stories PAIRS.tsv [--raw] [--spaces] [--once] [--tf log|bm25|bin] "
                        "[--k1 K] [--b B] [--prior D] [--lead N] [--lead-w W] [--cv K] "
                        "[--dump FILE] [NAMES [TITLE [THRESHOLD]]]\n");
        return 2;
    }
    double names = w[0], title = w[1], th = w[2];
    FILE *f = fopen(argv[1], "r");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    vg_cleaner *cl = NULL;
    vg_clean_opts co = {.no_learn = 1}; /* no outlets in the set: nothing to learn per outlet */
    if (vg_cleaner_new(&cl, &co) != VG_OK)
        return 1;
    pair *v = NULL;
    text *tx = NULL;
    size_t n = 0, cap = 0;
    char *line = NULL;
    size_t lcap = 0;
    ssize_t len;
    while ((len = getline(&line, &lcap, f)) > 0) {
        if (line[len - 1] == '\n')
            line[len - 1] = '\0';
        char *p = line;
        if (n == cap) {
            cap = cap ? 2 * cap : 1024;
            v = realloc(v, cap * sizeof *v);
            tx = realloc(tx, 2 * cap * sizeof *tx);
            if (!v || !tx)
                return 1;
        }
        pair *q = &v[n];
        char l1[8], l2[8];
        snprintf(l1, sizeof l1, "%s", field(&p));
        snprintf(l2, sizeof l2, "%s", field(&p));
        q->overall = atof(field(&p));
        q->cross = strcmp(l1, l2) != 0;
        q->a = 2 * n, q->b = 2 * n + 1;
        prepare(cl, &o, l1, field(&p), &tx[q->a]);
        prepare(cl, &o, l2, field(&p), &tx[q->b]);
        n++;
    }
    free(line);
    fclose(f);
    vg_cleaner_free(cl);

    vg_df df = {0};
    double len_avg[NV] = {0};
    for (size_t i = 0; i < 2 * n; i++) {
        views(&o, &tx[i]);
        if (vg_df_add(&df, &tx[i].v[W]) || vg_df_add(&df, &tx[i].v[N]))
            return 1;
        df.docs--; /* one text, two views (titles and leads use the words' counts) */
        for (int k = 0; k < NV; k++)
            len_avg[k] += total(&tx[i].v[k]) / (double)(2 * n);
    }
    for (size_t i = 0; i < 2 * n; i++)
        for (int k = 0; k < NV; k++)
            weigh(&o, &tx[i].v[k], &df, len_avg[k] > 0 ? len_avg[k] : 1);
    double ww = 1 - names - title - o.lead_w;
    FILE *dump = o.dump ? fopen(o.dump, "w") : NULL;
    for (size_t i = 0; i < n; i++) {
        cosines(&v[i], &tx[v[i].a], &tx[v[i].b]);
        v[i].sim = v[i].cross ? v[i].x[N]
                              : ww * v[i].x[W] + names * v[i].x[N] + title * v[i].x[T]
                                    + o.lead_w * v[i].x[L];
        if (dump)
            fprintf(dump, "%s\t%s\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\n", tx[v[i].a].lang,
                    tx[v[i].b].lang, v[i].overall, v[i].sim, v[i].x[W], v[i].x[N], v[i].x[T],
                    v[i].x[L]);
    }
    if (dump)
        fclose(dump);
    double *s = xmalloc(n * sizeof *s);
    for (size_t i = 0; i < n; i++)
        s[i] = v[i].sim;
    double bf, best = best_threshold(v, s, NULL, n, -1, &bf);
    size_t titled = 0;
    for (size_t i = 0; i < 2 * n; i++)
        titled += tx[i].title[0] != '\0';
    printf("pairs %zu (%s, %zu of %zu texts titled); weights: words %.2f, names %.2f, title "
           "%.2f, lead %.2f\n",
           n, o.raw ? "raw" : "cleaned", titled, 2 * n, ww, names, title, o.lead_w);
    report(v, n, "at the clustering's threshold", th);
    report(v, n, "at the best threshold over all pairs (optimistic)", best);
    double p, r, f1, ps, rs, fs, pc, rc, fc;
    prf(decide(v, s, NULL, n, -1, th), &p, &r, &f1);
    prf(decide(v, s, NULL, n, 0, th), &ps, &rs, &fs);
    prf(decide(v, s, NULL, n, 1, th), &pc, &rc, &fc);
    printf("RESULT stories_semeval pearson_same=%.4f pearson_cross=%.4f f1_same=%.4f "
           "f1_cross=%.4f p=%.4f r=%.4f f1=%.4f best_th=%.3f best_f1=%.4f\n",
           pearson(v, n, 0), pearson(v, n, 1), fs, fc, p, r, f1, best, bf);
    if (o.cv > 1)
        cross_validate(v, n, o.cv);
    free(s);
    for (size_t i = 0; i < 2 * n; i++) {
        free(tx[i].title), free(tx[i].body), free(tx[i].links);
        for (int k = 0; k < NV; k++)
            vg_svec_free(&tx[i].v[k]);
    }
    free(tx);
    free(v);
    vg_df_free(&df);
    return 0;
}
