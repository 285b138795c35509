/*
 * vg_read_html.c - HTML pages as documents: one page per ".html"/".htm"
 * file, and the "html" field of JSONL/CSV records (WARC records come
 * through vg_read_warc.c), all through the one extractor of vigie/html.h.
 *
 * What a page gives the document (docs/FORMATS.md, "HTML"):
 *
 *   title  the extracted headline          text  the article body
 *   author authors joined by ", "          url   canonical URL, else the hint
 *   date   the page's publication date, else the crawl date (WARC)
 *   lang   primary subtag of the declared language ("en-US" -> "en")
 *   source vg_read_opts.source, else the page's host ("nytimes.com")
 *
 * In JSONL/CSV the record's own fields win: the page fills only what the
 * record lacks.  The id stays empty (content hash), as for plain text.
 * A page the extractor refuses (over the size cap, binary bytes) is a
 * skipped record with the extractor's reason; a page with no article text
 * is skipped too ("no article text found"), since an empty document
 * would only add noise.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "vg_reader.h"

static vg_err ensure_extractor(vg_reader *r)
{
    if (r->html)
        return VG_OK;
    return vg_html_new(&r->html, r->opts.html);
}

vg_err vg_read_html_fill(vg_reader *r, vg_doc *d, vg_slice page, const char *url,
                         const char *charset, int64_t fetched_at, uint64_t line)
{
    vg_err e = ensure_extractor(r);
    if (e)
        return vg_reader_fail_input(r, e);
    vg_html_hints h = {.url = url, .charset = charset, .fetched_at = fetched_at};
    e = vg_html_extract(r->html, page.p, page.n, &h, &r->hdoc);
    if (e == VG_ENOMEM)
        return vg_reader_fail_input(r, e);
    if (e)
        return vg_reader_fail(r, line, "%s", vg_html_errmsg(r->html));
    r->has_hdoc = true;
    const vg_html_doc *x = &r->hdoc;
    if (!x->text.n && !d->text.n)
        return vg_reader_fail(r, line, "no article text found in the page%s",
                              (x->flags & VG_HTML_TRUNCATED)
                                  ? " (parsing stopped at the element, depth or attribute cap)"
                                  : "");
    if (!d->title.n)
        d->title = x->title;
    if (!d->text.n)
        d->text = x->text;
    if (!d->url.n)
        d->url = url && *url ? (vg_slice){url, strlen(url)} : x->url;
    if (!d->author.n && x->authors.n) {
        vg_buf_reset(&r->hauthors);
        for (size_t i = 0; i < x->authors.n && !e; i++)
            e = x->authors.p[i] == '\n' ? vg_buf_puts(&r->hauthors, ", ")
                                        : vg_buf_putc(&r->hauthors, x->authors.p[i]);
        if (e)
            return vg_reader_fail_input(r, e);
        d->author = (vg_slice){r->hauthors.p, r->hauthors.n};
    }
    if (d->published_at == VG_TIME_NONE)
        d->published_at = x->published_at;
    if (!d->lang.n && x->lang.n) {
        vg_buf_reset(&r->hlang);
        for (size_t i = 0; i < x->lang.n && isalpha((unsigned char)x->lang.p[i]) && !e; i++)
            e = vg_buf_putc(&r->hlang, x->lang.p[i]);
        if (e)
            return vg_reader_fail_input(r, e);
        if (r->hlang.n >= 2 && r->hlang.n <= 3)
            d->lang = (vg_slice){r->hlang.p, r->hlang.n};
    }
    if (!d->source.n && !r->opts.source && x->host.n)
        d->source = x->host;
    if (!d->links.n)
        d->links = x->links;
    return VG_OK;
}

vg_err vg_read_html_next(vg_reader *r, vg_doc *d)
{
    if (r->text_done)
        return VG_DONE;
    r->text_done = true;
    vg_buf_reset(&r->text);
    size_t cap = r->opts.html && r->opts.html->max_bytes ? r->opts.html->max_bytes
                                                          : VG_HTML_MAX_BYTES;
    size_t total = 0;
    for (;;) {
        vg_slice line;
        vg_err e = vg_lines_next(&r->lines, &line);
        if (e == VG_DONE)
            break;
        if (e == VG_ELIMIT || (e == VG_OK && total + line.n > cap)) {
            /* Count the rest without keeping it, for an exact message. */
            total += e == VG_ELIMIT ? r->lines.skipped : line.n;
            while ((e = vg_lines_next(&r->lines, &line)) == VG_OK || e == VG_ELIMIT)
                total += e == VG_ELIMIT ? r->lines.skipped : line.n;
            if (e != VG_DONE)
                return vg_reader_fail_input(r, e);
            return vg_reader_fail(r, 0, "page is %zu bytes, over the limit of %zu", total,
                                  cap);
        }
        if (e)
            return vg_reader_fail_input(r, e);
        total += line.n;
        if (vg_buf_append(&r->text, line.p, line.n))
            return vg_reader_fail_input(r, VG_ENOMEM);
    }
    vg_slice page = {r->text.p ? r->text.p : "", r->text.n};
    vg_err e = vg_read_html_fill(r, d, page, NULL, NULL, VG_TIME_NONE, 0);
    if (e)
        return e;
    vg_reader_finish_doc(r, d, 1);
    return VG_OK;
}

void vg_read_html_free(vg_reader *r)
{
    vg_html_free(r->html);
    r->html = NULL;
    vg_buf_free(&r->hauthors);
    vg_buf_free(&r->hlang);
}
