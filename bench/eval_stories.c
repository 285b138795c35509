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
 * of the score with 5 - overall (and, as they are, those of its square
 * root, a monotone rescaling that changes no decision, and of its rank,
 * Spearman's), and the precision, recall and F1 of the decision score >=
 * threshold for "same story" (overall <= 1.5) against "different"
 * (overall >= 3.0): at the clustering's threshold; at the threshold that
 * maximises F1 over all pairs (an optimistic bound); and with the
 * threshold cross-validated (chosen on nine tenths of the pairs, applied
 * to the rest).  Words, titles and leads are weighed per language when
 * the profile says so (vg_df_docs_lang), names against all texts.
 *
 * Options, for the experiments of docs/EVALUATION.md ("Stories"):
 *   --raw          score the texts uncleaned, whitespace collapsed, the
 *                  headline split at two spaces only (the first version)
 *   --spaces       the headline split at two spaces only, text cleaned
 *   --tf MODE      term frequency: log (1 + ln tf, the clustering's), bm25
 *                  (saturating, length-normalised: --k1, --b), bin (0/1),
 *                  raw (the count)
 *   --prior D      the IDF's imaginary documents without the term (50)
 *   --profile P    the clustering's profile: planted (the default) or
 *                  semeval (vigie stories --profile semeval: its weights,
 *                  threshold, raw counts, and words weighed against their
 *                  language's documents); give it before the options it
 *                  sets and NAMES TITLE THRESHOLD
 *   --lang-docs    words' idf against the documents of their language
 *   --all-docs     against all documents (the planted profile's)
 *   --once         the title counted once in the words, not twice
 *   --lead N       the lead view: the title and the text's first N
 *                  sentences (3); --lead-w W gives it weight W, taken
 *                  from the words'
 *   --cv K         also fit the views' weights (least squares on the
 *                  same-language pairs) and report K-fold
 *                  cross-validated figures, repeated over 5 shuffles
 *   --cv-views S   the views fitted, letters of wntlcbd: words, names,
 *                  title, lead, chars (with --grams), bigrams, numbers
 *                  (default wnt, the clustering's)
 *   --cv-sqrt      fit their cosines' square roots
 *   --grams N      the chars view: character N-grams
 *   --dump FILE    the views' cosines per pair, for inspection
 * The views lead, chars, bigrams and numbers are this bench's: the
 * clustering has words, names and titles.
 *
 *   eval_stories PAIRS.tsv [options] [NAMES [TITLE [THRESHOLD]]]
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "vg_hash.h"
#include "vg_story_score.h"
#include "vg_tok.h"
#include "vg_vec.h"
#include "vigie/clean.h"

/* views: words, names, title words, lead words, character n-grams,
 * word bigrams, numbers */
enum { W, N, T, L, C, B, D, NV };
static const char *const view_name[NV] = {"words", "names", "title", "lead",
                                          "chars", "bigrams", "numbers"};

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

/* The features of a learned combination: the cosines of some views, as
 * they are or their square roots. */
typedef struct model {
    unsigned views;           /* 1 << view */
    int sqrt;
} model;

typedef struct opts {
    int raw, spaces, once, tf, cv, lead, grams, lang_docs, semeval;
    model m;                    /* of --cv */
    double k1, b, prior, lead_w;
    const char *dump;
} opts;

enum { TF_LOG, TF_BM25, TF_BIN, TF_RAW };

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

/* The character n-grams of s (case-folded; a run of anything but
 * letters and digits is one space), hashed per language, as counts. */
static void char_grams(const char *s, int n, uint64_t seed, vg_svec *out)
{
    out->n = 0;
    utf8proc_int32_t win[16];
    int have = 0, space = 1;
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    size_t len = strlen(s), i = 0;
    while (i <= len) {
        utf8proc_int32_t c = ' ';
        if (i < len) {
            utf8proc_ssize_t k = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &c);
            i += k > 0 ? (size_t)k : 1;
            utf8proc_category_t cat = k > 0 ? utf8proc_category(c) : UTF8PROC_CATEGORY_CN;
            c = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO)
                        || cat == UTF8PROC_CATEGORY_ND
                    ? utf8proc_tolower(c)
                    : ' ';
        } else {
            i++;
        }
        if (c == ' ' && space)
            continue;
        space = c == ' ';
        if (have == n)
            memmove(win, win + 1, (size_t)(n - 1) * sizeof *win), have--;
        win[have++] = c;
        if (have == n) {
            if (vg_svec_reserve(out, out->n + 1) != VG_OK)
                exit(1);
            uint64_t h = vg_hash64(win, (size_t)n * sizeof *win, seed);
            out->v[out->n++] = (vg_term){h ? h : 1, 1.0};
        }
    }
    vg_svec_count(out);
}

typedef struct extra {
    vg_svec *bigrams, *numbers;
    uint64_t prev, seed;
} extra;

static int on_extra(void *ctx, vg_tok_kind kind, const char *p, size_t n)
{
    extra *e = ctx;
    uint64_t h = vg_hash64(p, n, e->seed);
    vg_svec *v = NULL;
    uint64_t t = 0;
    if (kind == VG_TOK_WORD) {
        if (e->prev)
            v = e->bigrams, t = vg_mix64(e->prev * 31 + h);
        e->prev = h;
    } else if (strspn(p, "0123456789") >= n) {
        v = e->numbers, t = h;
    }
    if (v) {
        if (vg_svec_reserve(v, v->n + 1) != VG_OK)
            exit(1);
        v->v[v->n++] = (vg_term){t ? t : 1, 1.0};
    }
    return 0;
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
    extra ex = {&x->v[B], &x->v[D], 0, 0xB1u ^ vg_tok_salt(t) << 32};
    x->v[B].n = x->v[D].n = 0;
    if (vg_tok_run(t, both, (size_t)n, on_extra, &ex) != VG_OK)
        exit(1);
    vg_svec_count(&x->v[B]);
    vg_svec_count(&x->v[D]);
    if (o->grams)
        char_grams(both, o->grams, 0x4752414du ^ vg_tok_salt(t) << 32, &x->v[C]);
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
static void weigh(const opts *o, vg_svec *v, const vg_df *df, uint64_t docs, double len_avg)
{
    if ((o->tf == TF_LOG || o->tf == TF_RAW) && o->prior == 50) {
        vg_svec_weigh_docs(v, df, docs, o->tf == TF_RAW ? VG_TF_RAW : VG_TF_LOG);
        return;
    }
    double len = total(v), norm = 0;
    for (size_t i = 0; i < v->n; i++) {
        double f = vg_df_count(df, v->v[i].h), tf = v->v[i].w;
        double idf = log(((double)docs + 1.0 + o->prior) / (f + 1.0));
        if (o->tf == TF_LOG)
            tf = 1 + log(tf);
        else if (o->tf == TF_BIN)
            tf = 1;
        else if (o->tf == TF_RAW)
            ;
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

static int cmp_idx_val(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return (a > b) - (a < b);
}

/* x[i] replaced by its rank (ties share their mean rank). */
static void ranks(double *x, size_t m)
{
    double(*iv)[2] = xmalloc(m * sizeof *iv);
    for (size_t i = 0; i < m; i++)
        iv[i][0] = x[i], iv[i][1] = (double)i;
    qsort(iv, m, sizeof *iv, cmp_idx_val);
    for (size_t i = 0; i < m;) {
        size_t j = i;
        while (j + 1 < m && iv[j + 1][0] == iv[i][0])
            j++;
        for (size_t k = i; k <= j; k++)
            x[(size_t)iv[k][1]] = (double)(i + j) / 2;
        i = j + 1;
    }
    free(iv);
}

enum { LINEAR, SQRT, SPEARMAN };

/* The correlation of the score (as is, its square root, or its rank)
 * with 5 - overall over the pairs of one kind. */
static double pearson_how(const pair *v, size_t n, int cross, int how)
{
    double *x = xmalloc(n * sizeof *x), *y = xmalloc(n * sizeof *y);
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (v[i].cross == cross)
            x[m] = how == SQRT ? sqrt(v[i].sim > 0 ? v[i].sim : 0) : v[i].sim,
            y[m++] = 5.0 - v[i].overall;
    if (how == SPEARMAN)
        ranks(x, m), ranks(y, m);
    double r = pearson_xy(x, y, m);
    free(x);
    free(y);
    return r;
}

static double pearson(const pair *v, size_t n, int cross)
{
    return pearson_how(v, n, cross, LINEAR);
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
        printf("  %s: Pearson %.4f (of the square root %.4f, Spearman %.4f)  same-story P %.4f "
               "R %.4f F1 %.4f\n",
               cross ? "cross-language" : "same-language ", pearson(v, n, cross),
               pearson_how(v, n, cross, SQRT), pearson_how(v, n, cross, SPEARMAN), p, r, f1);
    }
    double p, r, f1;
    prf(decide(v, s, NULL, n, -1, th), &p, &r, &f1);
    printf("  all pairs:      same-story P %.4f R %.4f F1 %.4f\n", p, r, f1);
    free(s);
}

/* fold[i] for K folds, a deterministic shuffle from *rng. */
static void folds(size_t *fold, size_t n, int k, uint64_t *rng)
{
    for (size_t i = 0; i < n; i++)
        fold[i] = i % (size_t)k;
    for (size_t i = n; i > 1; i--) {
        *rng ^= *rng << 13, *rng ^= *rng >> 7, *rng ^= *rng << 17;
        size_t j = (size_t)(*rng % i), t = fold[i - 1];
        fold[i - 1] = fold[j], fold[j] = t;
    }
}

/*
 * The decision with its threshold cross-validated: over 10 folds of all
 * pairs (5 shuffles), the threshold that maximised F1 over the other
 * folds decides a fold.  Printed: the pooled P/R/F1 of the held-out
 * decisions for same-language, cross-language and all pairs, means over
 * the shuffles, and the mean threshold chosen.
 */
static void cv_threshold(const pair *v, size_t n)
{
    double *s = xmalloc(n * sizeof *s);
    size_t *fold = xmalloc(n * sizeof *fold);
    unsigned char *train = xmalloc(n), *test = xmalloc(n);
    for (size_t i = 0; i < n; i++)
        s[i] = v[i].sim;
    enum { K = 10, SHUFFLES = 5 };
    double f[3] = {0, 0, 0}, th_sum = 0;
    uint64_t rng = 0x9E3779B97F4A7C15u;
    for (int sh = 0; sh < SHUFFLES; sh++) {
        folds(fold, n, K, &rng);
        counts c[3] = {{0, 0, 0}, {0, 0, 0}, {0, 0, 0}};
        for (int k = 0; k < K; k++) {
            for (size_t i = 0; i < n; i++)
                train[i] = fold[i] != (size_t)k, test[i] = !train[i];
            double bf, th = best_threshold(v, s, train, n, -1, &bf);
            th_sum += th;
            for (int cross = -1; cross <= 1; cross++) {
                counts d = decide(v, s, test, n, cross, th);
                c[cross + 1].tp += d.tp, c[cross + 1].fp += d.fp, c[cross + 1].fn += d.fn;
            }
        }
        for (int j = 0; j < 3; j++) {
            double p, r, f1;
            prf(c[j], &p, &r, &f1);
            f[j] += f1 / SHUFFLES;
        }
    }
    printf("threshold cross-validated (10 folds, 5 shuffles; mean threshold %.3f): F1 "
           "same-language %.4f, cross-language %.4f, all pairs %.4f\n",
           th_sum / (K * SHUFFLES), f[1], f[2], f[0]);
    printf("RESULT stories_semeval_cvth f1_same=%.4f f1_cross=%.4f f1=%.4f\n", f[1], f[2], f[0]);
    free(s), free(fold), free(train), free(test);
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

static void features(const model *m, const pair *p, double *x)
{
    x[0] = 1;
    for (int k = 0; k < NV; k++)
        x[1 + k] = !(m->views >> k & 1) ? 0 : m->sqrt ? sqrt(p->x[k] > 0 ? p->x[k] : 0) : p->x[k];
}

/* Least squares of 5 - overall on an intercept and the features over the
 * kept same-language pairs (a small ridge keeps it stable): beta[0] the
 * intercept, beta[1 + k] view k's weight. */
static void fit(const model *m, const pair *v, const unsigned char *keep, size_t n, double *beta)
{
    enum { K = NV + 1 };
    double a[K * K] = {0}, y[K] = {0};
    for (size_t i = 0; i < n; i++) {
        if ((keep && !keep[i]) || v[i].cross)
            continue;
        double x[K];
        features(m, &v[i], x);
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

static double predict(const model *m, const double *beta, const pair *p)
{
    double x[NV + 1], sum = 0;
    features(m, p, x);
    for (int k = 0; k <= NV; k++)
        sum += beta[k] * x[k];
    return sum;
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
static void cross_validate(const model *m, const pair *v, size_t n, int k)
{
    double *s = xmalloc(n * sizeof *s), *x = xmalloc(n * sizeof *x), *y = xmalloc(n * sizeof *y);
    size_t *fold = xmalloc(n * sizeof *fold);
    unsigned char *train = xmalloc(n), *test = xmalloc(n);
    double sum_r = 0, sum_f = 0, sum_p = 0, sum_rc = 0;
    const int shuffles = 5;
    uint64_t rng = 0x9E3779B97F4A7C15u;
    for (int sh = 0; sh < shuffles; sh++) {
        folds(fold, n, k, &rng);
        counts c = {0, 0, 0};
        for (int f = 0; f < k; f++) {
            for (size_t i = 0; i < n; i++)
                train[i] = fold[i] != (size_t)f, test[i] = !train[i];
            double beta[NV + 1], bf;
            fit(m, v, train, n, beta);
            for (size_t i = 0; i < n; i++)
                s[i] = predict(m, beta, &v[i]);
            double th = best_threshold(v, s, train, n, 0, &bf);
            counts cf = decide(v, s, test, n, 0, th);
            c.tp += cf.tp, c.fp += cf.fp, c.fn += cf.fn;
            for (size_t i = 0; i < n; i++)
                if (test[i])
                    x[i] = s[i];
        }
        size_t same = 0;
        for (size_t i = 0; i < n; i++)
            if (!v[i].cross)
                s[same] = x[i], y[same++] = 5.0 - v[i].overall;
        double p, r, f1;
        prf(c, &p, &r, &f1);
        sum_r += pearson_xy(s, y, same), sum_f += f1, sum_p += p, sum_rc += r;
    }
    double beta[NV + 1];
    fit(m, v, NULL, n, beta);
    printf("learned weights%s (same-language pairs, all of them; for the record): intercept "
           "%.3f",
           m->sqrt ? " of the square roots" : "", beta[0]);
    for (int j = 0; j < NV; j++)
        if (m->views >> j & 1)
            printf(" %s %.3f", view_name[j], beta[1 + j]);
    printf("\n%d-fold cross-validated, mean of %d shuffles: same-language Pearson %.4f  "
           "same-story P %.4f R %.4f F1 %.4f\n",
           k, shuffles, sum_r / shuffles, sum_p / shuffles, sum_rc / shuffles, sum_f / shuffles);
    printf("RESULT stories_semeval_cv pearson_same=%.4f f1_same=%.4f\n", sum_r / shuffles,
           sum_f / shuffles);
    free(s), free(x), free(y), free(fold), free(train), free(test);
}

/* Options that take a number: 1 when a is one of them (next is read). */
static int number_opt(opts *o, const char *a, const char *next)
{
    const struct {
        const char *name;
        double *d;
        int *i;
    } t[] = {{"--k1", &o->k1, NULL},         {"--b", &o->b, NULL},
             {"--prior", &o->prior, NULL},   {"--lead-w", &o->lead_w, NULL},
             {"--grams", NULL, &o->grams},   {"--lead", NULL, &o->lead},
             {"--cv", NULL, &o->cv}};
    for (size_t k = 0; next && k < sizeof t / sizeof *t; k++) {
        if (strcmp(a, t[k].name) != 0)
            continue;
        if (t[k].d)
            *t[k].d = atof(next);
        else
            *t[k].i = atoi(next);
        return 1;
    }
    return 0;
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
        } else if (!strcmp(a, "--all-docs")) {
            o->lang_docs = 0;
        } else if (!strcmp(a, "--lang-docs")) {
            o->lang_docs = 1;
        } else if (!strcmp(a, "--profile") && next) {
            if (strcmp(next, "semeval") != 0 && strcmp(next, "planted") != 0)
                return -1;
            o->semeval = o->lang_docs = !strcmp(argv[++i], "semeval");
            o->tf = o->semeval ? TF_RAW : TF_LOG;
            if (o->semeval)
                w[0] = VG_STORY_SEMEVAL_NAMES, w[1] = VG_STORY_SEMEVAL_TITLE,
                w[2] = VG_STORY_SEMEVAL_THRESHOLD;
        } else if (!strcmp(a, "--once")) {
            o->once = 1;
        } else if (!strcmp(a, "--tf") && next) {
            o->tf = !strcmp(next, "bm25")  ? TF_BM25
                    : !strcmp(next, "bin") ? TF_BIN
                    : !strcmp(next, "raw") ? TF_RAW
                                           : TF_LOG;
            i++;
        } else if (number_opt(o, a, next)) {
            i++;
            if (o->grams && (o->grams < 2 || o->grams > 16))
                return -1;
        } else if (!strcmp(a, "--cv-views") && next) {
            o->m.views = 0;
            for (const char *c = argv[++i]; *c; c++) {
                const char *k = strchr("wntlcbd", *c);
                if (!k || !*c)
                    return -1;
                o->m.views |= 1u << (k - "wntlcbd");
            }
        } else if (!strcmp(a, "--cv-sqrt")) {
            o->m.sqrt = 1;
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
    opts o = {.k1 = 1.2, .b = 0.75, .prior = 50, .lead = 3, .m = {1u << W | 1u << N | 1u << T, 0}};
    double w[3] = {VG_STORY_NAMES, VG_STORY_TITLE, VG_STORY_THRESHOLD};
    if (argc < 2 || parse_opts(argc, argv, &o, w) != 0) {
        fprintf(stderr, "usage: eval_stories PAIRS.tsv [--raw] [--spaces] [--profile P] "
                        "[--lang-docs|--all-docs] [--once] [--tf log|bm25|bin|raw] [--k1 K] "
                        "[--b B] [--prior D] [--lead N] [--lead-w W] [--grams N] [--cv K] "
                        "[--cv-views S] [--cv-sqrt] [--dump FILE] [NAMES [TITLE [THRESHOLD]]]\n");
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

    vg_df df = {0}, dfc = {0};
    double len_avg[NV] = {0};
    for (size_t i = 0; i < 2 * n; i++) {
        views(&o, &tx[i]);
        if (vg_df_add(&df, &tx[i].v[W]) || vg_df_add(&df, &tx[i].v[N]))
            return 1;
        df.docs--; /* one text, two views (titles and leads use the words' counts) */
        if (vg_df_add(&dfc, &tx[i].v[C]) || vg_df_add(&dfc, &tx[i].v[B])
            || vg_df_add(&dfc, &tx[i].v[D]))
            return 1;
        dfc.docs -= 2;
        if (vg_df_add_lang(&df, tok_for(tx[i].lang)) || vg_df_add_lang(&dfc, tok_for(tx[i].lang)))
            return 1;
        for (int k = 0; k < NV; k++)
            len_avg[k] += total(&tx[i].v[k]) / (double)(2 * n);
    }
    for (size_t i = 0; i < 2 * n; i++)
        for (int k = 0; k < NV; k++) {
            const vg_df *d = k >= C ? &dfc : &df;
            /* names are shared across languages, the rest per language */
            uint64_t docs =
                k == N || !o.lang_docs ? d->docs : vg_df_docs_lang(d, tok_for(tx[i].lang));
            /* the semeval profile's raw counts are for words; names keep
             * 1 + ln, as vg_story.c weighs them */
            opts ok = o;
            if (k == N && o.semeval && o.tf == TF_RAW)
                ok.tf = TF_LOG;
            weigh(&ok, &tx[i].v[k], d, docs, len_avg[k] > 0 ? len_avg[k] : 1);
        }
    double ww = 1 - names - title - o.lead_w;
    FILE *dump = o.dump ? fopen(o.dump, "w") : NULL;
    for (size_t i = 0; i < n; i++) {
        cosines(&v[i], &tx[v[i].a], &tx[v[i].b]);
        v[i].sim = v[i].cross ? v[i].x[N]
                              : ww * v[i].x[W] + names * v[i].x[N] + title * v[i].x[T]
                                    + o.lead_w * v[i].x[L];
        if (dump)
        {
            fprintf(dump, "%s\t%s\t%.4f\t%.4f", tx[v[i].a].lang, tx[v[i].b].lang, v[i].overall,
                    v[i].sim);
            for (int k = 0; k < NV; k++)
                fprintf(dump, "\t%.4f", v[i].x[k]);
            fprintf(dump, "\t%zu\t%zu\n", strlen(tx[v[i].a].body), strlen(tx[v[i].b].body));
        }
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
    printf("RESULT stories_semeval pearson_same=%.4f pearson_cross=%.4f sqrt_same=%.4f "
           "spearman_same=%.4f f1_same=%.4f f1_cross=%.4f p=%.4f r=%.4f f1=%.4f best_th=%.3f "
           "best_f1=%.4f\n",
           pearson(v, n, 0), pearson(v, n, 1), pearson_how(v, n, 0, SQRT),
           pearson_how(v, n, 0, SPEARMAN), fs, fc, p, r, f1, best, bf);
    cv_threshold(v, n);
    if (o.cv > 1)
        cross_validate(&o.m, v, n, o.cv);
    free(s);
    for (size_t i = 0; i < 2 * n; i++) {
        free(tx[i].title), free(tx[i].body), free(tx[i].links);
        for (int k = 0; k < NV; k++)
            vg_svec_free(&tx[i].v[k]);
    }
    free(tx);
    free(v);
    vg_df_free(&df);
    vg_df_free(&dfc);
    return 0;
}
