/*
 * read_test_util.h - helpers shared by the src/read unit tests: a private
 * temporary folder, writing plain/gzip/zstd files into it, and reading a
 * whole input into an array of owned records for easy assertions.
 */
#ifndef READ_TEST_UTIL_H
#define READ_TEST_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>
#include <zlib.h>
#include <zstd.h>

#include "vigie/read.h"

/* One record as the tests see it: owned copies, or an error message. */
typedef struct rec {
    vg_err err;
    char *id, *author, *title, *text, *lang, *source, *url, *repost_of, *reply_to;
    char *origin, *msg;
    int64_t date;
    uint32_t flags;
    uint64_t line;
} rec;

typedef struct recs {
    rec *v;
    size_t n;
    vg_read_stats st;
} recs;

static char tmp_root[256];

static inline char *dup_slice(vg_slice s)
{
    char *p = malloc(s.n + 1);
    assert_non_null(p);
    if (s.n)
        memcpy(p, s.p, s.n);
    p[s.n] = '\0';
    return p;
}

static inline int make_tmp(void **state)
{
    (void)state;
    snprintf(tmp_root, sizeof tmp_root, "/tmp/vg_read_test.XXXXXX");
    return mkdtemp(tmp_root) ? 0 : -1;
}

static inline int drop_tmp(void **state)
{
    (void)state;
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp_root);
    return system(cmd) == 0 ? 0 : -1;
}

/* Path of name inside the temporary folder (static buffer, rotated). */
static inline const char *tpath(const char *name)
{
    static char bufs[4][512];
    static int k;
    char *b = bufs[k++ % 4];
    snprintf(b, 512, "%s/%s", tmp_root, name);
    return b;
}

static inline void write_bytes(const char *path, const void *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(p, 1, n, f), n);
    fclose(f);
}

static inline const char *write_tmp(const char *name, const char *text)
{
    const char *p = tpath(name);
    write_bytes(p, text, strlen(text));
    return p;
}

static inline void write_gzip(const char *path, const void *p, size_t n)
{
    gzFile g = gzopen(path, "wb");
    assert_non_null(g);
    assert_int_equal(gzwrite(g, p, (unsigned)n), (int)n);
    gzclose(g);
}

/* zstd-compress into a malloc'd buffer; *out_n gets the size. */
static inline void *zstd_bytes(const void *p, size_t n, size_t *out_n)
{
    size_t cap = ZSTD_compressBound(n);
    void *z = malloc(cap);
    assert_non_null(z);
    size_t k = ZSTD_compress(z, cap, p, n, 3);
    assert_false(ZSTD_isError(k));
    *out_n = k;
    return z;
}

static inline void write_zstd(const char *path, const void *p, size_t n)
{
    size_t k;
    void *z = zstd_bytes(p, n, &k);
    write_bytes(path, z, k);
    free(z);
}

static inline void recs_free(recs *rs)
{
    for (size_t i = 0; i < rs->n; i++) {
        rec *r = &rs->v[i];
        free(r->id), free(r->author), free(r->title), free(r->text), free(r->lang);
        free(r->source), free(r->url), free(r->repost_of), free(r->reply_to);
        free(r->origin), free(r->msg);
    }
    free(rs->v);
    memset(rs, 0, sizeof *rs);
}

/* Read everything from path; VG_EPARSE records are kept as errors. */
static inline vg_err read_all(const char *path, const vg_read_opts *o, recs *rs)
{
    memset(rs, 0, sizeof *rs);
    vg_reader *r;
    char err[512];
    vg_err e = vg_reader_open(&r, path, o, err, sizeof err);
    if (e)
        return e;
    vg_doc d;
    size_t cap = 0;
    while ((e = vg_reader_next(r, &d)) != VG_DONE) {
        if (rs->n == cap) {
            cap = cap ? cap * 2 : 16;
            rs->v = realloc(rs->v, cap * sizeof *rs->v);
            assert_non_null(rs->v);
        }
        rec *x = &rs->v[rs->n++];
        memset(x, 0, sizeof *x);
        x->err = e;
        if (e) {
            x->msg = strdup(vg_reader_errmsg(r));
            if (e != VG_EPARSE && e != VG_EIO)
                break;
            continue;
        }
        x->id = dup_slice(d.id), x->author = dup_slice(d.author), x->title = dup_slice(d.title);
        x->text = dup_slice(d.text), x->lang = dup_slice(d.lang), x->source = dup_slice(d.source);
        x->url = dup_slice(d.url), x->repost_of = dup_slice(d.repost_of);
        x->reply_to = dup_slice(d.reply_to);
        x->origin = strdup(d.origin ? d.origin : "");
        x->date = d.published_at;
        x->flags = d.flags;
        x->line = d.origin_line;
    }
    vg_reader_stats(r, &rs->st);
    vg_reader_free(r);
    return VG_OK;
}

/* Count of records that are documents (not errors). */
static inline size_t n_docs(const recs *rs)
{
    size_t k = 0;
    for (size_t i = 0; i < rs->n; i++)
        k += rs->v[i].err == VG_OK;
    return k;
}

#endif
