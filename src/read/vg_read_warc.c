/*
 * vg_read_warc.c - WARC archives (ISO 28500, WARC/1.0 and 1.1, as
 * Heritrix, wget --warc-file and Browsertrix write them), plain or
 * gzip-compressed record by record (vg_input reads the members on).
 *
 *   WARC/1.0\r\n
 *   WARC-Type: response\r\n
 *   WARC-Target-URI: https://example.org/a\r\n
 *   WARC-Date: 2019-11-19T08:00:00Z\r\n
 *   Content-Type: application/http; msgtype=response\r\n
 *   Content-Length: N\r\n
 *   \r\n
 *   <N bytes: HTTP/1.1 200 OK\r\n headers \r\n\r\n payload>
 *   \r\n\r\n
 *
 * One document per record that holds an HTML page: a "response" record
 * whose HTTP status is 2xx and whose Content-Type is text/html or
 * application/xhtml+xml (or absent, when the payload looks like HTML),
 * or a "resource" record of type text/html.  Every other record
 * (warcinfo, request, metadata, revisit, redirects, images) is passed
 * over silently.  The HTTP payload is de-chunked (Transfer-Encoding:
 * chunked) and inflated (Content-Encoding: gzip, deflate) when the
 * crawler stored it raw; its charset parameter goes to the extractor.
 * The record's URL becomes the document's url and its date the fallback
 * publication date.
 *
 * Bad records: a missing or bad Content-Length, a block over max_record,
 * a truncated record, or a broken HTTP header is a skipped record
 * ("FILE:LINE: reason", LINE = the record's "WARC/" line); reading then
 * resumes at the next line that starts with "WARC/".
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <zlib.h>

#include "vg_reader.h"

#define HEADER_MAX 64 /* header lines per record or HTTP message */

static bool blank_line(vg_slice l)
{
    for (size_t i = 0; i < l.n; i++)
        if (l.p[i] != '\r' && l.p[i] != '\n' && l.p[i] != ' ' && l.p[i] != '\t')
            return false;
    return true;
}

/* "Name: value" -> value trimmed, when the name matches. */
static bool header(const char *p, size_t n, const char *name, vg_slice *v)
{
    size_t k = strlen(name);
    if (n <= k || strncasecmp(p, name, k) != 0 || p[k] != ':')
        return false;
    p += k + 1;
    n -= k + 1;
    while (n && (*p == ' ' || *p == '\t')) {
        p++;
        n--;
    }
    while (n && (p[n - 1] == '\r' || p[n - 1] == '\n' || p[n - 1] == ' ' || p[n - 1] == '\t'))
        n--;
    *v = (vg_slice){p, n};
    return true;
}

static bool parse_size(vg_slice v, size_t *out)
{
    size_t x = 0;
    if (!v.n || v.n > 15)
        return false;
    for (size_t i = 0; i < v.n; i++) {
        if (!isdigit((unsigned char)v.p[i]))
            return false;
        x = x * 10 + (size_t)(v.p[i] - '0');
    }
    *out = x;
    return true;
}

static bool starts(vg_slice v, const char *s)
{
    size_t k = strlen(s);
    return v.n >= k && strncasecmp(v.p, s, k) == 0;
}

/* Undo chunked transfer coding in place; false when malformed. */
static bool dechunk(vg_buf *b, size_t start)
{
    char *p = b->p + start, *end = b->p + b->n, *w = p;
    for (;;) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return false;
        size_t size = 0;
        int digits = 0;
        for (char *q = p; q < nl && isxdigit((unsigned char)*q) && digits < 15; q++, digits++)
            size = size * 16 + (size_t)(isdigit((unsigned char)*q) ? *q - '0'
                                                                  : (tolower((unsigned char)*q) - 'a' + 10));
        if (!digits)
            return false;
        p = nl + 1;
        if (size == 0)
            break;
        if (size > (size_t)(end - p))
            size = (size_t)(end - p); /* truncated: keep what there is */
        memmove(w, p, size);
        w += size;
        p += size;
        if (p < end && *p == '\r')
            p++;
        if (p < end && *p == '\n')
            p++;
        if (p >= end)
            break;
    }
    b->n = (size_t)(w - b->p);
    b->p[b->n] = '\0';
    return true;
}

/* Inflate gzip/deflate data into out, up to cap bytes. */
static vg_err inflate_into(const char *p, size_t n, vg_buf *out, size_t cap, bool *ok)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    *ok = false;
    if (inflateInit2(&z, 15 + 32) != Z_OK) /* auto-detect gzip / zlib */
        return VG_ENOMEM;
    z.next_in = (Bytef *)p;
    z.avail_in = (uInt)n;
    vg_err e = VG_OK;
    int rc = Z_OK;
    while (rc == Z_OK) {
        if ((e = vg_buf_reserve(out, 65536)) != VG_OK)
            break;
        z.next_out = (Bytef *)(out->p + out->n);
        z.avail_out = (uInt)(out->cap - out->n - 1);
        rc = inflate(&z, Z_NO_FLUSH);
        out->n = (size_t)((char *)z.next_out - out->p);
        out->p[out->n] = '\0';
        if (out->n > cap)
            break;
        if (rc == Z_BUF_ERROR && z.avail_in == 0)
            break;
    }
    *ok = rc == Z_STREAM_END || (out->n > 0 && out->n <= cap);
    inflateEnd(&z);
    return e;
}

/*
 * Read the record's content block, len bytes, into warc.block when keep
 * (else read past it).  The block is read as lines, so the last line may
 * run into the "\r\n\r\n" separator; that tail is cut off.  VG_DONE when
 * the input ends first (a truncated record).
 */
static vg_err read_block(vg_reader *r, size_t len, bool keep)
{
    vg_warc_state *w = &r->warc;
    vg_buf_reset(&w->block);
    size_t got = 0;
    while (got < len) {
        vg_slice line;
        vg_err e = vg_lines_next(&r->lines, &line);
        if (e == VG_ELIMIT) {
            got += r->lines.skipped;
            keep = false;
            continue;
        }
        if (e)
            return e;
        if (keep && vg_buf_append(&w->block, line.p, line.n))
            return VG_ENOMEM;
        got += line.n;
    }
    if (keep && w->block.n > len) {
        w->block.n = len; /* the rest was the record separator */
        w->block.p[len] = '\0';
    }
    return VG_OK;
}

/* Whether a record holds an HTML page; fills body (payload) and charset. */
static vg_err http_payload(vg_reader *r, bool response, char *charset, size_t cscap,
                           bool *html, uint64_t line)
{
    vg_warc_state *w = &r->warc;
    const char *p = w->block.p ? w->block.p : "";
    size_t n = w->block.n;
    vg_slice ctype = {NULL, 0}, tenc = {NULL, 0}, cenc = {NULL, 0};
    size_t off = 0;
    *html = false;
    charset[0] = '\0';
    if (response) {
        /* status line */
        const char *nl = memchr(p, '\n', n);
        if (!nl || n < 12 || strncmp(p, "HTTP/", 5) != 0) {
            vg_reader_fail(r, line, "response record without an HTTP status line");
            return VG_EPARSE;
        }
        const char *sp = memchr(p, ' ', (size_t)(nl - p));
        if (!sp || nl - sp < 4 || sp[1] != '2')
            return VG_OK; /* not 2xx: a redirect or an error page */
        off = (size_t)(nl - p) + 1;
        int lines = 0;
        for (;;) {
            if (off >= n) {
                vg_reader_fail(r, line, "HTTP header not terminated by a blank line");
                return VG_EPARSE;
            }
            const char *le = memchr(p + off, '\n', n - off);
            size_t ln = le ? (size_t)(le - (p + off)) + 1 : n - off;
            vg_slice l = {p + off, ln};
            off += ln;
            if (blank_line(l))
                break;
            if (++lines > 200) {
                vg_reader_fail(r, line, "HTTP header has over 200 lines");
                return VG_EPARSE;
            }
            vg_slice v;
            if (header(l.p, l.n, "Content-Type", &v))
                ctype = v;
            else if (header(l.p, l.n, "Transfer-Encoding", &v))
                tenc = v;
            else if (header(l.p, l.n, "Content-Encoding", &v))
                cenc = v;
        }
    }
    if (ctype.n && !starts(ctype, "text/html") && !starts(ctype, "application/xhtml"))
        return VG_OK;
    vg_buf_reset(&w->body);
    if (cenc.n && (starts(cenc, "gzip") || starts(cenc, "x-gzip") || starts(cenc, "deflate"))) {
        vg_buf raw = VG_BUF_INIT;
        vg_err e = vg_buf_append(&raw, p + off, n - off);
        if (!e && tenc.n && starts(tenc, "chunked") && !dechunk(&raw, 0)) {
            vg_buf_free(&raw);
            vg_reader_fail(r, line, "bad chunked transfer coding");
            return VG_EPARSE;
        }
        bool ok = false;
        if (!e)
            e = inflate_into(raw.p ? raw.p : "", raw.n, &w->body, r->opts.max_record, &ok);
        vg_buf_free(&raw);
        if (e)
            return e;
        if (!ok) {
            vg_reader_fail(r, line, "payload is not valid %.*s data", (int)cenc.n, cenc.p);
            return VG_EPARSE;
        }
    } else {
        if (vg_buf_append(&w->body, p + off, n - off))
            return VG_ENOMEM;
        if (tenc.n && starts(tenc, "chunked") && !dechunk(&w->body, 0)) {
            vg_reader_fail(r, line, "bad chunked transfer coding");
            return VG_EPARSE;
        }
    }
    if (!ctype.n && !vg_html_sniff(w->body.p ? w->body.p : "", w->body.n))
        return VG_OK;
    if (ctype.n) {
        size_t k = 0;
        /* charset=... in the header value */
        for (size_t i = 0; i + 8 <= ctype.n; i++) {
            if (strncasecmp(ctype.p + i, "charset=", 8) != 0)
                continue;
            i += 8;
            while (i < ctype.n && (ctype.p[i] == '"' || ctype.p[i] == '\''))
                i++;
            while (i < ctype.n && k + 1 < cscap &&
                   (isalnum((unsigned char)ctype.p[i]) || ctype.p[i] == '-' ||
                    ctype.p[i] == '_' || ctype.p[i] == '.' || ctype.p[i] == ':'))
                charset[k++] = ctype.p[i++];
            break;
        }
        charset[k] = '\0';
    }
    *html = true;
    return VG_OK;
}

vg_err vg_read_warc_next(vg_reader *r, vg_doc *d)
{
    vg_warc_state *w = &r->warc;
    for (;;) {
        vg_slice line;
        vg_err e = vg_lines_next(&r->lines, &line);
        if (e == VG_DONE)
            return e;
        if (e == VG_ELIMIT)
            continue; /* an over-long line between records: resync goes on */
        if (e)
            return vg_reader_fail_input(r, e);
        if (blank_line(line))
            continue;
        if (line.n < 5 || memcmp(line.p, "WARC/", 5) != 0) {
            if (w->resync)
                continue;
            w->resync = true;
            return vg_reader_fail(r, r->lines.lineno,
                                  "expected a WARC record header (\"WARC/1.0\"); skipping "
                                  "to the next one");
        }
        w->resync = false;
        uint64_t at = r->lines.lineno;
        /* record header */
        vg_slice v;
        bool have_len = false, bad_len = false;
        size_t len = 0;
        char type[32] = "", ctype[96] = "";
        vg_buf_reset(&w->uri);
        vg_buf_reset(&w->date);
        int nh = 0;
        for (;;) {
            e = vg_lines_next(&r->lines, &line);
            if (e == VG_DONE) {
                return vg_reader_fail(r, at, "truncated record (end of input in its header)");
            }
            if (e == VG_ELIMIT) {
                w->resync = true;
                return vg_reader_fail(r, at, "record header line over %zu bytes",
                                      r->opts.max_record);
            }
            if (e)
                return vg_reader_fail_input(r, e);
            if (blank_line(line))
                break;
            if (++nh > HEADER_MAX * 4) {
                w->resync = true;
                return vg_reader_fail(r, at, "record header has over %d lines", HEADER_MAX * 4);
            }
            if (header(line.p, line.n, "WARC-Type", &v))
                snprintf(type, sizeof type, "%.*s", (int)v.n, v.p);
            else if (header(line.p, line.n, "WARC-Target-URI", &v)) {
                /* WARC 1.0 examples wrap the URI in <>. */
                if (v.n >= 2 && v.p[0] == '<' && v.p[v.n - 1] == '>') {
                    v.p++;
                    v.n -= 2;
                }
                if (vg_buf_append(&w->uri, v.p, v.n))
                    return vg_reader_fail_input(r, VG_ENOMEM);
            } else if (header(line.p, line.n, "WARC-Date", &v)) {
                if (vg_buf_append(&w->date, v.p, v.n))
                    return vg_reader_fail_input(r, VG_ENOMEM);
            } else if (header(line.p, line.n, "Content-Length", &v)) {
                have_len = parse_size(v, &len);
                bad_len = !have_len;
            } else if (header(line.p, line.n, "Content-Type", &v)) {
                snprintf(ctype, sizeof ctype, "%.*s", (int)v.n, v.p);
            }
        }
        if (!have_len) {
            w->resync = true;
            return vg_reader_fail(r, at, "record has %s Content-Length",
                                  bad_len ? "a bad" : "no");
        }
        bool response = strcasecmp(type, "response") == 0;
        bool resource = strcasecmp(type, "resource") == 0;
        vg_slice ct = {ctype, strlen(ctype)};
        bool wanted = (response && starts(ct, "application/http")) ||
                      (resource && (starts(ct, "text/html") || starts(ct, "application/xhtml")));
        bool keep = wanted && len <= r->opts.max_record;
        e = read_block(r, len, keep);
        if (e == VG_DONE)
            return vg_reader_fail(r, at, "truncated record (%zu bytes announced)", len);
        if (e)
            return vg_reader_fail_input(r, e);
        if (!wanted)
            continue;
        if (!keep)
            return vg_reader_fail(r, at, "record is %zu bytes, over the limit of %zu", len,
                                  r->opts.max_record);
        char charset[VG_NUM_MAX];
        bool html = false;
        e = http_payload(r, response, charset, sizeof charset, &html, at);
        if (e)
            return e == VG_EPARSE ? e : vg_reader_fail_input(r, e);
        if (!html)
            continue;
        int64_t fetched = VG_TIME_NONE;
        if (w->date.n && vg_date_parse(w->date.p, w->date.n, &fetched) != VG_OK)
            fetched = VG_TIME_NONE;
        vg_slice page = {w->body.p ? w->body.p : "", w->body.n};
        if (w->uri.n)
            d->url = (vg_slice){w->uri.p, w->uri.n};
        e = vg_read_html_fill(r, d, page, w->uri.n ? w->uri.p : NULL, charset, fetched, at);
        if (e)
            return e;
        vg_reader_finish_doc(r, d, at);
        return VG_OK;
    }
}

void vg_read_warc_free(vg_reader *r)
{
    vg_buf_free(&r->warc.block);
    vg_buf_free(&r->warc.body);
    vg_buf_free(&r->warc.uri);
    vg_buf_free(&r->warc.date);
}
