/*
 * eval_stories.c - story similarity against human judgements (issue 6):
 * the SemEval 2022 task 8 pairs, one per line of a TSV made by
 * scripts/eval-stories.sh:
 *
 *   lang1 \t lang2 \t overall \t text1 \t text2
 *
 * (overall: 1 very similar .. 4 very dissimilar).  Document frequencies are
 * learned over every text first; then each pair's similarity is
 *   sim = (1 - NAMES) cos(words) + NAMES cos(names)
 * with the TF-IDF vectors of src/story (words stemmed per language; names:
 * capitalised words inside sentences and numbers, shared across
 * languages).  Printed, for same-language and cross-language pairs: the
 * Pearson correlation of sim with 5 - overall, and the precision, recall
 * and F1 of the decision sim >= threshold for "same story" (overall <= 1.5)
 * against "different" (overall >= 3.0), at the threshold that maximises F1
 * over all pairs (an optimistic figure until a threshold is fixed on other
 * data).
 *
 *   eval_stories PAIRS.tsv [NAMES]      NAMES: the names' weight (0.3)
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vg_tok.h"
#include "vg_vec.h"

typedef struct pair {
    char l1[8], l2[8];
    double overall, sim;
    char *t1, *t2;
} pair;

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

static void vecs(const char *lang, const char *text, vg_svec *w, vg_svec *nm)
{
    vg_tok *t = tok_for(lang);
    if (vg_svec_terms(t, text, strlen(text), VG_TOK_WORD, w) != VG_OK
        || vg_svec_terms(t, text, strlen(text), VG_TOK_NAME, nm) != VG_OK)
        exit(1);
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

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: eval_stories PAIRS.tsv [NAMES]\n");
        return 2;
    }
    double names = argc > 2 ? atof(argv[2]) : 0.3;
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
        q->t1 = strdup(field(&p));
        q->t2 = strdup(field(&p));
        n++;
    }
    free(line);
    fclose(f);
    vg_df df = {0};
    vg_svec w1 = {0}, n1 = {0}, w2 = {0}, n2 = {0};
    for (size_t i = 0; i < n; i++) {
        vecs(v[i].l1, v[i].t1, &w1, &n1);
        vecs(v[i].l2, v[i].t2, &w2, &n2);
        if (vg_df_add(&df, &w1) || vg_df_add(&df, &n1) || vg_df_add(&df, &w2)
            || vg_df_add(&df, &n2))
            return 1;
    }
    df.docs /= 2; /* each text was counted twice, words and names */
    for (size_t i = 0; i < n; i++) {
        vecs(v[i].l1, v[i].t1, &w1, &n1);
        vecs(v[i].l2, v[i].t2, &w2, &n2);
        vg_svec_weigh(&w1, &df), vg_svec_weigh(&n1, &df);
        vg_svec_weigh(&w2, &df), vg_svec_weigh(&n2, &df);
        v[i].sim = (1 - names) * vg_svec_cos(&w1, &w2) + names * vg_svec_cos(&n1, &n2);
    }
    double best = 0, bf = -1;
    for (double th = 0.0; th <= 1.0; th += 0.005) {
        double p, r, f1;
        decision(v, n, -1, th, &p, &r, &f1);
        if (f1 > bf)
            bf = f1, best = th;
    }
    printf("pairs %zu, names weight %.2f, threshold %.3f (best F1 over all pairs)\n", n, names,
           best);
    for (int cross = 0; cross <= 1; cross++) {
        double p, r, f1;
        decision(v, n, cross, best, &p, &r, &f1);
        printf("%s: Pearson %.4f  same-story P %.4f R %.4f F1 %.4f\n",
               cross ? "cross-language" : "same-language", pearson(v, n, cross), p, r, f1);
    }
    double p, r, f1;
    decision(v, n, -1, best, &p, &r, &f1);
    printf("RESULT stories_semeval pearson_same=%.4f pearson_cross=%.4f p=%.4f r=%.4f f1=%.4f\n",
           pearson(v, n, 0), pearson(v, n, 1), p, r, f1);
    for (size_t i = 0; i < n; i++)
        free(v[i].t1), free(v[i].t2);
    free(v);
    vg_svec_free(&w1), vg_svec_free(&n1), vg_svec_free(&w2), vg_svec_free(&n2);
    vg_df_free(&df);
    return 0;
}
