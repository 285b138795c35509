/*
 * vg_clean.c - the cleaner: the pipeline of include/vigie/clean.h over the
 * modules of this folder, and the buffers it owns.
 *
 * Per field (title, then text):
 *
 *   raw bytes --utf8 repair--> --mojibake--> --whitespace/lines--> --NFC-->
 *   lines "l1\nl2\n..."  (each stage copies only when it changes something,
 *   except the whitespace stage, which always writes `ws`)
 *
 * Then, on the text's lines: furniture marks, boilerplate marks, byline and
 * dateline, and the kept lines joined by "\n\n" into `text`; entities are
 * taken from that text; the language from the doc or the identifier.
 *
 * Invariants: every slice put into the doc points into a buffer of the
 * cleaner (or the static "und"), valid until the next vg_cleaner_clean();
 * once the buffers have grown to the largest document seen, cleaning
 * allocates nothing.  Output text is valid UTF-8, NFC, with no control
 * character but '\n'.
 */
#include "vigie/clean.h"

#include <stdlib.h>
#include <string.h>

#include "vg_boiler.h"
#include "vg_buf.h"
#include "vg_byline.h"
#include "vg_entities.h"
#include "vg_furniture.h"
#include "vg_hash.h"
#include "vg_langtag.h"
#include "vg_mojibake.h"
#include "vg_norm.h"
#include "vg_utf8.h"
#include "vigie/lang.h"

/* Why a line was dropped (0: kept). */
enum { DROP_NONE, DROP_FURN, DROP_BOILER, DROP_BYLINE, DROP_HEADLINE };

typedef struct line {
    size_t off, len; /* slice of the normalised text */
    int ui;          /* vg_furniture_ui() result */
    int drop;        /* DROP_* */
    int script;      /* the line's most frequent script (VG_SCRIPT_*) */
    size_t letters;  /* letters in the line */
    size_t in_script;/* letters of that script */
} line;

/* Documents with fewer non-empty lines teach the boilerplate table nothing. */
#define LEARN_MIN_LINES 3

struct vg_cleaner {
    vg_clean_opts opts;
    unsigned min_docs;
    vg_norm *norm;       /* owned */
    vg_boiler *boiler;   /* owned; NULL when no_learn */
    vg_buf fixed;        /* UTF-8 repair output */
    vg_buf moji;         /* mojibake output */
    vg_buf moji_scratch;
    vg_buf ws;           /* whitespace-normalised lines */
    vg_buf nfc;          /* NFC output (when NFC changes something) */
    vg_buf lines;        /* line[] of the text */
    vg_buf keys;         /* uint64_t[] for observe */
    vg_buf title;        /* cleaned title */
    vg_buf text;         /* cleaned text */
    vg_buf langbuf;      /* title + text for the language identifier */
    vg_buf meta;         /* repaired metadata fields (rarely used) */
    vg_buf meta_tmp;     /* UTF-8 repair of one metadata field */
    vg_entities ent;
    char lang[8];
    vg_clean_stats st;
};

vg_err vg_cleaner_new(vg_cleaner **out, const vg_clean_opts *opts)
{
    *out = NULL;
    vg_cleaner *c = calloc(1, sizeof *c);
    if (!c)
        return VG_ENOMEM;
    if (opts)
        c->opts = *opts;
    c->min_docs = c->opts.boiler_min_docs ? c->opts.boiler_min_docs : 5;
    c->norm = vg_norm_new();
    if (!c->norm)
        goto fail;
    if (!c->opts.no_learn && !c->opts.keep_furniture) {
        c->boiler = vg_boiler_new();
        if (!c->boiler)
            goto fail;
    }
    *out = c;
    return VG_OK;
fail:
    vg_cleaner_free(c);
    return VG_ENOMEM;
}

void vg_cleaner_free(vg_cleaner *c)
{
    if (!c)
        return;
    vg_entities_free(&c->ent);
    vg_buf_free(&c->langbuf);
    vg_buf_free(&c->meta);
    vg_buf_free(&c->meta_tmp);
    vg_buf_free(&c->text);
    vg_buf_free(&c->title);
    vg_buf_free(&c->keys);
    vg_buf_free(&c->lines);
    vg_buf_free(&c->nfc);
    vg_buf_free(&c->ws);
    vg_buf_free(&c->moji_scratch);
    vg_buf_free(&c->moji);
    vg_buf_free(&c->fixed);
    vg_boiler_free(c->boiler);
    vg_norm_free(c->norm);
    free(c);
}

void vg_cleaner_stats(const vg_cleaner *c, vg_clean_stats *st)
{
    *st = c->st;
}

/*
 * Stages 1-3 on one field: the result (lines joined by '\n') is returned in
 * *res, pointing into c->ws or c->nfc.
 */
static vg_err normalise(vg_cleaner *c, vg_slice in, vg_slice *res, uint32_t *flags, size_t *nbad)
{
    const char *p = in.p ? in.p : "";
    size_t n = in.n;
    vg_err e;
    *nbad = 0;
    if (vg_utf8_valid_prefix(p, n) != n) {
        vg_buf_reset(&c->fixed);
        if ((e = vg_utf8_repair(p, n, &c->fixed, nbad)))
            return e;
        p = c->fixed.p;
        n = c->fixed.n;
        *flags |= VG_DOC_BAD_UTF8;
    }
    if (!c->opts.no_mojibake && vg_mojibake_suspect(p, n)) {
        size_t k = vg_mojibake_fix(p, n, &c->moji, &c->moji_scratch);
        if (k == (size_t)-1)
            return VG_ENOMEM;
        if (k) {
            p = c->moji.p;
            n = c->moji.n;
            *flags |= VG_DOC_MOJIBAKE;
        }
    }
    vg_buf_reset(&c->ws);
    if ((e = vg_norm_space(p, n, &c->ws)))
        return e;
    int changed;
    if ((e = vg_norm_nfc(c->norm, c->ws.p ? c->ws.p : "", c->ws.n, &c->nfc, &changed)))
        return e;
    res->p = changed ? c->nfc.p : (c->ws.p ? c->ws.p : "");
    res->n = changed ? c->nfc.n : c->ws.n;
    return VG_OK;
}

static vg_err clean_title(vg_cleaner *c, vg_doc *doc, uint32_t *flags)
{
    vg_buf_reset(&c->title);
    if (!doc->title.n) {
        doc->title.p = "";
        return VG_OK;
    }
    vg_slice r;
    size_t nbad;
    vg_err e = normalise(c, doc->title, &r, flags, &nbad);
    if (e)
        return e;
    c->st.bad_utf8 += nbad;
    if ((e = vg_buf_append(&c->title, r.p, r.n)))
        return e;
    for (size_t i = 0; i < c->title.n; i++) /* a title is one line */
        if (c->title.p[i] == '\n')
            c->title.p[i] = ' ';
    if (!c->opts.keep_furniture) {
        c->title.n = vg_furniture_title_cut(c->title.p, c->title.n);
        c->title.p[c->title.n] = '\0';
    }
    doc->title.p = c->title.p;
    doc->title.n = c->title.n;
    return VG_OK;
}

static vg_err split_lines(vg_cleaner *c, vg_slice t, size_t *count)
{
    vg_buf_reset(&c->lines);
    size_t i = 0;
    while (i < t.n) {
        const char *nl = memchr(t.p + i, '\n', t.n - i);
        size_t e = nl ? (size_t)(nl - t.p) : t.n;
        line l = {i, e - i, 0, DROP_NONE, VG_SCRIPT_NONE, 0, 0};
        vg_err err = vg_buf_append(&c->lines, &l, sizeof l);
        if (err)
            return err;
        i = e + 1;
    }
    *count = c->lines.n / sizeof(line);
    return VG_OK;
}

/* Page furniture (see docs/CLEANING.md, "Furniture"). */
static void mark_furniture(line *L, size_t nl, const char *t)
{
    size_t total = 0;
    for (size_t i = 0; i < nl; i++) {
        L[i].ui = vg_furniture_ui(t + L[i].off, L[i].len);
        total += L[i].len;
    }
    /* Tail: the first comment-section marker after most of the text. */
    size_t before = 0;
    for (size_t i = 0; i < nl; i++) {
        if (L[i].ui == VG_FURN_TAIL && i >= 2 && (before * 5 >= total * 2 || i * 2 >= nl)) {
            size_t s = i;
            while (s > 1 && L[s - 1].ui != VG_FURN_NONE)
                s--;
            for (size_t j = s; j < nl; j++)
                L[j].drop = DROP_FURN;
            break;
        }
        before += L[i].len;
    }
    for (size_t i = 0; i < nl; i++)
        if (!L[i].drop && (L[i].ui || vg_furniture_credit(t + L[i].off, L[i].len)))
            L[i].drop = DROP_FURN;

    /* Short lines in another script than the document's. */
    size_t doc[VG_SCRIPT_COUNT] = {0};
    for (size_t i = 0; i < nl; i++) {
        size_t ln[VG_SCRIPT_COUNT] = {0};
        vg_furniture_script_count(t + L[i].off, L[i].len, ln);
        for (int s = 1; s < VG_SCRIPT_COUNT; s++) {
            doc[s] += ln[s];
            L[i].letters += ln[s];
            if (ln[s] > ln[L[i].script])
                L[i].script = s;
        }
        L[i].in_script = ln[L[i].script];
    }
    int dom = 0;
    size_t letters = 0;
    for (int s = 1; s < VG_SCRIPT_COUNT; s++) {
        letters += doc[s];
        if (doc[s] > doc[dom])
            dom = s;
    }
    if (dom && letters >= 200 && doc[dom] * 100 >= letters * 85) {
        for (size_t i = 0; i < nl; i++) {
            if (L[i].drop || L[i].len > 160)
                continue;
            int ld = L[i].script;
            if (ld && ld != dom && L[i].letters <= 60 && L[i].in_script * 10 >= L[i].letters * 8
                && !memchr(t + L[i].off, '@', L[i].len))
                L[i].drop = DROP_FURN;
        }
    }

    /* Related-article headlines: a Title-Case line between kept lines that
     * sits next to a removed caption or credit (the teaser box of a related
     * article).  Without that neighbour it is more likely a subhead or a
     * list item of the article itself, and stays. */
    size_t first = nl, last = nl;
    for (size_t i = 0; i < nl; i++)
        if (!L[i].drop) {
            if (first == nl)
                first = i;
            last = i;
        }
    for (size_t i = first + 1; i < last; i++)
        if (!L[i].drop && (L[i - 1].drop || L[i + 1].drop)
            && vg_furniture_headline(t + L[i].off, L[i].len))
            L[i].drop = DROP_HEADLINE;
    for (size_t i = 0; i < nl; i++)
        if (L[i].drop == DROP_HEADLINE)
            L[i].drop = DROP_FURN;
}

static void mark_boiler(vg_cleaner *c, const vg_doc *doc, line *L, size_t nl, const char *t)
{
    uint64_t src = vg_boiler_source(doc->source.p, doc->source.n);
    size_t kept = 0, hit = 0;
    for (size_t i = 0; i < nl; i++) {
        if (L[i].drop)
            continue;
        kept++;
        uint64_t key = vg_boiler_key(src, t + L[i].off, L[i].len);
        if (key && vg_boiler_count(c->boiler, key) >= c->min_docs)
            hit++;
    }
    if (!hit || hit == kept) /* never empty a document: it may be a re-post */
        return;
    for (size_t i = 0; i < nl; i++) {
        if (L[i].drop)
            continue;
        uint64_t key = vg_boiler_key(src, t + L[i].off, L[i].len);
        if (key && vg_boiler_count(c->boiler, key) >= c->min_docs)
            L[i].drop = DROP_BOILER;
    }
}

static vg_err set_lang(vg_cleaner *c, vg_doc *doc, uint32_t *flags)
{
    size_t k = c->opts.detect_lang ? 0
                                   : vg_langtag_code(doc->lang.p ? doc->lang.p : "", doc->lang.n,
                                                     c->lang);
    if (!k && !c->opts.no_langid) {
        const char *p = doc->text.p;
        size_t n = doc->text.n;
        if (doc->title.n) {
            vg_buf_reset(&c->langbuf);
            vg_err e = vg_buf_append(&c->langbuf, doc->title.p, doc->title.n);
            if (!e)
                e = vg_buf_append(&c->langbuf, "\n", 1);
            if (!e)
                e = vg_buf_append(&c->langbuf, doc->text.p, doc->text.n);
            if (e)
                return e;
            p = c->langbuf.p;
            n = c->langbuf.n;
        }
        (void)vg_lang_detect(p ? p : "", n, c->lang);
        k = strnlen(c->lang, sizeof c->lang);
        if (k && strcmp(c->lang, "und") != 0) {
            *flags |= VG_DOC_LANG_GUESS;
            c->st.lang_detected++;
        }
    }
    if (!k) {
        memcpy(c->lang, "und", 4);
        k = 3;
    }
    doc->lang.p = c->lang;
    doc->lang.n = k;
    return VG_OK;
}

/* 1 when s holds a control character or invalid UTF-8. */
static int meta_dirty(vg_slice s)
{
    const unsigned char *p = (const unsigned char *)s.p;
    int high = 0;
    for (size_t i = 0; i < s.n; i++) {
        if (p[i] < 0x20 || p[i] == 0x7F)
            return 1;
        high |= p[i] >= 0x80;
    }
    return high && vg_utf8_valid_prefix(s.p, s.n) != s.n;
}

/*
 * Metadata (id, source, author, url, repost_of, reply_to) is kept as given,
 * but invalid UTF-8 is repaired and control characters become spaces: these
 * fields are printed on terminals and exported as JSON, and adversarial
 * input (an author named ESC[2J) must not reach either raw.
 */
static vg_err clean_meta(vg_cleaner *c, vg_doc *doc, size_t *nbad)
{
    vg_slice *f[] = {&doc->id, &doc->source, &doc->author, &doc->url, &doc->repost_of,
                     &doc->reply_to};
    enum { NF = sizeof f / sizeof f[0] };
    size_t off[NF], len[NF];
    int any = 0;
    vg_buf_reset(&c->meta);
    for (size_t k = 0; k < NF; k++) {
        off[k] = SIZE_MAX;
        if (!f[k]->n || !meta_dirty(*f[k]))
            continue;
        any = 1;
        size_t bad = 0;
        vg_buf_reset(&c->meta_tmp);
        vg_err e = vg_utf8_repair(f[k]->p, f[k]->n, &c->meta_tmp, &bad);
        if (e)
            return e;
        *nbad += bad;
        off[k] = c->meta.n;
        for (size_t i = 0; i < c->meta_tmp.n; i++) {
            unsigned char b = (unsigned char)c->meta_tmp.p[i];
            if ((e = vg_buf_putc(&c->meta, b < 0x20 || b == 0x7F ? ' ' : (char)b)))
                return e;
        }
        len[k] = c->meta.n - off[k];
    }
    if (any) /* pointers last: the buffer may have moved while growing */
        for (size_t k = 0; k < NF; k++)
            if (off[k] != SIZE_MAX)
                *f[k] = (vg_slice){c->meta.p + off[k], len[k]};
    return VG_OK;
}

vg_err vg_cleaner_clean(vg_cleaner *c, vg_doc *doc)
{
    const uint32_t mine = VG_DOC_BAD_UTF8 | VG_DOC_MOJIBAKE | VG_DOC_FURNITURE | VG_DOC_BOILER
                          | VG_DOC_LANG_GUESS;
    uint32_t flags = 0;
    size_t meta_bad = 0;
    const vg_slice in_links = doc->links; /* given by the input; borrowed */
    vg_err e = clean_meta(c, doc, &meta_bad);
    if (e)
        return e;
    if (meta_bad) {
        c->st.bad_utf8 += meta_bad;
        flags |= VG_DOC_BAD_UTF8;
    }
    e = clean_title(c, doc, &flags);
    if (e)
        return e;

    vg_slice t;
    size_t nbad, nl;
    if ((e = normalise(c, doc->text, &t, &flags, &nbad)))
        return e;
    c->st.bad_utf8 += nbad;
    if ((e = split_lines(c, t, &nl)))
        return e;
    line *L = (line *)(void *)c->lines.p;

    if (!c->opts.keep_furniture && nl >= 2) {
        mark_furniture(L, nl, t.p);
        size_t kept = 0;
        for (size_t i = 0; i < nl; i++)
            kept += !L[i].drop;
        if (!kept) /* all furniture: keep it rather than lose the record */
            for (size_t i = 0; i < nl; i++)
                L[i].drop = DROP_NONE;
        if (c->boiler && doc->source.n)
            mark_boiler(c, doc, L, nl, t.p);
    }

    /* Byline: last kept line ("• Name", "By Name"), else the first. */
    doc->byline = (vg_slice){"", 0};
    doc->dateline_place = (vg_slice){"", 0};
    doc->dateline_agency = (vg_slice){"", 0};
    size_t first = nl, last = nl, kept = 0;
    for (size_t i = 0; i < nl; i++)
        if (!L[i].drop) {
            first = first == nl ? i : first;
            last = i;
            kept++;
        }
    if (kept >= 2) {
        /* A bullet or dash before a name ends articles ("• Zachary Reyes")
         * but also attributes quotes in short posts ("...\n- Oscar Wilde"):
         * only texts of three or more paragraphs get that form. */
        if (vg_byline_match(t.p + L[last].off, L[last].len, kept >= 3, &doc->byline))
            L[last].drop = DROP_BYLINE;
        else if (vg_byline_match(t.p + L[first].off, L[first].len, 0, &doc->byline))
            L[first].drop = DROP_BYLINE;
    }
    /* Dateline: at the start of one of the first three kept paragraphs. */
    for (size_t i = 0, seen = 0; i < nl && seen < 3; i++) {
        if (L[i].drop)
            continue;
        seen++;
        size_t k = vg_dateline_match(t.p + L[i].off, L[i].len, &doc->dateline_place,
                                     &doc->dateline_agency);
        if (k) {
            L[i].off += k;
            L[i].len -= k;
            break;
        }
    }

    vg_buf_reset(&c->text);
    if ((e = vg_buf_reserve(&c->text, t.n + nl)))
        return e;
    size_t furn = 0, boil = 0;
    for (size_t i = 0; i < nl; i++) {
        if (L[i].drop == DROP_FURN)
            furn++;
        if (L[i].drop == DROP_BOILER)
            boil++;
        if (L[i].drop)
            continue;
        if (c->text.n && (e = vg_buf_append(&c->text, "\n\n", 2)))
            return e;
        if ((e = vg_buf_append(&c->text, t.p + L[i].off, L[i].len)))
            return e;
    }
    if (furn)
        flags |= VG_DOC_FURNITURE;
    if (boil)
        flags |= VG_DOC_BOILER;
    c->st.furniture_lines += furn;
    c->st.boiler_lines += boil;
    doc->text.p = c->text.p ? c->text.p : "";
    doc->text.n = c->text.n;

    if ((e = vg_entities_extract(&c->ent, doc->text.p, doc->text.n)))
        return e;
    /* Links the input gave (an HTML body's <a href>s) join those written
     * out in the text. */
    if (in_links.n && (e = vg_entities_add_links(&c->ent, in_links.p, in_links.n)))
        return e;
    doc->links = (vg_slice){c->ent.links.p ? c->ent.links.p : "", c->ent.links.n};
    doc->hashtags = (vg_slice){c->ent.hashtags.p ? c->ent.hashtags.p : "", c->ent.hashtags.n};
    doc->mentions = (vg_slice){c->ent.mentions.p ? c->ent.mentions.p : "", c->ent.mentions.n};

    if ((e = set_lang(c, doc, &flags)))
        return e;
    doc->flags = (doc->flags & ~mine) | flags;
    c->st.docs++;
    if (flags & VG_DOC_MOJIBAKE)
        c->st.mojibake++;
    return VG_OK;
}

void vg_cleaner_observe(vg_cleaner *c, const vg_doc *raw)
{
    if (!c->boiler || !raw->source.n || !raw->text.n)
        return;
    const char *p = raw->text.p;
    size_t n = raw->text.n, lines = 0;
    /* Count non-empty lines first: most posts are one line and stop here. */
    for (size_t i = 0; i < n && lines < LEARN_MIN_LINES;) {
        const char *nl = memchr(p + i, '\n', n - i);
        size_t e = nl ? (size_t)(nl - p) : n;
        for (size_t j = i; j < e; j++)
            if (p[j] != ' ' && p[j] != '\t' && p[j] != '\r') {
                lines++;
                break;
            }
        i = e + 1;
    }
    if (lines < LEARN_MIN_LINES)
        return;
    uint64_t src = vg_boiler_source(raw->source.p, raw->source.n);
    vg_buf_reset(&c->keys);
    for (size_t i = 0; i < n;) {
        size_t e = i;
        while (e < n && p[e] != '\n' && p[e] != '\r')
            e++;
        uint64_t key = vg_boiler_key(src, p + i, e - i);
        if (key && vg_buf_append(&c->keys, &key, sizeof key))
            return; /* out of memory: learn nothing from this document */
        i = e + 1;
    }
    vg_boiler_observe(c->boiler, (uint64_t *)(void *)c->keys.p, c->keys.n / sizeof(uint64_t),
                      vg_hash64(p, n, src));
}
