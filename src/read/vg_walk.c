/*
 * vg_walk.c - sorted, recursive folder walk (see vg_walk.h).
 *
 * One frame per open folder holds its sorted entry names; the current
 * path is kept in one buffer that frames truncate back to their own
 * length, so the walk allocates once per folder, not per file.
 */
#include "vg_walk.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "vg_buf.h"

typedef struct frame {
    struct dirent **ents; /* owned, from scandir */
    int n, i;
    size_t path_len;      /* length of the folder's path in w->path */
} frame;

struct vg_walk {
    vg_buf path;          /* current path, NUL-terminated */
    size_t root_len;      /* bytes of the root plus its '/' */
    frame stack[VG_WALK_DEPTH];
    int depth;            /* frames in use */
    bool is_dir;
    bool single_done;     /* the single file was handed out */
    const char *base;     /* base name of a single file (into path) */
};

static int not_hidden(const struct dirent *d)
{
    return d->d_name[0] != '.';
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

static vg_err push_dir(vg_walk *w, char *err, size_t errcap)
{
    if (w->depth == VG_WALK_DEPTH) {
        if (err)
            snprintf(err, errcap, "%s: folders nested deeper than %d, skipped", w->path.p,
                     VG_WALK_DEPTH);
        return VG_EIO;
    }
    frame *f = &w->stack[w->depth];
    f->n = scandir(w->path.p, &f->ents, not_hidden, by_name);
    if (f->n < 0) {
        if (err)
            snprintf(err, errcap, "%s: cannot read folder: %s", w->path.p, strerror(errno));
        f->ents = NULL;
        return errno == ENOMEM ? VG_ENOMEM : VG_EIO;
    }
    f->i = 0;
    f->path_len = w->path.n;
    w->depth++;
    return VG_OK;
}

vg_err vg_walk_open(vg_walk **out, const char *root, char *err, size_t errcap)
{
    *out = NULL;
    vg_walk *w = calloc(1, sizeof *w);
    if (!w)
        return VG_ENOMEM;
    vg_err e = vg_buf_puts(&w->path, root);
    if (e)
        goto fail;
    struct stat st;
    if (strcmp(root, "-") != 0 && stat(root, &st) == 0 && S_ISDIR(st.st_mode)) {
        while (w->path.n > 1 && w->path.p[w->path.n - 1] == '/')
            w->path.p[--w->path.n] = '\0';
        w->is_dir = true;
        w->root_len = w->path.n + 1;
        e = push_dir(w, err, errcap);
        if (e)
            goto fail;
    } else {
        const char *slash = strrchr(w->path.p, '/');
        w->base = slash && slash[1] ? slash + 1 : w->path.p;
    }
    *out = w;
    return VG_OK;
fail:
    vg_walk_free(w);
    return e;
}

vg_err vg_walk_next(vg_walk *w, const char **path, const char **rel, char *err,
                    size_t errcap)
{
    if (!w->is_dir) {
        if (w->single_done)
            return VG_DONE;
        w->single_done = true;
        *path = w->path.p;
        *rel = w->base;
        return VG_OK;
    }
    while (w->depth > 0) {
        frame *f = &w->stack[w->depth - 1];
        if (f->i == f->n) {
            for (int k = 0; k < f->n; k++)
                free(f->ents[k]);
            free(f->ents);
            f->ents = NULL;
            w->depth--;
            continue;
        }
        struct dirent *d = f->ents[f->i++];
        w->path.n = f->path_len;
        vg_err e = vg_buf_putc(&w->path, '/');
        if (!e)
            e = vg_buf_puts(&w->path, d->d_name);
        if (e)
            return e;
        struct stat st;
        if (stat(w->path.p, &st) != 0)
            continue; /* vanished or dangling link: nothing to read */
        if (S_ISDIR(st.st_mode)) {
            e = push_dir(w, err, errcap);
            if (e)
                return e;
            continue;
        }
        if (!S_ISREG(st.st_mode))
            continue;
        *path = w->path.p;
        *rel = w->path.p + w->root_len;
        return VG_OK;
    }
    return VG_DONE;
}

bool vg_walk_is_dir(const vg_walk *w)
{
    return w->is_dir;
}

void vg_walk_free(vg_walk *w)
{
    if (!w)
        return;
    for (int d = 0; d < w->depth; d++) {
        frame *f = &w->stack[d];
        for (int k = 0; k < f->n; k++)
            free(f->ents[k]);
        free(f->ents);
    }
    vg_buf_free(&w->path);
    free(w);
}
