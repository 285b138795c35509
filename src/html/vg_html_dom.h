/*
 * vg_html_dom.h - the extractor's view of a parsed page, shared by the
 * metadata pass (vg_html_meta.c) and the body pass (vg_html_body.c).
 *
 * libxml2 builds the tree; vg_html_dom_index() then lays its elements out
 * in one array in document order, so a subtree is the index range
 * [i + 1, node[i].end) and every bottom-up sum is one backward loop with
 * no recursion.  Each xmlNode's _private holds its index + 1.
 *
 *   node[0] = <html>   end = N
 *   node[1] =   <head> end = k
 *   ...
 *   node[k] =   <body> end = N
 *
 * Text lengths count code points of visible text, white space left out,
 * so density ratios mean the same for Latin and CJK pages.
 */
#ifndef VG_HTML_DOM_H
#define VG_HTML_DOM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "vg_buf.h"
#include "vigie/err.h"
#include "vigie/html.h"

/* Tags the extractor tells apart; everything else is T_OTHER (inline). */
typedef enum vg_htag {
    T_OTHER = 0,
    T_A, T_ARTICLE, T_ASIDE, T_BLOCKQUOTE, T_BODY, T_BR, T_BUTTON, T_CANVAS, T_CENTER,
    T_CODE, T_DD, T_DETAILS, T_DIALOG, T_DIV, T_DL, T_DT, T_EMBED, T_FIELDSET, T_FIGCAPTION,
    T_FIGURE, T_FOOTER, T_FORM, T_H1, T_H2, T_H3, T_H4, T_H5, T_H6, T_HEAD, T_HEADER, T_HR,
    T_HTML, T_IFRAME, T_IMG, T_INPUT, T_LABEL, T_LI, T_LINK, T_MAIN, T_MENU, T_META, T_NAV,
    T_NOSCRIPT, T_OBJECT, T_OL, T_OPTION, T_P, T_PICTURE, T_PRE, T_SCRIPT, T_SECTION,
    T_SELECT, T_STYLE, T_SUMMARY, T_SVG, T_TABLE, T_TBODY, T_TD, T_TEMPLATE, T_TEXTAREA,
    T_TH, T_THEAD, T_TIME, T_TITLE, T_TR, T_UL, T_VIDEO, T_AUDIO, T_ADDRESS, T_MATH,
    T_COUNT
} vg_htag;

/* vg_hnode.flags */
enum {
    HN_JUNK = 1u << 0,     /* never content: script, style, nav, forms... */
    HN_HIDDEN = 1u << 1,   /* hidden attribute, aria-hidden, display:none */
    HN_BLOCK = 1u << 2,    /* starts a new paragraph */
    HN_IN_LINK = 1u << 3,  /* inside an <a href> */
    HN_BOILER = 1u << 4,   /* class/id says boilerplate (share, comments...) */
    HN_BODYMARK = 1u << 5, /* class/id/itemprop names the article body */
    HN_DROP = 1u << 6,     /* dropped by the junk pass (with its subtree) */
    HN_HEADING = 1u << 7,  /* h1-h6 */
    HN_IN_PRE = 1u << 8,   /* inside <pre>: white space is kept */
    HN_EMBED = 1u << 9     /* class names an embedded post (tweet, instagram) */
};

typedef struct vg_hnode {
    xmlNode *x;        /* borrowed from the libxml2 tree */
    int32_t parent;    /* index of the parent element, -1 for the root */
    int32_t end;       /* one past the last descendant */
    uint16_t tag;      /* vg_htag */
    uint16_t depth;
    uint32_t flags;    /* HN_* */
    int32_t weight;    /* class/id weight: +25 article-like, -25 boilerplate */
    uint32_t text;     /* code points of visible text in the subtree */
    uint32_t link;     /* ... of it inside links */
    uint32_t own;      /* ... directly in this block (not in nested blocks) */
    uint32_t own_link;
    uint32_t commas;   /* commas in own text */
    uint32_t paras;    /* paragraphs (blocks with >= 25 own code points) in subtree */
    uint32_t imgs, lis, inputs, embeds, heads;
    uint32_t brs;      /* <br> directly in this block's own text */
    float score;       /* content score (readability-like, see vg_html_body.c) */
} vg_hnode;

typedef struct vg_hdom {
    xmlDoc *doc;       /* owned by the extractor */
    vg_hnode *node;    /* owned, count n */
    size_t n, cap;
    int32_t body;      /* index of <body>, -1 if none */
    int32_t head;      /* index of <head>, -1 if none */
} vg_hdom;

/* Build the node table of d->doc (sets tags, flags, weights, text stats). */
vg_err vg_html_dom_index(vg_hdom *d);

/* Index of an xmlNode in the table, or -1. */
static inline int32_t vg_hdom_id(const xmlNode *x)
{
    return x && x->_private ? (int32_t)((intptr_t)x->_private - 1) : -1;
}

/* Attribute value of x (borrowed from the tree, NULL if absent). */
const char *vg_html_attr(const xmlNode *x, const char *name);

/*
 * Append the visible text of the subtree at x to out: white space
 * collapsed to one space (kept inside <pre>), <br> as '\n'.  Hidden and
 * junk elements are skipped.
 */
vg_err vg_html_text_of(const vg_hdom *d, const xmlNode *x, vg_buf *out);

/* Trim and collapse white space of s in place (returns the new length). */
size_t vg_html_squash(char *s, size_t n);

/* Metadata pass: everything but the body (vg_html_meta.c).  Writes into
 * the owned buffers of m and sets the slices of doc; the title is also
 * used by the body pass. */
typedef struct vg_hmeta {
    vg_buf title, authors, url, site, host, lang, desc, date_src, base;
    vg_buf scratch;
    int64_t published_at;
} vg_hmeta;
vg_err vg_html_meta(const vg_hdom *d, const vg_html_hints *hints, vg_hmeta *m);
/* A date written out on the page ("November 19, 2019", "19 Nov 2019",
 * "2019-11-19"): seconds UTC at midnight, or VG_TIME_NONE. */
int64_t vg_html_text_date(const char *p, size_t n);
void vg_hmeta_free(vg_hmeta *m);

/* Body pass (vg_html_body.c): text and links into out/links. */
typedef struct vg_hbody {
    vg_buf text, links, scratch;
    int64_t stamp_date;    /* a date in a byline/time-stamp line dropped
                              from the body ("By X on Nov. 18, 2019"), or
                              VG_TIME_NONE */
    struct vg_hpara *para; /* owned, paragraphs of the current page */
    size_t npara, cap;
} vg_hbody;
vg_err vg_html_body(vg_hdom *d, const vg_hmeta *m, vg_hbody *b);
void vg_hbody_free(vg_hbody *b);

#endif
