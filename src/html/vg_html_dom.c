/*
 * vg_html_dom.c - the node table over libxml2's tree (see vg_html_dom.h):
 * tag kinds, hidden and junk elements, class/id hints, and the text
 * statistics the body scorer reads.
 *
 * Every walk here is iterative (firstChild / next / parent pointers), so a
 * deep tree cannot exhaust the stack; the parser's own depth cap
 * (vg_html.c) bounds the tree anyway.
 *
 * Class and id hints match lower-cased substrings of "class id", as
 * readability does: cheap, and robust to the many spellings sites use
 * (article-body, articleBody, article__body).  The lists are general web
 * vocabulary, not tuned to particular sites.
 */
#include "vg_html_dom.h"

#include <assert.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const struct {
    const char *name;
    uint16_t tag;
} tag_names[] = {
    /* sorted by name for bsearch */
    {"a", T_A},           {"address", T_ADDRESS}, {"article", T_ARTICLE},
    {"aside", T_ASIDE},   {"audio", T_AUDIO},     {"blockquote", T_BLOCKQUOTE},
    {"body", T_BODY},     {"br", T_BR},           {"button", T_BUTTON},
    {"canvas", T_CANVAS}, {"center", T_CENTER},   {"code", T_CODE},
    {"dd", T_DD},         {"details", T_DETAILS}, {"dialog", T_DIALOG},
    {"div", T_DIV},       {"dl", T_DL},           {"dt", T_DT},
    {"embed", T_EMBED},   {"fieldset", T_FIELDSET}, {"figcaption", T_FIGCAPTION},
    {"figure", T_FIGURE}, {"footer", T_FOOTER},   {"form", T_FORM},
    {"h1", T_H1},         {"h2", T_H2},           {"h3", T_H3},
    {"h4", T_H4},         {"h5", T_H5},           {"h6", T_H6},
    {"head", T_HEAD},     {"header", T_HEADER},   {"hr", T_HR},
    {"html", T_HTML},     {"iframe", T_IFRAME},   {"img", T_IMG},
    {"input", T_INPUT},   {"label", T_LABEL},     {"li", T_LI},
    {"link", T_LINK},     {"main", T_MAIN},       {"math", T_MATH},
    {"menu", T_MENU},     {"meta", T_META},       {"nav", T_NAV},
    {"noscript", T_NOSCRIPT}, {"object", T_OBJECT}, {"ol", T_OL},
    {"option", T_OPTION}, {"p", T_P},             {"picture", T_PICTURE},
    {"pre", T_PRE},       {"script", T_SCRIPT},   {"section", T_SECTION},
    {"select", T_SELECT}, {"style", T_STYLE},     {"summary", T_SUMMARY},
    {"svg", T_SVG},       {"table", T_TABLE},     {"tbody", T_TBODY},
    {"td", T_TD},         {"template", T_TEMPLATE}, {"textarea", T_TEXTAREA},
    {"th", T_TH},         {"thead", T_THEAD},     {"time", T_TIME},
    {"title", T_TITLE},   {"tr", T_TR},           {"ul", T_UL},
    {"video", T_VIDEO},
};

static int cmp_tag(const void *k, const void *e)
{
    return strcmp((const char *)k, *(const char *const *)e);
}

static uint16_t tag_of(const xmlChar *name)
{
    if (!name)
        return T_OTHER;
    const void *hit = bsearch(name, tag_names, sizeof tag_names / sizeof tag_names[0],
                              sizeof tag_names[0], cmp_tag);
    return hit ? ((const __typeof__(tag_names[0]) *)hit)->tag : T_OTHER;
}

/* Elements whose content is never article text. */
static bool junk_tag(uint16_t t)
{
    switch (t) {
    case T_SCRIPT: case T_STYLE: case T_NOSCRIPT: case T_TEMPLATE: case T_IFRAME:
    case T_OBJECT: case T_EMBED: case T_SVG: case T_CANVAS: case T_BUTTON: case T_SELECT:
    case T_OPTION: case T_TEXTAREA: case T_INPUT: case T_NAV: case T_META: case T_LINK:
    case T_TITLE: case T_VIDEO: case T_AUDIO: case T_DIALOG: case T_MENU: case T_ASIDE:
    case T_FOOTER: case T_MATH: case T_HEAD: case T_LABEL: case T_FIELDSET:
        return true;
    default:
        return false;
    }
}

static bool block_tag(uint16_t t)
{
    switch (t) {
    case T_ADDRESS: case T_ARTICLE: case T_ASIDE: case T_BLOCKQUOTE: case T_BODY:
    case T_CENTER: case T_DD: case T_DETAILS: case T_DIV: case T_DL: case T_DT:
    case T_FIELDSET: case T_FIGCAPTION: case T_FIGURE: case T_FOOTER: case T_FORM:
    case T_H1: case T_H2: case T_H3: case T_H4: case T_H5: case T_H6: case T_HEADER:
    case T_HR: case T_HTML: case T_LI: case T_MAIN: case T_NAV: case T_OL: case T_P:
    case T_PRE: case T_SECTION: case T_SUMMARY: case T_TABLE: case T_TBODY: case T_TD:
    case T_TH: case T_THEAD: case T_TR: case T_UL: case T_MENU:
        return true;
    default:
        return false;
    }
}

const char *vg_html_attr(const xmlNode *x, const char *name)
{
    for (const xmlAttr *a = x ? x->properties : NULL; a; a = a->next) {
        if (a->name && strcasecmp((const char *)a->name, name) == 0) {
            const xmlNode *t = a->children;
            if (t && t->type == XML_TEXT_NODE && !t->next)
                return t->content ? (const char *)t->content : "";
            return "";
        }
    }
    return NULL;
}

/* Substrings of "class id" (lower case) and what they mean. */
static const char *const boiler_words[] = {
    "comment", "disqus", "share", "sharing", "social", "related", "recommend",
    "newsletter", "subscribe", "signup", "sign-up", "cookie", "consent", "gdpr", "promo",
    "sponsor", "advert", "breadcrumb", "sidebar", "widget", "popup", "modal", "outbrain",
    "taboola", "masthead", "pagination", "pager", "toolbar", "tag-list", "taglist",
    "more-stories", "trending", "most-popular", "mostpopular", "most-read", "read-more",
    "readmore", "footer", "skip-link", "byline", "author-bio", "authorbio", "nav",
    "menu", "banner", "ad-container", "ad-slot", "adslot", "ad-wrapper", "dfp",
    "print-only", "visually-hidden", "sr-only", "screen-reader", "login", "paywall-prompt",
    "inline-related", "see-also", "jump-link", "follow-us", "rating", "subnav", "hidden-",
    "-ad-", "ad_", "ads-", "-ads", "tooltip", "copyright", "disclaimer", "signature",
    "recirc", "you-may-like", "topics", "keywords", "caption", "credit", "rollover",
    "popover", "hovercard", "print-header", "printonly", "print-logo",
};
/* Hints that override a boilerplate word ("comment-body" is not body). */
static const char *const strong_boiler[] = {
    "comment", "disqus", "share", "sharing", "social", "related", "newsletter", "cookie",
    "consent", "outbrain", "taboola", "promo", "advert", "recirc", "most-popular",
    "more-stories", "sidebar", "breadcrumb", "byline", "caption", "credit",
};
static const char *const positive_words[] = {
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post",
    "text", "blog", "story",
};
static const char *const negative_words[] = {
    "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footnote",
    "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share",
    "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget",
    "caption", "byline",
};
static const char *const body_marks[] = {
    "articlebody", "article-body", "article__body", "article_body", "story-body",
    "storybody", "story__body", "post-body", "postbody", "entry-content", "post-content",
    "article-content", "articlecontent", "article__content", "story-content",
    "storycontent", "body-text", "bodytext", "article-text", "articletext",
    "content-body", "article-main", "story-text", "post-entry", "entry-body",
    "single-post-content", "td-post-content", "c-entry-content", "rich-text",
};

static bool has_any(const char *s, const char *const *words, size_t k)
{
    for (size_t i = 0; i < k; i++)
        if (strstr(s, words[i]))
            return true;
    return false;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Class/id weight and flags of one element. */
static void hints(vg_hnode *h)
{
    const char *cls = vg_html_attr(h->x, "class");
    const char *id = vg_html_attr(h->x, "id");
    const char *ip = vg_html_attr(h->x, "itemprop");
    if (ip && strcasecmp(ip, "articleBody") == 0)
        h->flags |= HN_BODYMARK;
    if (!cls && !id)
        return;
    char s[256];
    size_t k = 0;
    for (const char *p = cls; p && *p && k + 2 < sizeof s; p++)
        s[k++] = (char)tolower((unsigned char)*p);
    s[k++] = ' ';
    for (const char *p = id; p && *p && k + 1 < sizeof s; p++)
        s[k++] = (char)tolower((unsigned char)*p);
    s[k] = '\0';
    /* Posts quoted in an article (twitter-tweet, instagram-media,
     * social-media-embed) are part of it, links and all. */
    if (strstr(s, "tweet") || strstr(s, "instagram-media") || strstr(s, "embed"))
        h->flags |= HN_EMBED;
    bool pos = has_any(s, positive_words, COUNT(positive_words));
    if (pos)
        h->weight += 25;
    if (has_any(s, negative_words, COUNT(negative_words)))
        h->weight -= 25;
    if (has_any(s, body_marks, COUNT(body_marks)))
        h->flags |= HN_BODYMARK;
    /* The page's outer frames are never boilerplate, whatever their class
     * says ("page has-sidebar"). */
    if (h->tag == T_BODY || h->tag == T_HTML || h->tag == T_MAIN || h->tag == T_ARTICLE)
        return;
    if (has_any(s, boiler_words, COUNT(boiler_words)) &&
        (!pos || has_any(s, strong_boiler, COUNT(strong_boiler))) &&
        !(h->flags & (HN_BODYMARK | HN_EMBED)))
        h->flags |= HN_BOILER;
}

static bool hidden(const xmlNode *x)
{
    if (vg_html_attr(x, "hidden"))
        return true;
    const char *a = vg_html_attr(x, "aria-hidden");
    if (a && strcasecmp(a, "true") == 0)
        return true;
    const char *st = vg_html_attr(x, "style");
    if (st && (strstr(st, "display:none") || strstr(st, "display: none") ||
               strstr(st, "visibility:hidden") || strstr(st, "visibility: hidden")))
        return true;
    return false;
}

static inline bool is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Code points of non-blank text and commas in a text node. */
static void count_text(const char *p, uint32_t *chars, uint32_t *commas)
{
    uint32_t c = 0, k = 0;
    for (const unsigned char *u = (const unsigned char *)p; *u; u++) {
        if (is_space(*u) || (*u & 0xC0) == 0x80)
            continue;
        if (*u == 0xC2 && u[1] == 0xA0) /* no-break space */
            continue;
        c++;
        if (*u == ',' || (*u == 0xEF && u[1] == 0xBC && u[2] == 0x8C) ||
            (*u == 0xE3 && u[1] == 0x80 && u[2] == 0x81))
            k++;
    }
    *chars += c;
    *commas += k;
}

static vg_err push_node(vg_hdom *d, xmlNode *x, int32_t parent, uint16_t depth)
{
    if (d->n == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 1024;
        vg_hnode *p = realloc(d->node, cap * sizeof *p);
        if (!p)
            return VG_ENOMEM;
        d->node = p;
        d->cap = cap;
    }
    vg_hnode *h = &d->node[d->n];
    memset(h, 0, sizeof *h);
    h->x = x;
    h->parent = parent;
    h->depth = depth;
    h->tag = tag_of(x->name);
    x->_private = (void *)(intptr_t)(d->n + 1);
    d->n++;
    return VG_OK;
}

vg_err vg_html_dom_index(vg_hdom *d)
{
    d->n = 0;
    d->body = d->head = -1;
    xmlNode *root = d->doc ? xmlDocGetRootElement(d->doc) : NULL;
    if (!root)
        return VG_OK;
    /* Pass 1, document order: table, tags, inherited flags, own text. */
    xmlNode *x = root;
    int32_t cur = -1; /* index of x's parent element */
    uint16_t depth = 0;
    vg_err e = VG_OK;
    while (x) {
        if (x->type == XML_ELEMENT_NODE) {
            if ((e = push_node(d, x, cur, depth)) != VG_OK)
                return e;
            int32_t i = (int32_t)d->n - 1;
            vg_hnode *h = &d->node[i];
            uint32_t inherit = cur >= 0 ? d->node[cur].flags &
                                              (HN_DROP | HN_IN_LINK | HN_IN_PRE)
                                        : 0;
            h->flags |= inherit;
            if (junk_tag(h->tag))
                h->flags |= HN_JUNK | HN_DROP;
            if (hidden(x))
                h->flags |= HN_HIDDEN | HN_DROP;
            if (block_tag(h->tag))
                h->flags |= HN_BLOCK;
            if (h->tag >= T_H1 && h->tag <= T_H6)
                h->flags |= HN_HEADING;
            if (h->tag == T_A && vg_html_attr(x, "href"))
                h->flags |= HN_IN_LINK;
            if (h->tag == T_PRE)
                h->flags |= HN_IN_PRE;
            if (h->tag == T_BODY && d->body < 0)
                d->body = i;
            if (h->tag == T_HEAD && d->head < 0)
                d->head = i;
            hints(h);
            if (!(h->flags & HN_DROP)) {
                if (h->tag == T_IMG || h->tag == T_PICTURE)
                    h->imgs = 1;
                else if (h->tag == T_LI)
                    h->lis = 1;
                else if (h->tag == T_INPUT || h->tag == T_SELECT || h->tag == T_TEXTAREA)
                    h->inputs = 1;
                else if (h->tag == T_EMBED || h->tag == T_IFRAME || h->tag == T_OBJECT ||
                         h->tag == T_VIDEO)
                    h->embeds = 1;
                if (h->flags & HN_HEADING)
                    h->heads = 1;
                if (h->tag == T_BR) {
                    int32_t b = cur;
                    while (b >= 0 && !(d->node[b].flags & HN_BLOCK))
                        b = d->node[b].parent;
                    if (b >= 0)
                        d->node[b].brs++;
                }
            }
            if (x->children) {
                cur = i;
                depth++;
                x = x->children;
                continue;
            }
        } else if ((x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) &&
                   x->content && cur >= 0 && !(d->node[cur].flags & HN_DROP)) {
            /* Text belongs to its nearest block ancestor's own text. */
            uint32_t chars = 0, commas = 0;
            count_text((const char *)x->content, &chars, &commas);
            if (chars) {
                d->node[cur].text += chars;
                if (d->node[cur].flags & HN_IN_LINK)
                    d->node[cur].link += chars;
                int32_t b = cur;
                while (b >= 0 && !(d->node[b].flags & HN_BLOCK))
                    b = d->node[b].parent;
                if (b < 0)
                    b = cur;
                d->node[b].own += chars;
                d->node[b].commas += commas;
                if (d->node[cur].flags & HN_IN_LINK)
                    d->node[b].own_link += chars;
            }
        }
        /* Next in document order: sibling, else climb. */
        while (x) {
            if (x->next) {
                x = x->next;
                break;
            }
            x = x->parent;
            if (!x || x == (xmlNode *)d->doc || x->type != XML_ELEMENT_NODE ||
                vg_hdom_id(x) < 0) {
                x = NULL;
                break;
            }
            /* Leaving element x: its subtree ends here. */
            int32_t xi = vg_hdom_id(x);
            d->node[xi].end = (int32_t)d->n;
            cur = d->node[xi].parent;
            depth--;
            if (x == root) {
                x = NULL;
                break;
            }
        }
    }
    /* Leaves and anything the climb did not close. */
    for (size_t i = 0; i < d->n; i++) {
        if (d->node[i].end <= (int32_t)i)
            d->node[i].end = (int32_t)i + 1;
        /* the layout invariant: a subtree is the index range after its root */
        assert(d->node[i].parent < (int32_t)i);
        assert(d->node[i].parent < 0 || d->node[d->node[i].parent].end >= d->node[i].end);
    }
    /* Pass 2, backwards: subtree sums. */
    for (size_t i = d->n; i-- > 0;) {
        vg_hnode *h = &d->node[i];
        if ((h->flags & HN_BLOCK) && h->own >= 25 && !(h->flags & HN_DROP))
            h->paras++;
        if (h->parent >= 0) {
            vg_hnode *p = &d->node[h->parent];
            p->text += h->text;
            p->link += h->link;
            p->paras += h->paras;
            p->imgs += h->imgs;
            p->lis += h->lis;
            p->inputs += h->inputs;
            p->embeds += h->embeds;
            p->heads += h->heads;
        }
    }
    return VG_OK;
}

size_t vg_html_squash(char *s, size_t n)
{
    size_t k = 0;
    bool space = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        bool sp = is_space(c);
        if (!sp && c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
            sp = true;
            i++;
        }
        if (sp) {
            space = k > 0;
            continue;
        }
        if (space)
            s[k++] = ' ';
        space = false;
        s[k++] = (char)c;
    }
    if (k < n)
        s[k] = '\0';
    return k;
}

vg_err vg_html_text_of(const vg_hdom *d, const xmlNode *top, vg_buf *out)
{
    if (!top)
        return VG_OK;
    const xmlNode *x = top->children;
    vg_err e = VG_OK;
    while (x && !e) {
        bool descend = false;
        if (x->type == XML_ELEMENT_NODE) {
            int32_t i = vg_hdom_id(x);
            const vg_hnode *h = i >= 0 ? &d->node[i] : NULL;
            if (h && (h->flags & (HN_JUNK | HN_HIDDEN)))
                descend = false;
            else if (h && h->tag == T_BR)
                e = vg_buf_putc(out, '\n');
            else
                descend = x->children != NULL;
            if (h && (h->flags & HN_BLOCK) && out->n && out->p[out->n - 1] != '\n')
                e = vg_buf_putc(out, '\n');
        } else if (x->type == XML_TEXT_NODE && x->content) {
            e = vg_buf_puts(out, (const char *)x->content);
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
            if (x == top)
                x = NULL;
        }
    }
    return e;
}
