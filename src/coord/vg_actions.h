/*
 * vg_actions.h - the actions of accounts, read from the store for
 * coordination detection (docs/ARCHITECTURE.md, "Coordination").
 *
 * Every post with an author and a publication time acts on its objects, of
 * the kinds asked: its copy cluster (text: only texts that have a copy;
 * copy detection must have run; not for native reposts, which act on
 * what they repost),
 * each canonical link, hashtag and mention, the item it reposts and the
 * one it replies to.  Accounts and objects get dense numbers (interned by
 * a 64-bit hash of their kind and name); their names are kept for output.
 */
#ifndef VG_ACTIONS_H
#define VG_ACTIONS_H

#include <stddef.h>
#include <stdint.h>

#include "vg_buf.h"
#include "vg_sweep.h"
#include "vigie/store.h"

/* Object kinds, and their bits in a `by` mask. */
enum {
    VG_OBJ_TEXT = 0,
    VG_OBJ_LINK,
    VG_OBJ_HASHTAG,
    VG_OBJ_MENTION,
    VG_OBJ_REPOST,
    VG_OBJ_REPLY,
    VG_OBJ_KINDS
};

/* Interned names: id -> (kind, name), and a hash table to find them. */
typedef struct vg_names {
    uint32_t *slot;     /* hash table of ids + 1 (0: empty), 2^bits */
    unsigned bits;
    uint64_t *hash;     /* per id: its hash */
    uint32_t *off;      /* per id: offset of its name in text */
    uint8_t *kind;      /* per id */
    size_t n, cap;
    vg_buf text;        /* names, each '\0'-terminated */
} vg_names;

typedef struct vg_actions {
    vg_spill sorted;           /* the actions, sorted by vg_actions_sort */
    size_t n;                  /* actions */
    uint32_t *nact;            /* per account: its actions */
    size_t nact_cap;
    vg_names accts, objs;
    uint64_t posts;            /* documents read */
    uint64_t no_author;        /* skipped: no author */
    uint64_t no_time;          /* skipped: no publication time */
    uint64_t by_kind[VG_OBJ_KINDS]; /* actions of each kind */
} vg_actions;

void vg_actions_free(vg_actions *a);

/* The name of account or object id (NUL-terminated; valid until freed). */
const char *vg_names_get(const vg_names *nm, uint32_t id);

/*
 * Read the actions of the kinds in `by` (bits 1 << VG_OBJ_*) from every
 * document of the store into out (reset first), sorted by vg_actions_sort:
 * in memory when they fit in `chunk` actions (0: VG_SPILL_CHUNK), else
 * on disk (vg_spill.h); read them with vg_src_spill(&out->sorted).
 * VG_ESTORE on a store error, VG_ENOMEM, VG_EIO.
 */
vg_err vg_actions_load(vg_store *s, unsigned by, size_t chunk, vg_actions *out);

#endif
