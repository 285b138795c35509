/*
 * vg_read_text.c - plain text: one document per file.
 *
 *   [blank lines]
 *   Title line              <- first line with a non-blank character
 *   the rest of the file    <- text, raw (the cleaner normalises it)
 *
 * id is left empty, so the content hash of the title and text is used: a
 * path would depend on the folder given (`ingest a/` and `ingest a/b/` name
 * one file differently) and two folders may hold different "post.txt"
 * files.  The file's name stays visible as the document's origin.  The
 * date is unknown.  A UTF-8 byte-order mark before the title is dropped.
 * A file with no non-blank line yields no document.  The whole file is
 * held in memory, so it must fit in max_record.
 */
#include <stdio.h>
#include <string.h>

#include "vg_reader.h"

static bool blank(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r' && p[i] != '\n' && p[i] != '\f' &&
            p[i] != '\v')
            return false;
    return true;
}

vg_err vg_read_text_next(vg_reader *r, vg_doc *d)
{
    if (r->text_done)
        return VG_DONE;
    r->text_done = true;
    vg_buf_reset(&r->text);
    for (;;) {
        vg_slice line;
        vg_err e = vg_lines_next(&r->lines, &line);
        if (e == VG_DONE)
            break;
        if (e == VG_ELIMIT)
            return vg_reader_fail(r, 0, "file is over the limit of %zu bytes",
                                  r->opts.max_record);
        if (e)
            return vg_reader_fail_input(r, e);
        if (r->text.n + line.n > r->opts.max_record)
            return vg_reader_fail(r, 0, "file is over the limit of %zu bytes",
                                  r->opts.max_record);
        if (vg_buf_append(&r->text, line.p, line.n))
            return vg_reader_fail_input(r, VG_ENOMEM);
    }
    const char *p = r->text.p ? r->text.p : "";
    const char *end = p + r->text.n;
    if (end - p >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    uint64_t lineno = 1;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        if (!blank(p, (size_t)(le - p))) {
            vg_slice title = {p, (size_t)(le - p)};
            while (title.n && (title.p[title.n - 1] == '\r'))
                title.n--;
            vg_slice text = {le < end ? le + 1 : end, (size_t)(end - (le < end ? le + 1 : end))};
            vg_err e = vg_reader_put(r, d, VG_F_TITLE, title, lineno, false);
            if (!e)
                e = vg_reader_put(r, d, VG_F_TEXT, text, lineno, false);
            if (e)
                return e;
            vg_reader_finish_doc(r, d, 1);
            return VG_OK;
        }
        p = le + 1;
        lineno++;
    }
    return VG_DONE;
}
