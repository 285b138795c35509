/*
 * vigie/html.h - main-text extraction from HTML pages.
 *
 * A vg_html extractor turns the bytes of one web page into a clean
 * document: the article's title (without the site's suffix), its body text
 * with paragraph breaks kept and without menus, related-article lists,
 * comment sections, cookie banners, share bars or footers, and its
 * metadata (authors, publication date, canonical URL, site name, language,
 * the links inside the body).
 *
 *   bytes --charset sniff (BOM, HTTP header, <meta>, UTF-8 check, cp1252)
 *         --> UTF-8 --> libxml2 HTML parser (bounded: size, elements, depth)
 *         --> metadata (JSON-LD, OpenGraph/article meta, <time>, dateline)
 *         --> body: scoring over the DOM (text and link density, tag and
 *             class/id hints, paragraph structure) --> text
 *
 * The algorithm, the caps and the charset rules: docs/EXTRACTION.md.
 *
 * One extractor serves many pages, one after the other (it keeps its
 * buffers); it is not shared between threads.  Every slice of a
 * vg_html_doc is UTF-8, points into the extractor and is valid until the
 * next vg_html_extract() or vg_html_free() on it.
 */
#ifndef VIGIE_HTML_H
#define VIGIE_HTML_H

#include <stddef.h>
#include <stdint.h>

#include "vigie/doc.h"
#include "vigie/err.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Caps (0 in vg_html_opts picks the default). */
#define VG_HTML_MAX_BYTES ((size_t)16 << 20) /* a bigger page is refused */
#define VG_HTML_MAX_NODES ((size_t)500000)    /* elements + attributes parsed, then cut */
#define VG_HTML_MAX_DEPTH 250u                 /* nesting parsed, then cut (at most
                                                  250: libxml2 stops at 256) */

typedef struct vg_html_opts {
    size_t max_bytes;   /* longest page accepted, bytes; 0 = VG_HTML_MAX_BYTES */
    size_t max_nodes;   /* elements + attributes kept before parsing stops; 0 = default */
    unsigned max_depth; /* element nesting kept before parsing stops; 0 = default;
                           at most VG_HTML_MAX_DEPTH */
} vg_html_opts;

/* What the caller knows about a page besides its bytes (all optional). */
typedef struct vg_html_hints {
    const char *url;     /* borrowed: the URL it was fetched from (base for links) */
    const char *charset; /* borrowed: charset from an HTTP Content-Type header */
    int64_t fetched_at;  /* crawl time (WARC-Date), VG_TIME_NONE if unknown */
} vg_html_hints;

/* vg_html_doc.flags */
enum {
    VG_HTML_TRUNCATED = 1u << 0, /* parsing stopped at the element or depth cap */
    VG_HTML_BAD_BYTES = 1u << 1, /* invalid bytes for the charset were replaced */
    VG_HTML_NO_BODY = 1u << 2,   /* no main text found (text is empty) */
    VG_HTML_DATE_FETCH = 1u << 3 /* published_at is the crawl time: no date on the page */
};

typedef struct vg_html_doc {
    vg_slice title;      /* headline, site suffix removed */
    vg_slice text;       /* body, paragraphs separated by "\n\n" */
    vg_slice authors;    /* '\n'-separated names */
    vg_slice url;        /* canonical URL (link rel=canonical, og:url, hint) */
    vg_slice site;       /* site name (og:site_name, JSON-LD publisher, host) */
    vg_slice host;       /* host name of url, lower-case, without "www." */
    vg_slice lang;       /* language tag as the page declares it, lower-case */
    vg_slice description;/* meta description / og:description */
    vg_slice links;      /* absolute http(s) links inside the body, '\n'-separated */
    vg_slice charset;    /* the charset the page was decoded from */
    vg_slice date_source;/* where published_at came from ("json-ld", "meta", ...) */
    int64_t published_at;/* seconds UTC, VG_TIME_NONE if unknown */
    uint32_t flags;      /* VG_HTML_* bits */
} vg_html_doc;

typedef struct vg_html vg_html;

/* Make an extractor; opts may be NULL.  Caller frees with vg_html_free(). */
vg_err vg_html_new(vg_html **out, const vg_html_opts *opts);

/*
 * Extract page[0..n) into *doc.  hints may be NULL.  Returns VG_OK (doc
 * filled; a page with no recognisable article gives an empty text and
 * VG_HTML_NO_BODY), VG_ELIMIT for a page over max_bytes, VG_EFORMAT for
 * bytes that are not HTML (binary content: NUL-rich or a known binary
 * magic), VG_ENOMEM.  The reason is in vg_html_errmsg().
 */
vg_err vg_html_extract(vg_html *x, const char *page, size_t n, const vg_html_hints *hints,
                       vg_html_doc *doc);

/* The last error message (no file name: the caller adds it); never NULL. */
const char *vg_html_errmsg(const vg_html *x);

void vg_html_free(vg_html *x);

/*
 * Whether bytes look like an HTML page (after any BOM and blanks: "<!doctype
 * html", "<html", "<head", "<body", "<meta", "<title", or "<!--").  Used to
 * route unnamed inputs.
 */
int vg_html_sniff(const char *p, size_t n);

#ifdef __cplusplus
}
#endif
#endif
