/*
 * vg_read_csv.c - CSV and TSV through libcsv, fed one line at a time.
 *
 * Feeding lines (not blocks) gives every record the number of the line it
 * starts on, and lets a record end only at a line end: libcsv is told that
 * '\n' is the only terminator, and a '\r' before it is dropped, so CRLF
 * inside a quoted field arrives as LF.  Fields are not trimmed (RFC 4180:
 * spaces are part of the field).  The first record is the header; its
 * names are matched to the mapping case-insensitively, spaces trimmed.
 * Columns no document field reads are counted but not copied.
 *
 * Fast path: a line that starts a record and holds no quote character is
 * cut at the delimiters with memchr, and its fields point into the line
 * buffer (no copy).  With no quotes, no trimming and '\n' as the only
 * terminator, that is exactly what libcsv would produce, at a fraction of
 * the cost (libcsv calls two hooks per byte); every line with a quote goes
 * through libcsv.  On the IRA tweets 3 lines in 4 take the fast path.
 *
 * Resynchronisation.  libcsv (lenient mode) reads a stray quote inside a
 * quoted field as a literal and stays in the field, so
 *
 *     1,"a "quoted" word,x        <- the field never closes here
 *     2,b,y                       <- swallowed into record 1
 *
 * would eat lines until some later quote closes it, possibly with the
 * right number of fields.  The lines of a record that spans several lines
 * are therefore kept (in raw) until it ends.  If it has a stray quote (a
 * quote inside a quoted field followed by anything but a quote, the
 * delimiter or the line end: what CSV_STRICT would refuse), ends with the
 * wrong number of fields, grows over max_record, or reaches the end of the
 * file still inside quotes, the record is reported at the line where it
 * started and its later lines are parsed again (replay) as fresh records.
 * A multi-line record without a stray quote but with the wrong number of
 * fields is skipped whole: its quotes were balanced, so its later lines
 * are field text, not records.
 * A stray quote in a record that ends on its own line is left to libcsv's
 * lenient reading (the quote is kept as text): nothing was swallowed.  After an unterminated quote at end of file no quote can
 * close across lines any more, so the replayed lines are then taken one at
 * a time (line mode), which keeps the work linear.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "vg_reader.h"

/* libcsv's "between records" parser state (ROW_NOT_BEGUN in libcsv.c). */
#define CSV_ROW_NOT_BEGUN 0

static int no_space(unsigned char c)
{
    (void)c;
    return 0;
}

static int lf_only(unsigned char c)
{
    return c == '\n';
}

/*
 * libcsv ends records at '\r' too unless given a terminator hook, which
 * it then calls for every byte.  Lines without a bare '\r' (nearly all:
 * the one before '\n' is already cut off) use the built-in test, which is
 * the same for them and cheaper.
 */
static void set_term(vg_csv_state *c, const char *p, size_t n)
{
    bool need_hook = memchr(p, '\r', n) != NULL;
    if (need_hook != c->term_hook) {
        csv_set_term_func(&c->p, need_hook ? lf_only : NULL);
        c->term_hook = need_hook;
    }
}

static bool grow_fields(vg_csv_state *c, size_t need)
{
    if (need <= c->fcap)
        return true;
    size_t cap = c->fcap ? c->fcap : 32;
    while (cap < need)
        cap *= 2;
    size_t *off = realloc(c->off, cap * sizeof *off);
    if (!off)
        return false;
    c->off = off;
    size_t *len = realloc(c->len, cap * sizeof *len);
    if (!len)
        return false;
    c->len = len;
    c->fcap = cap;
    return true;
}

static void on_field(void *s, size_t n, void *ctx)
{
    vg_csv_state *c = ctx;
    size_t i = c->nf++;
    if (c->header_done && (i >= c->ncols || !c->need[i]))
        return;
    if (!grow_fields(c, i + 1)) {
        c->oom = true;
        return;
    }
    c->off[i] = c->arena.n;
    c->len[i] = n;
    if (vg_buf_append(&c->arena, s, n))
        c->oom = true;
}

/* The fast path: fields of a quote-free line, pointing into it. */
static bool split_line(vg_csv_state *c, const char *p, size_t n, char delim)
{
    const char *q = p, *end = p + n;
    c->nf = 0;
    c->base = p;
    for (;;) {
        const char *dl = memchr(q, delim, (size_t)(end - q));
        const char *fe = dl ? dl : end;
        size_t i = c->nf++;
        if (!c->header_done || (i < c->ncols && c->need[i])) {
            if (!grow_fields(c, i + 1))
                return false;
            c->off[i] = (size_t)(q - p);
            c->len[i] = (size_t)(fe - q);
        }
        if (!dl)
            return true;
        q = dl + 1;
    }
}

static void on_record(int ch, void *ctx)
{
    (void)ch;
    vg_csv_state *c = ctx;
    c->rec_done = true;
}

vg_err vg_read_csv_begin(vg_reader *r)
{
    vg_csv_state *c = &r->csv;
    if (!c->p_ready) {
        if (csv_init(&c->p, 0) != 0)
            return vg_reader_fail_input(r, VG_ENOMEM);
        csv_set_space_func(&c->p, no_space);
        csv_set_term_func(&c->p, lf_only);
        c->term_hook = true;
        c->p_ready = true;
    }
    csv_set_delim(&c->p, r->fmt == VG_FMT_TSV ? CSV_TAB : CSV_COMMA);
    c->header_done = false;
    c->ncols = 0;
    c->nf = 0;
    c->rec_done = c->open = c->oom = false;
    c->line_mode = false;
    c->first_line = true;
    vg_buf_reset(&c->arena);
    vg_buf_reset(&c->raw);
    vg_buf_reset(&c->replay);
    c->replay_off = 0;
    return VG_OK;
}

/* Next line to parse: replayed lines first, then the input. */
static vg_err next_line(vg_reader *r, vg_slice *line, uint64_t *lineno)
{
    vg_csv_state *c = &r->csv;
    if (c->replay_off < c->replay.n) {
        const char *p = c->replay.p + c->replay_off;
        size_t left = c->replay.n - c->replay_off;
        const char *nl = memchr(p, '\n', left);
        size_t n = nl ? (size_t)(nl - p) + 1 : left;
        line->p = p;
        line->n = n;
        c->replay_off += n;
        *lineno = c->replay_line++;
        return VG_OK;
    }
    c->line_mode = false;
    vg_err e = vg_lines_next(&r->lines, line);
    *lineno = r->lines.lineno;
    return e;
}

/*
 * Drop the open record and queue the lines after its first one to be
 * parsed again (see the file comment).  eof: the record hit end of file
 * inside quotes, so replay in line mode.
 */
static vg_err resync(vg_reader *r, bool eof)
{
    vg_csv_state *c = &r->csv;
    csv_fini(&c->p, NULL, NULL, NULL);
    c->open = c->rec_done = false;
    c->nf = 0;
    vg_buf_reset(&c->arena);
    const char *nl = c->raw.n ? memchr(c->raw.p, '\n', c->raw.n) : NULL;
    size_t skip = nl ? (size_t)(nl - c->raw.p) + 1 : c->raw.n;
    if (skip < c->raw.n) {
        /* raw becomes the new replay queue: its tail, then the old queue. */
        vg_buf *raw = &c->raw, *rep = &c->replay;
        memmove(raw->p, raw->p + skip, raw->n - skip);
        raw->n -= skip;
        if (rep->n > c->replay_off &&
            vg_buf_append(raw, rep->p + c->replay_off, rep->n - c->replay_off))
            return VG_ENOMEM;
        vg_buf tmp = *rep;
        *rep = *raw;
        *raw = tmp;
        c->replay_off = 0;
        c->replay_line = c->rec_line + 1;
        if (eof)
            c->line_mode = true;
    }
    vg_buf_reset(&c->raw);
    return VG_OK;
}

static bool name_eq(const char *a, size_t an, vg_slice b)
{
    while (an && (*a == ' ' || *a == '\t')) {
        a++;
        an--;
    }
    while (an && (a[an - 1] == ' ' || a[an - 1] == '\t'))
        an--;
    return an == b.n && strncasecmp(a, b.p, an) == 0;
}

static vg_err take_header(vg_reader *r)
{
    vg_csv_state *c = &r->csv;
    c->ncols = c->nf;
    bool *need = realloc(c->need, c->ncols * sizeof *need);
    if (!need)
        return VG_ENOMEM;
    c->need = need;
    memset(need, 0, c->ncols * sizeof *need);
    for (int f = 0; f < VG_F_COUNT; f++) {
        const vg_fm_field *mf = &r->map->f[f];
        c->col[f] = -1;
        for (int a = 0; a < mf->nalts && c->col[f] < 0; a++) {
            for (size_t i = 0; i < c->ncols; i++) {
                if (name_eq(c->base + c->off[i], c->len[i], mf->alts[a])) {
                    c->col[f] = (int)i;
                    need[i] = true;
                    break;
                }
            }
        }
    }
    c->header_done = true;
    return VG_OK;
}

/*
 * True when the lines of a multi-line record hold a quote that closes a
 * quoted field and is followed by something other than the delimiter or
 * the line end (see the file comment).  Runs only on multi-line records.
 */
static bool has_stray_quote(const char *p, size_t n, char delim)
{
    bool at_start = true, quoted = false;
    for (size_t i = 0; i < n; i++) {
        char ch = p[i];
        if (quoted) {
            if (ch != '"')
                continue;
            if (i + 1 < n && p[i + 1] == '"') {
                i++;
                continue;
            }
            char next = i + 1 < n ? p[i + 1] : '\n';
            if (next != delim && next != '\n' && next != '\r')
                return true;
            quoted = false;
            at_start = false;
            continue;
        }
        if (at_start && ch == '"')
            quoted = true;
        at_start = ch == delim || ch == '\n';
    }
    return false;
}

/* A record has ended: the header, a document, or a bad record. */
static vg_err take_record(vg_reader *r, vg_doc *d)
{
    vg_csv_state *c = &r->csv;
    if (c->raw.n && has_stray_quote(c->raw.p, c->raw.n, r->fmt == VG_FMT_TSV ? '\t' : ',')) {
        uint64_t start = c->rec_line;
        if (resync(r, false))
            return vg_reader_fail_input(r, VG_ENOMEM);
        return vg_reader_fail(r, start,
                              "stray quote inside a quoted field; the lines after this "
                              "one are read again");
    }
    if (c->ncols != c->nf)
        return vg_reader_fail(r, c->rec_line, "record has %zu fields, expected %zu", c->nf,
                              c->ncols);
    for (int f = 0; f < VG_F_COUNT; f++) {
        int col = c->col[f];
        if (col < 0)
            continue;
        unsigned flags = r->map->f[f].flags;
        bool unquote = (flags & VG_FM_UNQUOTE) || (f == VG_F_TEXT && (flags & VG_FM_DEFAULT));
        vg_slice v = {c->base + c->off[col], c->len[col]};
        vg_err e = vg_reader_put(r, d, (vg_field)f, v, c->rec_line, unquote);
        if (e)
            return e;
    }
    if (r->html_field.n) {
        vg_err e = vg_read_html_fill(r, d, r->html_field, NULL, NULL, VG_TIME_NONE, c->rec_line);
        if (e)
            return e;
    }
    vg_reader_finish_doc(r, d, c->rec_line);
    return VG_OK;
}

vg_err vg_read_csv_next(vg_reader *r, vg_doc *d)
{
    vg_csv_state *c = &r->csv;
    for (;;) {
        vg_slice line;
        uint64_t ln;
        vg_err e = next_line(r, &line, &ln);
        if (e == VG_DONE) {
            if (!c->open)
                return VG_DONE;
            uint64_t start = c->rec_line;
            if (resync(r, true))
                return vg_reader_fail_input(r, VG_ENOMEM);
            return vg_reader_fail(r, start, "unterminated quoted field");
        }
        if (e == VG_ELIMIT) {
            if (!c->open)
                return vg_reader_fail_long(r);
            uint64_t start = c->rec_line;
            size_t total = c->rec_bytes + r->lines.skipped;
            if (resync(r, false))
                return vg_reader_fail_input(r, VG_ENOMEM);
            return vg_reader_fail(r, start, "record is %zu bytes, over the limit of %zu",
                                  total, r->opts.max_record);
        }
        if (e)
            return vg_reader_fail_input(r, e);

        bool was_open = c->open;
        if (!was_open) {
            c->rec_line = ln;
            c->rec_bytes = 0;
            c->nf = 0;
            vg_buf_reset(&c->arena);
        }
        const char *p = line.p;
        size_t n = line.n;
        if (c->first_line) {
            c->first_line = false;
            if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
                p += 3;
                n -= 3;
            }
        }
        bool has_nl = n && p[n - 1] == '\n';
        size_t body = n - has_nl;
        if (body && p[body - 1] == '\r')
            body--;
        if (!was_open && !memchr(p, '"', body)) {
            if (body == 0)
                continue; /* a blank line: no record */
            if (!split_line(c, p, body, r->fmt == VG_FMT_TSV ? '\t' : ','))
                return vg_reader_fail_input(r, VG_ENOMEM);
            c->rec_done = true;
        } else if (has_nl && body == n - 1) {
            c->base = NULL;
            set_term(c, p, body);
            csv_parse(&c->p, p, n, on_field, on_record, c);
        } else {
            c->base = NULL;
            set_term(c, p, body);
            csv_parse(&c->p, p, body, on_field, on_record, c);
            csv_parse(&c->p, "\n", 1, on_field, on_record, c);
        }
        if (c->oom)
            return vg_reader_fail_input(r, VG_ENOMEM);
        c->rec_bytes += line.n;

        bool ended = c->rec_done;
        if (!ended && c->p.pstate == CSV_ROW_NOT_BEGUN)
            continue; /* a blank line: no record */
        if (was_open || !ended) {
            /* A record spanning lines: keep its lines for a resync. */
            if (!was_open)
                vg_buf_reset(&c->raw);
            vg_err ae = vg_buf_append(&c->raw, line.p, line.n);
            if (!ae && !has_nl)
                ae = vg_buf_putc(&c->raw, '\n');
            if (ae)
                return vg_reader_fail_input(r, VG_ENOMEM);
        }
        if (!ended) {
            c->open = true;
            if (c->line_mode || c->rec_bytes > r->opts.max_record) {
                uint64_t start = c->rec_line;
                size_t total = c->rec_bytes;
                bool lm = c->line_mode;
                if (resync(r, lm))
                    return vg_reader_fail_input(r, VG_ENOMEM);
                if (lm)
                    return vg_reader_fail(r, start, "unterminated quoted field");
                return vg_reader_fail(r, start, "record is %zu bytes, over the limit of %zu",
                                      total, r->opts.max_record);
            }
            continue;
        }
        c->rec_done = false;
        c->open = false;
        if (c->rec_bytes > r->opts.max_record) {
            /* Ended on balanced quotes, so skipping it whole is safe. */
            vg_buf_reset(&c->raw);
            return vg_reader_fail(r, c->rec_line, "record is %zu bytes, over the limit of %zu",
                                  c->rec_bytes, r->opts.max_record);
        }
        if (!c->base)
            c->base = c->arena.p ? c->arena.p : "";
        if (!c->header_done) {
            if (take_header(r))
                return vg_reader_fail_input(r, VG_ENOMEM);
            vg_buf_reset(&c->raw);
            continue;
        }
        e = take_record(r, d);
        vg_buf_reset(&c->raw);
        return e;
    }
}

void vg_read_csv_end(vg_reader *r)
{
    vg_csv_state *c = &r->csv;
    if (c->p_ready)
        csv_fini(&c->p, NULL, NULL, NULL);
    c->open = c->rec_done = false;
    vg_buf_reset(&c->replay);
    c->replay_off = 0;
}

void vg_read_csv_free(vg_reader *r)
{
    vg_csv_state *c = &r->csv;
    if (c->p_ready)
        csv_free(&c->p);
    c->p_ready = false;
    vg_buf_free(&c->arena);
    vg_buf_free(&c->raw);
    vg_buf_free(&c->replay);
    free(c->off);
    free(c->len);
    free(c->need);
    c->off = c->len = NULL;
    c->need = NULL;
    c->fcap = 0;
}
