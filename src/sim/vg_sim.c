/*
 * vg_sim.c - vg_simulate(): the synthetic corpus and its ground truth.
 *
 * The corpus is the time-ordered merge of four streams:
 *
 *   originals   article i at slot time i of n (vg_sim_art.h)   rank 0
 *   bursts      coordinated burst b: schedules its posts        rank 1
 *   organic     post j at slot time j of n                      rank 2
 *   pending     a min-heap of planted items due later:          rank 3
 *               copies, near-copies, stitched articles, and
 *               the posts of bursts already fired
 *
 * Each step emits the smallest (time, rank, sequence), so output is sorted
 * by published_at without buffering the corpus.  Anything planted is
 * scheduled at or after the moment it is planted, which keeps the merge
 * sound.  The heap holds only items planted and not yet due: its size is
 * bounded by the planting rate times the longest delay (about 30 hours),
 * not by the corpus.  Content is never stored: every original, organic
 * post and burst is a pure function of (seed, index) and is regenerated
 * when something refers to it (a copy, a repost, a link), so memory stays
 * flat from a few hundred articles to millions.
 *
 * Record format: one JSON object per line, fields in a fixed order, and
 * the ground truth in a second JSONL stream; both are described in
 * docs/SIMULATOR.md.  Output goes through a 1 MiB buffer flushed with
 * fwrite; a short write is VG_EIO.
 */
#include "vigie/sim.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "vg_buf.h"
#include "vg_sim_art.h"
#include "vg_sim_rng.h"
#include "vg_sim_text.h"
#include "vg_sim_words.h"

#define VG_SIM_FLUSH (1u << 20)
#define VG_SIM_RING 128       /* recent originals, for stitching */
#define VG_SIM_BURST_CACHE 64 /* bursts kept expanded while their posts are due */
#define VG_SIM_MAX_GROUPS 40
#define VG_SIM_TWEPOCH_MS 1288834974657ll

enum { H_COPY, H_NEAR, H_STITCH, H_CPOST };
enum { MODE_TEXT, MODE_LINK, MODE_TAG, MODE_REPOST, MODE_MIXED };
enum { B_TEXT, B_LINK, B_TAG, B_REPOST }; /* what a burst pushes */
enum { P_OPINION, P_LINK, P_REPLY, P_REPOST };

/* A planted item waiting in the heap. */
typedef struct pending {
    int64_t t;
    uint64_t seq;     /* push order: ties keep planting order */
    uint64_t src[3];  /* originals (articles), or burst and member (posts) */
    uint64_t serial;  /* derived article serial, or coordinated post serial */
    uint32_t kind;    /* H_* */
    uint32_t nsrc;
    uint32_t outlet;
} pending;

typedef struct group {
    uint32_t size;
    uint32_t first;   /* into run.members */
    uint32_t mode;    /* MODE_* */
    uint32_t window;  /* seconds */
} group;

/* A burst, expanded: pure function of its number. */
typedef struct burst {
    uint64_t b;       /* UINT64_MAX: empty cache line */
    int64_t t, raw;
    uint32_t g;
    int kind;         /* B_* */
    uint64_t target;  /* B_REPOST: the organic post reposted */
    vg_sim_story story;
    vg_buf text;      /* copypasta base, or the campaign hashtag */
    vg_buf url;       /* canonical article URL, link bursts */
    vg_buf art_id;
} burst;

/* A post, planned: everything but its text. */
typedef struct post_plan {
    int64_t t, raw;
    uint32_t author;
    uint32_t type;    /* P_* */
    uint64_t target;  /* reply/repost target post */
    uint64_t id;
} post_plan;

typedef struct ring_entry {
    uint64_t index;
    uint32_t story;
    int en;
} ring_entry;

typedef struct run {
    vg_sim_world w;
    FILE *corpus, *truth;
    vg_sim_gen out;          /* sticky error for the writers; rng unused */
    vg_buf cbuf, tbuf;       /* output buffers */
    vg_buf scratch, scratch2, ops;
    vg_sim_art art[4];       /* [0] the article being written, [1..3] sources */
    pending *heap;
    size_t nheap, capheap;
    uint64_t seq;
    ring_entry ring[VG_SIM_RING];
    uint64_t nring;
    group groups[VG_SIM_MAX_GROUPS];
    uint32_t ngroups;
    uint32_t *members;       /* account indices, by group */
    int16_t *acct_group;     /* -1 or group of each account */
    uint32_t suffix_digits;
    uint32_t suffix_mod;
    uint64_t bursts;
    burst bcache[VG_SIM_BURST_CACHE];
    uint64_t derived;        /* derived articles planted */
    uint64_t cposts;         /* coordinated posts planted */
    vg_sim_stats st;
} run;

/* ---- output -------------------------------------------------------- */

static vg_err flush_buf(run *r, vg_buf *b, FILE *f, size_t at_least)
{
    if (r->out.err)
        return r->out.err;
    if (b->n < at_least)
        return VG_OK;
    if (f && b->n && fwrite(b->p, 1, b->n, f) != b->n)
        return r->out.err = VG_EIO;
    vg_buf_reset(b);
    return VG_OK;
}

static void put_key(run *r, vg_buf *b, const char *key, int first)
{
    if (!first)
        vg_sim_put(&r->out, b, ",", 1);
    vg_sim_put(&r->out, b, "\"", 1);
    vg_sim_puts(&r->out, b, key);
    vg_sim_put(&r->out, b, "\":", 2);
}

static void put_str(run *r, vg_buf *b, const char *key, const char *p, size_t n)
{
    put_key(r, b, key, 0);
    vg_sim_put_json(&r->out, b, p, n);
}

static void put_cstr(run *r, vg_buf *b, const char *key, const char *s)
{
    put_str(r, b, key, s, strlen(s));
}

static void put_num(run *r, vg_buf *b, const char *key, uint64_t v)
{
    put_key(r, b, key, 0);
    vg_sim_put_uint(&r->out, b, v);
}

static void put_story_key(run *r, vg_buf *b, uint32_t story)
{
    char s[16];
    snprintf(s, sizeof s, "s%06u", story);
    put_cstr(r, b, "story", s);
}

static void put_group_key(run *r, vg_buf *b, uint32_t g)
{
    char s[16];
    snprintf(s, sizeof s, "g%02u", g);
    put_cstr(r, b, "group", s);
}

static void put_kind(run *r, const char *kind)
{
    vg_sim_puts(&r->out, &r->tbuf, "{\"kind\":");
    vg_sim_put_json(&r->out, &r->tbuf, kind, strlen(kind));
}

static vg_err end_truth(run *r)
{
    vg_sim_puts(&r->out, &r->tbuf, "}\n");
    return flush_buf(r, &r->tbuf, r->truth, VG_SIM_FLUSH);
}

static vg_err write_article(run *r, const vg_sim_art *a)
{
    vg_buf *b = &r->cbuf;
    const vg_sim_outlet *o = &vg_sim_outlets[a->outlet];
    vg_sim_puts(&r->out, b, "{\"id\":");
    vg_sim_put_json(&r->out, b, a->id.p, a->id.n);
    put_cstr(r, b, "source", o->domain);
    put_str(r, b, "author", a->author.p, a->author.n);
    put_str(r, b, "url", a->url.p, a->url.n);
    put_str(r, b, "title", a->title.p, a->title.n);
    put_str(r, b, "text", a->text.p, a->text.n);
    put_key(r, b, "published_at", 0);
    vg_sim_put(&r->out, b, "\"", 1);
    vg_sim_put_time(&r->out, b, a->t);
    vg_sim_put(&r->out, b, "\"", 1);
    put_cstr(r, b, "lang", o->lang);
    vg_sim_puts(&r->out, b, "}\n");
    r->st.docs++;
    r->st.articles++;
    /* Story membership, one line per article. */
    put_kind(r, "story");
    put_key(r, &r->tbuf, "ids", 0);
    vg_sim_put(&r->out, &r->tbuf, "[", 1);
    vg_sim_put_json(&r->out, &r->tbuf, a->id.p, a->id.n);
    vg_sim_put(&r->out, &r->tbuf, "]", 1);
    put_story_key(r, &r->tbuf, a->story.id);
    put_cstr(r, &r->tbuf, "topic", vg_sim_topics[a->story.topic].name);
    vg_err e = end_truth(r);
    return e ? e : flush_buf(r, b, r->corpus, VG_SIM_FLUSH);
}

/* ---- the heap of pending items --------------------------------------- */

static int pending_less(const pending *a, const pending *b)
{
    return a->t < b->t || (a->t == b->t && a->seq < b->seq);
}

static vg_err heap_push(run *r, pending p)
{
    if (r->nheap == r->capheap) {
        size_t cap = r->capheap ? r->capheap * 2 : 256;
        pending *h = realloc(r->heap, cap * sizeof *h);
        if (!h)
            return VG_ENOMEM;
        r->heap = h;
        r->capheap = cap;
    }
    p.seq = r->seq++;
    size_t k = r->nheap++;
    while (k > 0 && pending_less(&p, &r->heap[(k - 1) / 2])) {
        r->heap[k] = r->heap[(k - 1) / 2];
        k = (k - 1) / 2;
    }
    r->heap[k] = p;
    return VG_OK;
}

static pending heap_pop(run *r)
{
    pending top = r->heap[0], last = r->heap[--r->nheap];
    size_t k = 0;
    for (;;) {
        size_t c = 2 * k + 1;
        if (c >= r->nheap)
            break;
        if (c + 1 < r->nheap && pending_less(&r->heap[c + 1], &r->heap[c]))
            c++;
        if (!pending_less(&r->heap[c], &last))
            break;
        r->heap[k] = r->heap[c];
        k = c;
    }
    if (r->nheap)
        r->heap[k] = last;
    return top;
}

/* ---- accounts -------------------------------------------------------- */

static int account_fr(const run *r, uint32_t a)
{
    return vg_sim_derive(r->w.seed, VG_SIM_TAG_ACCOUNT + 100, a) % 100 < 12;
}

/*
 * Handles end with a k-digit bijection of the account number (plus four
 * more digits for coordinated accounts), after a letters-only stem, so
 * they are unique without a lookup table.
 */
static void put_handle(run *r, vg_buf *b, uint32_t a)
{
    vg_sim_gen g;
    vg_sim_gen_init(&g, &r->w.slots, NULL, r->w.seed, VG_SIM_TAG_ACCOUNT, a);
    int bot = r->acct_group && r->acct_group[a] >= 0;
    size_t at = b->n;
    uint32_t style = vg_sim_below(&g.rng, bot ? 2 : 4);
    const char *first = vg_sim_word(&g, &vg_sim_first_names);
    const char *last = vg_sim_word(&g, &vg_sim_last_names);
    const char *w1 = vg_sim_word(&g, &vg_sim_handle_words);
    const char *w2 = vg_sim_word(&g, &vg_sim_handle_words);
    if (bot) {
        vg_sim_puts(&r->out, b, style ? w1 : first);
        vg_sim_puts(&r->out, b, style ? w2 : "_");
        if (!style)
            vg_sim_puts(&r->out, b, w1);
    } else if (style == 0) {
        vg_sim_puts(&r->out, b, first);
        vg_sim_puts(&r->out, b, last);
    } else if (style == 1) {
        vg_sim_puts(&r->out, b, first);
        vg_sim_puts(&r->out, b, "_");
        vg_sim_puts(&r->out, b, w1);
    } else if (style == 2) {
        vg_sim_put(&r->out, b, first, 1);
        vg_sim_puts(&r->out, b, last);
    } else {
        vg_sim_puts(&r->out, b, w1);
        vg_sim_puts(&r->out, b, "_");
        vg_sim_puts(&r->out, b, last);
    }
    if (r->out.err)
        return;
    for (size_t k = at; k < b->n; k++)
        if (b->p[k] >= 'A' && b->p[k] <= 'Z')
            b->p[k] = (char)(b->p[k] - 'A' + 'a');
    uint64_t sfx = ((uint64_t)a * 7919u + 4231u) % r->suffix_mod;
    char d[24];
    for (uint32_t k = 0; k < r->suffix_digits; k++) {
        d[r->suffix_digits - 1 - k] = (char)('0' + sfx % 10);
        sfx /= 10;
    }
    vg_sim_put(&r->out, b, d, r->suffix_digits);
    if (bot)
        vg_sim_put_uint(&r->out, b, 1000 + vg_sim_below(&g.rng, 9000));
}

/* Tweet-style id: milliseconds since an epoch, then 22 bits of serial. */
static uint64_t post_id(int64_t t, uint64_t ms, uint64_t serial)
{
    int64_t when = t * 1000 + (int64_t)ms;
    uint64_t base = when > VG_SIM_TWEPOCH_MS ? (uint64_t)(when - VG_SIM_TWEPOCH_MS) : (uint64_t)when;
    return (base << 22) | (serial & 0x3fffff);
}

static void write_post(run *r, uint64_t id, uint32_t author, const vg_buf *text, int64_t t,
                       int fr, uint64_t reply_to, uint64_t repost_of)
{
    vg_buf *b = &r->cbuf;
    vg_buf *h = &r->scratch2;
    vg_buf_reset(h);
    put_handle(r, h, author);
    vg_sim_puts(&r->out, b, "{\"id\":\"");
    vg_sim_put_uint(&r->out, b, id);
    vg_sim_put(&r->out, b, "\"", 1);
    put_cstr(r, b, "source", "twitter");
    put_str(r, b, "author", h->p, h->n);
    put_key(r, b, "url", 0);
    vg_sim_puts(&r->out, b, "\"https://twitter.com/");
    vg_sim_put(&r->out, b, h->p, h->n);
    vg_sim_puts(&r->out, b, "/status/");
    vg_sim_put_uint(&r->out, b, id);
    vg_sim_put(&r->out, b, "\"", 1);
    put_str(r, b, "text", text->p, text->n);
    put_key(r, b, "published_at", 0);
    vg_sim_put(&r->out, b, "\"", 1);
    vg_sim_put_time(&r->out, b, t);
    vg_sim_put(&r->out, b, "\"", 1);
    put_cstr(r, b, "lang", fr ? "fr" : "en");
    if (reply_to) {
        put_key(r, b, "reply_to", 0);
        vg_sim_put(&r->out, b, "\"", 1);
        vg_sim_put_uint(&r->out, b, reply_to);
        vg_sim_put(&r->out, b, "\"", 1);
    }
    if (repost_of) {
        put_key(r, b, "repost_of", 0);
        vg_sim_put(&r->out, b, "\"", 1);
        vg_sim_put_uint(&r->out, b, repost_of);
        vg_sim_put(&r->out, b, "\"", 1);
    }
    vg_sim_puts(&r->out, b, "}\n");
    r->st.docs++;
    r->st.posts++;
}

/* ?utm_... on some shared links, so URL canonicalisation matters. */
static void put_tracking(vg_sim_gen *g, vg_buf *b)
{
    static const char *const src[] = {"twitter", "tw", "social", "dlvr.it"};
    static const char *const med[] = {"social", "post", "share"};
    uint32_t k = vg_sim_below(&g->rng, 10);
    if (k < 5)
        return;
    vg_sim_puts(g, b, "?utm_source=");
    vg_sim_puts(g, b, src[vg_sim_below(&g->rng, 4)]);
    if (k >= 7) {
        vg_sim_puts(g, b, "&utm_medium=");
        vg_sim_puts(g, b, med[vg_sim_below(&g->rng, 3)]);
    }
    if (k == 9) {
        vg_sim_puts(g, b, "&utm_campaign=");
        vg_sim_put_uint(g, b, vg_sim_below(&g->rng, 100000));
    }
}

static void put_hashtags(vg_sim_gen *g, vg_buf *b, uint32_t permille)
{
    while (vg_sim_chance(&g->rng, permille)) {
        vg_sim_puts(g, b, " #");
        vg_sim_expand(g, "{$tag|$tag|$ctag|$ctag2}", b);
        permille /= 2;
    }
}

/* ---- organic posts --------------------------------------------------- */

static void plan_post(const run *r, uint64_t j, post_plan *p)
{
    vg_sim_rng g;
    vg_sim_rng_seed(&g, r->w.seed, VG_SIM_TAG_POST, j);
    p->t = vg_sim_time(&r->w, VG_SIM_TAG_POST_TIME, j, r->w.posts, &p->raw);
    uint64_t x = vg_sim_next(&g) >> 32;
    p->author = (uint32_t)((((x * x) >> 32) * r->w.accounts) >> 32);
    uint32_t k = vg_sim_below(&g, 100);
    p->type = j == 0 ? P_OPINION : k < 42 ? P_OPINION : k < 66 ? P_LINK : k < 82 ? P_REPLY : P_REPOST;
    uint64_t back = j < 400 ? j : 400;
    p->target = j ? j - 1 - (back > 1 ? vg_sim_below64(&g, back) : 0) : 0;
    p->id = post_id(p->t, vg_sim_next(&g) % 1000, 2 * j);
}

/* The text of a non-repost post j. */
static vg_err post_text(run *r, uint64_t j, const post_plan *p, vg_buf *out)
{
    vg_sim_story story;
    vg_sim_story_make(&story, r->w.seed, vg_sim_story_at(&r->w, p->raw, j + (1ull << 40)));
    vg_sim_gen g;
    vg_sim_gen_init(&g, &r->w.slots, &story, r->w.seed, VG_SIM_TAG_POST, j + (1ull << 40));
    g.outlet = vg_sim_below(&g.rng, r->w.outlets);
    int fr = account_fr(r, p->author);
    int64_t amax = p->raw * (int64_t)r->w.articles / r->w.span - 1;
    if (p->type == P_LINK && amax >= 0) {
        uint64_t a = (uint64_t)amax - vg_sim_below64(&g.rng, (uint64_t)amax + 1 < 40 ? (uint64_t)amax + 1 : 40);
        vg_sim_art *art = &r->art[3];
        vg_err e = vg_sim_art_header(&r->w, a, art);
        if (e)
            return e;
        g.outlet = art->outlet;
        vg_sim_expand(&g, vg_sim_word(&g, &vg_sim_post_link), out);
        if (out->n)
            vg_sim_put(&g, out, " ", 1);
        if (vg_sim_chance(&g.rng, 500)) {
            vg_sim_put(&g, out, art->title.p, art->title.n);
            vg_sim_put(&g, out, " ", 1);
        }
        vg_sim_put(&g, out, art->url.p, art->url.n);
        put_tracking(&g, out);
        put_hashtags(&g, out, 400);
    } else if (p->type == P_REPLY) {
        post_plan tp;
        plan_post(r, p->target, &tp);
        vg_sim_put(&g, out, "@", 1);
        put_handle(r, out, tp.author);
        vg_sim_put(&g, out, " ", 1);
        vg_sim_expand(&g, vg_sim_word(&g, &vg_sim_post_reply), out);
    } else if (fr) {
        vg_sim_expand(&g, vg_sim_word(&g, &vg_sim_post_fr), out);
    } else {
        const vg_sim_list *l = vg_sim_chance(&g.rng, 550) ? &vg_sim_topics[story.topic].post
                                                         : &vg_sim_post_generic;
        vg_sim_expand(&g, vg_sim_word(&g, l), out);
        put_hashtags(&g, out, 300);
        if (vg_sim_chance(&g.rng, 120)) {
            vg_sim_puts(&g, out, " @");
            vg_sim_outlet_handle(&g, g.outlet, out);
        }
    }
    return g.err ? g.err : r->out.err;
}

static vg_err emit_post(run *r, uint64_t j)
{
    post_plan p, src;
    plan_post(r, j, &p);
    vg_buf *text = &r->scratch;
    vg_buf_reset(text);
    uint64_t reply_to = 0, repost_of = 0;
    vg_err e;
    if (p.type == P_REPOST) {
        /* A repost of a repost is a repost of the original. */
        uint64_t k = p.target;
        plan_post(r, k, &src);
        while (src.type == P_REPOST) {
            k = src.target;
            plan_post(r, k, &src);
        }
        vg_sim_puts(&r->out, text, "RT @");
        put_handle(r, text, src.author);
        vg_sim_puts(&r->out, text, ": ");
        if ((e = post_text(r, k, &src, text)))
            return e;
        repost_of = src.id;
    } else {
        if ((e = post_text(r, j, &p, text)))
            return e;
        if (p.type == P_REPLY) {
            plan_post(r, p.target, &src);
            reply_to = src.id;
        }
    }
    write_post(r, p.id, p.author, text, p.t, account_fr(r, p.author) && p.type == P_OPINION,
               reply_to, repost_of);
    return flush_buf(r, &r->cbuf, r->corpus, VG_SIM_FLUSH);
}

/* ---- coordinated groups and bursts --------------------------------- */

static vg_err setup_groups(run *r)
{
    uint32_t n = r->w.accounts;
    r->ngroups = 0;
    if (n < 6)
        return VG_OK;
    r->members = malloc((size_t)n * sizeof *r->members);
    r->acct_group = malloc((size_t)n * sizeof *r->acct_group);
    if (!r->members || !r->acct_group)
        return VG_ENOMEM;
    vg_sim_rng g;
    vg_sim_rng_seed(&g, r->w.seed, VG_SIM_TAG_GROUPS, 0);
    for (uint32_t a = 0; a < n; a++) {
        r->members[a] = a;
        r->acct_group[a] = -1;
    }
    for (uint32_t a = n - 1; a > 0; a--) {
        uint32_t k = vg_sim_below(&g, a + 1), t = r->members[a];
        r->members[a] = r->members[k];
        r->members[k] = t;
    }
    static const uint32_t windows[] = {5, 10, 20, 30, 60, 120, 180, 300};
    uint32_t want = n / 25 ? n / 25 : 1, budget = n / 2, used = 0;
    if (want > VG_SIM_MAX_GROUPS)
        want = VG_SIM_MAX_GROUPS;
    for (uint32_t k = 0; k < want && budget - used >= 3; k++) {
        group *gr = &r->groups[r->ngroups];
        gr->size = vg_sim_range(&g, 3, 20);
        if (gr->size > budget - used)
            gr->size = budget - used;
        gr->first = used;
        uint32_t m = vg_sim_below(&g, 100);
        gr->mode = m < 35 ? MODE_TEXT : m < 60 ? MODE_LINK : m < 75 ? MODE_TAG
                 : m < 85 ? MODE_REPOST : MODE_MIXED;
        gr->window = windows[vg_sim_below(&g, 8)];
        for (uint32_t i = 0; i < gr->size; i++)
            r->acct_group[r->members[used + i]] = (int16_t)r->ngroups;
        used += gr->size;
        r->ngroups++;
    }
    r->bursts = r->ngroups ? r->w.posts / 40 : 0;
    if (r->bursts < 4ull * r->ngroups)
        r->bursts = 4ull * r->ngroups;
    r->st.coord_groups = r->ngroups;

    static const char *const modes[] = {"text", "link", "hashtag", "repost", "mixed"};
    for (uint32_t k = 0; k < r->ngroups; k++) {
        const group *gr = &r->groups[k];
        put_kind(r, "coord_group");
        put_group_key(r, &r->tbuf, k);
        put_cstr(r, &r->tbuf, "mode", modes[gr->mode]);
        put_num(r, &r->tbuf, "window", gr->window);
        put_key(r, &r->tbuf, "members", 0);
        vg_sim_put(&r->out, &r->tbuf, "[", 1);
        for (uint32_t i = 0; i < gr->size; i++) {
            if (i)
                vg_sim_put(&r->out, &r->tbuf, ",", 1);
            vg_sim_put(&r->out, &r->tbuf, "\"", 1);
            put_handle(r, &r->tbuf, r->members[gr->first + i]);
            vg_sim_put(&r->out, &r->tbuf, "\"", 1);
        }
        vg_sim_put(&r->out, &r->tbuf, "]", 1);
        vg_err e = end_truth(r);
        if (e)
            return e;
    }
    return VG_OK;
}

/* Expand burst b (cached: its posts come back to it). */
static vg_err burst_get(run *r, uint64_t b, burst **out)
{
    burst *c = &r->bcache[b % VG_SIM_BURST_CACHE];
    *out = c;
    if (c->b == b)
        return VG_OK;
    c->b = b;
    vg_buf_reset(&c->text);
    vg_buf_reset(&c->url);
    vg_buf_reset(&c->art_id);
    c->t = vg_sim_time(&r->w, VG_SIM_TAG_BURST_TIME, b, r->bursts, &c->raw);
    /* Groups take bursts at random: consecutive bursts (minutes apart in a
     * big corpus) must not pair the same two groups every time. */
    c->g = (uint32_t)(vg_sim_derive(r->w.seed, VG_SIM_TAG_BURST + 200, b) % r->ngroups);
    vg_sim_story_make(&c->story, r->w.seed, vg_sim_story_at(&r->w, c->raw, b + (2ull << 40)));
    vg_sim_gen g;
    vg_sim_gen_init(&g, &r->w.slots, &c->story, r->w.seed, VG_SIM_TAG_BURST, b);
    g.bound = 900;
    const group *gr = &r->groups[c->g];
    static const int kinds[] = {[MODE_TEXT] = B_TEXT, [MODE_LINK] = B_LINK, [MODE_TAG] = B_TAG,
                                [MODE_REPOST] = B_REPOST};
    c->kind = gr->mode == MODE_MIXED ? (int)vg_sim_below(&g.rng, 4) : kinds[gr->mode];
    int64_t amax = c->raw * (int64_t)r->w.articles / r->w.span - 1;
    /* Amplified posts are an hour old or more, as a farm's are: its
     * reposts are not the author's own burst. */
    int64_t pmax = (c->raw - 3600) * (int64_t)r->w.posts / r->w.span - 1;
    if (c->kind == B_LINK && amax >= 0) {
        /* Push one of the recent state-media or content-farm articles, at
         * random (so that groups firing close together rarely push the
         * same one), or the latest article if none. */
        vg_sim_art *art = &r->art[3];
        uint64_t pick = (uint64_t)amax, seen = 0;
        for (uint64_t k = 0; k < 60 && k <= (uint64_t)amax; k++) {
            vg_err e = vg_sim_art_header(&r->w, (uint64_t)amax - k, art);
            if (e)
                return e;
            vg_sim_outlet_kind kind = vg_sim_outlets[art->outlet].kind;
            if ((kind == VG_SIM_STATE || kind == VG_SIM_FARM) && vg_sim_below(&g.rng, (uint32_t)++seen) == 0)
                pick = (uint64_t)amax - k;
        }
        vg_err e = vg_sim_art_header(&r->w, pick, art);
        if (e)
            return e;
        vg_sim_put(&g, &c->url, art->url.p, art->url.n);
        vg_sim_put(&g, &c->art_id, art->id.p, art->id.n);
    } else if (c->kind == B_TAG) {
        /* Each group pushes its own three campaign tags in turn. */
        uint64_t turn = vg_sim_derive(r->w.seed, VG_SIM_TAG_BURST + 300, b) % 3;
        const vg_sim_list *l = &vg_sim_campaign_tags;
        vg_sim_puts(&g, &c->text, l->v[(3 * c->g + turn) % l->n]);
    } else if (c->kind == B_REPOST && pmax >= 0) {
        /* Amplify an organic post (its original, if a repost). */
        uint64_t back = (uint64_t)pmax + 1 < 50 ? (uint64_t)pmax + 1 : 50;
        uint64_t k = (uint64_t)pmax - vg_sim_below64(&g.rng, back);
        post_plan src;
        plan_post(r, k, &src);
        while (src.type == P_REPOST) {
            k = src.target;
            plan_post(r, k, &src);
        }
        c->target = k;
    } else {
        c->kind = B_TEXT;
        vg_sim_expand(&g, vg_sim_word(&g, &vg_sim_copypasta), &c->text);
    }
    return g.err;
}

static vg_err fire_burst(run *r, uint64_t b)
{
    burst *c;
    vg_err e = burst_get(r, b, &c);
    if (e)
        return e;
    const group *gr = &r->groups[c->g];
    vg_sim_rng g;
    vg_sim_rng_seed(&g, r->w.seed, VG_SIM_TAG_BURST + 100, b);
    int64_t end = r->w.start + r->w.span - 1;
    uint32_t joined = 0;
    static const char *const kinds[] = {"coordinated_text", "coordinated_link",
                                        "coordinated_hashtag", "coordinated_repost"};
    put_kind(r, kinds[c->kind]);
    put_group_key(r, &r->tbuf, c->g);
    put_num(r, &r->tbuf, "window", gr->window);
    if (c->kind == B_LINK) {
        put_str(r, &r->tbuf, "url", c->url.p, c->url.n);
        put_str(r, &r->tbuf, "article", c->art_id.p, c->art_id.n);
    } else if (c->kind == B_TAG) {
        put_str(r, &r->tbuf, "hashtag", c->text.p, c->text.n);
    } else if (c->kind == B_REPOST) {
        post_plan src;
        plan_post(r, c->target, &src);
        put_key(r, &r->tbuf, "repost_of", 0);
        vg_sim_put(&r->out, &r->tbuf, "\"", 1);
        vg_sim_put_uint(&r->out, &r->tbuf, src.id);
        vg_sim_put(&r->out, &r->tbuf, "\"", 1);
    } else {
        put_str(r, &r->tbuf, "text", c->text.p, c->text.n);
    }
    vg_buf *authors = &r->scratch;
    vg_buf_reset(authors);
    put_key(r, &r->tbuf, "ids", 0);
    vg_sim_put(&r->out, &r->tbuf, "[", 1);
    for (uint32_t m = 0; m < gr->size; m++) {
        /* Most members join each burst; the first two always do. */
        if (m >= 2 && !vg_sim_chance(&g, 850))
            continue;
        int64_t t = c->t + vg_sim_below(&g, gr->window + 1);
        if (t > end)
            t = end;
        if (t < c->t)
            t = c->t;
        pending p = {.t = t, .kind = H_CPOST, .src = {b, m, 0}, .serial = r->cposts++};
        if ((e = heap_push(r, p)))
            return e;
        if (joined++) {
            vg_sim_put(&r->out, &r->tbuf, ",", 1);
            vg_sim_put(&r->out, authors, ",", 1);
        }
        uint64_t id = post_id(t, vg_sim_derive(r->w.seed, VG_SIM_TAG_CPOST + 100, p.serial) % 1000,
                              2 * p.serial + 1);
        vg_sim_put(&r->out, &r->tbuf, "\"", 1);
        vg_sim_put_uint(&r->out, &r->tbuf, id);
        vg_sim_put(&r->out, &r->tbuf, "\"", 1);
        vg_sim_put(&r->out, authors, "\"", 1);
        put_handle(r, authors, r->members[gr->first + m]);
        vg_sim_put(&r->out, authors, "\"", 1);
    }
    vg_sim_put(&r->out, &r->tbuf, "]", 1);
    put_key(r, &r->tbuf, "authors", 0);
    vg_sim_put(&r->out, &r->tbuf, "[", 1);
    vg_sim_put(&r->out, &r->tbuf, authors->p, authors->n);
    vg_sim_put(&r->out, &r->tbuf, "]", 1);
    return end_truth(r);
}

static vg_err emit_cpost(run *r, const pending *p)
{
    burst *c;
    vg_err e = burst_get(r, p->src[0], &c);
    if (e)
        return e;
    const group *gr = &r->groups[c->g];
    uint32_t author = r->members[gr->first + (uint32_t)p->src[1]];
    vg_sim_gen g;
    vg_sim_gen_init(&g, &r->w.slots, &c->story, r->w.seed, VG_SIM_TAG_CPOST, p->serial);
    g.bound = 900;
    vg_buf *text = &r->scratch;
    vg_buf_reset(text);
    uint64_t repost_of = 0;
    if (c->kind == B_LINK) {
        vg_sim_expand(&g, vg_sim_word(&g, &vg_sim_post_link), text);
        if (text->n)
            vg_sim_put(&g, text, " ", 1);
        vg_sim_put(&g, text, c->url.p, c->url.n);
        put_tracking(&g, text);
        put_hashtags(&g, text, 500);
    } else if (c->kind == B_TAG) {
        /* Each member words it its own way; the tag is what they share. */
        vg_sim_expand(&g, vg_sim_word(&g, &vg_sim_post_generic), text);
        vg_sim_puts(&g, text, " #");
        vg_sim_put(&g, text, c->text.p, c->text.n);
    } else if (c->kind == B_REPOST) {
        post_plan src;
        plan_post(r, c->target, &src);
        vg_sim_puts(&g, text, "RT @");
        put_handle(r, text, src.author);
        vg_sim_puts(&g, text, ": ");
        if ((e = post_text(r, c->target, &src, text)))
            return e;
        repost_of = src.id;
    } else {
        vg_sim_put(&g, text, c->text.p, c->text.n);
        /* Tiny variations on a third of the copies. */
        switch (vg_sim_below(&g.rng, 9)) {
        case 0:
            vg_sim_puts(&g, text, " #");
            vg_sim_puts(&g, text, vg_sim_word(&g, &vg_sim_hashtags));
            break;
        case 1:
            while (text->n && (text->p[text->n - 1] == '!' || text->p[text->n - 1] == '.'))
                text->n--;
            if (!g.err)
                text->p[text->n] = '\0';
            vg_sim_puts(&g, text, "!!");
            break;
        case 2:
            vg_sim_puts(&g, text, " @");
            vg_sim_outlet_handle(&g, vg_sim_below(&g.rng, r->w.outlets), text);
            break;
        default:
            break;
        }
    }
    if (g.err)
        return g.err;
    uint64_t id = post_id(p->t, vg_sim_derive(r->w.seed, VG_SIM_TAG_CPOST + 100, p->serial) % 1000,
                          2 * p->serial + 1);
    write_post(r, id, author, text, p->t, 0, 0, repost_of);
    return flush_buf(r, &r->cbuf, r->corpus, VG_SIM_FLUSH);
}

/* ---- planting and derived articles --------------------------------- */

/* A delay in seconds: minutes most of the time, hours often, a day rarely. */
static int64_t draw_delay(vg_sim_rng *g, int64_t min_s)
{
    uint32_t k = vg_sim_below(g, 100);
    int64_t d = k < 50 ? vg_sim_range(g, 300, 5400)
              : k < 85 ? vg_sim_range(g, 5400, 8 * 3600)
              : vg_sim_range(g, 8 * 3600, 30 * 3600);
    return d < min_s ? min_s : d;
}

/* Another outlet in the same language, preferring the given kinds. */
static int pick_outlet(const run *r, vg_sim_rng *g, uint32_t not, unsigned kinds_mask)
{
    int fallback = -1;
    for (int tries = 0; tries < 24; tries++) {
        uint32_t o = vg_sim_below(g, r->w.outlets);
        if (o == not || strcmp(vg_sim_outlets[o].lang, vg_sim_outlets[not].lang) != 0)
            continue;
        if (kinds_mask >> vg_sim_outlets[o].kind & 1)
            return (int)o;
        if (fallback < 0)
            fallback = (int)o;
    }
    return fallback;
}

static vg_err plant(run *r, const vg_sim_art *a)
{
    vg_sim_rng g;
    vg_sim_rng_seed(&g, r->w.seed, VG_SIM_TAG_PLANT, a->serial);
    const vg_sim_outlet *o = &vg_sim_outlets[a->outlet];
    int en = o->lang[0] == 'e';
    int64_t room = r->w.start + r->w.span - 1 - a->t;
    static const uint16_t copy_p[] = {[VG_SIM_MAINSTREAM] = 40, [VG_SIM_WIRE] = 250,
                                      [VG_SIM_STATE] = 150, [VG_SIM_FARM] = 20};
    static const uint16_t near_p[] = {[VG_SIM_MAINSTREAM] = 60, [VG_SIM_WIRE] = 80,
                                      [VG_SIM_STATE] = 300, [VG_SIM_FARM] = 10};
    const unsigned mainstream_or_farm = 1u << VG_SIM_MAINSTREAM | 1u << VG_SIM_FARM;
    const unsigned farm = 1u << VG_SIM_FARM;
    vg_err e;
    if (vg_sim_chance(&g, copy_p[o->kind])) {
        int64_t d = draw_delay(&g, 60);
        int to = pick_outlet(r, &g, a->outlet, o->kind == VG_SIM_WIRE ? mainstream_or_farm : farm);
        if (to >= 0 && d <= room) {
            pending p = {.t = a->t + d, .kind = H_COPY, .nsrc = 1, .src = {a->serial},
                         .outlet = (uint32_t)to, .serial = r->w.articles + r->derived++};
            if ((e = heap_push(r, p)))
                return e;
        }
    }
    if (en && vg_sim_chance(&g, near_p[o->kind])) {
        int64_t d = draw_delay(&g, 600);
        int to = pick_outlet(r, &g, a->outlet,
                             vg_sim_chance(&g, 600) ? farm : 1u << VG_SIM_MAINSTREAM);
        if (to >= 0 && d <= room) {
            pending p = {.t = a->t + d, .kind = H_NEAR, .nsrc = 1, .src = {a->serial},
                         .outlet = (uint32_t)to, .serial = r->w.articles + r->derived++};
            if ((e = heap_push(r, p)))
                return e;
        }
    }
    if (en && vg_sim_chance(&g, 45)) {
        /* Stitch this article with one or two earlier ones on its story. */
        pending p = {.kind = H_STITCH, .nsrc = 1, .src = {a->serial}};
        uint32_t want = vg_sim_range(&g, 1, 2);
        uint64_t n = r->nring < VG_SIM_RING ? r->nring : VG_SIM_RING;
        uint64_t k0 = vg_sim_below64(&g, n ? n : 1);
        for (uint64_t k = 0; k < n && p.nsrc <= want; k++) {
            const ring_entry *re = &r->ring[(k0 + k) % VG_SIM_RING];
            if (re->en && re->story == a->story.id && re->index != a->serial)
                p.src[p.nsrc++] = re->index;
        }
        int to = -1;
        for (uint32_t tries = 0; tries < 32 && to < 0; tries++) {
            uint32_t c = vg_sim_below(&g, r->w.outlets);
            if (vg_sim_outlets[c].kind == VG_SIM_FARM && vg_sim_outlets[c].lang[0] == 'e')
                to = (int)c;
        }
        int64_t d = draw_delay(&g, 3600);
        if (p.nsrc >= 2 && to >= 0 && d <= room) {
            p.t = a->t + d;
            p.outlet = (uint32_t)to;
            p.serial = r->w.articles + r->derived++;
            if ((e = heap_push(r, p)))
                return e;
        }
    }
    ring_entry *re = &r->ring[r->nring++ % VG_SIM_RING];
    *re = (ring_entry){a->serial, a->story.id, en};
    return VG_OK;
}

static void put_id_list(run *r, vg_buf *b, const char *key, vg_sim_art *const *arts, uint32_t n)
{
    put_key(r, b, key, 0);
    vg_sim_put(&r->out, b, "[", 1);
    for (uint32_t k = 0; k < n; k++) {
        if (k)
            vg_sim_put(&r->out, b, ",", 1);
        vg_sim_put_json(&r->out, b, arts[k]->id.p, arts[k]->id.n);
    }
    vg_sim_put(&r->out, b, "]", 1);
}

static vg_err emit_derived(run *r, const pending *p)
{
    vg_sim_art *a = &r->art[0];
    vg_sim_gen g;
    vg_sim_gen_init(&g, &r->w.slots, NULL, r->w.seed, VG_SIM_TAG_DERIVED, p->serial);
    vg_err e;
    vg_buf *b = &r->tbuf;
    if (p->kind == H_STITCH) {
        vg_sim_art *src[3];
        for (uint32_t k = 0; k < p->nsrc; k++) {
            src[k] = &r->art[1 + k];
            if ((e = vg_sim_art_original(&r->w, p->src[k], src[k])))
                return e;
        }
        a->story = src[0]->story;
        g.story = &a->story;
        if ((e = vg_sim_art_rehome(&r->w, a, p->serial, p->outlet, p->t, 1, &g)))
            return e;
        vg_sim_passage pas[VG_SIM_MAX_PASSAGES];
        uint32_t npas = 0;
        if ((e = vg_sim_art_stitch(&r->w, a, src, p->nsrc, &g, pas, &npas)))
            return e;
        if ((e = write_article(r, a)))
            return e;
        r->st.stitched++;
        vg_sim_art *all[4] = {a, src[0], src[1], src[2]};
        put_kind(r, "stitched");
        put_id_list(r, b, "ids", all, p->nsrc + 1);
        put_str(r, b, "stitched", a->id.p, a->id.n);
        put_id_list(r, b, "sources", src, p->nsrc);
        put_str(r, b, "byline", a->author.p, a->author.n);
        put_key(r, b, "passages", 0);
        vg_sim_put(&r->out, b, "[", 1);
        for (uint32_t k = 0; k < npas; k++) {
            if (k)
                vg_sim_put(&r->out, b, ",", 1);
            vg_sim_puts(&r->out, b, "{\"source\":");
            vg_sim_put_json(&r->out, b, src[pas[k].src]->id.p, src[pas[k].src]->id.n);
            put_num(r, b, "start", pas[k].start);
            put_num(r, b, "end", pas[k].end);
            put_num(r, b, "src_start", pas[k].src_start);
            put_num(r, b, "src_end", pas[k].src_end);
            vg_sim_put(&r->out, b, "}", 1);
        }
        vg_sim_put(&r->out, b, "]", 1);
        return end_truth(r);
    }

    /* Copies and near-copies: keep the original's id before rehoming. */
    if ((e = vg_sim_art_original(&r->w, p->src[0], a)))
        return e;
    vg_buf *orig_id = &r->scratch, *orig_title = &r->scratch2;
    vg_buf_reset(orig_id);
    vg_buf_reset(orig_title);
    vg_sim_put(&g, orig_id, a->id.p, a->id.n);
    vg_sim_put(&g, orig_title, a->title.p, a->title.n);
    g.story = &a->story;
    int retitle = vg_sim_chance(&g.rng, p->kind == H_COPY ? 400 : 800);
    if ((e = vg_sim_art_rehome(&r->w, a, p->serial, p->outlet, p->t, retitle, &g)))
        return e;
    vg_buf_reset(&r->ops);
    if (p->kind == H_NEAR && (e = vg_sim_art_edit(&r->w, a, &g, &r->ops)))
        return e;
    if ((e = write_article(r, a)))
        return e;
    put_kind(r, p->kind == H_COPY ? "copy" : "near_copy");
    put_key(r, b, "ids", 0);
    vg_sim_put(&r->out, b, "[", 1);
    vg_sim_put_json(&r->out, b, orig_id->p, orig_id->n);
    vg_sim_put(&r->out, b, ",", 1);
    vg_sim_put_json(&r->out, b, a->id.p, a->id.n);
    vg_sim_put(&r->out, b, "]", 1);
    put_str(r, b, "original", orig_id->p, orig_id->n);
    put_str(r, b, "copy", a->id.p, a->id.n);
    int same_title = a->title.n == orig_title->n &&
                     memcmp(a->title.p, orig_title->p, a->title.n) == 0;
    put_key(r, b, "same_title", 0);
    vg_sim_puts(&r->out, b, same_title ? "true" : "false");
    if (p->kind == H_NEAR) {
        r->st.near_copies++;
        put_key(r, b, "ops", 0);
        vg_sim_put(&r->out, b, "[", 1);
        if (!same_title) {
            vg_sim_puts(&r->out, b, "{\"op\":\"retitle\",\"what\":\"title\",\"old\":");
            vg_sim_put_json(&r->out, b, orig_title->p, orig_title->n);
            vg_sim_puts(&r->out, b, ",\"new\":");
            vg_sim_put_json(&r->out, b, a->title.p, a->title.n);
            vg_sim_puts(&r->out, b, r->ops.n ? "}," : "}");
        }
        vg_sim_put(&r->out, b, r->ops.p, r->ops.n);
        vg_sim_put(&r->out, b, "]", 1);
    } else {
        r->st.copies++;
    }
    if (g.err)
        return g.err;
    return end_truth(r);
}

/* ---- the run ------------------------------------------------------- */

static vg_err setup(run *r, const vg_sim_opts *opts)
{
    vg_sim_opts o = {0};
    if (opts)
        o = *opts;
    vg_sim_world *w = &r->w;
    w->seed = o.seed ? o.seed : 1;
    unsigned days = o.days ? o.days : 7;
    w->outlets = o.outlets ? o.outlets : 8;
    w->articles = o.articles ? o.articles : 400;
    w->accounts = o.accounts ? o.accounts : 200;
    w->posts = o.posts ? o.posts : 3000;
    w->start = o.start ? o.start : 1492646400; /* 2017-04-20T00:00:00Z */
    if (days > 3660 || w->outlets > VG_SIM_MAX_OUTLETS || w->accounts > 30000000u)
        return VG_EINVAL;
    w->span = (int64_t)days * 86400;
    w->stories = w->articles / 12 > 3 ? w->articles / 12 : 3;
    static const uint16_t weight[] = {[VG_SIM_MAINSTREAM] = 10, [VG_SIM_WIRE] = 12,
                                      [VG_SIM_STATE] = 8, [VG_SIM_FARM] = 2};
    uint32_t cum = 0;
    for (uint32_t k = 0; k < w->outlets; k++) {
        cum += weight[vg_sim_outlets[k].kind];
        w->outlet_cum[k] = cum;
    }
    vg_sim_slots_init(&w->slots);
    vg_sim_gen_init(&r->out, &w->slots, NULL, w->seed, 0, 0);
    r->suffix_digits = 2;
    r->suffix_mod = 100;
    while (r->suffix_mod < w->accounts) {
        r->suffix_digits++;
        r->suffix_mod *= 10;
    }
    for (uint32_t k = 0; k < VG_SIM_BURST_CACHE; k++)
        r->bcache[k].b = UINT64_MAX;
    return VG_OK;
}

static void teardown(run *r)
{
    vg_buf_free(&r->cbuf);
    vg_buf_free(&r->tbuf);
    vg_buf_free(&r->scratch);
    vg_buf_free(&r->scratch2);
    vg_buf_free(&r->ops);
    for (int k = 0; k < 4; k++)
        vg_sim_art_free(&r->art[k]);
    for (int k = 0; k < VG_SIM_BURST_CACHE; k++) {
        vg_buf_free(&r->bcache[k].text);
        vg_buf_free(&r->bcache[k].url);
        vg_buf_free(&r->bcache[k].art_id);
    }
    free(r->heap);
    free(r->members);
    free(r->acct_group);
}

vg_err vg_simulate(FILE *corpus, FILE *truth, const vg_sim_opts *opts, vg_sim_stats *st)
{
    if (st)
        memset(st, 0, sizeof *st);
    if (!corpus)
        return VG_EINVAL;
    run *r = calloc(1, sizeof *r);
    if (!r)
        return VG_ENOMEM;
    r->corpus = corpus;
    r->truth = truth;
    vg_err e = setup(r, opts);
    if (e)
        goto out;
    if ((e = setup_groups(r)))
        goto out;

    const vg_sim_world *w = &r->w;
    uint64_t i = 0, j = 0, b = 0;
    int64_t ta = i < w->articles ? vg_sim_time(w, VG_SIM_TAG_ART_TIME, 0, w->articles, NULL) : 0;
    int64_t tp = vg_sim_time(w, VG_SIM_TAG_POST_TIME, 0, w->posts, NULL);
    int64_t tb = r->bursts ? vg_sim_time(w, VG_SIM_TAG_BURST_TIME, 0, r->bursts, NULL) : 0;
    for (;;) {
        int which = -1;
        int64_t t = INT64_MAX;
        if (i < w->articles && ta < t)
            t = ta, which = 0;
        if (b < r->bursts && tb < t)
            t = tb, which = 1;
        if (j < w->posts && tp < t)
            t = tp, which = 2;
        if (r->nheap && r->heap[0].t < t)
            t = r->heap[0].t, which = 3;
        if (which < 0)
            break;
        if (which == 0) {
            vg_sim_art *a = &r->art[0];
            if ((e = vg_sim_art_original(w, i, a)) || (e = write_article(r, a)) ||
                (e = plant(r, a)))
                goto out;
            if (++i < w->articles)
                ta = vg_sim_time(w, VG_SIM_TAG_ART_TIME, i, w->articles, NULL);
        } else if (which == 1) {
            if ((e = fire_burst(r, b)))
                goto out;
            if (++b < r->bursts)
                tb = vg_sim_time(w, VG_SIM_TAG_BURST_TIME, b, r->bursts, NULL);
        } else if (which == 2) {
            if ((e = emit_post(r, j)))
                goto out;
            if (++j < w->posts)
                tp = vg_sim_time(w, VG_SIM_TAG_POST_TIME, j, w->posts, NULL);
        } else {
            pending p = heap_pop(r);
            e = p.kind == H_CPOST ? emit_cpost(r, &p) : emit_derived(r, &p);
            if (e)
                goto out;
        }
        if (r->out.err) {
            e = r->out.err;
            goto out;
        }
    }
    if ((e = flush_buf(r, &r->cbuf, r->corpus, 0)) || (e = flush_buf(r, &r->tbuf, r->truth, 0)))
        goto out;
    if (fflush(corpus) != 0 || ferror(corpus) || (truth && (fflush(truth) != 0 || ferror(truth))))
        e = VG_EIO;
out:
    if (st)
        *st = r->st;
    teardown(r);
    free(r);
    return e;
}
