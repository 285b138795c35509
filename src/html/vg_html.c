/*
 * vg_html.c - the public extractor (vigie/html.h): refuse what is not a
 * page, decode to UTF-8, parse with libxml2 under caps, then run the
 * metadata and body passes.
 *
 * Parser choice (measured, docs/EXTRACTION.md): libxml2's HTML parser,
 * maintained and used by lxml and trafilatura; MyHTML is faster but no
 * longer developed, Gumbo slower.  libxml2's parser is not an HTML5 tree
 * builder: it recovers from broken markup in its own (HTML4-era) way,
 * e.g. it does not reparent misnested formatting elements the way the
 * HTML5 adoption agency does.  The extractor only needs blocks and text,
 * which both handle alike on real pages.
 *
 * Caps, so that no page can take unbounded time or memory:
 *   - a page over max_bytes is refused before parsing (VG_ELIMIT);
 *   - a SAX hook counts elements and their attributes and watches the
 *     open-element depth, and stops the parser past max_nodes or
 *     max_depth; what was parsed so far
 *     is kept and the document is flagged VG_HTML_TRUNCATED.
 *   - a start tag with over VG_HTML_MAX_ATTRS attributes ends the page
 *     before parsing (libxml2's duplicate check is quadratic).
 * libxml2 is called with RECOVER|NONET|NOERROR|NOWARNING|COMPACT, never
 * HUGE, and the parser context gets its own silent error handlers: the
 * library never prints, and libxml2's process-wide handlers are untouched.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include "vg_html_charset.h"
#include "vg_html_dom.h"

struct vg_html {
    vg_html_opts opts;
    vg_buf decoded;     /* page as UTF-8 when it had to be converted */
    vg_hdom dom;
    vg_hmeta meta;
    vg_hbody body;
    vg_buf msg;
    char charset[VG_CHARSET_NAME_MAX];
    /* parse-time counters, read by the SAX hook */
    size_t elements;
    bool truncated;
    startElementSAXFunc sax_start; /* libxml2's own handler */
};

vg_err vg_html_new(vg_html **out, const vg_html_opts *opts)
{
    *out = calloc(1, sizeof **out);
    if (!*out)
        return VG_ENOMEM;
    if (opts)
        (*out)->opts = *opts;
    vg_html_opts *o = &(*out)->opts;
    if (!o->max_bytes)
        o->max_bytes = VG_HTML_MAX_BYTES;
    if (!o->max_nodes)
        o->max_nodes = VG_HTML_MAX_NODES;
    /* libxml2 gives up silently past 256 open elements (without
     * HTML_PARSE_HUGE); stopping a little earlier ourselves makes the cut
     * visible as VG_HTML_TRUNCATED. */
    if (!o->max_depth || o->max_depth > VG_HTML_MAX_DEPTH)
        o->max_depth = VG_HTML_MAX_DEPTH;
    return VG_OK;
}

const char *vg_html_errmsg(const vg_html *x)
{
    return x && x->msg.p ? x->msg.p : "";
}

static void quiet(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

static void quiet_structured(void *ctx, xmlErrorPtr err)
{
    (void)ctx;
    (void)err;
}

/* The SAX hook: count, check the caps, then let libxml2 build the node. */
static void on_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
    htmlParserCtxtPtr c = ctx;
    vg_html *x = c->_private;
    /* Attributes count as nodes too: a few elements with millions of
     * attributes would otherwise build a huge tree from a small page. */
    size_t n = 1;
    for (const xmlChar **a = atts; a && a[0]; a += 2)
        n++;
    x->elements += n;
    if (x->elements > x->opts.max_nodes || (unsigned)c->nameNr > x->opts.max_depth) {
        x->truncated = true;
        xmlStopParser(c);
        return;
    }
    x->sax_start(ctx, name, atts);
}

int vg_html_sniff(const char *p, size_t n)
{
    static const char *const heads[] = {"<!doctype html", "<html", "<head", "<body",
                                        "<meta",          "<title", "<!--", "<?xml"};
    if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
        p += 3;
        n -= 3;
    }
    while (n && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')) {
        p++;
        n--;
    }
    for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
        size_t k = strlen(heads[i]);
        if (n >= k && strncasecmp(p, heads[i], k) == 0)
            return 1;
    }
    return 0;
}

/* Bytes that are clearly not a page: known binary magics, or many NULs /
 * control bytes at the start (UTF-16 pages have a BOM and pass). */
static const char *binary(const char *p, size_t n)
{
    static const struct {
        const char *magic;
        size_t n;
        const char *what;
    } magics[] = {
        {"\x89PNG", 4, "a PNG image"},   {"GIF8", 4, "a GIF image"},
        {"\xFF\xD8\xFF", 3, "a JPEG image"}, {"%PDF", 4, "a PDF document"},
        {"PK\x03\x04", 4, "a ZIP archive"}, {"\x7F" "ELF", 4, "an executable"},
        {"\x1F\x8B", 2, "gzip data"},    {"\x28\xB5\x2F\xFD", 4, "zstd data"},
        {"RIFF", 4, "a RIFF (WebP/WAV) file"}, {"OggS", 4, "an Ogg file"},
        {"\x00\x00\x00", 3, "binary data"},
    };
    for (size_t i = 0; i < sizeof magics / sizeof magics[0]; i++)
        if (n >= magics[i].n && memcmp(p, magics[i].magic, magics[i].n) == 0)
            return magics[i].what;
    if (n >= 2 && (((unsigned char)p[0] == 0xFF && (unsigned char)p[1] == 0xFE) ||
                   ((unsigned char)p[0] == 0xFE && (unsigned char)p[1] == 0xFF)))
        return NULL;
    size_t k = n < 4096 ? n : 4096, ctl = 0;
    for (size_t i = 0; i < k; i++) {
        unsigned char c = (unsigned char)p[i];
        ctl += c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f');
    }
    if (k >= 16 && ctl * 10 > k)
        return "binary data (control bytes)";
    return NULL;
}

/*
 * Where to cut the page so that no start tag has more than
 * VG_HTML_MAX_ATTRS attributes: libxml2 2.9 checks each attribute of a tag
 * against all the earlier ones, so one tag with a million attributes
 * (15 MB) would take hours.  A linear scan, approximate outside real tags
 * (a '<' in a script starts a pseudo-tag), which only matters past the
 * cap.  Returns n when nothing needs cutting.
 */
#define VG_HTML_MAX_ATTRS 1000
static size_t attr_cut(const char *p, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++) {
        if (p[i] != '<' || !((p[i + 1] | 0x20) >= 'a' && (p[i + 1] | 0x20) <= 'z'))
            continue;
        size_t start = i, attrs = 0;
        bool raw = n - i > 7 && (strncasecmp(p + i + 1, "script", 6) == 0 ||
                                 strncasecmp(p + i + 1, "style", 5) == 0);
        for (i += 2; i < n && p[i] != '>'; i++) {
            char c = p[i];
            if (c == '"' || c == '\'') {
                const char *q = memchr(p + i + 1, c, n - i - 1);
                i = q ? (size_t)(q - p) : n;
                continue;
            }
            /* an attribute: white space, a name, '=' */
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f')
                continue;
            size_t j = i + 1;
            while (j < n && (((p[j] | 0x20) >= 'a' && (p[j] | 0x20) <= 'z') ||
                             (p[j] >= '0' && p[j] <= '9') || p[j] == '-' || p[j] == '_' ||
                             p[j] == ':'))
                j++;
            if (j > i + 1 && j < n && p[j] == '=' && ++attrs > VG_HTML_MAX_ATTRS)
                return start;
            i = j - 1;
        }
        /* Script and style bodies are not markup: go to their end tag. */
        if (raw && i < n) {
            const char *e = p + i;
            while ((e = memchr(e, '<', (size_t)(p + n - e))) != NULL) {
                /* The page is not NUL-terminated: compare only what is left. */
                size_t left = (size_t)(p + n - e);
                if (left > 2 && e[1] == '/' &&
                    ((left >= 8 && strncasecmp(e + 2, "script", 6) == 0) ||
                     (left >= 7 && strncasecmp(e + 2, "style", 5) == 0)))
                    break;
                e++;
            }
            i = e ? (size_t)(e - p) : n;
        }
    }
    return n;
}

static void free_dom(vg_html *x)
{
    if (x->dom.doc)
        xmlFreeDoc(x->dom.doc);
    x->dom.doc = NULL;
    x->dom.n = 0;
}

static vg_err fail(vg_html *x, vg_err e, const char *what)
{
    vg_buf_reset(&x->msg);
    vg_buf_puts(&x->msg, what);
    return e;
}

vg_err vg_html_extract(vg_html *x, const char *page, size_t n, const vg_html_hints *hints,
                       vg_html_doc *doc)
{
    memset(doc, 0, sizeof *doc);
    doc->published_at = VG_TIME_NONE;
    vg_buf_reset(&x->msg);
    free_dom(x);
    if (n > x->opts.max_bytes) {
        vg_buf_reset(&x->msg);
        vg_buf_printf(&x->msg, "page is %zu bytes, over the limit of %zu", n,
                      x->opts.max_bytes);
        return VG_ELIMIT;
    }
    const char *bin = binary(page, n);
    if (bin) {
        vg_buf_reset(&x->msg);
        vg_buf_printf(&x->msg, "not HTML: %s", bin);
        return VG_EFORMAT;
    }
    vg_slice utf8;
    bool bad = false;
    vg_err e = vg_html_decode(page, n, hints ? hints->charset : NULL, &x->decoded, &utf8,
                              x->charset, &bad);
    if (e)
        return fail(x, e, "out of memory");
    if (utf8.n > (size_t)INT32_MAX)
        return fail(x, VG_ELIMIT, "page too large for the parser");
    size_t keep = attr_cut(utf8.p, utf8.n);
    bool cut = keep < utf8.n;
    utf8.n = keep;

    /* Parse, with the SAX hook in front of libxml2's tree builder. */
    htmlParserCtxtPtr c = htmlNewParserCtxt();
    if (!c)
        return fail(x, VG_ENOMEM, "out of memory");
    /* Errors go to this context's own handlers, never to stderr, and the
     * process-wide libxml2 handlers are left alone. */
    c->sax->serror = quiet_structured;
    c->sax->error = quiet;
    c->sax->warning = quiet;
    x->sax_start = c->sax->startElement;
    c->sax->startElement = on_start;
    c->_private = x;
    x->elements = 0;
    x->truncated = cut;
    const char *url = hints && hints->url ? hints->url : NULL;
    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
               HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC |
               HTML_PARSE_NODEFDTD;
    x->dom.doc = htmlCtxtReadMemory(c, utf8.n ? utf8.p : " ", utf8.n ? (int)utf8.n : 1, url,
                                    "UTF-8", opts);
    htmlFreeParserCtxt(c);
    if (!x->dom.doc)
        return fail(x, VG_EFORMAT, "the HTML parser produced no document");
    e = vg_html_dom_index(&x->dom);
    if (!e)
        e = vg_html_meta(&x->dom, hints, &x->meta);
    if (!e)
        e = vg_html_body(&x->dom, &x->meta, &x->body);
    if (e) {
        free_dom(x);
        return fail(x, e, "out of memory");
    }
    vg_hmeta *m = &x->meta;
#define SL(b) ((vg_slice){(b).p ? (b).p : "", (b).n})
    doc->title = SL(m->title);
    doc->text = SL(x->body.text);
    doc->authors = SL(m->authors);
    doc->url = SL(m->url);
    doc->site = SL(m->site);
    doc->host = SL(m->host);
    doc->lang = SL(m->lang);
    doc->description = SL(m->desc);
    doc->links = SL(x->body.links);
    doc->charset = (vg_slice){x->charset, strlen(x->charset)};
    doc->date_source = SL(m->date_src);
#undef SL
    doc->published_at = m->published_at;
    /* A dateline opening the body ("Nov. 19, 2019 - ..."), when the page
     * says nothing else; only its first 100 bytes, where a dateline sits,
     * so that dates the story mentions are not taken for its own. */
    if (doc->published_at == VG_TIME_NONE && x->body.stamp_date != VG_TIME_NONE) {
        doc->published_at = x->body.stamp_date;
        doc->date_source = (vg_slice){"byline", 6};
    }
    if (doc->published_at == VG_TIME_NONE && doc->text.n) {
        int64_t t = vg_html_text_date(doc->text.p, doc->text.n < 100 ? doc->text.n : 100);
        if (t != VG_TIME_NONE) {
            doc->published_at = t;
            doc->date_source = (vg_slice){"dateline", 8};
        }
    }
    if (doc->published_at == VG_TIME_NONE && hints && hints->fetched_at != VG_TIME_NONE &&
        hints->fetched_at != 0) {
        doc->published_at = hints->fetched_at;
        doc->flags |= VG_HTML_DATE_FETCH;
    }
    if (x->truncated)
        doc->flags |= VG_HTML_TRUNCATED;
    if (bad)
        doc->flags |= VG_HTML_BAD_BYTES;
    if (!doc->text.n)
        doc->flags |= VG_HTML_NO_BODY;
    /* The tree is not needed any more: give its memory back now, so an
     * idle extractor holds only its text buffers. */
    free_dom(x);
    return VG_OK;
}

void vg_html_free(vg_html *x)
{
    if (!x)
        return;
    free_dom(x);
    free(x->dom.node);
    vg_buf_free(&x->decoded);
    vg_hmeta_free(&x->meta);
    vg_hbody_free(&x->body);
    vg_buf_free(&x->msg);
    free(x);
}
