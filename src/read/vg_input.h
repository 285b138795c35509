/*
 * vg_input.h - byte streams for the readers: a file or standard input,
 * transparently decompressed, and a line splitter on top.
 *
 * Compression is recognised by the first bytes, never by the name:
 *
 *   1f 8b          gzip (zlib inflate; concatenated members are read on)
 *   28 b5 2f fd    zstd (ZSTD_decompressStream; several frames read on)
 *   anything else  read as is
 *
 * Invariants: the raw side reads in VG_INPUT_CHUNK blocks (smaller for a
 * file that is smaller than that); decompressed
 * bytes are written straight into the caller's buffer, so there is no
 * extra copy.  A compressed stream that ends mid-frame is an error
 * (VG_EIO, "FILE: truncated gzip data"), never a silent short read.
 *
 * vg_lines cuts the stream into lines ending in '\n' (the last one may
 * lack it).  Its buffer starts at VG_INPUT_CHUNK and grows up to the
 * longest line accepted; a longer line is skipped whole (its bytes counted
 * but not kept) and reported as VG_ELIMIT.
 */
#ifndef VG_INPUT_H
#define VG_INPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vigie/doc.h"
#include "vigie/err.h"

#define VG_INPUT_CHUNK ((size_t)1 << 20)

typedef struct vg_input vg_input;

/*
 * Open path ("-" = standard input) and sniff its compression.  name is
 * the name used in messages (borrowed, must outlive the input).  On
 * failure *out is NULL and a message is written into err (errcap bytes).
 * Caller frees with vg_input_free().
 */
vg_err vg_input_open(vg_input **out, const char *path, const char *name,
                     char *err, size_t errcap);

/*
 * Read up to cap decompressed bytes into dst.  *got = 0 means end of
 * stream.  On error returns VG_EIO and the message is in vg_input_errmsg().
 */
vg_err vg_input_read(vg_input *in, char *dst, size_t cap, size_t *got);

/* "gzip", "zstd" or "none". */
const char *vg_input_codec(const vg_input *in);

/*
 * Bytes the whole stream will take when known (a plain regular file
 * smaller than VG_INPUT_CHUNK: its size + 1), else 0.  Sizes buffers.
 */
size_t vg_input_size_hint(const vg_input *in);

/* Decompressed bytes returned so far. */
uint64_t vg_input_bytes(const vg_input *in);

/* Last error message; valid until the next call. */
const char *vg_input_errmsg(const vg_input *in);

void vg_input_free(vg_input *in);

/* Line splitter over a vg_input (which it borrows). */
typedef struct vg_lines {
    vg_input *in;     /* borrowed */
    char *buf;        /* owned */
    size_t cap;       /* allocated bytes of buf */
    size_t beg, end;  /* unread data is buf[beg, end) */
    size_t max;       /* longest line accepted, bytes incl. '\n' */
    uint64_t lineno;  /* number of the line last returned, 1-based */
    size_t skipped;   /* length of the last over-long line */
    bool eof;
} vg_lines;

void vg_lines_init(vg_lines *l, vg_input *in, size_t max);

/*
 * Next line into *line (including its '\n' if any); valid until the next
 * call.  Returns VG_OK, VG_DONE at end of input, VG_ELIMIT for a line
 * longer than max (skipped; l->lineno is its number, l->skipped its
 * length) or VG_EIO from the input.
 */
vg_err vg_lines_next(vg_lines *l, vg_slice *line);

/*
 * Buffer at least want bytes (fewer at end of input) without consuming
 * them; *head shows what is buffered, valid until the next call.
 */
vg_err vg_lines_peek(vg_lines *l, size_t want, vg_slice *head);

void vg_lines_free(vg_lines *l);

#endif
