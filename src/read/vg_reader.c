/*
 * vg_reader.c - the public reader: walks the files behind a path, picks a
 * format per file and hands records out one at a time (see vigie/read.h).
 *
 * Life of a reader:
 *
 *   open:  merge the mapping with the defaults, start the walk
 *   next:  [no file open] -> next file from the walk, open input + lines,
 *          detect format -> format next() -> VG_OK / VG_EPARSE returned;
 *          VG_DONE closes the file and loops; any other error closes the
 *          file and is returned (the following call goes on with the next
 *          file of a folder)
 *
 * Out of memory is sticky: once seen, every later call returns it.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "vg_reader.h"

#define DEFAULT_MAX_FIELD ((size_t)8 << 20)
#define DEFAULT_MAX_RECORD ((size_t)64 << 20)

vg_err vg_format_parse(const char *name, vg_format *out)
{
    static const struct {
        const char *name;
        vg_format fmt;
    } names[] = {{"auto", VG_FMT_AUTO},   {"text", VG_FMT_TEXT}, {"jsonl", VG_FMT_JSONL},
                 {"csv", VG_FMT_CSV},     {"tsv", VG_FMT_TSV},   {"html", VG_FMT_HTML},
                 {"warc", VG_FMT_WARC}};
    for (size_t i = 0; name && i < sizeof names / sizeof names[0]; i++) {
        if (strcasecmp(name, names[i].name) == 0) {
            *out = names[i].fmt;
            return VG_OK;
        }
    }
    return VG_EINVAL;
}

static bool ends_with(const char *s, size_t n, const char *suffix)
{
    size_t k = strlen(suffix);
    return n >= k && strncasecmp(s + n - k, suffix, k) == 0;
}

/* Format from the file name, ignoring a compression suffix. */
static vg_format format_from_name(const char *name)
{
    size_t n = strlen(name);
    if (ends_with(name, n, ".gz"))
        n -= 3;
    else if (ends_with(name, n, ".zst"))
        n -= 4;
    if (ends_with(name, n, ".jsonl") || ends_with(name, n, ".ndjson") ||
        ends_with(name, n, ".json"))
        return VG_FMT_JSONL;
    if (ends_with(name, n, ".csv"))
        return VG_FMT_CSV;
    if (ends_with(name, n, ".tsv"))
        return VG_FMT_TSV;
    if (ends_with(name, n, ".html") || ends_with(name, n, ".htm") ||
        ends_with(name, n, ".xhtml") || ends_with(name, n, ".shtml"))
        return VG_FMT_HTML;
    if (ends_with(name, n, ".warc"))
        return VG_FMT_WARC;
    return VG_FMT_TEXT;
}

vg_err vg_reader_open(vg_reader **out, const char *path, const vg_read_opts *opts, char *err,
                      size_t errcap)
{
    *out = NULL;
    if (!path) {
        if (err && errcap)
            snprintf(err, errcap, "no input path given");
        return VG_EINVAL;
    }
    vg_reader *r = calloc(1, sizeof *r);
    if (!r)
        return VG_ENOMEM;
    if (opts)
        r->opts = *opts;
    if (!r->opts.max_field)
        r->opts.max_field = DEFAULT_MAX_FIELD;
    if (!r->opts.max_record)
        r->opts.max_record = DEFAULT_MAX_RECORD;
    vg_err e = vg_fieldmap_effective(r->opts.map, &r->map);
    if (e)
        goto fail;
    r->opts.map = NULL;
    if (strcmp(path, "-") != 0 && access(path, F_OK) != 0) {
        if (err && errcap)
            snprintf(err, errcap, "%s: no such file or folder", path);
        e = VG_ENOTFOUND;
        goto fail;
    }
    e = vg_walk_open(&r->walk, path, err, errcap);
    if (e)
        goto fail;
    *out = r;
    return VG_OK;
fail:
    if (e == VG_ENOMEM && err && errcap)
        snprintf(err, errcap, "out of memory");
    vg_reader_free(r);
    return e;
}

static void close_file(vg_reader *r)
{
    if (!r->file_open)
        return;
    if (r->fmt == VG_FMT_CSV || r->fmt == VG_FMT_TSV)
        vg_read_csv_end(r);
    else if (r->fmt == VG_FMT_JSONL)
        vg_read_jsonl_end(r);
    r->bytes_done += vg_input_bytes(r->in);
    vg_lines_free(&r->lines);
    vg_input_free(r->in);
    r->in = NULL;
    r->file_open = false;
}

/* Standard input has no name: JSONL if it opens with '{', else text. */
static vg_err sniff_stdin(vg_reader *r)
{
    vg_slice head;
    vg_err e = vg_lines_peek(&r->lines, 64, &head);
    if (e)
        return e;
    const char *p = head.p;
    size_t n = head.n;
    if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
        p += 3;
        n -= 3;
    }
    while (n > 0 && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')) {
        p++;
        n--;
    }
    if (n >= 5 && memcmp(p, "WARC/", 5) == 0)
        r->fmt = VG_FMT_WARC;
    else if (vg_html_sniff(p, n))
        r->fmt = VG_FMT_HTML;
    else
        r->fmt = n > 0 && *p == '{' ? VG_FMT_JSONL : VG_FMT_TEXT;
    return VG_OK;
}

static vg_err open_next_file(vg_reader *r)
{
    char why[512] = "";
    vg_err e = vg_walk_next(r->walk, &r->path, &r->rel, why, sizeof why);
    if (e == VG_DONE)
        return e;
    if (e) {
        vg_buf_reset(&r->msg);
        vg_buf_puts(&r->msg, why);
        return e;
    }
    bool is_stdin = strcmp(r->path, "-") == 0;
    if (is_stdin)
        r->path = "<stdin>";
    e = vg_input_open(&r->in, is_stdin ? "-" : r->path, r->path, why, sizeof why);
    if (e) {
        vg_buf_reset(&r->msg);
        vg_buf_puts(&r->msg, why);
        return e == VG_ENOTFOUND ? VG_EIO : e;
    }
    r->st.files++;
    vg_lines_init(&r->lines, r->in, r->opts.max_record);
    r->file_open = true;
    r->text_done = false;
    if (r->opts.format != VG_FMT_AUTO) {
        r->fmt = r->opts.format;
    } else if (is_stdin) {
        e = sniff_stdin(r);
        if (e)
            return vg_reader_fail_input(r, e);
    } else {
        r->fmt = format_from_name(r->rel);
    }
    if (r->fmt == VG_FMT_CSV || r->fmt == VG_FMT_TSV)
        return vg_read_csv_begin(r);
    return VG_OK;
}

vg_err vg_reader_next(vg_reader *r, vg_doc *doc)
{
    if (r->sticky)
        return r->sticky;
    for (;;) {
        vg_err e;
        if (!r->file_open) {
            e = open_next_file(r);
            if (e == VG_DONE)
                return e;
            if (e) {
                close_file(r);
                if (e == VG_ENOMEM)
                    r->sticky = e;
                return e;
            }
        }
        vg_doc_init(doc);
        r->has_hdoc = false;
        r->html_field = (vg_slice){NULL, 0};
        switch (r->fmt) {
        case VG_FMT_JSONL:
            e = vg_read_jsonl_next(r, doc);
            break;
        case VG_FMT_CSV:
        case VG_FMT_TSV:
            e = vg_read_csv_next(r, doc);
            break;
        case VG_FMT_HTML:
            e = vg_read_html_next(r, doc);
            break;
        case VG_FMT_WARC:
            e = vg_read_warc_next(r, doc);
            break;
        default:
            e = vg_read_text_next(r, doc);
            break;
        }
        if (e == VG_OK) {
            r->st.records++;
            return e;
        }
        if (e == VG_EPARSE) {
            r->st.skipped++;
            vg_doc_init(doc);
            return e;
        }
        close_file(r);
        if (e == VG_DONE)
            continue;
        if (e == VG_ENOMEM)
            r->sticky = e;
        return e;
    }
}

vg_err vg_reader_fail(vg_reader *r, uint64_t line, const char *fmt, ...)
{
    vg_buf_reset(&r->msg);
    vg_err e = line ? vg_buf_printf(&r->msg, "%s:%llu: ", r->path, (unsigned long long)line)
                    : vg_buf_printf(&r->msg, "%s: ", r->path);
    if (!e) {
        char small[512];
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(small, sizeof small, fmt, ap);
        va_end(ap);
        vg_buf_puts(&r->msg, small);
    }
    return VG_EPARSE;
}

vg_err vg_reader_fail_long(vg_reader *r)
{
    return vg_reader_fail(r, r->lines.lineno, "record is %zu bytes, over the limit of %zu",
                          r->lines.skipped, r->opts.max_record);
}

vg_err vg_reader_fail_input(vg_reader *r, vg_err e)
{
    vg_buf_reset(&r->msg);
    if (e == VG_ENOMEM)
        vg_buf_printf(&r->msg, "%s: out of memory", r->path);
    else
        vg_buf_puts(&r->msg, vg_input_errmsg(r->in));
    return e;
}

/* Quote a bad value for a message: at most 60 bytes, controls as '?'. */
static void show(char *dst, size_t cap, vg_slice v)
{
    size_t k = 0;
    for (size_t i = 0; i < v.n && k + 4 < cap && i < 60; i++)
        dst[k++] = (unsigned char)v.p[i] < 0x20 || v.p[i] == 0x7f ? '?' : v.p[i];
    if (v.n > 60 && k + 4 < cap) {
        memcpy(dst + k, "...", 3);
        k += 3;
    }
    dst[k] = '\0';
}

vg_err vg_reader_put(vg_reader *r, vg_doc *d, vg_field f, vg_slice v, uint64_t line,
                     bool unquote)
{
    if (v.n == 0)
        return VG_OK;
    if (v.n > r->opts.max_field)
        return vg_reader_fail(r, line, "field '%s' is %zu bytes, over the limit of %zu",
                              vg_field_name(f), v.n, r->opts.max_field);
    if (unquote)
        v = vg_fieldmap_unquote(v);
    switch (f) {
    case VG_F_ID: d->id = v; break;
    case VG_F_SOURCE: d->source = v; break;
    case VG_F_AUTHOR: d->author = v; break;
    case VG_F_URL: d->url = v; break;
    case VG_F_TITLE: d->title = v; break;
    case VG_F_TEXT: d->text = v; break;
    case VG_F_LANG: d->lang = v; break;
    case VG_F_REPOST_OF: d->repost_of = v; break;
    case VG_F_REPLY_TO: d->reply_to = v; break;
    case VG_F_HTML: r->html_field = v; break;
    case VG_F_DATE: {
        int64_t t;
        if (vg_date_parse(v.p, v.n, &t) != VG_OK) {
            char shown[80];
            show(shown, sizeof shown, v);
            return vg_reader_fail(r, line, "unparseable date '%s'", shown);
        }
        d->published_at = t;
        break;
    }
    default:
        break;
    }
    return VG_OK;
}

void vg_reader_finish_doc(vg_reader *r, vg_doc *d, uint64_t line)
{
    if (!d->source.n && r->opts.source) {
        d->source.p = r->opts.source;
        d->source.n = strlen(r->opts.source);
    }
    if (d->published_at == VG_TIME_NONE)
        d->flags |= VG_DOC_NO_DATE;
    d->origin = r->path;
    d->origin_line = line;
}

const vg_html_doc *vg_reader_html(const vg_reader *r)
{
    return r && r->has_hdoc ? &r->hdoc : NULL;
}

const char *vg_reader_errmsg(const vg_reader *r)
{
    return r && r->msg.p ? r->msg.p : "";
}

void vg_reader_stats(const vg_reader *r, vg_read_stats *st)
{
    *st = r->st;
    st->bytes = r->bytes_done + (r->in ? vg_input_bytes(r->in) : 0);
}

void vg_reader_free(vg_reader *r)
{
    if (!r)
        return;
    close_file(r);
    vg_read_csv_free(r);
    vg_read_html_free(r);
    vg_read_warc_free(r);
    vg_buf_free(&r->text);
    vg_buf_free(&r->msg);
    vg_walk_free(r->walk);
    vg_fieldmap_free(r->map);
    free(r);
}
