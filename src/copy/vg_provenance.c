/*
 * vg_provenance.c - where the passages of a document were seen first.
 *
 * The document's text is cut into sentences (as the index does); each
 * sentence long enough to be a passage (copy_params' sentence words) is
 * looked up among the related texts: the document's own class (its exact
 * copies) and every class paired with it by the copy pass (near copies and
 * partial reuse).  A sentence is attributed to the earliest document
 * (published_at, then ingest time, then arrival) containing it; consecutive
 * sentences attributed to the same document form one passage, and short
 * sentences go with the passage around them.  Spans in the first document
 * are found by matching the same sentence hashes in its own text.
 */
#include <stdlib.h>
#include <string.h>

#include "vg_copy_db.h"
#include "vg_fp.h"

typedef struct rel_class {
    int64_t cls;
    vg_u64s hashes;       /* sorted sentence hashes of its text */
    uint64_t docs;        /* members */
    int64_t first_seq, first_at; /* earliest member */
    char *first_id, *first_source;
} rel_class;

/* A token of the first document: its hash and position. */
typedef struct tokpos {
    uint64_t h;
    size_t pos;
} tokpos;

typedef struct prov {
    vg_store *s;
    rel_class *rel;
    size_t nrel, relcap;
    vg_fp_norm nt;
    vg_fp_sents sents, other;
    vg_fp_norm src;       /* a first document's tokens, with spans */
    const char *srctext;  /* its text (valid while its statement is) */
    size_t srclen;
    tokpos *idx;          /* its tokens sorted by hash */
    size_t idxcap;
    char *text;           /* the document's text, owned */
    size_t len;
    int64_t seq, at;
    char *id, *source;
} prov;

static char *dup_slice(vg_slice v)
{
    char *p = malloc(v.n + 1);
    if (p) {
        if (v.n)
            memcpy(p, v.p, v.n);
        p[v.n] = '\0';
    }
    return p;
}

static vg_err add_rel(prov *pv, int64_t cls, unsigned words)
{
    for (size_t i = 0; i < pv->nrel; i++)
        if (pv->rel[i].cls == cls)
            return VG_OK;
    if (pv->nrel == pv->relcap) {
        size_t cap = pv->relcap ? pv->relcap * 2 : 16;
        rel_class *v = realloc(pv->rel, cap * sizeof *v);
        if (!v)
            return VG_ENOMEM;
        pv->rel = v;
        pv->relcap = cap;
    }
    rel_class *r = &pv->rel[pv->nrel++];
    memset(r, 0, sizeof *r);
    r->cls = cls;
    sqlite3_stmt *st = NULL;
    vg_err e = vg_copy_prep(pv->s, &st,
                            "SELECT count(*) OVER (), d.seq, coalesce(d.published_at, "
                            "d.ingested_at) AS t, d.id, d.source FROM copy_docs m "
                            "JOIN docs d ON d.seq = m.seq WHERE m.cls = ? ORDER BY t, d.seq LIMIT 1");
    if (e != VG_OK)
        return e;
    sqlite3_bind_int64(st, 1, cls);
    if (sqlite3_step(st) == SQLITE_ROW) {
        r->docs = (uint64_t)sqlite3_column_int64(st, 0);
        r->first_seq = sqlite3_column_int64(st, 1);
        r->first_at = sqlite3_column_int64(st, 2);
        r->first_id = dup_slice(vg_copy_col(st, 3));
        r->first_source = dup_slice(vg_copy_col(st, 4));
        if (!r->first_id || !r->first_source)
            e = VG_ENOMEM;
    }
    sqlite3_finalize(st);
    if (e != VG_OK || !r->docs)
        return e;
    /* Sentence hashes of the class's indexed text (the one the copy pass
     * matched) and of its earliest member, which may split the same
     * words into sentences differently. */
    int64_t texts[2] = {cls, r->first_seq};
    for (int k = 0; k < (texts[1] == cls ? 1 : 2); k++) {
        if ((e = vg_copy_prep(pv->s, &st, "SELECT text FROM docs WHERE seq = ?")) != VG_OK)
            return e;
        sqlite3_bind_int64(st, 1, texts[k]);
        if (sqlite3_step(st) == SQLITE_ROW) {
            vg_slice t = vg_copy_col(st, 0);
            e = vg_fp_sentences(t.p ? t.p : "", t.n, words, &pv->nt, &pv->other);
            for (size_t i = 0; e == VG_OK && i < pv->other.n; i++)
                if (pv->other.v[i].hash)
                    e = vg_u64s_push(&r->hashes, pv->other.v[i].hash);
        }
        sqlite3_finalize(st);
        if (e != VG_OK)
            return e;
    }
    vg_u64s_sort_unique(&r->hashes);
    return e;
}

static void prov_free(prov *pv)
{
    for (size_t i = 0; i < pv->nrel; i++) {
        vg_u64s_free(&pv->rel[i].hashes);
        free(pv->rel[i].first_id);
        free(pv->rel[i].first_source);
    }
    free(pv->rel);
    vg_fp_norm_free(&pv->nt);
    vg_fp_sents_free(&pv->sents);
    vg_fp_sents_free(&pv->other);
    vg_fp_norm_free(&pv->src);
    free(pv->idx);
    free(pv->text);
    free(pv->id);
    free(pv->source);
}

/* Per sentence of the document: the related class that saw it first
 * (index into rel), or -1 when it has no hash. */
static long first_class(const prov *pv, uint64_t h)
{
    long best = -1;
    for (size_t i = 0; i < pv->nrel; i++) {
        const rel_class *r = &pv->rel[i];
        if (!r->docs || !vg_u64s_has(&r->hashes, h))
            continue;
        if (best < 0 || r->first_at < pv->rel[best].first_at ||
            (r->first_at == pv->rel[best].first_at && r->first_seq < pv->rel[best].first_seq))
            best = (long)i;
    }
    return best;
}

static int cmp_tokpos(const void *x, const void *y)
{
    const tokpos *a = x, *b = y;
    if (a->h != b->h)
        return a->h < b->h ? -1 : 1;
    return a->pos < b->pos ? -1 : a->pos > b->pos;
}

/* Tokenise a first document's text into pv->src and index its tokens. */
static vg_err index_source(prov *pv, const char *p, size_t n)
{
    pv->src.want_spans = 1;
    pv->srctext = p;
    pv->srclen = n;
    vg_err e = vg_fp_norm_text(p, n, &pv->src);
    if (e != VG_OK)
        return e;
    size_t nt = pv->src.toks.n;
    if (nt > pv->idxcap) {
        tokpos *v = realloc(pv->idx, nt * sizeof *v);
        if (!v)
            return VG_ENOMEM;
        pv->idx = v;
        pv->idxcap = nt;
    }
    for (size_t i = 0; i < nt; i++)
        pv->idx[i] = (tokpos){pv->src.toks.v[i], i};
    if (nt > 1)
        qsort(pv->idx, nt, sizeof *pv->idx, cmp_tokpos);
    return VG_OK;
}

/* [first, last) of the entries of the source index with hash h. */
static void idx_range(const prov *pv, uint64_t h, size_t *first, size_t *last)
{
    size_t lo = 0, hi = pv->src.toks.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (pv->idx[mid].h < h)
            lo = mid + 1;
        else
            hi = mid;
    }
    *first = lo;
    while (lo < pv->src.toks.n && pv->idx[lo].h == h)
        lo++;
    *last = lo;
}

/* The end of a sentence whose last word ends at `end` in p[0..n): over
 * the closing punctuation that follows it. */
static size_t sentence_tail(const char *p, size_t n, size_t end)
{
    static const char *const closers[] = {".", "!", "?", "\"", "'", ")", "]", "\u2026",
                                          "\u3002", "\uff01", "\uff1f", "\u201d", "\u00bb"};
    for (;;) {
        size_t k = 0;
        for (size_t c = 0; !k && c < sizeof closers / sizeof *closers; c++) {
            size_t l = strlen(closers[c]);
            if (end + l <= n && memcmp(p + end, closers[c], l) == 0)
                k = l;
        }
        if (!k)
            return end;
        end += k;
    }
}

/* The start of a sentence whose first word starts at `start` in p: back
 * over the opening quotes and brackets before it. */
static size_t sentence_head(const char *p, size_t start)
{
    static const char *const openers[] = {"\"", "'", "(", "[", "\u201c", "\u00ab",
                                          "\u00ab\u00a0"};
    for (;;) {
        size_t k = 0;
        for (size_t c = 0; c < sizeof openers / sizeof *openers; c++) {
            size_t l = strlen(openers[c]);
            if (l > k && start >= l && memcmp(p + start - l, openers[c], l) == 0)
                k = l;
        }
        if (!k)
            return start;
        start -= k;
    }
}

/*
 * Find the words of q[0..qn) as a run of tokens of the indexed source
 * document (punctuation and case may differ) and widen [*lo, *hi) to its
 * bytes there.  The run is anchored on the query's rarest token in the
 * source, so the search costs its occurrences, not the source's length.
 */
static vg_err find_words(prov *pv, const char *q, size_t qn, size_t *lo, size_t *hi)
{
    vg_err e = vg_fp_norm_text(q, qn, &pv->nt);
    if (e != VG_OK || !pv->nt.toks.n)
        return e;
    const uint64_t *w = pv->nt.toks.v;
    size_t m = pv->nt.toks.n, best = 0, bf = 0, bl = 0;
    for (size_t k = 0; k < m; k++) {
        size_t f, l;
        idx_range(pv, w[k], &f, &l);
        if (f == l)
            return VG_OK; /* a word the source lacks */
        if (k == 0 || l - f < bl - bf)
            best = k, bf = f, bl = l;
    }
    const uint64_t *src = pv->src.toks.v;
    size_t ns = pv->src.toks.n;
    for (size_t x = bf; x < bl; x++) {
        size_t pos = pv->idx[x].pos;
        if (pos < best || pos - best + m > ns)
            continue;
        size_t start = pos - best;
        if (memcmp(src + start, w, m * sizeof *w) != 0)
            continue;
        size_t a = sentence_head(pv->srctext, (size_t)(pv->src.spans.v[start] >> 32));
        size_t b = sentence_tail(pv->srctext, pv->srclen,
                                 (size_t)(pv->src.spans.v[start + m - 1] & 0xffffffffu));
        *lo = a < *lo ? a : *lo;
        *hi = b > *hi ? b : *hi;
        break;
    }
    return VG_OK;
}

vg_err vg_copy_provenance(vg_store *s, const char *id, vg_doc *doc,
                          int (*passage)(void *ctx, const vg_passage *p), void *ctx)
{
    prov pv;
    memset(&pv, 0, sizeof pv);
    pv.s = s;
    long *who = NULL;
    vg_copy_params params;
    vg_err e = vg_copy_params_get(s, &params);
    if (e != VG_OK)
        return e;
    if ((e = vg_store_get(s, id, doc)) != VG_OK)
        return e;
    pv.seq = doc->seq;
    pv.at = doc->published_at != VG_TIME_NONE ? doc->published_at : doc->ingested_at;
    pv.text = dup_slice(doc->text);
    pv.len = doc->text.n;
    pv.id = dup_slice(doc->id);
    pv.source = dup_slice(doc->source);
    if (!pv.text || !pv.id || !pv.source) {
        e = VG_ENOMEM;
        goto out;
    }
    int64_t cls;
    if ((e = vg_copy_class_of_seq(s, pv.seq, &cls)) != VG_OK)
        goto out;
    if ((e = add_rel(&pv, cls, params.sent_words)) != VG_OK)
        goto out;
    {
        sqlite3_stmt *st = NULL;
        if ((e = vg_copy_prep(s, &st, "SELECT a, b FROM copy_pairs WHERE a = ?1 OR b = ?1")))
            goto out;
        sqlite3_bind_int64(st, 1, cls);
        /* collect first: add_rel runs its own statements */
        int64_t *other = NULL;
        size_t no = 0, cap = 0;
        while (sqlite3_step(st) == SQLITE_ROW) {
            int64_t a = sqlite3_column_int64(st, 0), b = sqlite3_column_int64(st, 1);
            if (no == cap) {
                cap = cap ? cap * 2 : 16;
                int64_t *v = realloc(other, cap * sizeof *v);
                if (!v) {
                    e = VG_ENOMEM;
                    break;
                }
                other = v;
            }
            other[no++] = a == cls ? b : a;
        }
        sqlite3_finalize(st);
        for (size_t i = 0; e == VG_OK && i < no; i++)
            e = add_rel(&pv, other[i], params.sent_words);
        free(other);
        if (e != VG_OK)
            goto out;
    }
    /* The document itself is a related text too: it is the first of its
     * class only if no exact copy came before it. */
    if ((e = vg_fp_sentences(pv.text, pv.len, params.sent_words, &pv.nt, &pv.sents)) != VG_OK)
        goto out;
    size_t ns = pv.sents.n;
    who = malloc((ns ? ns : 1) * sizeof *who);
    if (!who) {
        e = VG_ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < ns; i++)
        who[i] = pv.sents.v[i].hash ? first_class(&pv, pv.sents.v[i].hash) : -2;
    /* Short sentences (-2) follow the passage before them, or after. */
    for (size_t i = 0; i < ns; i++)
        if (who[i] == -2 && i > 0)
            who[i] = who[i - 1];
    for (size_t i = ns; i-- > 0;)
        if (who[i] == -2 && i + 1 < ns)
            who[i] = who[i + 1];
    for (size_t i = 0; i < ns;) {
        size_t j = i + 1;
        while (j < ns && who[j] == who[i])
            j++;
        vg_passage p;
        memset(&p, 0, sizeof p);
        p.start = pv.sents.v[i].start;
        p.end = pv.sents.v[j - 1].end;
        const rel_class *r = who[i] >= 0 ? &pv.rel[who[i]] : NULL;
        int self = !r || r->first_seq == pv.seq ||
                   r->first_at > pv.at || (r->first_at == pv.at && r->first_seq > pv.seq);
        if (self) {
            p.first_seq = pv.seq;
            p.first_id = (vg_slice){pv.id, strlen(pv.id)};
            p.first_source = (vg_slice){pv.source, strlen(pv.source)};
            p.first_at = pv.at;
            p.src_start = p.start;
            p.src_end = p.end;
        } else {
            p.first_seq = r->first_seq;
            p.first_id = (vg_slice){r->first_id, strlen(r->first_id)};
            p.first_source = (vg_slice){r->first_source, strlen(r->first_source)};
            p.first_at = r->first_at;
            /* Spans of the passage's sentences in the first document,
             * found by their words (its sentences may be cut otherwise). */
            sqlite3_stmt *st = NULL;
            if ((e = vg_copy_prep(s, &st, "SELECT text FROM docs WHERE seq = ?")) != VG_OK)
                goto out;
            sqlite3_bind_int64(st, 1, r->first_seq);
            if (sqlite3_step(st) == SQLITE_ROW) {
                vg_slice t = vg_copy_col(st, 0);
                e = index_source(&pv, t.p ? t.p : "", t.n);
                size_t lo = SIZE_MAX, hi = 0;
                for (size_t k = i; e == VG_OK && k < j; k++)
                    if (pv.sents.v[k].hash)
                        e = find_words(&pv, pv.text + pv.sents.v[k].start,
                                       pv.sents.v[k].end - pv.sents.v[k].start, &lo, &hi);
                if (lo != SIZE_MAX) {
                    p.src_start = lo;
                    p.src_end = hi;
                }
            }
            sqlite3_finalize(st);
            if (e != VG_OK)
                goto out;
        }
        /* How many documents contain the passage's first hashed sentence. */
        uint64_t h = 0;
        for (size_t k = i; k < j && !h; k++)
            h = pv.sents.v[k].hash;
        for (size_t k = 0; h && k < pv.nrel; k++)
            if (vg_u64s_has(&pv.rel[k].hashes, h))
                p.seen += pv.rel[k].docs;
        if (!p.seen)
            p.seen = 1;
        /* doc's slices were invalidated by our queries: point at our copy */
        doc->text = (vg_slice){pv.text, pv.len};
        doc->id = (vg_slice){pv.id, strlen(pv.id)};
        doc->source = (vg_slice){pv.source, strlen(pv.source)};
        if (passage(ctx, &p))
            break;
        i = j;
    }
out:
    free(who);
    prov_free(&pv);
    return e;
}
