/*
 * vg_spill.c - sorted actions in memory or on disk (see vg_spill.h).
 *
 * Invariants: the runs in a spill's file are each sorted and lie end to
 * end (run i is [run_end[i-1], run_end[i]) in actions); after finish, fd
 * holds exactly `total` sorted actions, or fd is -1 and v[0..total) holds
 * them.  The merge is a binary heap of the runs' heads; actions equal in
 * (object, time, account) are the same bytes, so the merged order is the
 * order of one sort of everything.
 */
#include "vg_spill.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vg_buf.h"

#define BLOCK 65536   /* actions read at a time (1 MiB) */
#define MERGE_BUF 4096 /* actions buffered per run while merging */

int vg_action_cmp(const vg_action *a, const vg_action *b)
{
    if (a->obj != b->obj)
        return a->obj < b->obj ? -1 : 1;
    if (a->t != b->t)
        return a->t < b->t ? -1 : 1;
    return (a->acct > b->acct) - (a->acct < b->acct);
}

static int cmp_action(const void *x, const void *y)
{
    return vg_action_cmp(x, y);
}

void vg_actions_sort(vg_action *a, size_t n)
{
    if (n > 1)
        qsort(a, n, sizeof *a, cmp_action);
}

void vg_spill_init(vg_spill *s, size_t chunk)
{
    memset(s, 0, sizeof *s);
    s->chunk = chunk ? chunk : VG_SPILL_CHUNK;
    s->fd = -1;
}

void vg_spill_free(vg_spill *s)
{
    free(s->v);
    free(s->run_end);
    if (s->fd >= 0)
        close(s->fd);
    vg_spill_init(s, s->chunk);
}

/* An unlinked temporary file, or -1. */
static int temp_file(void)
{
    const char *dir = getenv("TMPDIR");
    char path[4096];
    /* mkstemp's template: it replaces the six X with a unique suffix. */
    snprintf(path, sizeof path, "%s/vigie-coord-XXXXXX", dir && *dir ? dir : "/tmp");
    int fd = mkstemp(path);
    if (fd >= 0)
        unlink(path);
    return fd;
}

static vg_err write_all(int fd, const void *p, size_t n)
{
    const char *c = p;
    while (n) {
        ssize_t k = write(fd, c, n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return VG_EIO;
        c += k;
        n -= (size_t)k;
    }
    return VG_OK;
}

/* Read up to n actions at action offset off; the count read, or -1. */
static ssize_t read_at(int fd, vg_action *v, size_t n, uint64_t off)
{
    size_t got = 0, want = n * sizeof *v;
    char *p = (char *)v;
    while (got < want) {
        ssize_t k = pread(fd, p + got, want - got, (off_t)(off * sizeof *v + got));
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0)
            return -1;
        if (k == 0)
            break;
        got += (size_t)k;
    }
    return (ssize_t)(got / sizeof *v);
}

/* Sort the chunk and append it to the file as a run. */
static vg_err flush_run(vg_spill *s)
{
    if (s->fd < 0 && (s->fd = temp_file()) < 0)
        return VG_EIO;
    uint64_t *re = realloc(s->run_end, (s->nruns + 1) * sizeof *re);
    if (!re)
        return VG_ENOMEM;
    s->run_end = re;
    vg_actions_sort(s->v, s->n);
    vg_err e = write_all(s->fd, s->v, s->n * sizeof *s->v);
    if (e != VG_OK)
        return e;
    s->run_end[s->nruns] = (s->nruns ? s->run_end[s->nruns - 1] : 0) + s->n;
    s->nruns++;
    s->n = 0;
    return VG_OK;
}

vg_err vg_spill_push(vg_spill *s, uint32_t obj, uint32_t acct, int64_t t)
{
    if (s->n == s->chunk) {
        vg_err e = flush_run(s);
        if (e != VG_OK)
            return e;
    }
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 4096;
        cap = cap > s->chunk ? s->chunk : cap;
        vg_action *v = realloc(s->v, cap * sizeof *v);
        if (!v)
            return VG_ENOMEM;
        s->v = v;
        s->cap = cap;
    }
    s->v[s->n++] = (vg_action){obj, acct, t};
    s->total++;
    return VG_OK;
}

/* One sorted run being merged: its buffered head and what is left. */
typedef struct merge_in {
    vg_action *buf;
    size_t len, pos;
    uint64_t next, end;  /* actions of the file still to buffer */
} merge_in;

static int head_less(const merge_in *in, size_t x, size_t y)
{
    return vg_action_cmp(&in[x].buf[in[x].pos], &in[y].buf[in[y].pos]) < 0;
}

static void sift_down(size_t *h, size_t n, size_t i, const merge_in *in)
{
    for (;;) {
        size_t l = 2 * i + 1, m = i;
        if (l < n && head_less(in, h[l], h[m]))
            m = l;
        if (l + 1 < n && head_less(in, h[l + 1], h[m]))
            m = l + 1;
        if (m == i)
            return;
        size_t x = h[i];
        h[i] = h[m];
        h[m] = x;
        i = m;
    }
}

/* Buffer the next actions of a run; 0 when it is exhausted, -1 on error. */
static int refill(int fd, merge_in *r)
{
    r->pos = 0;
    r->len = 0;
    if (r->next >= r->end)
        return 0;
    size_t want = r->end - r->next < MERGE_BUF ? (size_t)(r->end - r->next) : MERGE_BUF;
    ssize_t k = read_at(fd, r->buf, want, r->next);
    if (k != (ssize_t)want)
        return -1;
    r->len = want;
    r->next += want;
    return 1;
}

/* Merge the runs of s->fd into a new file, which replaces it. */
static vg_err merge_runs(vg_spill *s)
{
    size_t k = s->nruns;
    merge_in *in = calloc(k, sizeof *in);
    size_t *heap = malloc(k * sizeof *heap);
    vg_action *out = malloc(BLOCK * sizeof *out);
    int ofd = temp_file();
    vg_err e = (!in || !heap || !out) ? VG_ENOMEM : ofd < 0 ? VG_EIO : VG_OK;
    size_t nh = 0, no = 0;
    for (size_t i = 0; e == VG_OK && i < k; i++) {
        in[i].next = i ? s->run_end[i - 1] : 0;
        in[i].end = s->run_end[i];
        if (!(in[i].buf = malloc(MERGE_BUF * sizeof *in[i].buf)))
            e = VG_ENOMEM;
        else if (refill(s->fd, &in[i]) < 0)
            e = VG_EIO;
        else if (in[i].len)
            heap[nh++] = i;
    }
    for (size_t i = nh; e == VG_OK && i-- > 0;)
        sift_down(heap, nh, i, in);
    while (e == VG_OK && nh) {
        merge_in *r = &in[heap[0]];
        out[no++] = r->buf[r->pos++];
        if (no == BLOCK) {
            e = write_all(ofd, out, no * sizeof *out);
            no = 0;
        }
        if (r->pos == r->len) {
            int got = refill(s->fd, r);
            if (got < 0) {
                e = VG_EIO;
                break;
            }
            if (!got)
                heap[0] = heap[--nh];
        }
        sift_down(heap, nh, 0, in);
    }
    if (e == VG_OK && no)
        e = write_all(ofd, out, no * sizeof *out);
    for (size_t i = 0; in && i < k; i++)
        free(in[i].buf);
    free(in);
    free(heap);
    free(out);
    if (e != VG_OK) {
        if (ofd >= 0)
            close(ofd);
        return e;
    }
    close(s->fd);
    s->fd = ofd;
    return VG_OK;
}

vg_err vg_spill_finish(vg_spill *s)
{
    if (s->fd < 0) {
        vg_actions_sort(s->v, s->n);
        return VG_OK;
    }
    vg_err e = VG_OK;
    if (s->n)
        e = flush_run(s);
    free(s->v);
    s->v = NULL;
    s->n = s->cap = 0;
    if (e == VG_OK && s->nruns > 1)
        e = merge_runs(s);
    free(s->run_end);
    s->run_end = NULL;
    s->nruns = 0;
    return e;
}

void vg_src_mem(vg_action_src *c, const vg_action *a, size_t n)
{
    memset(c, 0, sizeof *c);
    c->v = a;
    c->n = n;
    c->fd = -1;
}

void vg_src_spill(vg_action_src *c, const vg_spill *s)
{
    vg_src_mem(c, s->fd < 0 ? s->v : NULL, s->total);
    c->fd = s->fd;
    c->bsize = s->chunk < BLOCK ? s->chunk : BLOCK;
}

void vg_src_rewind(vg_action_src *c)
{
    c->pos = 0;
    c->fpos = 0;
    c->blen = c->bpos = 0;
}

void vg_src_free(vg_action_src *c)
{
    free(c->blk);
    free(c->run);
    c->blk = c->run = NULL;
    c->rcap = 0;
}

/* Read the next block of the file; its length (0 at the end), or -1. */
static ssize_t next_block(vg_action_src *c)
{
    if (!c->blk && !(c->blk = malloc(c->bsize * sizeof *c->blk)))
        return -1;
    size_t want = c->n - c->fpos < c->bsize ? (size_t)(c->n - c->fpos) : c->bsize;
    ssize_t k = want ? read_at(c->fd, c->blk, want, c->fpos) : 0;
    if (k != (ssize_t)want)
        return -1;
    c->fpos += want;
    c->blen = want;
    c->bpos = 0;
    return (ssize_t)want;
}

static vg_err run_append(vg_action_src *c, size_t *m, const vg_action *p, size_t k)
{
    if (vg_array_reserve(&c->run, &c->rcap, *m + k, sizeof *c->run) != VG_OK)
        return VG_ENOMEM;
    memcpy(c->run + *m, p, k * sizeof *p);
    *m += k;
    return VG_OK;
}

vg_err vg_src_next(vg_action_src *c, const vg_action **run, size_t *m)
{
    if (c->fd < 0) {
        if (c->pos >= c->n)
            return VG_DONE;
        size_t s = c->pos, e = s + 1;
        while (e < c->n && c->v[e].obj == c->v[s].obj)
            e++;
        c->pos = e;
        *run = c->v + s;
        *m = e - s;
        c->longest = *m > c->longest ? *m : c->longest;
        return VG_OK;
    }
    if (c->bpos == c->blen) {
        ssize_t k = next_block(c);
        if (k < 0)
            return c->blk ? VG_EIO : VG_ENOMEM;
        if (k == 0)
            return VG_DONE;
    }
    size_t s = c->bpos;
    uint32_t obj = c->blk[s].obj;
    while (c->bpos < c->blen && c->blk[c->bpos].obj == obj)
        c->bpos++;
    if (c->bpos < c->blen || c->fpos == c->n) {
        /* The run ends within the block: no copy. */
        *run = c->blk + s;
        *m = c->bpos - s;
    } else {
        /* The run goes on in the next blocks: gather it. */
        size_t len = 0;
        vg_err e = run_append(c, &len, c->blk + s, c->blen - s);
        while (e == VG_OK && c->fpos < c->n) {
            ssize_t k = next_block(c);
            if (k <= 0)
                return k < 0 && !c->blk ? VG_ENOMEM : VG_EIO;
            while (c->bpos < c->blen && c->blk[c->bpos].obj == obj)
                c->bpos++;
            e = run_append(c, &len, c->blk, c->bpos);
            if (c->bpos < c->blen)
                break;
        }
        if (e != VG_OK)
            return e;
        *run = c->run;
        *m = len;
    }
    c->longest = *m > c->longest ? *m : c->longest;
    return VG_OK;
}
