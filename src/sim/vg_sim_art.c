/*
 * vg_sim_art.c - timing, original articles, copies, near-copies and
 * stitched articles (see vg_sim_art.h for the block model and timing).
 *
 * Invariants: an original is rebuilt identically from (seed, index) at any
 * time; a block's (off, len) always lies inside the article's pool; after
 * render, blk[k].at + blk[k].len <= text.n and text holds exactly the
 * blocks in order with the separators of vg_sim_art.h.
 */
#include "vg_sim_art.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

/* ---- time ---------------------------------------------------------- */

/*
 * Relative activity per UTC hour (France is UTC+2 in spring): quiet
 * nights, a morning peak, a long afternoon and an evening tail.
 */
static const uint8_t hour_w[24] = {3, 2, 1, 1, 1, 2, 4, 7, 9, 9, 8, 8,
                                   8, 8, 8, 8, 8, 9, 9, 8, 7, 6, 5, 4};

static int64_t warp(int64_t x)
{
    static const uint32_t total = 143; /* sum of hour_w */
    int64_t day = x / 86400, r = x % 86400;
    uint64_t pos = (uint64_t)r * total; /* in [0, 86400 * total) */
    uint64_t cum = 0;
    unsigned h = 0;
    while (h < 23 && (cum + hour_w[h]) * 86400 <= pos)
        cum += hour_w[h++];
    uint64_t within = pos - cum * 86400; /* [0, hour_w[h] * 86400) */
    return day * 86400 + (int64_t)h * 3600 + (int64_t)(within / ((uint64_t)hour_w[h] * 24));
}

int64_t vg_sim_time(const vg_sim_world *w, uint32_t tag, uint64_t i, uint64_t n, int64_t *raw)
{
    uint64_t span = (uint64_t)w->span;
    uint64_t lo = i * span / n, hi = (i + 1) * span / n;
    uint64_t x = lo;
    if (hi > lo)
        x += vg_sim_derive(w->seed, tag, i) % (hi - lo);
    if (raw)
        *raw = (int64_t)x;
    return w->start + warp((int64_t)x);
}

uint32_t vg_sim_story_at(const vg_sim_world *w, int64_t raw, uint64_t salt)
{
    /* Most items are about the story of their moment, some about a
       neighbour: stories overlap in time as real ones do. */
    static const int8_t shift[10] = {0, 0, 0, 0, -1, -1, 1, 1, -2, 2};
    int64_t s = raw * (int64_t)w->stories / w->span;
    s += shift[vg_sim_derive(w->seed, 0x5702, salt) % 10];
    if (s < 0)
        s = 0;
    if (s >= (int64_t)w->stories)
        s = (int64_t)w->stories - 1;
    return (uint32_t)s;
}

void vg_sim_put_time(vg_sim_gen *g, vg_buf *out, int64_t t)
{
    /* Civil-from-days (H. Hinnant), integer only. */
    int64_t days = t / 86400, secs = t % 86400;
    if (secs < 0) {
        secs += 86400;
        days--;
    }
    int64_t z = days + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t y = yoe + era * 400;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int64_t d = doy - (153 * mp + 2) / 5 + 1;
    int64_t m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2)
        y++;
    char s[21];
    int64_t v[6] = {y, m, d, secs / 3600, secs / 60 % 60, secs % 60};
    s[0] = (char)('0' + y / 1000 % 10);
    s[1] = (char)('0' + y / 100 % 10);
    s[2] = (char)('0' + y / 10 % 10);
    s[3] = (char)('0' + y % 10);
    static const char sep[6] = {0, '-', '-', 'T', ':', ':'};
    for (int k = 1; k < 6; k++) {
        s[3 * k + 1] = sep[k];
        s[3 * k + 2] = (char)('0' + v[k] / 10);
        s[3 * k + 3] = (char)('0' + v[k] % 10);
    }
    s[19] = 'Z';
    vg_sim_put(g, out, s, 20);
}

/* ---- blocks -------------------------------------------------------- */

void vg_sim_art_free(vg_sim_art *a)
{
    if (!a)
        return;
    vg_buf_free(&a->id);
    vg_buf_free(&a->title);
    vg_buf_free(&a->author);
    vg_buf_free(&a->url);
    vg_buf_free(&a->pool);
    vg_buf_free(&a->text);
    free(a->blk);
    memset(a, 0, sizeof *a);
}

static void art_reset(vg_sim_art *a)
{
    memset(&a->memo, 0, sizeof a->memo);
    vg_buf_reset(&a->id);
    vg_buf_reset(&a->title);
    vg_buf_reset(&a->author);
    vg_buf_reset(&a->url);
    vg_buf_reset(&a->pool);
    vg_buf_reset(&a->text);
    a->nblk = 0;
}

/* Insert a block at position pos whose text is pool[off..pool.n). */
static void blk_insert(vg_sim_gen *g, vg_sim_art *a, size_t pos, uint8_t kind, uint32_t para,
                       size_t off)
{
    if (g->err)
        return;
    if (a->nblk == a->capblk) {
        size_t cap = a->capblk ? a->capblk * 2 : 64;
        vg_sim_block *b = realloc(a->blk, cap * sizeof *b);
        if (!b) {
            g->err = VG_ENOMEM;
            return;
        }
        a->blk = b;
        a->capblk = cap;
    }
    memmove(a->blk + pos + 1, a->blk + pos, (a->nblk - pos) * sizeof *a->blk);
    a->blk[pos] = (vg_sim_block){(uint32_t)off, (uint32_t)(a->pool.n - off), para, 0, kind,
                                 0, NULL};
    a->nblk++;
}

static void blk_push(vg_sim_gen *g, vg_sim_art *a, uint8_t kind, uint32_t para, size_t off)
{
    blk_insert(g, a, a->nblk, kind, para, off);
}

static void blk_remove(vg_sim_art *a, size_t pos)
{
    memmove(a->blk + pos, a->blk + pos + 1, (a->nblk - pos - 1) * sizeof *a->blk);
    a->nblk--;
}

static void render(vg_sim_gen *g, vg_sim_art *a)
{
    vg_buf_reset(&a->text);
    for (size_t k = 0; k < a->nblk; k++) {
        if (k > 0)
            vg_sim_put(g, &a->text, a->blk[k].para != a->blk[k - 1].para ? "\n\n" : " ",
                       a->blk[k].para != a->blk[k - 1].para ? 2 : 1);
        a->blk[k].at = (uint32_t)a->text.n;
        vg_sim_put(g, &a->text, a->pool.p + a->blk[k].off, a->blk[k].len);
    }
}

/* ---- originals ----------------------------------------------------- */

static const char *outlet_lang(uint32_t o)
{
    return vg_sim_outlets[o].lang;
}

static int outlet_fr(uint32_t o)
{
    return outlet_lang(o)[0] == 'f';
}

static void put_hex16(vg_sim_gen *g, vg_buf *out, uint64_t v)
{
    static const char hex[] = "0123456789abcdef";
    char s[16];
    for (int k = 15; k >= 0; k--) {
        s[k] = hex[v & 15];
        v >>= 4;
    }
    vg_sim_put(g, out, s, 16);
}

/* URL: https://domain/section/yyyy/mm/dd/slug-number */
static void make_url(const vg_sim_world *w, vg_sim_art *a, vg_sim_gen *g)
{
    vg_buf *u = &a->url;
    vg_buf_reset(u);
    vg_sim_puts(g, u, "https://");
    vg_sim_puts(g, u, vg_sim_outlets[a->outlet].domain);
    vg_sim_put(g, u, "/", 1);
    vg_sim_puts(g, u, vg_sim_word(g, &vg_sim_sections));
    vg_sim_put(g, u, "/", 1);
    size_t at = u->n;
    vg_sim_put_time(g, u, a->t);
    if (g->err)
        return;
    /* "2017-04-20T..." -> "2017/04/20/" */
    u->p[at + 4] = '/';
    u->p[at + 7] = '/';
    u->p[at + 10] = '/';
    u->n = at + 11;
    u->p[u->n] = '\0';
    size_t slug = 0;
    int dash = 0;
    for (size_t k = 0; k < a->title.n && slug < 72; k++) {
        char c = a->title.p[k];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (dash && slug)
                vg_sim_put(g, u, "-", 1);
            vg_sim_put(g, u, &c, 1);
            slug++;
            dash = 0;
        } else if (c != '\'') {
            dash = 1;
        }
    }
    vg_sim_put(g, u, "-", 1);
    /* A bijection of the serial: unique numbers that reveal no order. */
    uint32_t x = (uint32_t)a->serial * 2654435761u ^ (uint32_t)w->seed;
    x ^= x >> 16;
    x *= 0x45d9f3bu;
    x ^= x >> 16;
    vg_sim_put_uint(g, u, x);
}

static void make_author(vg_sim_art *a, vg_sim_gen *g)
{
    const vg_sim_outlet *o = &vg_sim_outlets[a->outlet];
    vg_buf_reset(&a->author);
    if (o->kind == VG_SIM_WIRE || (o->kind == VG_SIM_STATE && vg_sim_chance(&g->rng, 500)))
        vg_sim_puts(g, &a->author, o->name);
    else
        vg_sim_person_name(g, &a->author);
}

static void make_title(vg_sim_art *a, vg_sim_gen *g)
{
    const vg_sim_topic *tp = &vg_sim_topics[a->story.topic];
    vg_buf_reset(&a->title);
    /* Headlines name the story's cast more faithfully than running text. */
    uint32_t keep = g->bound;
    g->bound = 950;
    vg_sim_pick(g, outlet_fr(a->outlet) ? &tp->headline_fr : &tp->headline, &a->title);
    g->bound = keep;
}

static void make_id(const vg_sim_world *w, vg_sim_art *a, vg_sim_gen *g)
{
    vg_buf_reset(&a->id);
    vg_sim_put(g, &a->id, "a", 1);
    put_hex16(g, &a->id, vg_sim_derive(w->seed, VG_SIM_TAG_ART_ID, a->serial));
}

vg_err vg_sim_art_header(const vg_sim_world *w, uint64_t i, vg_sim_art *a)
{
    art_reset(a);
    a->serial = i;
    a->t = vg_sim_time(w, VG_SIM_TAG_ART_TIME, i, w->articles, &a->raw);
    vg_sim_story_make(&a->story, w->seed, vg_sim_story_at(w, a->raw, i));
    vg_sim_gen g;
    vg_sim_gen_init(&g, &w->slots, &a->story, w->seed, VG_SIM_TAG_ART_HEAD, i);
    uint32_t x = vg_sim_below(&g.rng, w->outlet_cum[w->outlets - 1]);
    a->outlet = 0;
    while (x >= w->outlet_cum[a->outlet])
        a->outlet++;
    g.outlet = a->outlet;
    make_title(a, &g);
    make_author(a, &g);
    make_id(w, a, &g);
    make_url(w, a, &g);
    return g.err;
}

static void upper_ascii(vg_sim_gen *g, vg_buf *out, const char *s)
{
    for (; *s; s++) {
        char c = *s;
        if (c >= 'a' && c <= 'z')
            c = (char)(c - 'a' + 'A');
        vg_sim_put(g, out, &c, 1);
    }
}

/*
 * Append to a's pool a sentence of a template from lists[0..n) that g has
 * not used yet, trying lists[0] first and the others in turn when it is
 * exhausted; push it as a SENT block.  Returns 0 if every list is used up.
 */
static int fresh_sentence(vg_sim_gen *g, vg_sim_art *a, const vg_sim_list *const *lists,
                          unsigned n, size_t pos, uint32_t para)
{
    for (unsigned k = 0; k < n; k++) {
        size_t off = a->pool.n;
        uint32_t i = vg_sim_pick_fresh(g, lists[k], &a->pool);
        if (i == lists[k]->n)
            continue;
        blk_insert(g, a, pos, VG_SIM_B_SENT, para, off);
        if (!g->err) {
            a->blk[pos].tl = lists[k];
            a->blk[pos].ti = i;
        }
        return 1;
    }
    return 0;
}

/*
 * One body sentence in the outlet's language, a template the article has
 * not used, pushed as a SENT block of paragraph para; nth counts the
 * sentences before it.  The lead always comes from the topic, the second
 * sentence names the story's figure.  Returns 0 when the grammar is
 * exhausted.
 */
static int body_sentence(vg_sim_gen *g, vg_sim_art *a, unsigned nth, uint32_t para)
{
    const vg_sim_topic *tp = &vg_sim_topics[a->story.topic];
    int lead = nth == 0;
    uint32_t r = lead ? 0 : vg_sim_below(&g->rng, 100);
    /* The second sentence, and some later ones, name the story's figure. */
    if (!lead && (nth == 1 || vg_sim_chance(&g->rng, 200))) {
        const vg_sim_list *hook = outlet_fr(a->outlet) ? &vg_sim_hook_fr : &vg_sim_hook_en;
        if (fresh_sentence(g, a, &hook, 1, a->nblk, para))
            return 1;
    }
    const vg_sim_list *l[4];
    if (outlet_fr(a->outlet)) {
        l[0] = &tp->sentence_fr, l[1] = &vg_sim_generic_fr;
        l[2] = &vg_sim_quote_fr, l[3] = &vg_sim_background_fr;
    } else {
        l[0] = &tp->sentence, l[1] = &vg_sim_generic_en;
        l[2] = &vg_sim_quote_en, l[3] = &vg_sim_background_en;
    }
    /* Weights 42/30/18/10; the chosen list first, then the others. */
    unsigned first = r < 42 ? 0 : r < 72 ? 1 : r < 90 ? 2 : 3;
    const vg_sim_list *order[4];
    for (unsigned k = 0; k < 4; k++)
        order[k] = l[(first + k) % 4];
    return fresh_sentence(g, a, order, 4, a->nblk, para);
}

static void furniture_line(vg_sim_gen *g, vg_sim_art *a)
{
    int fr = outlet_fr(a->outlet);
    const char *f = vg_sim_word(g, fr ? &vg_sim_furniture_fr : &vg_sim_furniture);
    vg_sim_puts(g, &a->pool, f);
    if (strcmp(f, fr ? "Lire aussi" : "Read more") == 0 && vg_sim_chance(&g->rng, 600)) {
        /* "Read more: <headline of some other story>" */
        vg_sim_puts(g, &a->pool, fr ? "\xc2\xa0: " : ": ");
        const vg_sim_story *keep = g->story;
        const vg_sim_topic *tp = &vg_sim_topics[vg_sim_below(&g->rng, VG_SIM_NTOPICS)];
        g->story = NULL;
        vg_sim_pick(g, fr ? &tp->headline_fr : &tp->headline, &a->pool);
        g->story = keep;
    }
}

/* Paragraphs an original has at least, when it has as many sentences. */
#define VG_SIM_MIN_PARAS 6

/*
 * Split paragraphs of several sentences, the first ones first, until a
 * has want paragraphs or every paragraph holds one sentence.  Paragraph
 * numbers run from 0 without gaps, so the last block's is the count - 1.
 */
static void split_paragraphs(vg_sim_art *a, uint32_t want)
{
    uint32_t have = a->nblk ? a->blk[a->nblk - 1].para + 1 : 0;
    for (size_t k = 1; k < a->nblk && have < want; k++) {
        if (a->blk[k].kind != VG_SIM_B_SENT || a->blk[k - 1].kind != VG_SIM_B_SENT ||
            a->blk[k].para != a->blk[k - 1].para)
            continue;
        for (size_t j = k; j < a->nblk; j++)
            a->blk[j].para++;
        have++;
    }
}

vg_err vg_sim_art_original(const vg_sim_world *w, uint64_t i, vg_sim_art *a)
{
    vg_err e = vg_sim_art_header(w, i, a);
    if (e)
        return e;
    const vg_sim_outlet *o = &vg_sim_outlets[a->outlet];
    int fr = outlet_fr(a->outlet);
    vg_sim_gen g;
    vg_sim_gen_init(&g, &w->slots, &a->story, w->seed, VG_SIM_TAG_ART_BODY, i);
    g.outlet = a->outlet;
    uint32_t para = 0;
    size_t off;

    if (o->kind == VG_SIM_MAINSTREAM && vg_sim_chance(&g.rng, 450)) {
        off = a->pool.n;
        vg_sim_puts(&g, &a->pool, fr ? "Par " : "By ");
        vg_sim_put(&g, &a->pool, a->author.p, a->author.n);
        blk_push(&g, a, VG_SIM_B_BYLINE, para++, off);
    }
    if (o->kind == VG_SIM_WIRE || (o->kind == VG_SIM_STATE && vg_sim_chance(&g.rng, 700))) {
        off = a->pool.n;
        if (o->home) {
            vg_sim_puts(&g, &a->pool, o->home);
        } else {
            vg_buf place = VG_BUF_INIT;
            vg_sim_expand(&g, "$city", &place);
            upper_ascii(&g, &a->pool, place.p ? place.p : "PARIS");
            vg_buf_free(&place);
        }
        vg_sim_puts(&g, &a->pool, " (");
        vg_sim_puts(&g, &a->pool, o->agency);
        vg_sim_puts(&g, &a->pool, ") \xe2\x80\x94"); /* em dash */
        blk_push(&g, a, VG_SIM_B_DATELINE, para, off);
    }

    uint32_t furn_p = o->kind == VG_SIM_MAINSTREAM ? 120 : o->kind == VG_SIM_STATE ? 220
                    : o->kind == VG_SIM_FARM ? 300 : 0;
    uint32_t maxs = o->kind == VG_SIM_WIRE ? 2 : 3;
    size_t target = vg_sim_range(&g.rng, 1500, 3800);
    unsigned nfurn = 0, nsent = 0;
    int more = 1;
    /* Up to the target size, and enough sentences for VG_SIM_MIN_PARAS. */
    while (!g.err && more && (a->pool.n < target || nsent < VG_SIM_MIN_PARAS)) {
        uint32_t k = vg_sim_range(&g.rng, 1, maxs), s = 0;
        while (s < k && (s == 0 || a->pool.n < target) &&
               (more = body_sentence(&g, a, nsent, para)))
            s++, nsent++;
        if (s == 0)
            break;
        para++;
        if (nfurn < 3 && vg_sim_chance(&g.rng, furn_p)) {
            off = a->pool.n;
            furniture_line(&g, a);
            blk_push(&g, a, VG_SIM_B_FURN, para++, off);
            nfurn++;
        }
    }
    if (o->kind == VG_SIM_FARM) {
        off = a->pool.n;
        vg_sim_puts(&g, &a->pool, "\xe2\x80\xa2 "); /* bullet */
        vg_sim_put(&g, &a->pool, a->author.p, a->author.n);
        blk_push(&g, a, VG_SIM_B_SIGNOFF, para++, off);
    }
    split_paragraphs(a, VG_SIM_MIN_PARAS);
    render(&g, a);
    a->memo = g.memo;
    return g.err;
}

vg_err vg_sim_art_rehome(const vg_sim_world *w, vg_sim_art *a, uint64_t serial, uint32_t outlet,
                         int64_t t, int new_title, vg_sim_gen *g)
{
    a->serial = serial;
    a->outlet = outlet;
    a->t = t;
    if (new_title)
        make_title(a, g);
    make_author(a, g);
    make_id(w, a, g);
    make_url(w, a, g);
    return g->err;
}

/* ---- near-copies ------------------------------------------------- */

/* Sentences from which a near-copy may drop and add two rather than one. */
#define VG_SIM_EDIT_LONG 16
/* Words of text per substituted occurrence, at most. */
#define VG_SIM_EDIT_WORDS 40

static void op_text(vg_sim_gen *g, vg_buf *ops, const char *op, const char *what,
                    const char *p, size_t n)
{
    if (ops->n)
        vg_sim_put(g, ops, ",", 1);
    vg_sim_puts(g, ops, "{\"op\":\"");
    vg_sim_puts(g, ops, op);
    vg_sim_puts(g, ops, "\",\"what\":\"");
    vg_sim_puts(g, ops, what);
    vg_sim_puts(g, ops, "\",\"text\":");
    vg_sim_put_json(g, ops, p, n);
    vg_sim_put(g, ops, "}", 1);
}

static int is_word_byte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '-' || (unsigned char)c >= 0x80;
}

/* Replace every whole-word occurrence of from by to in src, into dst. */
static size_t replace_words(vg_sim_gen *g, const vg_buf *src, vg_buf *dst, const char *from,
                            const char *to)
{
    size_t nf = strlen(from), nt = strlen(to), count = 0, i = 0;
    vg_buf_reset(dst);
    while (i < src->n) {
        const char *hit = memmem(src->p + i, src->n - i, from, nf);
        if (!hit)
            break;
        size_t at = (size_t)(hit - src->p);
        int left = at == 0 || !is_word_byte(src->p[at - 1]);
        int right = at + nf == src->n || !is_word_byte(src->p[at + nf]);
        vg_sim_put(g, dst, src->p + i, at - i);
        if (left && right) {
            vg_sim_put(g, dst, to, nt);
            count++;
        } else {
            vg_sim_put(g, dst, from, nf);
        }
        i = at + nf;
    }
    vg_sim_put(g, dst, src->p + i, src->n - i);
    return count;
}

vg_err vg_sim_art_edit(const vg_sim_world *w, vg_sim_art *a, vg_sim_gen *g, vg_buf *ops)
{
    (void)w;
    const vg_sim_outlet *o = &vg_sim_outlets[a->outlet];
    /* Outlet furniture, byline and sign-off go: they belong to the source. */
    for (size_t k = a->nblk; k-- > 0;) {
        vg_sim_block *b = &a->blk[k];
        const char *what = b->kind == VG_SIM_B_BYLINE ? "byline"
                         : b->kind == VG_SIM_B_FURN ? "furniture"
                         : b->kind == VG_SIM_B_SIGNOFF ? "signoff"
                         : b->kind == VG_SIM_B_DATELINE && vg_sim_chance(&g->rng, 700) ? "dateline"
                         : NULL;
        if (what) {
            op_text(g, ops, "delete", what, a->pool.p + b->off, b->len);
            blk_remove(a, k);
        }
    }
    /*
     * Drop one or two sentences, never the lead; add one or two.  Short
     * articles (under VG_SIM_EDIT_LONG sentences) get one of each, so
     * that an edit changes about the same share of any article.
     */
    size_t nsent0 = 0;
    for (size_t k = 0; k < a->nblk; k++)
        nsent0 += a->blk[k].kind == VG_SIM_B_SENT;
    uint32_t drops = vg_sim_range(&g->rng, 1, 2);
    if (nsent0 < VG_SIM_EDIT_LONG)
        drops = 1;
    for (uint32_t d = 0; d < drops; d++) {
        size_t nsent = 0, first = a->nblk;
        for (size_t k = 0; k < a->nblk; k++)
            if (a->blk[k].kind == VG_SIM_B_SENT) {
                if (first == a->nblk)
                    first = k;
                nsent++;
            }
        if (nsent < 4)
            break;
        uint32_t pick = vg_sim_range(&g->rng, 1, (uint32_t)nsent - 1);
        for (size_t k = first + 1; k < a->nblk; k++) {
            if (a->blk[k].kind != VG_SIM_B_SENT || --pick)
                continue;
            op_text(g, ops, "delete", "sentence", a->pool.p + a->blk[k].off, a->blk[k].len);
            blk_remove(a, k);
            break;
        }
    }
    /*
     * Add one or two sentences of the launderer's own, after a sentence,
     * from templates the original did not use.
     */
    uint32_t adds = vg_sim_range(&g->rng, 1, 2);
    if (nsent0 < VG_SIM_EDIT_LONG)
        adds = 1;
    g->memo = a->memo;
    for (uint32_t d = 0; d < adds && a->nblk; d++) {
        size_t k = vg_sim_below(&g->rng, (uint32_t)a->nblk);
        while (k > 0 && a->blk[k].kind != VG_SIM_B_SENT)
            k--;
        const vg_sim_topic *tp = &vg_sim_topics[a->story.topic];
        const vg_sim_list *l[2] = {&tp->sentence, &vg_sim_generic_en};
        if (vg_sim_chance(&g->rng, 500))
            l[0] = &vg_sim_generic_en, l[1] = &tp->sentence;
        if (!fresh_sentence(g, a, l, 2, k + 1, a->blk[k].para) || g->err)
            break;
        const vg_sim_block *b = &a->blk[k + 1];
        op_text(g, ops, "insert", "sentence", a->pool.p + b->off, b->len);
    }
    if (o->kind == VG_SIM_FARM && a->nblk) {
        size_t off = a->pool.n;
        vg_sim_puts(g, &a->pool, "\xe2\x80\xa2 ");
        vg_sim_put(g, &a->pool, a->author.p, a->author.n);
        op_text(g, ops, "insert", "signoff", a->pool.p + off, a->pool.n - off);
        blk_push(g, a, VG_SIM_B_SIGNOFF, a->blk[a->nblk - 1].para + 1, off);
    }
    render(g, a);

    /*
     * Word substitutions, each applied to every whole-word occurrence.  A
     * word is skipped when its occurrences would take the substitutions
     * past one per VG_SIM_EDIT_WORDS words of text (about 6 bytes a word):
     * a near-copy stays near whatever words its templates repeat.
     */
    vg_buf tmp = VG_BUF_INIT;
    uint32_t want = vg_sim_range(&g->rng, 3, 6), done = 0;
    uint32_t s0 = vg_sim_below(&g->rng, vg_sim_nsynonyms);
    size_t budget = a->text.n / (6 * VG_SIM_EDIT_WORDS), spent = 0;
    for (uint32_t k = 0; k < vg_sim_nsynonyms && done < want && !g->err; k++) {
        const char *const *pair = vg_sim_synonyms[(s0 + k * 7) % vg_sim_nsynonyms];
        size_t count = replace_words(g, &a->text, &tmp, pair[0], pair[1]);
        if (!count || spent + count > budget)
            continue;
        spent += count;
        vg_buf swap = a->text;
        a->text = tmp;
        tmp = swap;
        if (ops->n)
            vg_sim_put(g, ops, ",", 1);
        vg_sim_puts(g, ops, "{\"op\":\"replace\",\"what\":\"word\",\"old\":");
        vg_sim_put_json(g, ops, pair[0], strlen(pair[0]));
        vg_sim_puts(g, ops, ",\"new\":");
        vg_sim_put_json(g, ops, pair[1], strlen(pair[1]));
        vg_sim_puts(g, ops, ",\"count\":");
        vg_sim_put_uint(g, ops, count);
        vg_sim_put(g, ops, "}", 1);
        done++;
    }
    vg_buf_free(&tmp);
    /* Offsets of blocks are stale after substitution; nobody reads them. */
    return g->err;
}

/* ---- stitched ---------------------------------------------------- */

/*
 * Bytes a stitched page aims at, what one filler sentence takes, the
 * longest passage of more than one sentence, the paragraphs (passages and
 * fillers) a page has at least.
 */
#define VG_SIM_STITCH_MIN 1000
#define VG_SIM_STITCH_MAX 1450
#define VG_SIM_FILLER_BYTES 220
#define VG_SIM_PASSAGE_MAX 450
#define VG_SIM_STITCH_PARAS 5

/* Whether block b of s may go into the page: a sentence not taken yet. */
static int reusable(const vg_sim_gen *g, const vg_sim_art *s, size_t b, const uint64_t *used)
{
    const vg_sim_block *k = &s->blk[b];
    return k->kind == VG_SIM_B_SENT && !(used[b / 64] >> (b % 64) & 1) &&
           !(k->tl && vg_sim_memo_has(&g->memo, k->tl, k->ti));
}

vg_err vg_sim_art_stitch(const vg_sim_world *w, vg_sim_art *out, vg_sim_art *const *src,
                         uint32_t nsrc, vg_sim_gen *g, vg_sim_passage *pas, uint32_t *npas)
{
    (void)w;
    assert(nsrc >= 1 && nsrc <= 3);
    vg_buf_reset(&out->pool);
    out->nblk = 0;
    memset(&g->memo, 0, sizeof g->memo); /* templates of this page so far */
    /* Items: passages (src index) and fillers (-1), shuffled. */
    int item[VG_SIM_MAX_PASSAGES + 4];
    uint32_t np = vg_sim_range(&g->rng, nsrc + 3, nsrc + 6), nfill = vg_sim_range(&g->rng, 2, 3);
    if (np > VG_SIM_MAX_PASSAGES)
        np = VG_SIM_MAX_PASSAGES;
    uint32_t nitem = 0;
    for (uint32_t k = 0; k < np; k++)
        item[nitem++] = k < nsrc ? (int)k : (int)vg_sim_below(&g->rng, nsrc);
    for (uint32_t k = 0; k < nfill; k++)
        item[nitem++] = -1;
    /* The lead is always reused (as in real farms), the rest shuffled. */
    for (uint32_t k = nitem - 1; k > 1; k--) {
        uint32_t j = 1 + vg_sim_below(&g->rng, k);
        int t = item[k];
        item[k] = item[j];
        item[j] = t;
    }
    uint64_t used[3][4] = {{0}}; /* SENT blocks already reused, per source */
    uint32_t para = 0, n = 0, got = 0, fills_left = nfill;
    uint32_t pas_blk[VG_SIM_MAX_PASSAGES];
    /*
     * The page aims at a size in [VG_SIM_STITCH_MIN, VG_SIM_STITCH_MAX):
     * every source gives one passage and every filler comes, the other
     * passages only while they fit in what the fillers still to come
     * leave of the size.
     */
    size_t size = vg_sim_range(&g->rng, VG_SIM_STITCH_MIN, VG_SIM_STITCH_MAX - 1);
    for (uint32_t it = 0; it < nitem && !g->err; it++) {
        size_t off = out->pool.n;
        if (item[it] < 0) {
            const vg_sim_topic *tp = &vg_sim_topics[out->story.topic];
            const vg_sim_list *l[2] = {&vg_sim_farm_original, &tp->sentence};
            if (vg_sim_chance(&g->rng, 500))
                l[0] = &tp->sentence, l[1] = &vg_sim_farm_original;
            para += (uint32_t)fresh_sentence(g, out, l, 2, out->nblk, para);
            fills_left--;
            continue;
        }
        const vg_sim_art *s = src[item[it]];
        uint64_t *u = used[item[it]];
        /* A passage is due if its source has none yet or the page would
           end with too few paragraphs. */
        int must = !(got >> item[it] & 1) || para + fills_left < VG_SIM_STITCH_PARAS;
        size_t reserve = fills_left * VG_SIM_FILLER_BYTES;
        size_t room = size > out->pool.n + reserve ? size - out->pool.n - reserve : 0;
        if (!must && room < VG_SIM_FILLER_BYTES)
            continue;
        if (room > VG_SIM_PASSAGE_MAX)
            room = VG_SIM_PASSAGE_MAX;
        /*
         * Find a run of 1-4 unused sentences in one paragraph, none of a
         * template already on the page (sources of one story share many),
         * that fits the room left (one sentence at least when the passage
         * is due).
         */
        for (int tries = 0; tries < 16; tries++) {
            size_t b = vg_sim_below(&g->rng, (uint32_t)s->nblk);
            if (b >= 256 || !reusable(g, s, b, u))
                continue;
            if (!must && s->blk[b].len > room)
                continue;
            size_t e = b, len = vg_sim_range(&g->rng, 1, 4);
            while (e + 1 < s->nblk && e + 1 < 256 && e + 1 - b < len &&
                   s->blk[e + 1].para == s->blk[b].para && reusable(g, s, e + 1, u) &&
                   s->blk[e + 1].at + s->blk[e + 1].len - s->blk[b].at <= room)
                e++;
            got |= 1u << item[it];
            for (size_t k = b; k <= e; k++) {
                u[k / 64] |= 1ull << (k % 64);
                vg_sim_memo_add(&g->memo, s->blk[k].tl, s->blk[k].ti);
            }
            uint32_t ss = s->blk[b].at, se = s->blk[e].at + s->blk[e].len;
            vg_sim_put(g, &out->pool, s->text.p + ss, se - ss);
            blk_push(g, out, VG_SIM_B_SENT, para++, off);
            pas[n] = (vg_sim_passage){(uint32_t)item[it], 0, 0, ss, se};
            pas_blk[n++] = (uint32_t)(out->nblk - 1);
            break;
        }
    }
    size_t off = out->pool.n;
    vg_sim_puts(g, &out->pool, "\xe2\x80\xa2 ");
    vg_sim_put(g, &out->pool, out->author.p, out->author.n);
    blk_push(g, out, VG_SIM_B_SIGNOFF, para, off);
    render(g, out);
    for (uint32_t k = 0; k < n && !g->err; k++) {
        pas[k].start = out->blk[pas_blk[k]].at;
        pas[k].end = pas[k].start + out->blk[pas_blk[k]].len;
    }
    *npas = n;
    out->memo = g->memo;
    return g->err;
}
