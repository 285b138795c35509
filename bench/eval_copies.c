/*
 * eval_copies.c - check vigie's copy detection on one store against an
 * exact brute force: every pair of texts whose shingle sets have a Jaccard
 * similarity at or above the store's threshold.
 *
 * Both sides see the same thing: the cleaned texts of the store's docs
 * table, normalised and shingled by the copy pass's own functions
 * (vg_fp_norm_text, vg_fp_shingles), with the settings recorded in
 * meta.copy_params.  A pair of texts is compared on character n-grams when
 * either normalised text is shorter than long_min code points, else on word
 * n-grams, as vg_copy.c does.
 *
 * The truth:
 *   1. texts with identical normalised form are one class (J = 1);
 *   2. over the distinct texts, an exact all-pairs similarity join
 *      (AllPairs with prefix filtering, Bayardo et al. 2007): shingles are
 *      ranked rarest first over the collection, sets are taken in order of
 *      size, and each set probes an inverted index of the prefixes of the
 *      sets before it.  Two sets with J >= t share at least ceil(t * |x|)
 *      shingles, so their prefixes of |x| - ceil(t * |x|) + 1 rarest
 *      shingles meet; every candidate is verified on the whole sets, and J
 *      is computed as the copy pass computes it, (double)overlap / union.
 *      The character join holds every text whose character set is small
 *      enough to reach t with a short one (|B| <= long_min / t) and keeps
 *      pairs with a short member; the word join holds the long texts.
 *
 * What vigie found: a document pair is found when both documents are in
 * one class (copy_docs.cls) or their classes have a copy_pairs row of kind
 * 1 (near).  Recall and precision are given over distinct-text pairs and
 * over document pairs (identical texts multiply).  Every near pair vigie
 * recorded is checked (precision must be 1: the pass verifies each pair),
 * and every missed pair is explained: did the two MinHash signatures share
 * a band key (if not, LSH missed it by chance, at the rate its banding
 * predicts); did the earlier text have that signature in the index; how
 * crowded the shared key was and how many texts the later one had as band
 * candidates (the pass looks up at most 64 classes per key and verifies at
 * most max_cand candidates).
 *
 * Usage: eval_copies [--examples N] [--naive N] [--label NAME] STORE
 *   --examples N  examples of each kind of miss or error (default 5)
 *   --naive N     also compare every pair of the first N texts in full, the
 *                 plainest algorithm, against the join (a check of this
 *                 program; exits 1 on any disagreement)
 * The last line is "RESULT label t=... key=value ..." for scripts; a 64-bit
 * hash of the true pairs (by first-document seq) lets two runs be compared.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sqlite3.h>
#include <xxhash.h>

#include "vg_fp.h"

#define EPS 1e-9
#define GET_CAP 64      /* classes a lookup of one key returns (vg_copy.c) */
#define DEFAULT_MAX_CAND 200

static void die(const char *what)
{
    fprintf(stderr, "eval_copies: %s\n", what);
    exit(1);
}

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        die("out of memory");
    return q;
}

#define PUSH(arr, n, cap, x)                                        \
    do {                                                            \
        if ((n) == (cap)) {                                         \
            (cap) = (cap) ? 2 * (cap) : 1024;                       \
            (arr) = xrealloc((arr), (cap) * sizeof *(arr));         \
        }                                                           \
        (arr)[(n)++] = (x);                                         \
    } while (0)

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- the store's settings and contents ------------------------------------ */

typedef struct settings {
    double t, recall;
    unsigned bands, rows, wbands, wrows, char_n, word_n, long_min, sent_words;
} settings;

/* Bands and rows of a kind of signature: short texts' or long texts'. */
static unsigned nbands(const settings *s, int kind)
{
    return kind == VG_SH_CHAR ? s->bands : s->wbands;
}

static unsigned nrows(const settings *s, int kind)
{
    return kind == VG_SH_CHAR ? s->rows : s->wrows;
}

typedef struct doc {
    int64_t seq;
    int64_t cls;      /* vigie's class (copy_docs.cls); 0 when not fingerprinted */
    int32_t tid;      /* distinct normalised text; -1 when empty */
} doc;

typedef struct text {
    int64_t first;    /* seq of its first document */
    uint32_t ndocs;
    uint32_t ncp;     /* code points of the normalised text */
    uint64_t h;       /* hash of the normalised text (table key) */
    size_t off, len;  /* normalised text in the arena */
    size_t coff, cn;  /* character shingles in the pool (cn = 0: none kept) */
    size_t woff, wn;  /* word shingles (long texts) */
} text;

typedef struct corpus {
    settings s;
    doc *docs;
    size_t ndocs, dcap;
    text *texts;
    size_t ntexts, tcap;
    char *arena;
    size_t alen, acap;
    uint64_t *pool;   /* shingle hashes, sorted per set */
    size_t plen, pcap;
    int32_t *table;   /* open addressing: text ids by hash */
    size_t tmask;
    size_t empty;     /* documents with nothing left after normalisation */
    size_t empty_fp;  /* ...of which the copy pass fingerprinted anyway */
    size_t unfp;      /* non-empty documents the copy pass did not fingerprint */
    sqlite3 *db;
} corpus;

static int read_settings(sqlite3 *db, settings *s)
{
    sqlite3_stmt *st = NULL;
    int ok = 0;
    if (sqlite3_prepare_v2(db, "SELECT v FROM meta WHERE k = 'copy_params'", -1, &st, NULL) ==
            SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
        const char *v = (const char *)sqlite3_column_text(st, 0);
        ok = v && sscanf(v, "v2 threshold=%lf recall=%lf bands=%u rows=%u wbands=%u "
                            "wrows=%u char=%u word=%u long=%u sentence=%u",
                         &s->t, &s->recall, &s->bands, &s->rows, &s->wbands, &s->wrows,
                         &s->char_n, &s->word_n, &s->long_min, &s->sent_words) == 10;
    }
    sqlite3_finalize(st);
    return ok;
}

static void table_grow(corpus *c)
{
    size_t n = c->tmask ? 2 * (c->tmask + 1) : 1 << 16;
    int32_t *t = xrealloc(NULL, n * sizeof *t);
    for (size_t i = 0; i < n; i++)
        t[i] = -1;
    for (size_t i = 0; i < c->ntexts; i++) {
        size_t j = c->texts[i].h & (n - 1);
        while (t[j] >= 0)
            j = (j + 1) & (n - 1);
        t[j] = (int32_t)i;
    }
    free(c->table);
    c->table = t;
    c->tmask = n - 1;
}

static size_t pool_put(corpus *c, const vg_u64s *sh)
{
    if (c->plen + sh->n > c->pcap) {
        size_t cap = c->pcap ? c->pcap : 1 << 20;
        while (cap < c->plen + sh->n)
            cap *= 2;
        c->pool = xrealloc(c->pool, cap * sizeof *c->pool);
        c->pcap = cap;
    }
    size_t off = c->plen;
    memcpy(c->pool + off, sh->v, sh->n * sizeof *sh->v);
    c->plen += sh->n;
    return off;
}

/* The id of normalised text nt, adding it (with its shingle sets) if new. */
static int32_t text_id(corpus *c, const vg_fp_norm *nt, int64_t seq, vg_u64s *sh)
{
    uint64_t h = XXH3_64bits(nt->text.p, nt->text.n);
    if (2 * (c->ntexts + 1) > c->tmask + 1)
        table_grow(c);
    size_t j = h & c->tmask;
    for (; c->table[j] >= 0; j = (j + 1) & c->tmask) {
        text *x = &c->texts[c->table[j]];
        if (x->h == h && x->len == nt->text.n &&
            memcmp(c->arena + x->off, nt->text.p, x->len) == 0)
            return c->table[j];
    }
    text x = {.first = seq, .h = h, .ncp = (uint32_t)nt->ncp, .len = nt->text.n};
    if (c->alen + x.len > c->acap) {
        size_t cap = c->acap ? c->acap : 1 << 20;
        while (cap < c->alen + x.len)
            cap *= 2;
        c->arena = xrealloc(c->arena, cap);
        c->acap = cap;
    }
    x.off = c->alen;
    memcpy(c->arena + x.off, nt->text.p, x.len);
    c->alen += x.len;
    /* A short text has at most long_min - 1 character shingles, so a text
     * with more than (long_min - 1) / t of them cannot reach t with one. */
    if (vg_fp_shingles(nt, VG_SH_CHAR, c->s.char_n, sh) != VG_OK)
        die("out of memory");
    vg_u64s_sort_unique(sh);
    if ((double)sh->n <= (double)c->s.long_min / c->s.t + 1.0) {
        x.coff = pool_put(c, sh);
        x.cn = sh->n;
    }
    if (nt->ncp >= c->s.long_min) {
        if (vg_fp_shingles(nt, VG_SH_WORD, c->s.word_n, sh) != VG_OK)
            die("out of memory");
        vg_u64s_sort_unique(sh);
        x.woff = pool_put(c, sh);
        x.wn = sh->n;
    }
    int32_t id = (int32_t)c->ntexts;
    PUSH(c->texts, c->ntexts, c->tcap, x);
    c->table[j] = id;
    return id;
}

static void load_docs(corpus *c)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(c->db, "SELECT d.seq, d.text, coalesce(c.cls, 0) FROM docs d "
                                  "LEFT JOIN copy_docs c ON c.seq = d.seq ORDER BY d.seq",
                           -1, &st, NULL) != SQLITE_OK)
        die(sqlite3_errmsg(c->db));
    vg_fp_norm nt = {0};
    vg_u64s sh = {0};
    while (sqlite3_step(st) == SQLITE_ROW) {
        doc d = {.seq = sqlite3_column_int64(st, 0), .cls = sqlite3_column_int64(st, 2)};
        const char *p = (const char *)sqlite3_column_text(st, 1);
        size_t n = (size_t)sqlite3_column_bytes(st, 1);
        if (vg_fp_norm_text(p ? p : "", n, &nt) != VG_OK)
            die("out of memory");
        if (nt.text.n == 0) {
            d.tid = -1;
            c->empty++;
            c->empty_fp += d.cls != 0;
        } else {
            d.tid = text_id(c, &nt, d.seq, &sh);
            c->texts[d.tid].ndocs++;
            c->unfp += d.cls == 0;
        }
        PUSH(c->docs, c->ndocs, c->dcap, d);
    }
    sqlite3_finalize(st);
    vg_fp_norm_free(&nt);
    vg_u64s_free(&sh);
}

/* Index of the document with this seq (docs are in seq order), or -1. */
static ptrdiff_t doc_at(const corpus *c, int64_t seq)
{
    size_t lo = 0, hi = c->ndocs;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->docs[mid].seq < seq)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < c->ndocs && c->docs[lo].seq == seq ? (ptrdiff_t)lo : -1;
}

/* ---- the exact similarity join ---------------------------------------------- */

typedef struct tpair {
    int32_t x, y;     /* text ids, x < y */
    uint32_t ov, un;  /* overlap and union of the compared sets */
    int kind;         /* VG_SH_CHAR or VG_SH_WORD */
} tpair;

typedef struct pairs {
    tpair *v;
    size_t n, cap;
} pairs;

typedef struct join_stats {
    size_t sets, shingles, candidates, verified;
    double seconds;
} join_stats;

typedef struct rank_of {
    uint64_t h;
    uint32_t freq, rank;
} rank_of;

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

static int cmp_rank_freq(const void *a, const void *b)
{
    const rank_of *x = a, *y = b;
    if (x->freq != y->freq)
        return x->freq < y->freq ? -1 : 1;
    return (x->h > y->h) - (x->h < y->h);
}

static int cmp_rank_hash(const void *a, const void *b)
{
    const rank_of *x = a, *y = b;
    return (x->h > y->h) - (x->h < y->h);
}

typedef struct member {
    int32_t tid;
    uint32_t n;       /* set size */
    uint32_t *r;      /* ranks, ascending (rarest first) */
} member;

static const member *g_members;

static int cmp_member_size(const void *a, const void *b)
{
    const member *x = &g_members[*(const uint32_t *)a], *y = &g_members[*(const uint32_t *)b];
    if (x->n != y->n)
        return x->n < y->n ? -1 : 1;
    return (x->tid > y->tid) - (x->tid < y->tid);
}

/*
 * Prefix filtering (exact, with EPS making every bound err on the safe
 * side).  J(x, y) >= t  <=>  |x & y| >= t / (1 + t) * (|x| + |y|), which is
 * at least t * |x| when |y| <= |x| (sets are processed by size).  Ranks
 * are sorted rarest first; two sets sharing `need` shingles share one among
 * the first n - need + 1 of each.  The probing set uses need >= t * |x|,
 * the indexed (smaller) set need >= 2t / (1 + t) * |y| (PPJoin's mid
 * prefix).
 */
static size_t prefix_len(double share, size_t n)
{
    double need = ceil(share * (double)n - EPS);
    size_t k = need < 1 ? 1 : (size_t)need;
    return k > n ? 1 : n - k + 1;
}

static size_t probe_prefix(double t, size_t n)
{
    return prefix_len(t, n);
}

static size_t index_prefix(double t, size_t n)
{
    return prefix_len(2 * t / (1 + t), n);
}

/* Shingles sets of sizes nx and ny must share to reach J >= t. */
static size_t min_common(double t, size_t nx, size_t ny)
{
    double need = ceil(t / (1 + t) * (double)(nx + ny) - EPS);
    return need < 1 ? 1 : (size_t)need;
}

/* |a & b| of two sorted arrays, or any value below need as soon as need
 * cannot be reached. */
static size_t overlap_at_least(const uint32_t *a, size_t na, const uint32_t *b, size_t nb,
                               size_t need)
{
    size_t i = 0, j = 0, k = 0;
    while (i < na && j < nb) {
        size_t rest = na - i < nb - j ? na - i : nb - j;
        if (k + rest < need)
            return k;
        if (a[i] < b[j])
            i++;
        else if (a[i] > b[j])
            j++;
        else
            k++, i++, j++;
    }
    return k;
}

typedef struct posting {
    uint32_t set, pos;
} posting;

/*
 * All pairs of the given texts (kind's sets) with J >= t, appended to out;
 * keep(x, y) decides which pairs count (NULL: all).
 */
static void join(const corpus *c, const int32_t *ids, size_t nids, int kind,
                 int (*keep)(const corpus *, int32_t, int32_t), pairs *out, join_stats *js)
{
    double t0 = now();
    double t = c->s.t;
    memset(js, 0, sizeof *js);
    js->sets = nids;
    /* Frequencies and ranks: rarest first, ties by hash. */
    size_t total = 0;
    for (size_t i = 0; i < nids; i++)
        total += kind == VG_SH_CHAR ? c->texts[ids[i]].cn : c->texts[ids[i]].wn;
    js->shingles = total;
    uint64_t *all = xrealloc(NULL, total * sizeof *all);
    size_t k = 0;
    for (size_t i = 0; i < nids; i++) {
        const text *x = &c->texts[ids[i]];
        size_t off = kind == VG_SH_CHAR ? x->coff : x->woff, n = kind == VG_SH_CHAR ? x->cn : x->wn;
        memcpy(all + k, c->pool + off, n * sizeof *all);
        k += n;
    }
    qsort(all, total, sizeof *all, cmp_u64);
    rank_of *rk = NULL;
    size_t nrk = 0, rkcap = 0;
    for (size_t i = 0; i < total;) {
        size_t j = i;
        while (j < total && all[j] == all[i])
            j++;
        rank_of r = {all[i], (uint32_t)(j - i), 0};
        PUSH(rk, nrk, rkcap, r);
        i = j;
    }
    free(all);
    qsort(rk, nrk, sizeof *rk, cmp_rank_freq);
    for (size_t i = 0; i < nrk; i++)
        rk[i].rank = (uint32_t)i;
    qsort(rk, nrk, sizeof *rk, cmp_rank_hash);
    /* Sets as sorted rank arrays. */
    member *m = xrealloc(NULL, nids * sizeof *m);
    uint32_t *ranks = xrealloc(NULL, total * sizeof *ranks);
    k = 0;
    for (size_t i = 0; i < nids; i++) {
        const text *x = &c->texts[ids[i]];
        size_t off = kind == VG_SH_CHAR ? x->coff : x->woff, n = kind == VG_SH_CHAR ? x->cn : x->wn;
        m[i] = (member){ids[i], (uint32_t)n, ranks + k};
        for (size_t j = 0; j < n; j++) {
            rank_of key = {c->pool[off + j], 0, 0};
            rank_of *r = bsearch(&key, rk, nrk, sizeof *rk, cmp_rank_hash);
            m[i].r[j] = r->rank;
        }
        qsort(m[i].r, n, sizeof *m[i].r, cmp_u32);
        k += n;
    }
    free(rk);
    uint32_t *order = xrealloc(NULL, nids * sizeof *order);
    for (size_t i = 0; i < nids; i++)
        order[i] = (uint32_t)i;
    g_members = m;
    qsort(order, nids, sizeof *order, cmp_member_size);
    /* Inverted index over the index prefixes (CSR), filled in processing
     * order; each entry is (set, position of the shingle in it). */
    size_t *start = xrealloc(NULL, (nrk + 1) * sizeof *start);
    memset(start, 0, (nrk + 1) * sizeof *start);
    for (size_t i = 0; i < nids; i++) {
        size_t p = index_prefix(t, m[i].n);
        for (size_t j = 0; j < p; j++)
            start[m[i].r[j] + 1]++;
    }
    for (size_t i = 0; i < nrk; i++)
        start[i + 1] += start[i];
    posting *post = xrealloc(NULL, (start[nrk] + 1) * sizeof *post);
    size_t *fill = xrealloc(NULL, (nrk + 1) * sizeof *fill);
    memcpy(fill, start, (nrk + 1) * sizeof *fill);
    int32_t *acc = xrealloc(NULL, nids * sizeof *acc); /* prefix overlap; -1 pruned */
    memset(acc, 0, nids * sizeof *acc);
    uint32_t *cand = NULL;
    size_t ncand = 0, ccap = 0;
    for (size_t oi = 0; oi < nids; oi++) {
        uint32_t xi = order[oi];
        const member *x = &m[xi];
        size_t p = probe_prefix(t, x->n);
        double min_size = t * (double)x->n - EPS;
        ncand = 0;
        for (size_t i = 0; i < p; i++) {
            uint32_t r = x->r[i];
            for (size_t q = start[r]; q < fill[r]; q++) {
                uint32_t yi = post[q].set, j = post[q].pos;
                const member *y = &m[yi];
                if (acc[yi] < 0 || (double)y->n < min_size)
                    continue;
                /* Positional filter: shingles before i in x and before j in
                 * y that were not met in the prefixes are not shared. */
                size_t need = min_common(t, x->n, y->n);
                size_t rest = x->n - i - 1 < y->n - j - 1 ? x->n - i - 1 : y->n - j - 1;
                if (acc[yi] == 0)
                    PUSH(cand, ncand, ccap, yi);
                if ((size_t)acc[yi] + 1 + rest < need)
                    acc[yi] = -1;
                else
                    acc[yi]++;
            }
        }
        js->candidates += ncand;
        for (size_t i = 0; i < ncand; i++) {
            uint32_t yi = cand[i];
            const member *y = &m[yi];
            int pruned = acc[yi] < 0;
            acc[yi] = 0;
            if (pruned)
                continue;
            js->verified++;
            size_t need = min_common(t, x->n, y->n);
            size_t ov = overlap_at_least(x->r, x->n, y->r, y->n, need);
            if (ov < need)
                continue;
            size_t un = x->n + y->n - ov;
            double jac = un ? (double)ov / (double)un : 0.0;
            if (jac < t)
                continue;
            int32_t a = x->tid < y->tid ? x->tid : y->tid, b = x->tid < y->tid ? y->tid : x->tid;
            if (keep && !keep(c, a, b))
                continue;
            tpair tp = {a, b, (uint32_t)ov, (uint32_t)un, kind};
            PUSH(out->v, out->n, out->cap, tp);
        }
        for (size_t i = 0, ip = index_prefix(t, x->n); i < ip; i++)
            post[fill[x->r[i]]++] = (posting){xi, (uint32_t)i};
    }
    free(cand);
    free(acc);
    free(fill);
    free(post);
    free(start);
    free(order);
    free(ranks);
    free(m);
    js->seconds = now() - t0;
}

static int keep_short(const corpus *c, int32_t a, int32_t b)
{
    return c->texts[a].ncp < c->s.long_min || c->texts[b].ncp < c->s.long_min;
}

static int cmp_tpair(const void *a, const void *b)
{
    const tpair *x = a, *y = b;
    if (x->x != y->x)
        return x->x < y->x ? -1 : 1;
    return (x->y > y->y) - (x->y < y->y);
}

/* ---- what vigie recorded ------------------------------------------------------ */

typedef struct cpair {
    int64_t a, b;     /* classes, a < b */
    double jaccard;
} cpair;

typedef struct cls_n {
    int64_t cls;
    uint64_t n;       /* documents */
} cls_n;

typedef struct found {
    cpair *near;
    size_t nnear, ncap;
    size_t npartial;
    cls_n *cls;       /* classes with their sizes, by cls */
    size_t ncls, clscap;
} found;

static int cmp_cpair(const void *a, const void *b)
{
    const cpair *x = a, *y = b;
    if (x->a != y->a)
        return x->a < y->a ? -1 : 1;
    return (x->b > y->b) - (x->b < y->b);
}

static void load_found(corpus *c, found *f)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(c->db, "SELECT a, b, kind, jaccard FROM copy_pairs", -1, &st,
                           NULL) != SQLITE_OK)
        die(sqlite3_errmsg(c->db));
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (sqlite3_column_int(st, 2) != 1) {
            f->npartial++;
            continue;
        }
        int64_t a = sqlite3_column_int64(st, 0), b = sqlite3_column_int64(st, 1);
        cpair p = {a < b ? a : b, a < b ? b : a, sqlite3_column_double(st, 3)};
        PUSH(f->near, f->nnear, f->ncap, p);
    }
    sqlite3_finalize(st);
    qsort(f->near, f->nnear, sizeof *f->near, cmp_cpair);
    if (sqlite3_prepare_v2(c->db, "SELECT cls, count(*) FROM copy_docs GROUP BY cls ORDER BY cls",
                           -1, &st, NULL) != SQLITE_OK)
        die(sqlite3_errmsg(c->db));
    while (sqlite3_step(st) == SQLITE_ROW) {
        cls_n x = {sqlite3_column_int64(st, 0), (uint64_t)sqlite3_column_int64(st, 1)};
        PUSH(f->cls, f->ncls, f->clscap, x);
    }
    sqlite3_finalize(st);
}

static uint64_t class_size(const found *f, int64_t cls)
{
    size_t lo = 0, hi = f->ncls;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (f->cls[mid].cls < cls)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < f->ncls && f->cls[lo].cls == cls ? f->cls[lo].n : 0;
}

static int is_near(const found *f, int64_t a, int64_t b)
{
    cpair key = {a < b ? a : b, a < b ? b : a, 0};
    return bsearch(&key, f->near, f->nnear, sizeof *f->near, cmp_cpair) != NULL;
}

/* Whether vigie links documents of classes a and b (0: not fingerprinted). */
static int linked(const found *f, int64_t a, int64_t b)
{
    return a && b && (a == b || is_near(f, a, b));
}

/* ---- explaining a missed pair ------------------------------------------------ */

/* Band keys of every text that the pass would index, with the seq of the
 * text's first document, sorted by key: the index as the pass builds it. */
typedef struct bkey {
    uint64_t key;
    int64_t seq;
    int32_t tid;
} bkey;

typedef struct bandix {
    bkey *v;
    size_t n, cap;
} bandix;

static int cmp_bkey(const void *a, const void *b)
{
    const bkey *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return (x->seq > y->seq) - (x->seq < y->seq);
}

/* Normalised text of t (re-normalised from its first document). */
static void text_norm(const corpus *c, int32_t t, vg_fp_norm *nt)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(c->db, "SELECT text FROM docs WHERE seq = ?", -1, &st, NULL) !=
        SQLITE_OK)
        die(sqlite3_errmsg(c->db));
    sqlite3_bind_int64(st, 1, c->texts[t].first);
    if (sqlite3_step(st) != SQLITE_ROW)
        die("a document vanished");
    const char *p = (const char *)sqlite3_column_text(st, 0);
    if (vg_fp_norm_text(p ? p : "", (size_t)sqlite3_column_bytes(st, 0), nt) != VG_OK)
        die("out of memory");
    sqlite3_finalize(st);
}

/* Whether the pass gives text t a signature of this kind (vg_copy.c). */
static int indexed(const settings *s, uint32_t ncp, int kind)
{
    double t_lo = s->t > 0.05 ? s->t : 0.05;
    if (kind == VG_SH_CHAR)
        return (double)ncp < (double)s->long_min / t_lo + s->char_n;
    return ncp >= s->long_min;
}

static void band_keys(const corpus *c, const vg_fp_norm *nt, int kind, uint64_t *keys)
{
    vg_u64s sh = {0};
    uint32_t sig[512];
    unsigned K = nbands(&c->s, kind) * nrows(&c->s, kind);
    if (vg_fp_shingles(nt, kind, kind == VG_SH_CHAR ? c->s.char_n : c->s.word_n, &sh) != VG_OK)
        die("out of memory");
    vg_fp_minhash(sh.v, sh.n, K, sig);
    vg_fp_bands(sig, nbands(&c->s, kind), nrows(&c->s, kind), kind, keys);
    vg_u64s_free(&sh);
}

static void build_bandix(const corpus *c, bandix *bx)
{
    vg_fp_norm nt = {0};
    uint64_t keys[512];
    for (size_t i = 0; i < c->ntexts; i++) {
        const text *x = &c->texts[i];
        int have = 0;
        for (int kind = VG_SH_CHAR; kind <= VG_SH_WORD; kind++) {
            if (!indexed(&c->s, x->ncp, kind))
                continue;
            if (!have)
                text_norm(c, (int32_t)i, &nt), have = 1;
            band_keys(c, &nt, kind, keys);
            for (unsigned j = 0; j < nbands(&c->s, kind); j++) {
                bkey b = {keys[j], x->first, (int32_t)i};
                PUSH(bx->v, bx->n, bx->cap, b);
            }
        }
    }
    vg_fp_norm_free(&nt);
    qsort(bx->v, bx->n, sizeof *bx->v, cmp_bkey);
}

/* Earlier texts (first seq < before) indexed under key. */
static size_t key_load(const bandix *bx, uint64_t key, int64_t before)
{
    bkey lo = {key, INT64_MIN, 0};
    size_t a = 0, b = bx->n;
    while (a < b) {
        size_t mid = a + (b - a) / 2;
        if (cmp_bkey(&bx->v[mid], &lo) < 0)
            a = mid + 1;
        else
            b = mid;
    }
    size_t n = 0;
    for (; a < bx->n && bx->v[a].key == key && bx->v[a].seq < before; a++)
        n++;
    return n;
}

/* Distinct earlier texts sharing any of keys[0..n) (band candidates). */
static size_t band_candidates(const bandix *bx, const uint64_t *keys, size_t n, int64_t before,
                              uint8_t *mark, size_t ntexts)
{
    int32_t *hit = NULL;
    size_t nhit = 0, cap = 0;
    for (size_t i = 0; i < n; i++) {
        bkey lo = {keys[i], INT64_MIN, 0};
        size_t a = 0, b = bx->n;
        while (a < b) {
            size_t mid = a + (b - a) / 2;
            if (cmp_bkey(&bx->v[mid], &lo) < 0)
                a = mid + 1;
            else
                b = mid;
        }
        for (; a < bx->n && bx->v[a].key == keys[i] && bx->v[a].seq < before; a++)
            if (!mark[bx->v[a].tid]) {
                mark[bx->v[a].tid] = 1;
                PUSH(hit, nhit, cap, bx->v[a].tid);
            }
    }
    for (size_t i = 0; i < nhit; i++)
        mark[hit[i]] = 0;
    (void)ntexts;
    free(hit);
    return nhit;
}

typedef enum why {
    WHY_NO_BAND,      /* signatures share no band key: LSH's chance miss */
    WHY_UNINDEXED,    /* one text has no signature of the pair's kind */
    WHY_CROWDED,      /* the shared keys each hold more than GET_CAP earlier texts */
    WHY_CAPPED,       /* more band candidates than max_cand */
    WHY_UNKNOWN,      /* a candidate the pass should have verified */
    WHY_N
} why;

static const char *const why_name[WHY_N] = {
    "no shared band (LSH chance)", "a text has no signature of the pair's kind",
    "shared band, key crowded (> 64 earlier texts)", "shared band, over the candidate cap",
    "shared band, unexplained"};

static why explain(const corpus *c, const bandix *bx, const tpair *p, uint8_t *mark,
                   size_t *ncand_out, size_t *load_out)
{
    vg_fp_norm na = {0}, nb = {0};
    uint64_t ka[512], kb[512];
    const text *x = &c->texts[p->x], *y = &c->texts[p->y];
    /* The later text looks the earlier one up. */
    const text *later = x->first > y->first ? x : y, *earlier = later == x ? y : x;
    int32_t tl = later == x ? p->x : p->y, te = later == x ? p->y : p->x;
    text_norm(c, tl, &na);
    text_norm(c, te, &nb);
    band_keys(c, &na, p->kind, ka);
    band_keys(c, &nb, p->kind, kb);
    vg_fp_norm_free(&na);
    vg_fp_norm_free(&nb);
    *ncand_out = *load_out = 0;
    if (!indexed(&c->s, later->ncp, p->kind) || !indexed(&c->s, earlier->ncp, p->kind))
        return WHY_UNINDEXED;
    int shared = 0;
    size_t min_load = SIZE_MAX;
    for (unsigned j = 0; j < nbands(&c->s, p->kind); j++)
        if (ka[j] == kb[j]) {
            shared = 1;
            size_t l = key_load(bx, ka[j], later->first);
            min_load = l < min_load ? l : min_load;
        }
    if (!shared)
        return WHY_NO_BAND;
    *load_out = min_load;
    /* Candidates of the later text over both of its signatures. */
    uint64_t all[1024];
    size_t n = 0;
    vg_fp_norm nt = {0};
    text_norm(c, tl, &nt);
    for (int kind = VG_SH_CHAR; kind <= VG_SH_WORD; kind++)
        if (indexed(&c->s, later->ncp, kind)) {
            band_keys(c, &nt, kind, all + n);
            n += nbands(&c->s, kind);
        }
    vg_fp_norm_free(&nt);
    *ncand_out = band_candidates(bx, all, n, later->first, mark, c->ntexts);
    if (min_load > GET_CAP)
        return WHY_CROWDED;
    if (*ncand_out > DEFAULT_MAX_CAND)
        return WHY_CAPPED;
    return WHY_UNKNOWN;
}

/* ---- report -------------------------------------------------------------------- */

static void show_text(const corpus *c, int32_t t)
{
    const text *x = &c->texts[t];
    size_t n = x->len < 100 ? x->len : 100;
    while (n < x->len && n > 0 && ((unsigned char)c->arena[x->off + n] & 0xC0) == 0x80)
        n--;
    printf("      #%lld (%u docs, %u chars): \"%.*s%s\"\n", (long long)x->first, x->ndocs,
           x->ncp, (int)n, c->arena + x->off, n < x->len ? "..." : "");
}

/* Exact J of texts a and b as the pass compares them. */
static double pair_jaccard(const corpus *c, int32_t a, int32_t b, int *kind)
{
    vg_fp_norm na = {0}, nb = {0};
    vg_u64s sa = {0}, sb = {0};
    text_norm(c, a, &na);
    text_norm(c, b, &nb);
    *kind = (na.ncp < c->s.long_min || nb.ncp < c->s.long_min) ? VG_SH_CHAR : VG_SH_WORD;
    unsigned n = *kind == VG_SH_CHAR ? c->s.char_n : c->s.word_n;
    if (vg_fp_shingles(&na, *kind, n, &sa) != VG_OK || vg_fp_shingles(&nb, *kind, n, &sb))
        die("out of memory");
    vg_u64s_sort_unique(&sa);
    vg_u64s_sort_unique(&sb);
    size_t ov = vg_u64s_overlap(sa.v, sa.n, sb.v, sb.n);
    size_t un = sa.n + sb.n - ov;
    vg_fp_norm_free(&na);
    vg_fp_norm_free(&nb);
    vg_u64s_free(&sa);
    vg_u64s_free(&sb);
    return un ? (double)ov / (double)un : 0.0;
}

/*
 * The join checked against the plainest algorithm: every pair of the first
 * n texts compared on full shingle sets recomputed from the store.  Returns
 * the number of disagreements (0: the join is exact on that sample).
 */
static size_t naive_check(const corpus *c, const pairs *truth, size_t n, size_t *npairs)
{
    if (n > c->ntexts)
        n = c->ntexts;
    vg_u64s *ch = xrealloc(NULL, (n + 1) * sizeof *ch), *wd = xrealloc(NULL, (n + 1) * sizeof *wd);
    vg_fp_norm nt = {0};
    for (size_t i = 0; i < n; i++) {
        ch[i] = (vg_u64s){0};
        wd[i] = (vg_u64s){0};
        text_norm(c, (int32_t)i, &nt);
        if (vg_fp_shingles(&nt, VG_SH_CHAR, c->s.char_n, &ch[i]) != VG_OK ||
            vg_fp_shingles(&nt, VG_SH_WORD, c->s.word_n, &wd[i]) != VG_OK)
            die("out of memory");
        vg_u64s_sort_unique(&ch[i]);
        vg_u64s_sort_unique(&wd[i]);
    }
    vg_fp_norm_free(&nt);
    size_t bad = 0, nhit = 0;
    for (size_t a = 0; a < n; a++)
        for (size_t b = a + 1; b < n; b++) {
            int kind = (c->texts[a].ncp < c->s.long_min || c->texts[b].ncp < c->s.long_min)
                           ? VG_SH_CHAR : VG_SH_WORD;
            const vg_u64s *x = kind == VG_SH_CHAR ? &ch[a] : &wd[a];
            const vg_u64s *y = kind == VG_SH_CHAR ? &ch[b] : &wd[b];
            size_t ov = vg_u64s_overlap(x->v, x->n, y->v, y->n);
            size_t un = x->n + y->n - ov;
            int hit = un && (double)ov / (double)un >= c->s.t;
            tpair key = {(int32_t)a, (int32_t)b, 0, 0, 0};
            int joined = bsearch(&key, truth->v, truth->n, sizeof key, cmp_tpair) != NULL;
            nhit += (size_t)hit;
            if (hit != joined) {
                if (bad < 5)
                    printf("  NAIVE CHECK: texts %zu and %zu: J %.4f, join says %s\n", a, b,
                           un ? (double)ov / (double)un : 0.0, joined ? "pair" : "no pair");
                bad++;
            }
        }
    for (size_t i = 0; i < n; i++) {
        vg_u64s_free(&ch[i]);
        vg_u64s_free(&wd[i]);
    }
    free(ch);
    free(wd);
    *npairs = nhit;
    return bad;
}

static int cmp_doc_tid_cls(const void *a, const void *b)
{
    const doc *x = a, *y = b;
    if (x->tid != y->tid)
        return x->tid < y->tid ? -1 : 1;
    return (x->cls > y->cls) - (x->cls < y->cls);
}

static int cmp_doc_cls_tid(const void *a, const void *b)
{
    const doc *x = a, *y = b;
    if (x->cls != y->cls)
        return x->cls < y->cls ? -1 : 1;
    return (x->tid > y->tid) - (x->tid < y->tid);
}

static uint64_t choose2(uint64_t n)
{
    return n * (n - (n > 0)) / 2;
}

int main(int argc, char **argv)
{
    const char *path = NULL, *label = "store";
    int examples = 5;
    size_t naive = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--examples") && i + 1 < argc)
            examples = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--naive") && i + 1 < argc)
            naive = strtoul(argv[++i], NULL, 10);
        else if (!strcmp(argv[i], "--label") && i + 1 < argc)
            label = argv[++i];
        else if (argv[i][0] != '-' && !path)
            path = argv[i];
        else {
            fprintf(stderr, "usage: eval_copies [--examples N] [--naive N] [--label NAME] STORE\n");
            return 2;
        }
    }
    if (!path) {
        fprintf(stderr, "usage: eval_copies [--examples N] [--naive N] [--label NAME] STORE\n");
        return 2;
    }
    corpus c = {0};
    if (sqlite3_open_v2(path, &c.db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
        die(sqlite3_errmsg(c.db));
    if (!read_settings(c.db, &c.s))
        die("the store has no copy index (meta.copy_params)");
    double t0 = now();
    load_docs(&c);
    double t_load = now() - t0;
    size_t nshort = 0, nchar = 0, nlong = 0;
    int32_t *ids_char = xrealloc(NULL, (c.ntexts + 1) * sizeof *ids_char);
    int32_t *ids_word = xrealloc(NULL, (c.ntexts + 1) * sizeof *ids_word);
    for (size_t i = 0; i < c.ntexts; i++) {
        const text *x = &c.texts[i];
        nshort += x->ncp < c.s.long_min;
        if (x->cn)
            ids_char[nchar++] = (int32_t)i;
        if (x->ncp >= c.s.long_min)
            ids_word[nlong++] = (int32_t)i;
    }
    printf("%s: %zu documents (%zu empty after normalisation), %zu distinct texts "
           "(%zu short, %zu long); normalised and shingled in %.1f s\n",
           label, c.ndocs, c.empty, c.ntexts, nshort, nlong, t_load);
    printf("  settings: threshold %.4g, char %u-grams below %u chars (%u bands x %u rows), "
           "word %u-grams (%u bands x %u rows)\n",
           c.s.t, c.s.char_n, c.s.long_min, c.s.bands, c.s.rows, c.s.word_n, c.s.wbands,
           c.s.wrows);

    pairs truth = {0};
    join_stats jc, jw;
    join(&c, ids_char, nchar, VG_SH_CHAR, keep_short, &truth, &jc);
    size_t nchar_pairs = truth.n;
    join(&c, ids_word, nlong, VG_SH_WORD, NULL, &truth, &jw);
    qsort(truth.v, truth.n, sizeof *truth.v, cmp_tpair);
    printf("  brute force: char join %zu sets, %zu shingles, %zu candidates, %zu verified "
           "-> %zu pairs (%.1f s); word join %zu sets, %zu shingles, %zu candidates, %zu "
           "verified -> %zu pairs (%.1f s)\n",
           jc.sets, jc.shingles, jc.candidates, jc.verified, nchar_pairs, jc.seconds, jw.sets,
           jw.shingles, jw.candidates, jw.verified, truth.n - nchar_pairs, jw.seconds);

    size_t naive_bad = 0;
    if (naive) {
        double tn = now();
        size_t np = 0;
        naive_bad = naive_check(&c, &truth, naive, &np);
        printf("  naive check: all pairs of the first %zu texts compared in full: %zu pairs "
               "with J >= t, %zu disagreements with the join (%.1f s)\n",
               naive < c.ntexts ? naive : c.ntexts, np, naive_bad, now() - tn);
    }

    found f = {0};
    load_found(&c, &f);
    /* Each text's class: that of its first document; texts spread over
     * several classes and classes holding several texts are anomalies. */
    int64_t *tcls = xrealloc(NULL, (c.ntexts + 1) * sizeof *tcls);
    for (size_t i = 0; i < c.ntexts; i++)
        tcls[i] = 0;
    doc *by = xrealloc(NULL, c.ndocs * sizeof *by);
    memcpy(by, c.docs, c.ndocs * sizeof *by);
    qsort(by, c.ndocs, sizeof *by, cmp_doc_tid_cls);
    /* groups: for each text, runs of (cls, count) */
    size_t *gstart = xrealloc(NULL, (c.ntexts + 1) * sizeof *gstart);
    cls_n *groups = NULL;
    size_t ngroups = 0, gcap = 0, split = 0;
    {
        size_t i = 0;
        while (i < c.ndocs && by[i].tid < 0)
            i++;
        for (size_t t = 0; t < c.ntexts; t++) {
            gstart[t] = ngroups;
            size_t before = ngroups;
            while (i < c.ndocs && by[i].tid == (int32_t)t) {
                cls_n g = {by[i].cls, 0};
                while (i < c.ndocs && by[i].tid == (int32_t)t && by[i].cls == g.cls)
                    g.n++, i++;
                PUSH(groups, ngroups, gcap, g);
            }
            if (ngroups - before > 1) {
                if (split < (size_t)examples) {
                    printf("  SPLIT text in %zu classes:", ngroups - before);
                    for (size_t g = before; g < ngroups; g++)
                        printf(" %lld (%llu docs)", (long long)groups[g].cls,
                               (unsigned long long)groups[g].n);
                    printf("\n");
                    show_text(&c, (int32_t)t);
                }
                split++;
            }
            ptrdiff_t d = doc_at(&c, c.texts[t].first);
            tcls[t] = c.docs[d].cls;
        }
        gstart[c.ntexts] = ngroups;
    }
    size_t mixed = 0;
    uint64_t mixed_false_docs = 0;
    qsort(by, c.ndocs, sizeof *by, cmp_doc_cls_tid);
    for (size_t i = 0; i < c.ndocs;) {
        size_t j = i, ntid = 0;
        while (j < c.ndocs && by[j].cls == by[i].cls) {
            if (j == i || by[j].tid != by[j - 1].tid)
                ntid++;
            j++;
        }
        if (by[i].cls != 0 && ntid > 1) {
            if (mixed < (size_t)examples)
                printf("  MIXED class %lld holds %zu distinct texts\n", (long long)by[i].cls,
                       ntid);
            mixed++;
            /* doc pairs of different texts in the class that are not true pairs */
            for (size_t a = i; a < j; a++)
                for (size_t b = a + 1; b < j; b++)
                    if (by[a].tid != by[b].tid) {
                        int32_t x = by[a].tid < by[b].tid ? by[a].tid : by[b].tid;
                        int32_t y = by[a].tid < by[b].tid ? by[b].tid : by[a].tid;
                        tpair key = {x, y, 0, 0, 0};
                        if (x < 0 || !bsearch(&key, truth.v, truth.n, sizeof key, cmp_tpair))
                            mixed_false_docs++;
                    }
        }
        i = j;
    }
    free(by);

    /* Recall over text pairs and document pairs. */
    uint64_t t_truth = truth.n, t_found = 0;
    uint64_t d_truth = 0, d_found = 0;
    for (size_t t = 0; t < c.ntexts; t++) {
        d_truth += choose2(c.texts[t].ndocs);
        for (size_t g = gstart[t]; g < gstart[t + 1]; g++) {
            if (groups[g].cls)
                d_found += choose2(groups[g].n);
            for (size_t h = g + 1; h < gstart[t + 1]; h++)
                if (linked(&f, groups[g].cls, groups[h].cls))
                    d_found += groups[g].n * groups[h].n;
        }
    }
    /* Misses, by kind and by similarity. */
    uint64_t miss_kind[2] = {0, 0}, all_kind[2] = {0, 0};
    const double band_lo[] = {0.0, 0.55, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0000001};
    enum { NBANDS = 7 };
    uint64_t miss_band[NBANDS] = {0}, all_band[NBANDS] = {0};
    double expected_miss = 0.0;
    tpair *missed = NULL;
    size_t nmissed = 0, mcap = 0;
    XXH3_state_t *hs = XXH3_createState();
    XXH3_64bits_reset(hs);
    for (size_t i = 0; i < truth.n; i++) {
        const tpair *p = &truth.v[i];
        double jac = (double)p->ov / (double)p->un;
        int64_t fx = c.texts[p->x].first, fy = c.texts[p->y].first;
        int64_t hx[2] = {fx < fy ? fx : fy, fx < fy ? fy : fx};
        XXH3_64bits_update(hs, hx, sizeof hx);
        uint64_t dn = (uint64_t)c.texts[p->x].ndocs * c.texts[p->y].ndocs;
        d_truth += dn;
        for (size_t g = gstart[p->x]; g < gstart[p->x + 1]; g++)
            for (size_t h = gstart[p->y]; h < gstart[p->y + 1]; h++)
                if (linked(&f, groups[g].cls, groups[h].cls))
                    d_found += groups[g].n * groups[h].n;
        int ok = linked(&f, tcls[p->x], tcls[p->y]);
        t_found += ok;
        int b = 0;
        while (b + 1 < NBANDS && jac >= band_lo[b + 1])
            b++;
        all_band[b]++;
        all_kind[p->kind]++;
        expected_miss +=
            1.0 - vg_fp_lsh_prob(jac, nbands(&c.s, p->kind), nrows(&c.s, p->kind));
        if (!ok) {
            miss_band[b]++;
            miss_kind[p->kind]++;
            PUSH(missed, nmissed, mcap, *p);
        }
    }
    uint64_t truth_hash = XXH3_64bits_digest(hs);
    XXH3_freeState(hs);

    /* Precision: every near pair vigie recorded, checked. */
    uint64_t near_true = 0, near_false = 0, jac_off = 0;
    uint64_t d_reported = 0, d_false = mixed_false_docs;
    for (size_t i = 0; i < f.ncls; i++)
        d_reported += choose2(f.cls[i].n);
    int shown_false = 0;
    for (size_t i = 0; i < f.nnear; i++) {
        const cpair *p = &f.near[i];
        ptrdiff_t da = doc_at(&c, p->a), db = doc_at(&c, p->b);
        uint64_t na = class_size(&f, p->a), nb = class_size(&f, p->b);
        d_reported += na * nb;
        if (da < 0 || db < 0 || c.docs[da].tid < 0 || c.docs[db].tid < 0) {
            near_false++;
            d_false += na * nb;
            continue;
        }
        int32_t ta = c.docs[da].tid, tb = c.docs[db].tid;
        if (ta == tb) {
            near_true++;
            continue;
        }
        tpair tk = {ta < tb ? ta : tb, ta < tb ? tb : ta, 0, 0, 0};
        const tpair *hit = bsearch(&tk, truth.v, truth.n, sizeof tk, cmp_tpair);
        if (hit) {
            near_true++;
            if (fabs((double)hit->ov / (double)hit->un - p->jaccard) > 1e-9)
                jac_off++;
            continue;
        }
        near_false++;
        d_false += na * nb;
        if (shown_false++ < examples) {
            int kind;
            double jac = pair_jaccard(&c, ta, tb, &kind);
            printf("  FALSE near pair %lld-%lld: stored J %.4f, exact %s J %.4f < %.4g\n",
                   (long long)p->a, (long long)p->b, p->jaccard,
                   kind == VG_SH_CHAR ? "char" : "word", jac, c.s.t);
            show_text(&c, ta);
            show_text(&c, tb);
        }
    }

    printf("  vigie: %zu classes, %zu near pairs, %zu partial pairs; %zu texts split over "
           "classes, %zu mixed classes, %zu non-empty documents not fingerprinted, %zu empty "
           "ones fingerprinted\n",
           f.ncls, f.nnear, f.npartial, split, mixed, c.unfp, c.empty_fp);
    double t_recall = t_truth ? (double)t_found / (double)t_truth : 1.0;
    double d_recall = d_truth ? (double)d_found / (double)d_truth : 1.0;
    double t_prec = f.nnear ? (double)near_true / (double)f.nnear : 1.0;
    double d_prec = d_reported ? (double)(d_reported - d_false) / (double)d_reported : 1.0;
    printf("  text pairs: %llu true (%llu char, %llu word), %llu found: recall %.4f; "
           "%zu near pairs recorded, %llu below threshold: precision %.4f\n",
           (unsigned long long)t_truth, (unsigned long long)all_kind[0],
           (unsigned long long)all_kind[1], (unsigned long long)t_found, t_recall, f.nnear,
           (unsigned long long)near_false, t_prec);
    printf("  document pairs: %llu true, %llu found: recall %.4f; %llu reported, %llu false: "
           "precision %.4f\n",
           (unsigned long long)d_truth, (unsigned long long)d_found, d_recall,
           (unsigned long long)d_reported, (unsigned long long)d_false, d_prec);
    printf("  stored Jaccard differs from the exact one on %llu true pairs\n",
           (unsigned long long)jac_off);
    printf("  missed text pairs: %zu (char %llu of %llu, word %llu of %llu); LSH banding "
           "alone predicts %.1f\n",
           nmissed, (unsigned long long)miss_kind[0], (unsigned long long)all_kind[0],
           (unsigned long long)miss_kind[1], (unsigned long long)all_kind[1], expected_miss);
    printf("  by similarity:");
    for (int b = 0; b < NBANDS; b++)
        if (all_band[b])
            printf(" [%.2f,%.2f%s %llu/%llu", b ? band_lo[b] : c.s.t,
                   b + 1 < NBANDS ? band_lo[b + 1] : 1.0, b + 1 < NBANDS ? ")" : "]",
                   (unsigned long long)miss_band[b], (unsigned long long)all_band[b]);
    printf("  (missed/true)\n");

    /* Why each miss happened. */
    size_t why_n[WHY_N] = {0};
    if (nmissed) {
        double tb = now();
        bandix bx = {0};
        build_bandix(&c, &bx);
        uint8_t *mark = xrealloc(NULL, c.ntexts);
        memset(mark, 0, c.ntexts);
        int shown[WHY_N] = {0};
        for (size_t i = 0; i < nmissed; i++) {
            size_t ncand, load;
            why w = explain(&c, &bx, &missed[i], mark, &ncand, &load);
            why_n[w]++;
            if (shown[w]++ < examples) {
                const tpair *p = &missed[i];
                printf("  MISSED %s J %.4f (%u/%u): %s", p->kind == VG_SH_CHAR ? "char" : "word",
                       (double)p->ov / (double)p->un, p->ov, p->un, why_name[w]);
                if (w != WHY_NO_BAND && w != WHY_UNINDEXED)
                    printf("; band candidates of the later text %zu, earlier texts under the "
                           "shared key %zu", ncand, load);
                printf("\n");
                show_text(&c, p->x);
                show_text(&c, p->y);
            }
        }
        free(mark);
        free(bx.v);
        printf("  misses explained (%.1f s):", now() - tb);
        for (int w = 0; w < WHY_N; w++)
            printf(" %s %zu;", why_name[w], why_n[w]);
        printf("\n");
    }
    printf("  truth hash %016llx\n", (unsigned long long)truth_hash);
    printf("RESULT %s t=%.4g texts=%zu text_pairs=%llu text_recall=%.4f text_precision=%.4f "
           "doc_pairs=%llu doc_recall=%.4f doc_precision=%.4f missed=%zu lsh_expected=%.1f "
           "no_band=%zu crowded=%zu capped=%zu unindexed=%zu unexplained=%zu below_t=%llu "
           "split=%zu mixed=%zu\n",
           label, c.s.t, c.ntexts, (unsigned long long)t_truth, t_recall, t_prec,
           (unsigned long long)d_truth, d_recall, d_prec, nmissed, expected_miss,
           why_n[WHY_NO_BAND], why_n[WHY_CROWDED], why_n[WHY_CAPPED], why_n[WHY_UNINDEXED],
           why_n[WHY_UNKNOWN], (unsigned long long)near_false, split, mixed);

    free(missed);
    free(groups);
    free(gstart);
    free(tcls);
    free(f.near);
    free(f.cls);
    free(truth.v);
    free(ids_char);
    free(ids_word);
    free(c.docs);
    free(c.texts);
    free(c.arena);
    free(c.pool);
    free(c.table);
    sqlite3_close(c.db);
    return naive_bad ? 1 : 0;
}
