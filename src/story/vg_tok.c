/*
 * vg_tok.c - words and names of a text (see vg_tok.h).  One pass over the
 * code points with utf8proc: a word is gathered case-folded into a fixed
 * buffer (no allocation per word), then stemmed; characters of scripts
 * written without spaces are paired as they come.
 */
#include "vg_tok.h"

#include <libstemmer.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Stems of recent words, direct-mapped by the word's hash: news text
 * repeats its words, and stemming is most of the tokeniser's time. */
#define STEM_CACHE 8192
#define STEM_MAX 30           /* longer words and stems are not cached */
typedef struct stem_slot {
    uint8_t nw, ns;           /* 0: empty */
    char w[STEM_MAX], s[STEM_MAX];
} stem_slot;

struct vg_tok {
    struct sb_stemmer *stem;  /* NULL: no stemmer for the language */
    uint64_t salt;            /* the language's two letters, or 0 */
    stem_slot *cache;         /* STEM_CACHE slots, with a stemmer */
};

vg_err vg_tok_new(const char *lang, vg_tok **out)
{
    *out = NULL;
    vg_tok *t = calloc(1, sizeof *t);
    if (!t)
        return VG_ENOMEM;
    /* libstemmer knows ISO 639-1 codes; "porter" and the like are not
     * languages. */
    if (lang && strlen(lang) == 2) {
        t->stem = sb_stemmer_new(lang, "UTF_8");
        t->salt = (uint64_t)(unsigned char)lang[0] << 8 | (unsigned char)lang[1];
    }
    if (t->stem && !(t->cache = calloc(STEM_CACHE, sizeof *t->cache))) {
        vg_tok_free(t);
        return VG_ENOMEM;
    }
    *out = t;
    return VG_OK;
}

void vg_tok_free(vg_tok *t)
{
    if (!t)
        return;
    if (t->stem)
        sb_stemmer_delete(t->stem);
    free(t->cache);
    free(t);
}

int vg_tok_stemmed(const vg_tok *t)
{
    return t->stem != NULL;
}

uint64_t vg_tok_salt(const vg_tok *t)
{
    return t->salt;
}

/* Scripts written without spaces between words. */
static int unspaced(utf8proc_int32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF)      /* hiragana, katakana */
           || (c >= 0x3400 && c <= 0x4DBF)   /* Han extension A */
           || (c >= 0x4E00 && c <= 0x9FFF)   /* Han */
           || (c >= 0xF900 && c <= 0xFAFF)   /* Han compatibility */
           || (c >= 0x20000 && c <= 0x2FA1F) /* Han, supplementary planes */
           || (c >= 0x0E00 && c <= 0x0E7F);  /* Thai */
}

static int wordish(utf8proc_category_t k)
{
    return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO)
           || (k >= UTF8PROC_CATEGORY_MN && k <= UTF8PROC_CATEGORY_ME)
           || k == UTF8PROC_CATEGORY_ND;
}

typedef struct word {
    char b[VG_TOK_MAX + 8];
    size_t n;
    int letters, digits, chars, too_long;
    int capital;     /* its first character is upper or title case */
    /* The capitalised word just before, with only spaces since: the first
     * half of a two-word name ("camille marchand"). */
    char prev[VG_TOK_MAX + 8];
    size_t nprev;
} word;

/* The stem of the case-folded word w[0..n), through the cache. */
static vg_err stem_of(vg_tok *t, const char *w, size_t n, const char **s, size_t *ns)
{
    stem_slot *c = NULL;
    if (n < STEM_MAX) {
        uint32_t h = 2166136261u;
        for (size_t i = 0; i < n; i++)
            h = (h ^ (unsigned char)w[i]) * 16777619u;
        c = &t->cache[h & (STEM_CACHE - 1)];
        if (c->nw == n && memcmp(c->w, w, n) == 0) {
            *s = c->s, *ns = c->ns;
            return VG_OK;
        }
    }
    const sb_symbol *r = sb_stemmer_stem(t->stem, (const sb_symbol *)w, (int)n);
    if (!r)
        return VG_ENOMEM;
    *s = (const char *)r;
    *ns = (size_t)sb_stemmer_length(t->stem);
    if (c && *ns > 0 && *ns < STEM_MAX) {
        c->nw = (uint8_t)n, c->ns = (uint8_t)*ns;
        memcpy(c->w, w, n);
        memcpy(c->s, r, *ns);
    }
    return VG_OK;
}

/*
 * Without a stemmer (Polish, for one), a word stands for its first
 * VG_TOK_PREFIX characters: truncation is the crude stemmer of
 * information retrieval, and it joins the inflections of a rich
 * morphology ("wystawy", "wystawa" -> "wysta").  On the SemEval 2022
 * Polish pairs the words' Pearson rises from 0.41 to 0.53.
 */
static size_t prefix_len(const char *b, size_t n)
{
    int k = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)b[i] & 0xC0) != 0x80 && k++ == VG_TOK_PREFIX)
            return i;
    return n;
}

/* Emit the gathered word; returns nonzero when the callback stopped. */
static int flush_word(vg_tok *t, word *w, int sentence_start, vg_tok_fn fn, void *ctx,
                      vg_err *err)
{
    int stop = 0;
    size_t nprev = w->nprev;
    w->nprev = 0;
    if (w->n && !w->too_long && w->chars > 1) {
        if (!w->letters) {
            stop = fn(ctx, VG_TOK_WORD, w->b, w->n);
            if (!stop && w->digits >= 2)
                stop = fn(ctx, VG_TOK_NAME, w->b, w->n);
        } else {
            if (w->capital && !sentence_start)
                stop = fn(ctx, VG_TOK_NAME, w->b, w->n);
            if (w->capital && !stop) {
                /* Two capitalised words in a row are a name of their own,
                 * rarer than either; one opening a sentence counts here
                 * unless it is short ("The", "Die", "Les": articles). */
                if (nprev) {
                    char pair[2 * (VG_TOK_MAX + 8) + 1];
                    memcpy(pair, w->prev, nprev);
                    pair[nprev] = ' ';
                    memcpy(pair + nprev + 1, w->b, w->n);
                    stop = fn(ctx, VG_TOK_NAME, pair, nprev + 1 + w->n);
                }
                if (!sentence_start || w->letters > 3) {
                    memcpy(w->prev, w->b, w->n);
                    w->nprev = w->n;
                }
            }
            if (!stop && t->stem) {
                const char *s;
                size_t ns;
                if (stem_of(t, w->b, w->n, &s, &ns) != VG_OK)
                    *err = VG_ENOMEM, stop = 1;
                else
                    stop = fn(ctx, VG_TOK_WORD, s, ns);
            } else if (!stop) {
                stop = fn(ctx, VG_TOK_WORD, w->b, prefix_len(w->b, w->n));
            }
        }
    }
    w->n = w->letters = w->digits = w->chars = w->too_long = w->capital = 0;
    return stop;
}

/* How many ASCII digits start text[i..n) (4 meaning four or more). */
static size_t digits_at(const utf8proc_uint8_t *p, size_t i, size_t n)
{
    size_t k = 0;
    while (k < 4 && i + k < n && p[i + k] >= '0' && p[i + k] <= '9')
        k++;
    return k;
}

vg_err vg_tok_run(vg_tok *t, const char *text, size_t n, vg_tok_fn fn, void *ctx)
{
    word w;
    memset(&w, 0, sizeof w);
    vg_err err = VG_OK;
    int sentence_start = 1;  /* the next word opens a sentence */
    char prev[4];            /* the last unspaced character, for bigrams */
    size_t nprev = 0;
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)text;
    size_t i = 0;
    while (i < n) {
        utf8proc_int32_t c;
        unsigned char b = p[i];
        int lower = b >= 'a' && b <= 'z', upper = b >= 'A' && b <= 'Z', digit = b >= '0' && b <= '9';
        if (lower || upper || digit) {
            /* ASCII letters and digits, most of the text: no lookups. */
            if (!w.chars)
                w.capital = upper;
            w.chars++;
            w.digits += digit;
            w.letters += !digit;
            if (w.n + 1 > VG_TOK_MAX)
                w.too_long = 1;
            else
                w.b[w.n++] = (char)(upper ? b | 0x20 : b);
            nprev = 0;
            i++;
            continue;
        }
        utf8proc_ssize_t len = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &c);
        if (len <= 0) {
            /* An invalid byte ends any word. */
            if (flush_word(t, &w, sentence_start, fn, ctx, &err))
                return err;
            nprev = 0;
            i++;
            continue;
        }
        i += (size_t)len;
        if (unspaced(c)) {
            if (w.n) {
                int stop = flush_word(t, &w, sentence_start, fn, ctx, &err);
                sentence_start = 0;
                if (stop)
                    return err;
            }
            char cur[4];
            size_t ncur = (size_t)utf8proc_encode_char(c, (utf8proc_uint8_t *)cur);
            if (nprev) {
                char pair[8];
                memcpy(pair, prev, nprev);
                memcpy(pair + nprev, cur, ncur);
                if (fn(ctx, VG_TOK_WORD, pair, nprev + ncur))
                    return err;
            } else {
                /* A lone character counts if the run stops here: look ahead. */
                utf8proc_int32_t next = -1;
                if (i < n)
                    utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &next);
                if (next < 0 || !unspaced(next))
                    if (fn(ctx, VG_TOK_WORD, cur, ncur))
                        return err;
            }
            memcpy(prev, cur, ncur);
            nprev = ncur;
            continue;
        }
        nprev = 0;
        utf8proc_category_t k = utf8proc_category(c);
        if (wordish(k)) {
            if (!w.chars)
                w.capital = k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
            w.chars++;
            if (k == UTF8PROC_CATEGORY_ND)
                w.digits++;
            else if (k <= UTF8PROC_CATEGORY_LO)
                w.letters++;
            utf8proc_uint8_t enc[4];
            utf8proc_ssize_t e = utf8proc_encode_char(utf8proc_tolower(c), enc);
            if (w.n + (size_t)e > VG_TOK_MAX)
                w.too_long = 1;
            else
                memcpy(w.b + w.n, enc, (size_t)e), w.n += (size_t)e;
            continue;
        }
        int space = c == ' ' || c == 0xA0 || c == 0x202F || c == 0x2009;
        if (w.chars && !w.letters && (space || c == ',' || c == '.') && i < n) {
            /* Digit groups and decimals make one number, written the same
             * in every language: 84,600 84 600 23.4 23,4 -> 84600 234. */
            size_t digits = digits_at(p, i, n);
            if (space ? digits == 3 && w.chars <= 3 : digits > 0)
                continue;
        }
        if (w.chars) {
            int stop = flush_word(t, &w, sentence_start, fn, ctx, &err);
            sentence_start = 0;
            if (stop)
                return err;
        }
        if (!space)
            w.nprev = 0;
        if (c == '.' || c == '!' || c == '?' || c == '\n' || c == 0x3002 || c == 0xFF01
            || c == 0xFF1F)
            sentence_start = 1;
    }
    flush_word(t, &w, sentence_start, fn, ctx, &err);
    return err;
}
