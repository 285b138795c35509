/*
 * vg_html_body.c - the article's body: which part of the page is the
 * article, and its text as paragraphs.
 *
 * The method (docs/EXTRACTION.md, "Body") in five steps:
 *
 *   1. exclude: junk tags (script, nav, aside, footer, forms' controls...),
 *      hidden elements, and boilerplate by class/id (share, comments,
 *      related, newsletter, cookie...), unless such an element holds most
 *      of the page's text (then its class is lying);
 *   2. score: every block holding at least 25 code points of its own text
 *      is a paragraph worth 1 + commas + min(length / 100, 3), discounted
 *      by its link share; its parent gets the full value, the grandparent
 *      half, further ancestors 1/(3 level), up to five levels.  A candidate
 *      starts from a tag prior (div +5, lists and headings negative) plus
 *      its class/id weight (+-25), and its total is multiplied by
 *      (1 - link density of its subtree);
 *   3. choose: the best candidate, moved up to an ancestor when several
 *      near-best candidates sit under it (the article was split), or
 *      when the ancestor scores higher; elements the page itself names
 *      as the article body (itemprop=articleBody, class article-body ...)
 *      replace it when they hold at least half of its text;
 *   4. merge siblings of the choice that score well or read as prose;
 *   5. emit text from the chosen subtrees, dropping sub-blocks that look
 *      like furniture (link-dense lists and boxes, image galleries, forms,
 *      tiny fragments) and paragraphs that are mostly links or repeat the
 *      title.
 *
 * This is in the spirit of readability (steps 2-4) with trafilatura's
 * habit of trusting explicit body markers (step 3) and filtering the
 * output paragraph by paragraph (step 5); the constants are readability's
 * where it has one.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/uri.h>

#include "vg_html_dom.h"

typedef struct vg_hpara {
    size_t off, len;   /* into vg_hbody.text's paragraph area */
    uint32_t chars;    /* code points */
    uint32_t link;     /* ... inside links */
    uint16_t tag;      /* tag of the block that holds it */
    bool heading;
} vg_hpara;

/* Per-page work state (lives on the stack of vg_html_body). */
typedef struct work {
    vg_hdom *d;
    vg_hbody *b;
    uint8_t *excl;     /* owned: 1 = excluded element */
    uint32_t *scom;    /* owned: commas in the subtree */
    uint8_t *scored;   /* owned: candidate initialised */
    vg_buf para;       /* the paragraph being built */
    uint32_t para_link, para_chars;
    uint16_t para_tag;
    bool para_heading;
    const char *title;
    size_t title_n;
    const char *base;
    size_t nlinks;
} work;

static float link_density(const vg_hnode *h)
{
    return h->text ? (float)h->link / (float)h->text : 0.0f;
}

static float tag_prior(uint16_t t)
{
    switch (t) {
    case T_DIV: return 5;
    case T_PRE: case T_TD: case T_BLOCKQUOTE: return 3;
    case T_ADDRESS: case T_OL: case T_UL: case T_DL: case T_DD: case T_DT: case T_LI:
    case T_FORM: return -3;
    case T_H1: case T_H2: case T_H3: case T_H4: case T_H5: case T_H6: case T_TH: return -5;
    default: return 0;
    }
}

static bool paragraph_tag(uint16_t t)
{
    switch (t) {
    case T_P: case T_PRE: case T_TD: case T_DIV: case T_SECTION: case T_ARTICLE:
    case T_BLOCKQUOTE: case T_LI: case T_DD: case T_CENTER: case T_MAIN: case T_BODY:
        return true;
    default:
        return false;
    }
}

static void add_score(work *w, int32_t i, float v)
{
    vg_hnode *h = &w->d->node[i];
    if (!w->scored[i]) {
        w->scored[i] = 1;
        h->score = tag_prior(h->tag) + (float)h->weight;
    }
    h->score += v;
}

/* Step 1: excluded elements (DROP, or boilerplate by class) and subtree
 * comma counts. */
static void exclude(work *w)
{
    vg_hdom *d = w->d;
    uint32_t page = d->body >= 0 ? d->node[d->body].text : (d->n ? d->node[0].text : 0);
    for (size_t i = 0; i < d->n; i++)
        w->scom[i] = d->node[i].commas;
    for (size_t i = d->n; i-- > 1;)
        if (d->node[i].parent >= 0)
            w->scom[d->node[i].parent] += w->scom[i];
    for (size_t i = 0; i < d->n; i++) {
        const vg_hnode *h = &d->node[i];
        uint8_t x = h->parent >= 0 ? w->excl[h->parent] : 0;
        if (h->flags & HN_DROP)
            x = 1;
        /* A boilerplate class on an element that holds most of the page
         * (half its text, or many paragraphs) is a lying class. */
        if ((h->flags & HN_BOILER) && !(h->text * 2 > page && h->paras >= 3))
            x = 1;
        if (h->tag == T_FIGCAPTION) /* captions: measured, better left out */
            x = 1;
        w->excl[i] = x;
    }
}

/* Step 2. */
static void score(work *w)
{
    vg_hdom *d = w->d;
    for (size_t i = 0; i < d->n; i++) {
        const vg_hnode *h = &d->node[i];
        if (w->excl[i] || !(h->flags & HN_BLOCK) || h->own < 25 || !paragraph_tag(h->tag))
            continue;
        /* Text split by <br> pairs is several paragraphs in one block:
         * score it as such (readability wraps them into <p>s). */
        float chunks = 1.0f + (float)(h->brs / 2);
        float v = chunks + (float)h->commas +
                  chunks * fminf(floorf((float)h->own / (100.0f * chunks)), 3.0f);
        v *= 1.0f - (float)h->own_link / (float)h->own;
        /* A <p> scores its parent; a box holding both its own prose and
         * other blocks (text between <div>s) is that prose's parent. */
        bool mixed = h->tag != T_P && h->tag != T_PRE && h->tag != T_LI &&
                     h->tag != T_BLOCKQUOTE && h->tag != T_DD && h->text > h->own;
        int32_t a = mixed ? (int32_t)i : h->parent;
        for (int level = 0; a >= 0 && level < 5; level++, a = d->node[a].parent) {
            if (w->excl[a])
                break;
            float div = level == 0 ? 1.0f : level == 1 ? 2.0f : (float)level * 3.0f;
            add_score(w, a, v / div);
        }
    }
    /* A box holding several <article>s is a listing of teasers, not an
     * article: its score is shared among them. */
    uint32_t *arts = calloc(d->n, sizeof *arts);
    if (arts) {
        for (size_t i = d->n; i-- > 1;) {
            int32_t p = d->node[i].parent;
            if (p >= 0 && !w->excl[i])
                arts[p] += arts[i] + (d->node[i].tag == T_ARTICLE);
        }
    }
    for (size_t i = 0; i < d->n; i++) {
        if (!w->scored[i])
            continue;
        d->node[i].score *= 1.0f - link_density(&d->node[i]);
        if (arts && arts[i] >= 3)
            d->node[i].score /= (float)arts[i];
    }
    free(arts);
}

static bool contains(const vg_hdom *d, int32_t anc, int32_t i)
{
    return i > anc && i < d->node[anc].end;
}

/* Plain (non-link) text of a subtree. */
static uint32_t plain(const vg_hnode *h)
{
    return h->text > h->link ? h->text - h->link : 0;
}

/* Step 3: the best candidate and where it moves. */
static int32_t choose(work *w)
{
    vg_hdom *d = w->d;
    enum { TOPN = 5 };
    int32_t top[TOPN];
    int nt = 0;
    for (size_t i = 0; i < d->n; i++) {
        if (!w->scored[i] || w->excl[i])
            continue;
        float s = d->node[i].score;
        int k = nt < TOPN ? nt++ : TOPN;
        if (k == TOPN && s <= d->node[top[TOPN - 1]].score)
            continue;
        if (k == TOPN)
            k = TOPN - 1;
        while (k > 0 && d->node[top[k - 1]].score < s) {
            top[k] = top[k - 1];
            k--;
        }
        top[k] = (int32_t)i;
    }
    int32_t best = nt ? top[0] : (d->body >= 0 ? d->body : (d->n ? 0 : -1));
    if (!nt || best < 0)
        return best;
    /* Several near-best candidates under one ancestor: take the ancestor. */
    float bs = d->node[best].score;
    int32_t alt[TOPN];
    int na = 0;
    for (int k = 1; k < nt; k++)
        if (d->node[top[k]].score >= 0.75f * bs)
            alt[na++] = top[k];
    if (na >= 3) {
        for (int32_t a = d->node[best].parent; a >= 0 && d->node[a].tag != T_BODY;
             a = d->node[a].parent) {
            int in = 0;
            for (int k = 0; k < na; k++)
                in += contains(d, a, alt[k]);
            if (in >= 3) {
                best = a;
                break;
            }
        }
    }
    /* Climb while the parent scores higher than what we have. */
    float last = d->node[best].score;
    float floor_ = last / 3.0f;
    for (int32_t a = d->node[best].parent; a >= 0 && d->node[a].tag != T_BODY;
         a = d->node[a].parent) {
        if (!w->scored[a])
            continue;
        float ps = d->node[a].score;
        if (ps < floor_)
            break;
        if (ps > last) {
            best = a;
            break;
        }
        last = ps;
    }
    /* An only child stands for its parent. */
    for (;;) {
        int32_t p = d->node[best].parent;
        if (p < 0 || d->node[p].tag == T_BODY || w->excl[p])
            break;
        int kids = 0;
        for (const xmlNode *c = d->node[p].x->children; c; c = c->next)
            kids += c->type == XML_ELEMENT_NODE;
        if (kids != 1)
            break;
        best = p;
    }
    return best;
}

/* Step 4: roots = the choice and its siblings worth keeping, in order. */
static size_t siblings(work *w, int32_t best, int32_t *roots, size_t cap)
{
    vg_hdom *d = w->d;
    int32_t p = d->node[best].parent;
    if (p < 0) {
        roots[0] = best;
        return 1;
    }
    float bs = d->node[best].score;
    float threshold = fmaxf(10.0f, bs * 0.2f);
    const char *bcls = vg_html_attr(d->node[best].x, "class");
    size_t n = 0;
    for (const xmlNode *c = d->node[p].x->children; c && n < cap; c = c->next) {
        int32_t i = vg_hdom_id(c);
        if (i < 0 || c->type != XML_ELEMENT_NODE)
            continue;
        if (i == best) {
            roots[n++] = i;
            continue;
        }
        if (w->excl[i])
            continue;
        const vg_hnode *h = &d->node[i];
        float bonus = 0;
        const char *cls = vg_html_attr(c, "class");
        if (bcls && cls && *bcls && strcmp(bcls, cls) == 0)
            bonus = bs * 0.2f;
        bool keep = w->scored[i] && h->score + bonus >= threshold;
        if (!keep && (h->tag == T_P || (h->flags & HN_BLOCK && h->own == h->text))) {
            float ld = link_density(h);
            if (h->text > 80 && ld < 0.25f)
                keep = true;
            else if (h->text > 0 && h->text <= 80 && h->link == 0) {
                /* a short prose line: ends a sentence */
                const xmlNode *t = c->last;
                while (t && t->type != XML_TEXT_NODE)
                    t = t->prev ? t->prev : NULL;
                const char *s = t && t->content ? (const char *)t->content : "";
                size_t k = strlen(s);
                while (k && isspace((unsigned char)s[k - 1]))
                    k--;
                keep = k && (s[k - 1] == '.' || s[k - 1] == '!' || s[k - 1] == '?');
            }
        }
        if (keep)
            roots[n++] = i;
    }
    if (n == 0)
        roots[n++] = best;
    return n;
}

/* Elements the page itself calls the article body, outermost only.  A
 * marked paragraph (<p class="bodytext">) stands for its parent: the body
 * is the box of such paragraphs, short ones included. */
static size_t body_marks(work *w, int32_t *marks, size_t cap)
{
    vg_hdom *d = w->d;
    uint8_t *want = calloc(d->n, 1);
    if (!want)
        return 0;
    for (size_t i = 0; i < d->n; i++) {
        const vg_hnode *h = &d->node[i];
        if (!(h->flags & HN_BODYMARK) || w->excl[i])
            continue;
        int32_t t = (int32_t)i;
        bool para = h->tag == T_P || h->tag == T_LI || !(h->flags & HN_BLOCK) ||
                    (h->own == h->text && h->tag != T_DIV && h->tag != T_SECTION &&
                     h->tag != T_ARTICLE && h->tag != T_MAIN);
        if (para && h->parent >= 0)
            t = h->parent;
        want[t] = 1;
    }
    size_t n = 0;
    for (size_t i = 0; i < d->n && n < cap;) {
        const vg_hnode *h = &d->node[i];
        if (want[i] && !w->excl[i] && plain(h) >= 100 && h->tag != T_BODY &&
            h->tag != T_HTML) {
            marks[n++] = (int32_t)i;
            i = (size_t)h->end;
            continue;
        }
        i++;
    }
    free(want);
    return n;
}

/* Step 5 helper: does the sub-block at i look like furniture? */
static bool furniture(work *w, int32_t i)
{
    const vg_hnode *h = &w->d->node[i];
    switch (h->tag) {
    case T_UL: case T_OL: case T_TABLE: case T_DIV: case T_SECTION: case T_FORM:
    case T_FIGURE: case T_DL: case T_HEADER: case T_CENTER: case T_DETAILS: case T_SUMMARY:
        break;
    case T_H1: case T_H2: case T_H3: case T_H4: case T_H5: case T_H6:
        return h->weight < 0 || link_density(h) > 0.33f;
    case T_P: case T_LI: case T_BLOCKQUOTE:
        return h->text > 0 && link_density(h) > 0.6f && h->text < 200;
    default:
        return false;
    }
    if (h->tag == T_HEADER && h->heads && h->text < 400)
        return true; /* the headline block: title, byline, date */
    /* An embedded post is kept whatever its links (quoted tweets). */
    if ((h->flags & HN_EMBED) && (h->tag == T_DIV || h->tag == T_BLOCKQUOTE ||
                                  h->tag == T_FIGURE) && h->text >= 25 && !h->embeds)
        return false;
    float sc = w->scored[i] ? h->score : 0;
    if ((float)h->weight + sc < 0)
        return true;
    if (w->scom[i] >= 10)
        return false;
    bool list = h->tag == T_UL || h->tag == T_OL;
    float ld = link_density(h);
    uint32_t p = h->paras;
    if (h->imgs > 1 && (float)p / (float)h->imgs < 0.5f && h->tag != T_FIGURE &&
        h->text < 40 * h->imgs)
        return true;
    if (!list && h->lis > p + 2 && h->lis > 4)
        return true;
    if (h->inputs > p / 3)
        return true;
    if (!list && h->text < 25 && (h->imgs == 0 || h->imgs > 2) && !h->heads)
        return true;
    /* A list of long items is prose even when each item opens with a link
     * (a digest: "<a>Headline</a> and what it says"). */
    bool prose_list = list && h->lis && h->text / h->lis >= 100;
    if (h->weight < 25 && ld > (prose_list ? 0.5f : 0.2f + (h->text > 500 ? 0.1f : 0.0f)))
        return true;
    if (h->weight >= 25 && ld > 0.5f)
        return true;
    if ((h->embeds == 1 && h->text < 75) || h->embeds > 1)
        return true;
    return false;
}

static uint32_t cps(const char *p, size_t n)
{
    uint32_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)p[i] & 0xC0) != 0x80 && !isspace((unsigned char)p[i]);
    return c;
}

/* Short furniture lines that survive everything else. */
static bool stock_phrase(const char *p, size_t n)
{
    static const char *const phrases[] = {
        "advertisement", "supported by", "continue reading", "read more", "share this",
        "share this article", "click here", "sign up", "subscribe", "related", "related:",
        "related articles", "related stories", "more on this", "story continues below",
        "story continues below advertisement", "article continues below", "skip to content",
        "follow us", "image", "photo", "close", "loading", "loading...", "play", "video",
        "ad", "sponsored", "recommended", "comments", "print", "email", "whatsapp",
        "facebook", "twitter", "linkedin", "pinterest", "reddit", "next", "previous",
    };
    if (n > 40)
        return false;
    char low[48];
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < sizeof low; i++)
        low[k++] = (char)tolower((unsigned char)p[i]);
    while (k && (low[k - 1] == ':' || low[k - 1] == ' ' || low[k - 1] == '.'))
        k--;
    low[k] = '\0';
    for (size_t i = 0; i < sizeof phrases / sizeof phrases[0]; i++)
        if (strcmp(low, phrases[i]) == 0)
            return true;
    return false;
}

static vg_err flush(work *w)
{
    vg_buf *pb = &w->para;
    size_t n = pb->n;
    if (n && !(w->para_tag == T_PRE))
        n = vg_html_squash(pb->p, n);
    else if (n) {
        /* <pre>: keep lines, trim the ends */
        size_t s = 0;
        while (s < n && isspace((unsigned char)pb->p[s]))
            s++;
        while (n > s && isspace((unsigned char)pb->p[n - 1]))
            n--;
        memmove(pb->p, pb->p + s, n - s);
        n -= s;
    }
    vg_err e = VG_OK;
    if (n) {
        vg_hbody *b = w->b;
        if (b->npara == b->cap) {
            size_t cap = b->cap ? b->cap * 2 : 64;
            vg_hpara *np = realloc(b->para, cap * sizeof *np);
            if (!np)
                return VG_ENOMEM;
            b->para = np;
            b->cap = cap;
        }
        vg_hpara *pa = &b->para[b->npara++];
        pa->off = b->scratch.n;
        pa->len = n;
        pa->chars = cps(pb->p, n);
        pa->link = w->para_link;
        pa->tag = w->para_tag;
        pa->heading = w->para_heading;
        e = vg_buf_append(&b->scratch, pb->p, n);
    }
    vg_buf_reset(pb);
    w->para_link = 0;
    w->para_chars = 0;
    w->para_heading = false;
    return e;
}

static vg_err add_link(work *w, const xmlNode *a)
{
    const char *href = vg_html_attr(a, "href");
    if (!href || !*href || href[0] == '#' || w->nlinks >= 1000)
        return VG_OK;
    xmlChar *abs = xmlBuildURI((const xmlChar *)href,
                               (const xmlChar *)(w->base && *w->base ? w->base : NULL));
    const char *u = abs ? (const char *)abs : href;
    vg_err e = VG_OK;
    size_t n = strlen(u);
    if ((strncasecmp(u, "http://", 7) == 0 || strncasecmp(u, "https://", 8) == 0) &&
        !memchr(u, '\n', n)) {
        vg_buf *l = &w->b->links;
        bool dup = false;
        for (size_t i = 0; i < l->n && !dup;) {
            const char *nl = memchr(l->p + i, '\n', l->n - i);
            size_t end = nl ? (size_t)(nl - l->p) : l->n;
            dup = end - i == n && memcmp(l->p + i, u, n) == 0;
            i = end + 1;
        }
        if (!dup) {
            if (l->n)
                e = vg_buf_putc(l, '\n');
            if (!e)
                e = vg_buf_append(l, u, n);
            w->nlinks++;
        }
    }
    xmlFree(abs);
    return e;
}

/* Emit the text of the subtree at root, iteratively. */
static vg_err emit(work *w, int32_t root)
{
    vg_hdom *d = w->d;
    const xmlNode *top = d->node[root].x;
    const xmlNode *x = top->children;
    vg_err e = flush(w);
    w->para_tag = d->node[root].tag;
    while (x && !e) {
        bool descend = false;
        if (x->type == XML_ELEMENT_NODE) {
            int32_t i = vg_hdom_id(x);
            const vg_hnode *h = i >= 0 ? &d->node[i] : NULL;
            if (!h || w->excl[i] || furniture(w, i)) {
                descend = false;
            } else if (h->tag == T_BR) {
                e = vg_buf_putc(&w->para, '\n');
            } else {
                if (h->flags & HN_BLOCK) {
                    e = flush(w);
                    w->para_tag = h->tag;
                    w->para_heading = (h->flags & HN_HEADING) != 0;
                }
                if (!e && h->tag == T_A)
                    e = add_link(w, x);
                descend = x->children != NULL;
                if (!descend && (h->flags & HN_BLOCK) && !e)
                    e = flush(w);
            }
        } else if ((x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) &&
                   x->content) {
            const char *s = (const char *)x->content;
            size_t n = strlen(s);
            e = vg_buf_append(&w->para, s, n);
            int32_t pi = vg_hdom_id(x->parent);
            if (pi >= 0 && (d->node[pi].flags & HN_IN_LINK))
                w->para_link += cps(s, n);
        }
        if (descend) {
            x = x->children;
            continue;
        }
        while (x && x != top) {
            if (x->next) {
                x = x->next;
                break;
            }
            x = x->parent;
            if (x == top) {
                x = NULL;
                break;
            }
            /* leaving a block: its paragraph ends */
            int32_t i = vg_hdom_id(x);
            if (i >= 0 && (d->node[i].flags & HN_BLOCK) && !e) {
                e = flush(w);
                int32_t pi = d->node[i].parent;
                w->para_tag = pi >= 0 ? d->node[pi].tag : T_DIV;
            }
        }
    }
    if (!e)
        e = flush(w);
    return e;
}

static bool same_text(const char *a, size_t an, const char *b, size_t bn)
{
    /* compare ignoring case and non-alphanumerics (ASCII) */
    size_t i = 0, j = 0;
    for (;;) {
        while (i < an && !isalnum((unsigned char)a[i]) && (unsigned char)a[i] < 0x80)
            i++;
        while (j < bn && !isalnum((unsigned char)b[j]) && (unsigned char)b[j] < 0x80)
            j++;
        if (i == an || j == bn)
            return i == an && j == bn;
        if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[j]))
            return false;
        i++;
        j++;
    }
}

/* A byline or time stamp line: "By Jane Doe - 11/18/19 11:04 PM EST",
 * "Updated at 1:23 p.m.", "Published Monday, Nov. 18, 2019". */
static bool stamp_line(const char *p, size_t n)
{
    static const char *const heads[] = {"by ", "updated", "published", "posted",
                                        "last updated", "(published", "(updated", "modified"};
    if (n > 90)
        return false;
    for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
        size_t k = strlen(heads[i]);
        if (n > k && strncasecmp(p, heads[i], k) == 0) {
            if (k == 3) {
                /* "By Name": a few capitalised words, maybe a date after */
                int words = 0;
                for (size_t j = 0; j < n; j++)
                    words += p[j] == ' ';
                return isupper((unsigned char)p[3]) &&
                       (words <= 12 || vg_html_text_date(p, n) != VG_TIME_NONE);
            }
            for (size_t j = k; j < n; j++)
                if (isdigit((unsigned char)p[j]))
                    return true;
        }
    }
    return false;
}

/* Paragraph filters and the final text. */
static vg_err assemble(work *w)
{
    vg_hbody *b = w->b;
    vg_err e = VG_OK;
    size_t kept = 0; /* paragraphs written so far */
    for (size_t k = 0; k < b->npara && !e; k++) {
        const vg_hpara *pa = &b->para[k];
        const char *p = b->scratch.p + pa->off;
        if (pa->chars == 0)
            continue;
        if (pa->link * 10 > pa->chars * 6 && pa->chars < 300)
            continue; /* mostly links: "Read more: ...", link lists */
        if (w->title_n && pa->len <= w->title_n + 8 && same_text(p, pa->len, w->title, w->title_n))
            continue;
        if (stock_phrase(p, pa->len))
            continue;
        if ((kept < 3 || k + 2 >= b->npara) && stamp_line(p, pa->len)) {
            if (b->stamp_date == VG_TIME_NONE)
                b->stamp_date = vg_html_text_date(p, pa->len);
            continue;
        }
        if (b->text.n)
            e = vg_buf_append(&b->text, "\n\n", 2);
        if (!e)
            e = vg_buf_append(&b->text, p, pa->len);
        kept++;
    }
    return e;
}

vg_err vg_html_body(vg_hdom *d, const vg_hmeta *m, vg_hbody *b)
{
    vg_buf_reset(&b->text);
    vg_buf_reset(&b->links);
    vg_buf_reset(&b->scratch);
    b->npara = 0;
    b->stamp_date = VG_TIME_NONE;
    if (d->n == 0)
        return VG_OK;
    work w;
    memset(&w, 0, sizeof w);
    w.d = d;
    w.b = b;
    w.title = m->title.p;
    w.title_n = m->title.n;
    w.base = m->base.p;
    vg_err e = VG_OK;
    enum { MAXROOTS = 64 };
    int32_t roots[MAXROOTS];
    size_t nroots = 0;
    w.excl = calloc(d->n, 1);
    w.scored = calloc(d->n, 1);
    w.scom = calloc(d->n, sizeof *w.scom);
    if (!w.excl || !w.scored || !w.scom) {
        e = VG_ENOMEM;
        goto out;
    }
    exclude(&w);
    score(&w);
    int32_t best = choose(&w);
    if (best < 0)
        goto out;
    nroots = siblings(&w, best, roots, MAXROOTS);
    /* Explicit body markers, when they hold at least half the text. */
    int32_t marks[MAXROOTS];
    size_t nm = body_marks(&w, marks, MAXROOTS);
    if (nm) {
        uint32_t mt = 0, bt = 0;
        for (size_t k = 0; k < nm; k++)
            mt += plain(&d->node[marks[k]]);
        for (size_t k = 0; k < nroots; k++)
            bt += plain(&d->node[roots[k]]);
        if (mt * 2 >= bt) {
            memcpy(roots, marks, nm * sizeof *marks);
            nroots = nm;
        }
    }
    for (size_t k = 0; k < nroots && !e; k++)
        e = emit(&w, roots[k]);
    if (!e)
        e = assemble(&w);
out:
    free(w.excl);
    free(w.scored);
    free(w.scom);
    vg_buf_free(&w.para);
    return e;
}

void vg_hbody_free(vg_hbody *b)
{
    vg_buf_free(&b->text);
    vg_buf_free(&b->links);
    vg_buf_free(&b->scratch);
    free(b->para);
}
