/*
 * eval_stories.c - story similarity against human judgements (issue 6):
 * the SemEval 2022 task 8 pairs, one per line of a TSV made by
 * scripts/eval-stories.sh:
 *
 *   lang1 \t lang2 \t overall \t title1 \t text1 \t title2 \t text2
 *
 * (overall: 1 very similar .. 4 very dissimilar).  Each pair is scored as
 * `vigie stories` scores an article against a one-article story: TF-IDF
 * views of words (title twice, then the text), names and title words,
 * weighted (1 - NAMES - TITLE, NAMES, TITLE); across languages the names'
 * cosine alone, scaled by VG_STORY_CROSS_SCALE (vg_story_score.h).
 * Document frequencies are learned over every text first.  Printed, for
 * same- and cross-language pairs: the Pearson correlation of the score
 * with 5 - overall, and the precision, recall and F1 of the decision
 * score >= threshold for "same story" (overall <= 1.5) against
 * "different" (overall >= 3.0), at the clustering's threshold and, as an
 * optimistic bound, at the threshold that maximises F1 over all pairs.
 *
 *   eval_stories PAIRS.tsv [NAMES [TITLE [THRESHOLD]]]
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vg_story_score.h"
#include "vg_tok.h"
#include "vg_vec.h"

typedef struct pair {
    char l1[8], l2[8];
    double overall, sim;
    char *h1, *t1, *h2, *t2; /* titles and texts */
} pair;

enum { W, N, T }; /* views: words, names, title words */

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

static char *field(char **p)
{
    char *s = *p, *t = strchr(s, '\t');
    if (t) {
        *t = '\0';
        *p = t + 1;
    } else {
        *p = s + strlen(s);
    }
    return s;
}

/* The three views of a title and text, as vg_story.c builds them. */
static void vecs(const char *lang, const char *title, const char *text, vg_svec *v)
{
    vg_tok *t = tok_for(lang);
    size_t nh = strlen(title), nt = strlen(text);
    char *both = malloc(2 * nh + nt + 5);
    if (!both)
        exit(1);
    int n = sprintf(both, "%s. %s. %s", title, title, text);
    if (vg_svec_terms2(t, both, (size_t)n, &v[W], &v[N]) != VG_OK
        || vg_svec_terms2(t, title, nh, &v[T], NULL) != VG_OK)
        exit(1);
    free(both);
}

static double score(const pair *p, const vg_svec *a, const vg_svec *b, double names, double title)
{
    if (strcmp(p->l1, p->l2) != 0) {
        size_t shared;
        double c = vg_svec_cos_shared(&a[N], &b[N], &shared);
        return shared < VG_STORY_CROSS_MIN_NAMES ? 0 : c * VG_STORY_CROSS_SCALE;
    }
    return (1 - names - title) * vg_svec_cos(&a[W], &b[W]) + names * vg_svec_cos(&a[N], &b[N])
           + title * vg_svec_cos(&a[T], &b[T]);
}

static double pearson(const pair *v, size_t n, int cross)
{
    double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if ((strcmp(v[i].l1, v[i].l2) != 0) != cross)
            continue;
        double x = v[i].sim, y = 5.0 - v[i].overall;
        sx += x, sy += y, sxx += x * x, syy += y * y, sxy += x * y;
        m++;
    }
    if (m < 2)
        return NAN;
    double cov = sxy - sx * sy / m, vx = sxx - sx * sx / m, vy = syy - sy * sy / m;
    return cov / sqrt(vx * vy);
}

static void decision(const pair *v, size_t n, int cross, double th, double *p, double *r,
                     double *f)
{
    size_t tp = 0, fp = 0, fn = 0;
    for (size_t i = 0; i < n; i++) {
        if (cross >= 0 && (strcmp(v[i].l1, v[i].l2) != 0) != cross)
            continue;
        int pos = v[i].overall <= 1.5, neg = v[i].overall >= 3.0;
        if (!pos && !neg)
            continue;
        int said = v[i].sim >= th;
        tp += said && pos, fp += said && neg, fn += !said && pos;
    }
    *p = tp + fp ? (double)tp / (double)(tp + fp) : 1.0;
    *r = tp + fn ? (double)tp / (double)(tp + fn) : 1.0;
    *f = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0;
}

static void report(const pair *v, size_t n, const char *what, double th)
{
    printf("%s, threshold %.3f:\n", what, th);
    for (int cross = 0; cross <= 1; cross++) {
        double p, r, f1;
        decision(v, n, cross, th, &p, &r, &f1);
        printf("  %s: Pearson %.4f  same-story P %.4f R %.4f F1 %.4f\n",
               cross ? "cross-language" : "same-language ", pearson(v, n, cross), p, r, f1);
    }
    double p, r, f1;
    decision(v, n, -1, th, &p, &r, &f1);
    printf("  all pairs:      same-story P %.4f R %.4f F1 %.4f\n", p, r, f1);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: eval_stories PAIRS.tsv [NAMES [TITLE [THRESHOLD]]]\n");
        return 2;
    }
    double names = argc > 2 ? atof(argv[2]) : VG_STORY_NAMES;
    double title = argc > 3 ? atof(argv[3]) : VG_STORY_TITLE;
    double th = argc > 4 ? atof(argv[4]) : VG_STORY_THRESHOLD;
    FILE *f = fopen(argv[1], "r");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    pair *v = NULL;
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
            if (!v)
                return 1;
        }
        pair *q = &v[n];
        snprintf(q->l1, sizeof q->l1, "%s", field(&p));
        snprintf(q->l2, sizeof q->l2, "%s", field(&p));
        q->overall = atof(field(&p));
        q->h1 = strdup(field(&p));
        q->t1 = strdup(field(&p));
        q->h2 = strdup(field(&p));
        q->t2 = strdup(field(&p));
        n++;
    }
    free(line);
    fclose(f);
    vg_df df = {0};
    vg_svec a[3] = {{0}}, b[3] = {{0}};
    for (size_t i = 0; i < n; i++) {
        vecs(v[i].l1, v[i].h1, v[i].t1, a);
        vecs(v[i].l2, v[i].h2, v[i].t2, b);
        if (vg_df_add(&df, &a[W]) || vg_df_add(&df, &a[N]) || vg_df_add(&df, &b[W])
            || vg_df_add(&df, &b[N]))
            return 1;
    }
    df.docs /= 2; /* each text was counted twice, words and names */
    for (size_t i = 0; i < n; i++) {
        vecs(v[i].l1, v[i].h1, v[i].t1, a);
        vecs(v[i].l2, v[i].h2, v[i].t2, b);
        for (int k = 0; k < 3; k++)
            vg_svec_weigh(&a[k], &df), vg_svec_weigh(&b[k], &df);
        v[i].sim = score(&v[i], a, b, names, title);
    }
    double best = 0, bf = -1;
    for (double t = 0.0; t <= 1.0; t += 0.005) {
        double p, r, f1;
        decision(v, n, -1, t, &p, &r, &f1);
        if (f1 > bf)
            bf = f1, best = t;
    }
    printf("pairs %zu; weights: words %.2f, names %.2f, title %.2f\n", n, 1 - names - title,
           names, title);
    report(v, n, "at the clustering's threshold", th);
    report(v, n, "at the best threshold over all pairs (optimistic)", best);
    double p, r, f1, pb, rb, fb;
    decision(v, n, -1, th, &p, &r, &f1);
    decision(v, n, -1, best, &pb, &rb, &fb);
    double ps, rs, fs, pc, rc, fc;
    decision(v, n, 0, th, &ps, &rs, &fs);
    decision(v, n, 1, th, &pc, &rc, &fc);
    printf("RESULT stories_semeval pearson_same=%.4f pearson_cross=%.4f f1_same=%.4f "
           "f1_cross=%.4f p=%.4f r=%.4f f1=%.4f best_th=%.3f best_f1=%.4f\n",
           pearson(v, n, 0), pearson(v, n, 1), fs, fc, p, r, f1, best, fb);
    for (size_t i = 0; i < n; i++)
        free(v[i].h1), free(v[i].t1), free(v[i].h2), free(v[i].t2);
    free(v);
    for (int k = 0; k < 3; k++)
        vg_svec_free(&a[k]), vg_svec_free(&b[k]);
    vg_df_free(&df);
    return 0;
}
