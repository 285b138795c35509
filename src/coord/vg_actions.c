/*
 * vg_actions.c - actions of accounts read from the store (see
 * vg_actions.h).
 */
#include "vg_actions.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vg_copy_db.h"
#include "vg_hash.h"
#include "vg_store_sql.h"

#define SEED_NAME 0x636f6f72646e616dull

void vg_actions_free(vg_actions *a)
{
    vg_spill_free(&a->sorted);
    free(a->nact);
    vg_names *nm[2] = {&a->accts, &a->objs};
    for (int i = 0; i < 2; i++) {
        free(nm[i]->slot);
        free(nm[i]->hash);
        free(nm[i]->off);
        free(nm[i]->kind);
        vg_buf_free(&nm[i]->text);
    }
    memset(a, 0, sizeof *a);
}

const char *vg_names_get(const vg_names *nm, uint32_t id)
{
    return id < nm->n ? nm->text.p + nm->off[id] : "";
}

static vg_err names_grow_table(vg_names *nm)
{
    unsigned bits = nm->bits ? nm->bits + 1 : 12;
    uint32_t *slot = calloc((size_t)1 << bits, sizeof *slot);
    if (!slot)
        return VG_ENOMEM;
    size_t mask = ((size_t)1 << bits) - 1;
    for (size_t id = 0; id < nm->n; id++) {
        size_t s = (size_t)(nm->hash[id] >> 16) & mask;
        while (slot[s])
            s = (s + 1) & mask;
        slot[s] = (uint32_t)id + 1;
    }
    free(nm->slot);
    nm->slot = slot;
    nm->bits = bits;
    return VG_OK;
}

/* The id of (kind, p[0..n)), added if new. */
static vg_err intern(vg_names *nm, int kind, const char *p, size_t n, uint32_t *id)
{
    uint64_t h = vg_hash64(p, n, SEED_NAME + (uint64_t)kind);
    if ((nm->n + 1) * 2 > ((size_t)1 << nm->bits) && names_grow_table(nm) != VG_OK)
        return VG_ENOMEM;
    size_t mask = ((size_t)1 << nm->bits) - 1;
    size_t s = (size_t)(h >> 16) & mask;
    for (; nm->slot[s]; s = (s + 1) & mask) {
        uint32_t c = nm->slot[s] - 1;
        if (nm->hash[c] == h && nm->kind[c] == kind) {
            *id = c;
            return VG_OK;
        }
    }
    if (nm->n == nm->cap) {
        size_t cap = nm->cap ? nm->cap * 2 : 1024;
        uint64_t *hv = realloc(nm->hash, cap * sizeof *hv);
        if (!hv)
            return VG_ENOMEM;
        nm->hash = hv;
        uint32_t *ov = realloc(nm->off, cap * sizeof *ov);
        if (!ov)
            return VG_ENOMEM;
        nm->off = ov;
        uint8_t *kv = realloc(nm->kind, cap);
        if (!kv)
            return VG_ENOMEM;
        nm->kind = kv;
        nm->cap = cap;
    }
    uint32_t c = (uint32_t)nm->n++;
    nm->hash[c] = h;
    nm->kind[c] = (uint8_t)kind;
    nm->off[c] = (uint32_t)nm->text.n;
    if (vg_buf_append(&nm->text, p, n) != VG_OK || vg_buf_append(&nm->text, "", 1) != VG_OK)
        return VG_ENOMEM;
    nm->slot[s] = c + 1;
    *id = c;
    return VG_OK;
}

static vg_err push(vg_actions *a, uint32_t obj, uint32_t acct, int64_t t, int kind)
{
    vg_err e = vg_spill_push(&a->sorted, obj, acct, t);
    if (e != VG_OK)
        return e;
    a->n++;
    a->nact[acct]++;
    a->by_kind[kind]++;
    return VG_OK;
}

/* One action per '\n'-separated item of p[0..n). */
static vg_err each_item(vg_actions *a, int kind, const char *p, size_t n, uint32_t acct,
                        int64_t t)
{
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && p[j] != '\n')
            j++;
        if (j > i) {
            uint32_t obj;
            vg_err e = intern(&a->objs, kind, p + i, j - i, &obj);
            if (e == VG_OK)
                e = push(a, obj, acct, t, kind);
            if (e != VG_OK)
                return e;
        }
        i = j + 1;
    }
    return VG_OK;
}

vg_err vg_actions_load(vg_store *s, unsigned by, size_t chunk, vg_actions *out)
{
    memset(out, 0, sizeof *out);
    vg_spill_init(&out->sorted, chunk);
    sqlite3 *db = vg_store_sqlite(s);
    /* A cluster's id after merges (VG_COPY_ROOT_CTE). */
    const char *sql =
        (by & (1u << VG_OBJ_TEXT))
            ? VG_COPY_ROOT_CTE
              "SELECT d.author, d.published_at, d.links, d.hashtags, d.mentions,"
              "  d.repost_of, d.reply_to, root.r FROM docs d"
              "  LEFT JOIN copy_docs m ON m.seq = d.seq"
              "  LEFT JOIN copy_classes k ON k.cls = m.cls"
              "  LEFT JOIN root ON root.id = k.cluster ORDER BY d.seq"
            : "SELECT author, published_at, links, hashtags, mentions, repost_of, reply_to,"
              "  NULL FROM docs ORDER BY seq";
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        return vg_store_fail(s, "reading actions");
    vg_err e = VG_OK;
    int rc;
    while (e == VG_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        out->posts++;
        const char *author = (const char *)sqlite3_column_text(st, 0);
        size_t alen = (size_t)sqlite3_column_bytes(st, 0);
        if (!author || !alen) {
            out->no_author++;
            continue;
        }
        if (sqlite3_column_type(st, 1) == SQLITE_NULL) {
            out->no_time++;
            continue;
        }
        int64_t t = sqlite3_column_int64(st, 1);
        uint32_t acct;
        if ((e = intern(&out->accts, 0, author, alen, &acct)) != VG_OK)
            break;
        if (acct >= out->nact_cap) {
            size_t had = out->nact_cap;
            if ((e = vg_array_reserve(&out->nact, &out->nact_cap, (size_t)acct + 1,
                                      sizeof *out->nact)) != VG_OK)
                break;
            memset(out->nact + had, 0, (out->nact_cap - had) * sizeof *out->nact);
        }
        static const int col_kind[] = {VG_OBJ_LINK, VG_OBJ_HASHTAG, VG_OBJ_MENTION,
                                       VG_OBJ_REPOST, VG_OBJ_REPLY};
        for (int c = 0; e == VG_OK && c < 5; c++) {
            int kind = col_kind[c];
            if (!(by & (1u << kind)))
                continue;
            e = each_item(out, kind, (const char *)sqlite3_column_text(st, 2 + c),
                          (size_t)sqlite3_column_bytes(st, 2 + c), acct, t);
        }
        /* A native repost answers its original rather than writing the
         * text again: it is a repost action, never a text one (else every
         * author would co-act with their quick reposters). */
        if (e == VG_OK && (by & (1u << VG_OBJ_TEXT)) && sqlite3_column_type(st, 7) != SQLITE_NULL
            && sqlite3_column_type(st, 5) == SQLITE_NULL) {
            char name[32];
            int len = snprintf(name, sizeof name, "%lld", (long long)sqlite3_column_int64(st, 7));
            uint32_t obj;
            if ((e = intern(&out->objs, VG_OBJ_TEXT, name, (size_t)len, &obj)) == VG_OK)
                e = push(out, obj, acct, t, VG_OBJ_TEXT);
        }
    }
    if (e == VG_OK && rc != SQLITE_DONE)
        e = vg_store_fail(s, "reading actions");
    sqlite3_finalize(st);
    if (e == VG_OK)
        e = vg_spill_finish(&out->sorted);
    return e;
}
