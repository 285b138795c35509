/*
 * vg_input.c - decompressing byte streams and the line splitter (see
 * vg_input.h for the formats recognised and the invariants).
 *
 * The raw side is one VG_INPUT_CHUNK buffer refilled with read(2); the
 * first bytes are peeked there to pick the codec.  For plain input the
 * peeked bytes are handed out first and later reads go straight into the
 * caller's buffer.  Decoders write into the caller's buffer directly.
 */
#include "vg_input.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <zlib.h>
#include <zstd.h>

typedef enum { CODEC_NONE, CODEC_GZIP, CODEC_ZSTD } codec_t;

struct vg_input {
    int fd;              /* owned unless it is standard input */
    const char *name;    /* borrowed, for messages */
    codec_t codec;
    unsigned char *raw;  /* owned, raw_cap bytes */
    size_t raw_cap;      /* VG_INPUT_CHUNK, or less for a small file */
    size_t size_hint;    /* plain regular file: its size + 1; else 0 */
    size_t raw_beg, raw_end;
    bool raw_eof;
    z_stream z;
    bool z_ready;        /* inflateInit2 succeeded */
    bool z_member_done;  /* a gzip member ended; another may follow */
    ZSTD_DStream *zs;    /* owned */
    size_t zs_hint;      /* last ZSTD_decompressStream result; 0 = frame done */
    bool failed;         /* an error ended the stream; reads keep failing */
    uint64_t bytes;
    char err[512];
};

static vg_err fail(vg_input *in, const char *fmt, const char *detail)
{
    snprintf(in->err, sizeof in->err, fmt, in->name, detail ? detail : "");
    in->failed = true;
    return VG_EIO;
}

/* Refill the raw buffer when it is empty; sets raw_eof at end of file. */
static vg_err fill_raw(vg_input *in)
{
    if (in->raw_beg < in->raw_end || in->raw_eof)
        return VG_OK;
    in->raw_beg = in->raw_end = 0;
    for (;;) {
        ssize_t k = read(in->fd, in->raw, in->raw_cap);
        if (k > 0) {
            in->raw_end = (size_t)k;
            return VG_OK;
        }
        if (k == 0) {
            in->raw_eof = true;
            return VG_OK;
        }
        if (errno != EINTR)
            return fail(in, "%s: read failed: %s", strerror(errno));
    }
}

/* Make at least want raw bytes available if the file has them. */
static vg_err peek_raw(vg_input *in, size_t want)
{
    while (in->raw_end - in->raw_beg < want && !in->raw_eof) {
        if (in->raw_beg > 0) {
            memmove(in->raw, in->raw + in->raw_beg, in->raw_end - in->raw_beg);
            in->raw_end -= in->raw_beg;
            in->raw_beg = 0;
        }
        ssize_t k = read(in->fd, in->raw + in->raw_end, in->raw_cap - in->raw_end);
        if (k > 0)
            in->raw_end += (size_t)k;
        else if (k == 0)
            in->raw_eof = true;
        else if (errno != EINTR)
            return fail(in, "%s: read failed: %s", strerror(errno));
    }
    return VG_OK;
}

vg_err vg_input_open(vg_input **out, const char *path, const char *name,
                     char *err, size_t errcap)
{
    *out = NULL;
    vg_input *in = calloc(1, sizeof *in);
    if (!in)
        return VG_ENOMEM;
    in->fd = -1;
    in->name = name;
    vg_err e = VG_ENOMEM;
    if (strcmp(path, "-") == 0) {
        in->fd = STDIN_FILENO;
    } else {
        in->fd = open(path, O_RDONLY | O_CLOEXEC);
        if (in->fd < 0) {
            e = errno == ENOENT ? VG_ENOTFOUND : VG_EIO;
            if (err)
                snprintf(err, errcap, "%s: cannot open: %s", name, strerror(errno));
            goto fail;
        }
    }
    /* Small files (folders of articles) get small buffers, not 1 MiB each. */
    struct stat st;
    in->raw_cap = VG_INPUT_CHUNK;
    if (fstat(in->fd, &st) == 0 && S_ISREG(st.st_mode) && (uint64_t)st.st_size < VG_INPUT_CHUNK) {
        in->raw_cap = (size_t)st.st_size + 16;
        in->size_hint = (size_t)st.st_size + 1;
    }
    e = VG_ENOMEM;
    in->raw = malloc(in->raw_cap);
    if (!in->raw)
        goto fail;
    e = peek_raw(in, 4);
    if (e)
        goto fail_msg;
    const unsigned char *b = in->raw;
    size_t have = in->raw_end;
    if (have >= 2 && b[0] == 0x1f && b[1] == 0x8b) {
        in->size_hint = 0;
        in->codec = CODEC_GZIP;
        /* 15 + 16: a gzip wrapper is required, so a bad header is caught. */
        if (inflateInit2(&in->z, 15 + 16) != Z_OK) {
            e = VG_ENOMEM;
            goto fail;
        }
        in->z_ready = true;
    } else if (have >= 4 && b[0] == 0x28 && b[1] == 0xb5 && b[2] == 0x2f && b[3] == 0xfd) {
        in->codec = CODEC_ZSTD;
        in->size_hint = 0;
        in->zs = ZSTD_createDStream();
        if (!in->zs) {
            e = VG_ENOMEM;
            goto fail;
        }
        ZSTD_initDStream(in->zs);
        in->zs_hint = 1;
    }
    *out = in;
    return VG_OK;
fail_msg:
    if (err)
        snprintf(err, errcap, "%s", in->err);
fail:
    if (e == VG_ENOMEM && err)
        snprintf(err, errcap, "%s: out of memory", name);
    vg_input_free(in);
    return e;
}

static vg_err read_gzip(vg_input *in, char *dst, size_t cap, size_t *got)
{
    for (;;) {
        vg_err e = fill_raw(in);
        if (e)
            return e;
        if (in->z_member_done) {
            if (in->raw_beg == in->raw_end && in->raw_eof)
                return VG_OK;
            e = peek_raw(in, 2);
            if (e)
                return e;
            const unsigned char *b = in->raw + in->raw_beg;
            if (in->raw_end - in->raw_beg < 2 || b[0] != 0x1f || b[1] != 0x8b)
                return fail(in, "%s: trailing garbage after gzip data%s", NULL);
            inflateReset(&in->z);
            in->z_member_done = false;
        }
        in->z.next_in = in->raw + in->raw_beg;
        in->z.avail_in = (uInt)(in->raw_end - in->raw_beg);
        in->z.next_out = (Bytef *)dst;
        size_t room = cap > UINT32_MAX ? UINT32_MAX : cap;
        in->z.avail_out = (uInt)room;
        int rc = inflate(&in->z, Z_NO_FLUSH);
        in->raw_beg = in->raw_end - in->z.avail_in;
        *got = room - in->z.avail_out;
        if (rc == Z_STREAM_END)
            in->z_member_done = true;
        else if (rc == Z_NEED_DICT || rc == Z_DATA_ERROR || rc == Z_STREAM_ERROR)
            return fail(in, "%s: corrupt gzip data: %s", in->z.msg ? in->z.msg : "bad data");
        else if (rc == Z_MEM_ERROR)
            return VG_ENOMEM;
        if (*got)
            return VG_OK;
        if (!in->z_member_done && in->raw_beg == in->raw_end && in->raw_eof)
            return fail(in, "%s: truncated gzip data (unexpected end of file)%s", NULL);
    }
}

static vg_err read_zstd(vg_input *in, char *dst, size_t cap, size_t *got)
{
    for (;;) {
        vg_err e = fill_raw(in);
        if (e)
            return e;
        if (in->raw_beg == in->raw_end && in->raw_eof) {
            if (in->zs_hint != 0)
                return fail(in, "%s: truncated zstd data (unexpected end of file)%s", NULL);
            return VG_OK;
        }
        ZSTD_inBuffer zin = {in->raw + in->raw_beg, in->raw_end - in->raw_beg, 0};
        ZSTD_outBuffer zout = {dst, cap, 0};
        size_t rc = ZSTD_decompressStream(in->zs, &zout, &zin);
        in->raw_beg += zin.pos;
        if (ZSTD_isError(rc))
            return fail(in, "%s: corrupt zstd data: %s", ZSTD_getErrorName(rc));
        in->zs_hint = rc;
        *got = zout.pos;
        if (*got)
            return VG_OK;
    }
}

vg_err vg_input_read(vg_input *in, char *dst, size_t cap, size_t *got)
{
    *got = 0;
    if (in->failed)
        return VG_EIO;
    if (cap == 0)
        return VG_OK;
    vg_err e = VG_OK;
    switch (in->codec) {
    case CODEC_GZIP:
        e = read_gzip(in, dst, cap, got);
        break;
    case CODEC_ZSTD:
        e = read_zstd(in, dst, cap, got);
        break;
    case CODEC_NONE:
        if (in->raw_beg < in->raw_end) {
            size_t k = in->raw_end - in->raw_beg;
            if (k > cap)
                k = cap;
            memcpy(dst, in->raw + in->raw_beg, k);
            in->raw_beg += k;
            *got = k;
            break;
        }
        while (!in->raw_eof) {
            ssize_t k = read(in->fd, dst, cap);
            if (k > 0) {
                *got = (size_t)k;
                break;
            }
            if (k == 0)
                in->raw_eof = true;
            else if (errno != EINTR)
                return fail(in, "%s: read failed: %s", strerror(errno));
        }
        break;
    }
    if (e && *got)
        e = VG_OK; /* hand out what was decoded; in->failed reports next call */
    in->bytes += *got;
    return e;
}

const char *vg_input_codec(const vg_input *in)
{
    return in->codec == CODEC_GZIP ? "gzip" : in->codec == CODEC_ZSTD ? "zstd" : "none";
}

size_t vg_input_size_hint(const vg_input *in)
{
    return in->size_hint;
}

uint64_t vg_input_bytes(const vg_input *in)
{
    return in->bytes;
}

const char *vg_input_errmsg(const vg_input *in)
{
    return in->err;
}

void vg_input_free(vg_input *in)
{
    if (!in)
        return;
    if (in->z_ready)
        inflateEnd(&in->z);
    ZSTD_freeDStream(in->zs);
    if (in->fd > STDIN_FILENO)
        close(in->fd);
    free(in->raw);
    free(in);
}

/* ---- lines ---------------------------------------------------------- */

void vg_lines_init(vg_lines *l, vg_input *in, size_t max)
{
    memset(l, 0, sizeof *l);
    l->in = in;
    l->max = max;
}

/* Read more input after buf[end]; compacts and grows as needed. */
static vg_err lines_fill(vg_lines *l)
{
    if (l->beg > 0 && (l->beg == l->end || l->end == l->cap)) {
        memmove(l->buf, l->buf + l->beg, l->end - l->beg);
        l->end -= l->beg;
        l->beg = 0;
    }
    if (l->end == l->cap) {
        size_t hint = vg_input_size_hint(l->in);
        size_t ncap = l->cap ? l->cap * 2 : hint ? hint : VG_INPUT_CHUNK;
        char *p = realloc(l->buf, ncap);
        if (!p)
            return VG_ENOMEM;
        l->buf = p;
        l->cap = ncap;
    }
    size_t got;
    vg_err e = vg_input_read(l->in, l->buf + l->end, l->cap - l->end, &got);
    if (e)
        return e;
    if (got == 0)
        l->eof = true;
    l->end += got;
    return VG_OK;
}

/* Discard the rest of an over-long line, counting its bytes. */
static vg_err lines_skip(vg_lines *l)
{
    for (;;) {
        const char *nl = memchr(l->buf + l->beg, '\n', l->end - l->beg);
        if (nl) {
            size_t k = (size_t)(nl - (l->buf + l->beg)) + 1;
            l->skipped += k;
            l->beg += k;
            return VG_OK;
        }
        l->skipped += l->end - l->beg;
        l->beg = l->end = 0;
        if (l->eof)
            return VG_OK;
        vg_err e = lines_fill(l);
        if (e)
            return e;
    }
}

vg_err vg_lines_next(vg_lines *l, vg_slice *line)
{
    size_t scanned = 0; /* bytes of the pending line already searched */
    for (;;) {
        char *p = l->buf ? l->buf + l->beg : NULL;
        size_t have = l->end - l->beg;
        const char *nl = have > scanned ? memchr(p + scanned, '\n', have - scanned) : NULL;
        if (nl || (l->eof && have > 0)) {
            size_t n = nl ? (size_t)(nl - p) + 1 : have;
            l->lineno++;
            if (n > l->max) {
                l->skipped = n;
                l->beg += n;
                return VG_ELIMIT;
            }
            line->p = p;
            line->n = n;
            l->beg += n;
            return VG_OK;
        }
        if (l->eof)
            return VG_DONE;
        scanned = have;
        if (have > l->max) {
            l->lineno++;
            l->skipped = 0;
            vg_err e = lines_skip(l);
            return e ? e : VG_ELIMIT;
        }
        vg_err e = lines_fill(l);
        if (e)
            return e;
    }
}

vg_err vg_lines_peek(vg_lines *l, size_t want, vg_slice *head)
{
    while (!l->eof && l->end - l->beg < want) {
        vg_err e = lines_fill(l);
        if (e)
            return e;
    }
    head->p = l->buf ? l->buf + l->beg : "";
    head->n = l->end - l->beg;
    return VG_OK;
}

void vg_lines_free(vg_lines *l)
{
    free(l->buf);
    l->buf = NULL;
    l->cap = l->beg = l->end = 0;
}
