/*
 * vigie/read.h - streaming readers for plain text, JSONL and CSV.
 *
 * A reader turns one input (a file, a folder walked recursively, or "-" for
 * standard input) into a stream of raw vg_docs, one per record, in constant
 * memory per record.  Compression is detected from the magic bytes (gzip,
 * zstd), not the file name.  The format is detected from the name
 * (".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".txt") after removing a
 * ".gz"/".zst" suffix, or forced with vg_read_opts.format; standard input
 * is JSONL if it starts with '{', else text.
 *
 *   plain text  one document per file: first non-empty line is the title,
 *               the rest the text.  No id (the content hash is used;
 *               the path is the origin), source = vg_read_opts.source.
 *   JSONL       one JSON object per line; fields picked by a vg_fieldmap.
 *   CSV / TSV   RFC 4180 (quoted newlines, doubled quotes, UTF-8 BOM); the
 *               first row names the columns; fields picked by a vg_fieldmap.
 *   HTML        ".html", ".htm", ".xhtml", ".shtml": one page per file, its
 *               article extracted (vigie/html.h); JSONL/CSV records with an
 *               "html" field go through the same extractor.
 *   WARC        ".warc": every response (or resource) record holding an
 *               HTML page; the record's URL and date are kept.
 *
 * Bad records (broken JSON, wrong column count, unparseable date, oversize
 * field) make vg_reader_next() return VG_EPARSE with a message
 * "FILE:LINE: reason" in vg_reader_errmsg(); the caller may go on reading (the
 * reader has skipped the record) or stop (strict mode).  Invalid UTF-8 is not
 * a parse error: it is repaired by the cleaner and counted there.
 */
#ifndef VIGIE_READ_H
#define VIGIE_READ_H

#include <stddef.h>
#include <stdint.h>

#include "vigie/doc.h"
#include "vigie/err.h"
#include "vigie/html.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The document fields a mapping can fill. */
typedef enum vg_field {
    VG_F_ID,
    VG_F_SOURCE,
    VG_F_AUTHOR,
    VG_F_URL,
    VG_F_TITLE,
    VG_F_TEXT,
    VG_F_LANG,
    VG_F_DATE,
    VG_F_REPOST_OF,
    VG_F_REPLY_TO,
    VG_F_HTML,      /* a page's HTML: extracted into the fields it lacks */
    VG_F_COUNT
} vg_field;

/* Name of a field as used in mappings ("id", "text", "date", ...). */
const char *vg_field_name(vg_field f);

/*
 * A field mapping: for each document field, where to find it in a record.
 * For JSONL a dotted path ("user.screen_name"); for CSV a column name
 * (matched case-insensitively).  Unset fields fall back to the defaults,
 * which recognise common exports (Twitter API v1/v2, CrowdTangle, GDELT-like
 * article dumps, the FiveThirtyEight IRA release); see docs/FORMATS.md.
 */
typedef struct vg_fieldmap vg_fieldmap;

/* Create an empty mapping (defaults only).  Caller frees with
 * vg_fieldmap_free(). */
vg_err vg_fieldmap_new(vg_fieldmap **out);
void vg_fieldmap_free(vg_fieldmap *m);

/*
 * Add "field=path[,field=path...]" to the mapping.  A path may list
 * alternatives separated by '|', tried in order ("text=full_text|text");
 * a trailing ":unquote" undoes the spreadsheet escape '@…' -> @…; an empty
 * path ("date=") turns the field off.  On error returns VG_EINVAL and
 * writes a reason into err (errcap bytes; err may be NULL).
 */
vg_err vg_fieldmap_parse(vg_fieldmap *m, const char *spec, char *err, size_t errcap);

/*
 * Load a mapping file: one "field = path" per line, '#' starts a comment.
 * Errors name the file and line.
 */
vg_err vg_fieldmap_load(vg_fieldmap *m, const char *path, char *err, size_t errcap);

/* Input formats. */
typedef enum vg_format {
    VG_FMT_AUTO = 0,
    VG_FMT_TEXT,
    VG_FMT_JSONL,
    VG_FMT_CSV,
    VG_FMT_TSV,
    VG_FMT_HTML,  /* one page per file, through the extractor (vigie/html.h) */
    VG_FMT_WARC   /* WARC 1.0/1.1: HTML response and resource records */
} vg_format;

/* Parse "auto|text|jsonl|csv|tsv|html|warc"; VG_EINVAL on anything else. */
vg_err vg_format_parse(const char *name, vg_format *out);

typedef struct vg_read_opts {
    vg_format format;        /* VG_FMT_AUTO: detect per file */
    const vg_fieldmap *map;  /* borrowed; NULL for defaults only */
    const char *source;      /* source for records that have none; NULL */
    size_t max_field;        /* longest field accepted, bytes; 0 = 8 MiB */
    size_t max_record;       /* longest record (line or CSV row); 0 = 64 MiB */
    const vg_html_opts *html;/* borrowed; extractor caps for HTML; NULL = defaults */
} vg_read_opts;

typedef struct vg_reader vg_reader;

/*
 * Open path for reading ("-" = standard input; a folder is walked in sorted
 * order, skipping hidden files).  opts may be NULL; opts->map is copied, so
 * it may be freed after this call.  Caller frees with vg_reader_free().  On
 * failure *out is NULL (VG_ENOTFOUND: no such path) and, if err is not
 * NULL, a message is written there.
 */
vg_err vg_reader_open(vg_reader **out, const char *path, const vg_read_opts *opts,
                      char *err, size_t errcap);

/*
 * Read the next record into doc.  Returns VG_OK (doc filled; its slices are
 * valid until the next call or vg_reader_free), VG_DONE at the end,
 * VG_EPARSE for a skipped bad record (message in vg_reader_errmsg), or
 * another error for a failure that ends the current file (VG_EIO: cannot
 * open, truncated or corrupt compressed data; the records before it were
 * returned).  After VG_EIO the next call goes on with the next file of a
 * folder (VG_DONE for a single file); VG_ENOMEM is returned by every later
 * call.  Messages and formats: docs/FORMATS.md.
 */
vg_err vg_reader_next(vg_reader *r, vg_doc *doc);

/* The last error message, "FILE:LINE: reason"; valid until the next call. */
const char *vg_reader_errmsg(const vg_reader *r);

/* Counters since open. */
typedef struct vg_read_stats {
    uint64_t records;   /* documents returned */
    uint64_t skipped;   /* bad records skipped */
    uint64_t files;     /* files opened */
    uint64_t bytes;     /* uncompressed bytes consumed */
} vg_read_stats;
void vg_reader_stats(const vg_reader *r, vg_read_stats *st);

void vg_reader_free(vg_reader *r);

/*
 * The extraction behind the record last returned, when it came from HTML
 * (an HTML file, a WARC record, an html field), else NULL.  Valid until
 * the next vg_reader_next().  Gives what vg_doc has no room for: site,
 * description, all authors, links in the body, charset, date source.
 */
const vg_html_doc *vg_reader_html(const vg_reader *r);

/*
 * Parse a date as found in real exports into seconds since the epoch, UTC:
 * ISO 8601 with or without zone ("2017-05-05T21:30:00+02:00", "...Z",
 * "2017-05-05"), "2015-01-17 17:05:00" (UTC assumed), RFC 2822
 * ("Fri, 05 May 2017 21:30:00 +0200"), Twitter's "Fri May 05 21:30:00 +0000
 * 2017", US "1/17/2015 17:05", and Unix epoch seconds or milliseconds.
 * Returns VG_EPARSE when s is not one of these or a field is out of range.
 * Epoch: <= 11 digits seconds, 12-14 ms, 15-17 us, 18-19 ns; a time
 * without a zone is UTC.  Only s[0..n) is read.  Full rules: docs/FORMATS.md.
 */
vg_err vg_date_parse(const char *s, size_t n, int64_t *out);

#ifdef __cplusplus
}
#endif
#endif
