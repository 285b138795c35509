/*
 * vg_reader.h - the reader's internals, shared by the format readers
 * (vg_read_text.c, vg_read_jsonl.c, vg_read_csv.c) and vg_reader.c, which
 * walks the files and dispatches to them.
 *
 * Per file: vg_reader.c opens the input and the line splitter, picks the
 * format, and calls the format's begin(); then next() until it returns
 * VG_DONE; then end().  A format's next() returns VG_OK with the doc
 * filled, VG_EPARSE after writing a message with vg_reader_fail() (the
 * record is skipped, the file goes on), or another error, which ends the
 * file.  Slices handed out point into buffers owned here and stay valid
 * until the next call.
 */
#ifndef VG_READER_H
#define VG_READER_H

#include <stdbool.h>
#include <stdint.h>

#include <csv.h>
#include <jansson.h>

#include "vg_buf.h"
#include "vg_fieldmap.h"
#include "vg_input.h"
#include "vg_walk.h"
#include "vigie/read.h"

/* Longest scratch text for a JSON number turned into a decimal string. */
#define VG_NUM_MAX 40

typedef struct vg_csv_state {
    struct csv_parser p;
    bool p_ready;         /* csv_init succeeded */
    bool term_hook;       /* lf_only is set as libcsv's terminator test */
    vg_buf arena;         /* bytes of the current record's fields (libcsv path) */
    const char *base;     /* fields are base + off: arena.p or the line itself */
    size_t *off, *len;    /* per field: offset from base, length */
    size_t nf, fcap;      /* fields seen in the record, capacity of off/len */
    bool rec_done;        /* the end-of-record callback fired */
    bool open;            /* a record has begun and not ended */
    bool oom;             /* a callback ran out of memory */
    bool header_done;
    size_t ncols;         /* columns named by the header */
    bool *need;           /* per column: some document field reads it */
    int col[VG_F_COUNT];  /* column for each document field, -1 = none */
    uint64_t rec_line;    /* line where the open record started */
    size_t rec_bytes;     /* bytes of the open record so far */
    vg_buf raw;           /* lines of an open multi-line record (for resync) */
    vg_buf replay;        /* lines to parse again before reading on */
    size_t replay_off;
    uint64_t replay_line; /* number of the next replayed line */
    bool line_mode;       /* replaying after an unterminated quote at EOF */
    bool first_line;      /* next line is the file's first (BOM check) */
} vg_csv_state;

/* WARC reading state (vg_read_warc.c). */
typedef struct vg_warc_state {
    vg_buf block;         /* the current record's content block */
    vg_buf body;          /* its HTTP payload, de-chunked and inflated */
    vg_buf uri, date;     /* WARC-Target-URI, WARC-Date of the record */
    bool resync;          /* looking for the next "WARC/" line */
} vg_warc_state;

struct vg_reader {
    vg_read_opts opts;     /* copy; opts.map is not used after open */
    vg_fieldmap *map;      /* owned: user mapping merged with defaults */
    vg_walk *walk;         /* owned */
    /* current file */
    const char *path;      /* into walk, valid until the next file */
    const char *rel;
    vg_format fmt;
    vg_input *in;          /* owned, NULL between files */
    vg_lines lines;
    bool file_open;
    bool text_done;        /* plain text: the one document was returned */
    /* format state */
    vg_csv_state csv;
    json_t *json;          /* owned: the current JSONL record */
    char num[VG_F_COUNT][VG_NUM_MAX];
    vg_buf text;           /* plain text: the document's bytes */
    /* HTML (vg_read_html.c) */
    vg_html *html;         /* owned, made on first use */
    vg_html_doc hdoc;      /* the last extraction */
    bool has_hdoc;         /* hdoc belongs to the record last returned */
    vg_slice html_field;   /* JSONL/CSV: the record's html field */
    vg_buf hauthors, hlang;/* the extraction's authors and language as vg_doc wants them */
    vg_warc_state warc;
    /* results */
    vg_buf msg;            /* last error message */
    vg_read_stats st;
    uint64_t bytes_done;   /* uncompressed bytes of closed files */
    vg_err sticky;         /* out of memory: every later call fails */
};

/* Write "FILE:LINE: reason" (line 0: "FILE: reason"); returns VG_EPARSE. */
vg_err vg_reader_fail(vg_reader *r, uint64_t line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/*
 * Store value v of field f into d, applying the size limit, the
 * ":unquote" rule and (for the date) vg_date_parse.  Empty values leave
 * the field empty.  Returns VG_OK or VG_EPARSE with the message written.
 */
vg_err vg_reader_put(vg_reader *r, vg_doc *d, vg_field f, vg_slice v, uint64_t line,
                     bool unquote);

/* After the fields: source fallback and the VG_DOC_NO_DATE flag. */
void vg_reader_finish_doc(vg_reader *r, vg_doc *d, uint64_t line);

/* Report a line the splitter refused as over-long; returns VG_EPARSE. */
vg_err vg_reader_fail_long(vg_reader *r);

/* Report an input failure (VG_EIO/VG_ENOMEM) and pass the code on. */
vg_err vg_reader_fail_input(vg_reader *r, vg_err e);

vg_err vg_read_text_next(vg_reader *r, vg_doc *d);

/* HTML file: the whole file through the extractor. */
vg_err vg_read_html_next(vg_reader *r, vg_doc *d);
/*
 * Run the extractor on page and fill the fields d lacks (title, text,
 * author, url, date, lang, source).  url/charset/fetched_at are hints
 * (may be NULL / VG_TIME_NONE).  Returns VG_OK or VG_EPARSE with the
 * message written (line: the record's line).
 */
vg_err vg_read_html_fill(vg_reader *r, vg_doc *d, vg_slice page, const char *url,
                         const char *charset, int64_t fetched_at, uint64_t line);
void vg_read_html_free(vg_reader *r);

vg_err vg_read_warc_next(vg_reader *r, vg_doc *d);
void vg_read_warc_free(vg_reader *r);

vg_err vg_read_jsonl_next(vg_reader *r, vg_doc *d);
void vg_read_jsonl_end(vg_reader *r);

vg_err vg_read_csv_begin(vg_reader *r);
vg_err vg_read_csv_next(vg_reader *r, vg_doc *d);
void vg_read_csv_end(vg_reader *r);
void vg_read_csv_free(vg_reader *r);

#endif
