/*
 * vg_story_db.c - the stored stories (docs/ARCHITECTURE.md, "Stories",
 * "On disk").
 *
 * Tables (schema version 3):
 *   stories      one row a story: its header, and its sums of member unit
 *                vectors as blobs (open stories: all three views, up to 625
 *                terms each; closed ones: their 24 heaviest words and names)
 *   story_docs   one row a clustered article: its story (the story it is
 *                in now: rows move when stories merge), time, copy cluster,
 *                score, language, flags
 *   story_links  cross-language links, by the stories' ids when linked
 *                (read back through merges)
 * and in meta: story_params (the settings, fixed by the first update),
 * story_upto (the last document read), story_newest, story_stats (the
 * counts summed over updates) and story_df (the document frequencies).
 * Blobs are little-endian: a vector is (hash u64, weight f64) per term, the
 * frequencies are docs u64 then (hash u64, count u32) per term.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vg_store_sql.h"
#include "vg_story_int.h"

#define VG_DAMAGED VG_EPARSE /* what is stored does not read back */

static void put64(vg_buf *b, uint64_t x, int bytes)
{
    char p[8];
    for (int i = 0; i < bytes; i++)
        p[i] = (char)(x >> (8 * i));
    vg_buf_append(b, p, (size_t)bytes);
}

static uint64_t get64(const unsigned char *p, int bytes)
{
    uint64_t x = 0;
    for (int i = 0; i < bytes; i++)
        x |= (uint64_t)p[i] << (8 * i);
    return x;
}

/* v as a blob in b (reset first); 1 on success. */
static int blob_of_svec(const vg_svec *v, vg_buf *b)
{
    b->n = 0;
    for (size_t i = 0; i < v->n; i++) {
        uint64_t w;
        memcpy(&w, &v->v[i].w, sizeof w);
        put64(b, v->v[i].h, 8);
        put64(b, w, 8);
    }
    return b->n == v->n * 16;
}

static vg_err svec_of_blob(sqlite3_stmt *st, int col, vg_svec *v)
{
    const unsigned char *p = sqlite3_column_blob(st, col);
    size_t n = (size_t)sqlite3_column_bytes(st, col);
    if (n % 16)
        return VG_DAMAGED;
    if (vg_svec_reserve(v, n / 16) != VG_OK)
        return VG_ENOMEM;
    for (size_t i = 0; i < n / 16; i++) {
        uint64_t w = get64(p + 16 * i + 8, 8);
        v->v[i].h = get64(p + 16 * i, 8);
        memcpy(&v->v[i].w, &w, sizeof w);
    }
    v->n = n / 16;
    return VG_OK;
}

static vg_err prep(vg_store *s, sqlite3_stmt **st, const char *sql)
{
    if (sqlite3_prepare_v2(vg_store_sqlite(s), sql, -1, st, NULL) != SQLITE_OK) {
        sqlite3_finalize(*st);
        *st = NULL;
        return vg_store_fail(s, "preparing a query of the stored stories");
    }
    return VG_OK;
}

/* Step a statement that returns no row, and reset it. */
static vg_err done(vg_store *s, sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? VG_OK : vg_store_fail(s, "writing the stored stories");
}

/* ---- copy clusters ---------------------------------------------------- */

/*
 * Copy clusters (see vg_story_int.h): an article's is looked up when it
 * comes: its class's cluster, followed up its merges.  (A merge-join of
 * every fingerprinted document beside the scan cost more on streams of
 * posts, where few documents are articles: 1.7 s of 3.8 on the IRA
 * tweets.)
 */
vg_err vg_story_copies_open(vg_store *s, story_copies *c)
{
    sqlite3 *db = vg_store_sqlite(s);
    if (sqlite3_prepare_v2(db,
                           "SELECT k.cluster, c.merged_into FROM copy_docs m"
                           " JOIN copy_classes k ON k.cls = m.cls"
                           " JOIN copy_clusters c ON c.id = k.cluster WHERE m.seq = ?1",
                           -1, &c->st, NULL) != SQLITE_OK
        || sqlite3_prepare_v2(db, "SELECT merged_into FROM copy_clusters WHERE id = ?1", -1,
                              &c->up, NULL) != SQLITE_OK) {
        sqlite3_finalize(c->st);
        sqlite3_finalize(c->up);
        c->st = c->up = NULL;
    }
    return VG_OK;
}

void vg_story_copies_close(story_copies *c)
{
    sqlite3_finalize(c->st);
    sqlite3_finalize(c->up);
}

int64_t vg_story_copies_root(story_copies *c, int64_t cluster)
{
    for (int hops = 0; c->up && hops < 1000; hops++) {
        sqlite3_bind_int64(c->up, 1, cluster);
        int64_t next = sqlite3_step(c->up) == SQLITE_ROW ? sqlite3_column_int64(c->up, 0) : 0;
        sqlite3_reset(c->up);
        if (!next)
            break;
        cluster = next;
    }
    return cluster;
}

int64_t vg_story_copies_of(story_copies *c, int64_t seq)
{
    if (!c->st)
        return 0;
    sqlite3_bind_int64(c->st, 1, seq);
    int64_t cluster = 0, next = 0;
    if (sqlite3_step(c->st) == SQLITE_ROW) {
        cluster = sqlite3_column_int64(c->st, 0);
        next = sqlite3_column_int64(c->st, 1); /* NULL: 0 */
    }
    sqlite3_reset(c->st);
    return next ? vg_story_copies_root(c, next) : cluster;
}

/* ---- the state in meta ------------------------------------------------ */

#define NSTATS 12

static uint64_t *stat_field(vg_story_stats *st, int i)
{
    uint64_t *f[NSTATS] = {&st->docs,      &st->articles, &st->empty,    &st->short_texts,
                           &st->no_date,   &st->no_title, &st->unstemmed, &st->copies,
                           &st->stories,   &st->merged,   &st->closed,    &st->peak_open};
    return f[i];
}

static vg_err read_state(vg_store *s, story_state *ss, vg_df *df)
{
    memset(ss, 0, sizeof *ss);
    sqlite3_stmt *st = NULL;
    vg_err e = prep(s, &st, "SELECT k, v FROM meta WHERE k IN ('story_params', 'story_upto',"
                            " 'story_newest', 'story_stats', 'story_df')");
    int rc = SQLITE_DONE;
    while (e == VG_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *k = (const char *)sqlite3_column_text(st, 0);
        if (!strcmp(k, "story_upto")) {
            ss->upto = sqlite3_column_int64(st, 1);
        } else if (!strcmp(k, "story_newest")) {
            ss->newest = sqlite3_column_int64(st, 1);
        } else if (!strcmp(k, "story_params")) {
            const char *v = (const char *)sqlite3_column_text(st, 1);
            long long quiet = 0;
            story_params *p = &ss->p;
            /* The profile came later: stored params without it are planted's. */
            p->profile = VG_STORY_PROFILE_PLANTED;
            int got = v ? sscanf(v, "%lf %lf %lf %lf %lf %lf %lld %u %u %d", &p->th,
                                 &p->w[V_WORDS], &p->w[V_NAMES], &p->w[V_TITLE], &p->link,
                                 &p->sigma_days, &quiet, &p->min_chars, &p->warm, &p->profile)
                        : 0;
            if (got != 9 && got != 10)
                e = VG_DAMAGED;
            p->quiet = quiet;
            ss->have = 1;
        } else if (!strcmp(k, "story_stats")) {
            const char *v = (const char *)sqlite3_column_text(st, 1);
            for (int i = 0, used = 0; v && i < NSTATS; i++, v += used)
                if (sscanf(v, "%" SCNu64 "%n", stat_field(&ss->st, i), &used) != 1)
                    e = VG_DAMAGED;
        } else if (!strcmp(k, "story_df") && df) {
            const unsigned char *p = sqlite3_column_blob(st, 1);
            size_t n = (size_t)sqlite3_column_bytes(st, 1);
            if (n < 8 || (n - 8) % 12) {
                e = VG_DAMAGED;
                break;
            }
            df->docs = get64(p, 8);
            for (size_t i = 8; i < n && e == VG_OK; i += 12)
                e = vg_df_set(df, get64(p + i, 8), (uint32_t)get64(p + i + 8, 4));
        }
    }
    sqlite3_finalize(st);
    return e;
}

static vg_err meta_put(vg_store *s, sqlite3_stmt *st, const char *k, const void *v, size_t n,
                       int blob)
{
    sqlite3_bind_text(st, 1, k, -1, SQLITE_STATIC);
    if (blob)
        sqlite3_bind_blob64(st, 2, v, n, SQLITE_STATIC);
    else
        sqlite3_bind_text(st, 2, v, (int)n, SQLITE_STATIC);
    return done(s, st);
}

static vg_err write_state(vg_store *s, const story_state *ss, const vg_df *df)
{
    sqlite3_stmt *st = NULL;
    vg_err e = prep(s, &st, "INSERT OR REPLACE INTO meta (k, v) VALUES (?1, ?2)");
    if (e != VG_OK)
        return e;
    char t[512];
    const story_params *p = &ss->p;
    int n = snprintf(t, sizeof t, "%.17g %.17g %.17g %.17g %.17g %.17g %lld %u %u %d", p->th,
                     p->w[V_WORDS], p->w[V_NAMES], p->w[V_TITLE], p->link, p->sigma_days,
                     (long long)p->quiet, p->min_chars, p->warm, p->profile);
    e = meta_put(s, st, "story_params", t, (size_t)n, 0);
    vg_story_stats c = ss->st;
    n = 0;
    for (int i = 0; i < NSTATS; i++)
        n += snprintf(t + n, sizeof t - (size_t)n, "%s%" PRIu64, i ? " " : "",
                      *stat_field(&c, i));
    if (e == VG_OK)
        e = meta_put(s, st, "story_stats", t, (size_t)n, 0);
    if (e == VG_OK) {
        n = snprintf(t, sizeof t, "%lld", (long long)ss->upto);
        e = meta_put(s, st, "story_upto", t, (size_t)n, 0);
    }
    if (e == VG_OK) {
        n = snprintf(t, sizeof t, "%lld", (long long)ss->newest);
        e = meta_put(s, st, "story_newest", t, (size_t)n, 0);
    }
    vg_buf b = {0};
    put64(&b, df->docs, 8);
    for (size_t i = 0; i < df->cap; i++)
        if (df->key[i]) {
            put64(&b, df->key[i], 8);
            put64(&b, df->cnt[i], 4);
        }
    if (e == VG_OK && b.n != 8 + 12 * df->n)
        e = VG_ENOMEM;
    if (e == VG_OK)
        e = meta_put(s, st, "story_df", b.p, b.n, 1);
    vg_buf_free(&b);
    sqlite3_finalize(st);
    return e;
}

/* ---- stories ------------------------------------------------------------ */

static void langs_parse(story *s, const char *p)
{
    s->nlangs = 0;
    while (p && *p && s->nlangs < 8) {
        size_t n = strcspn(p, ",");
        size_t k = n < 3 ? n : 3;
        memcpy(s->langs[s->nlangs], p, k);
        s->langs[s->nlangs++][k] = '\0';
        p += n + (p[n] == ',');
    }
}

/*
 * The stories' headers into v, in id order; with all set, every story's
 * words and names, else the open stories' three views.  Labels: of every
 * story with all, else of the open ones.
 */
static vg_err read_stories(vg_store *s, vg_stories *v, int all)
{
    sqlite3_stmt *st = NULL;
    vg_err e = prep(s, &st, "SELECT id, merged_into, open, n, first_at, last_at, sum_at, label,"
                            " label_score, langs, words, names, title FROM stories ORDER BY id");
    int rc = SQLITE_DONE;
    while (e == VG_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        uint32_t sid;
        if ((e = vg_stories_push(v, &sid)) != VG_OK)
            break;
        if (sqlite3_column_int64(st, 0) != (int64_t)sid + 1) {
            e = VG_DAMAGED;
            break;
        }
        story *x = &v->s[sid];
        x->merged_into = (uint32_t)sqlite3_column_int64(st, 1);
        x->open = (uint8_t)sqlite3_column_int(st, 2);
        x->n = (uint32_t)sqlite3_column_int64(st, 3);
        x->first_at = sqlite3_column_int64(st, 4);
        x->last_at = sqlite3_column_int64(st, 5);
        x->sum_at = sqlite3_column_double(st, 6);
        x->label_score = sqlite3_column_double(st, 8);
        langs_parse(x, (const char *)sqlite3_column_text(st, 9));
        if (all || x->open) {
            const char *label = (const char *)sqlite3_column_text(st, 7);
            e = vg_stories_put_name(v, label ? label : "", label ? strlen(label) : 0,
                                    &x->label_off);
            for (int k = 0; k < NVIEWS && e == VG_OK; k++)
                if (!all || k != V_TITLE)
                    e = svec_of_blob(st, 10 + k, &x->v[k]);
        }
    }
    if (e == VG_OK && rc != SQLITE_DONE)
        e = vg_store_fail(s, "reading the stored stories");
    sqlite3_finalize(st);
    /* A merge points at a story that exists, earlier or later. */
    for (uint32_t i = 0; e == VG_OK && i < v->n; i++)
        if (v->s[i].merged_into > v->n || v->s[i].merged_into == i + 1)
            e = VG_DAMAGED;
    return e;
}

vg_err vg_story_db_resume(vg_store *s, vg_stories *v, vg_df *df, story_state *ss)
{
    vg_err e = read_state(s, ss, df);
    if (e == VG_OK && ss->have)
        e = read_stories(s, v, 0);
    return e;
}

vg_err vg_story_db_clusters(vg_store *s, int (*row)(void *ctx, int64_t cluster, uint32_t sid),
                            void *ctx)
{
    sqlite3_stmt *st = NULL;
    vg_err e = prep(s, &st, "SELECT m.cluster, m.story FROM stories s"
                            " JOIN story_docs m ON m.story = s.id"
                            " WHERE s.open AND m.cluster != 0");
    int rc = SQLITE_DONE;
    while (e == VG_OK && (rc = sqlite3_step(st)) == SQLITE_ROW)
        if (row(ctx, sqlite3_column_int64(st, 0), (uint32_t)sqlite3_column_int64(st, 1) - 1)) {
            e = VG_ENOMEM;
            break;
        }
    if (e == VG_OK && rc != SQLITE_DONE)
        e = vg_store_fail(s, "reading the stored stories");
    sqlite3_finalize(st);
    return e;
}

static vg_err save_story(vg_store *s, sqlite3_stmt *put, sqlite3_stmt *move, const vg_stories *v,
                         uint32_t i, vg_buf blob[NVIEWS])
{
    const story *x = &v->s[i];
    if (x->merged_into) {
        /* Its earlier members are the absorbing story's now. */
        sqlite3_bind_int64(move, 1, (int64_t)vg_stories_resolve(v, i) + 1);
        sqlite3_bind_int64(move, 2, (int64_t)i + 1);
        vg_err e = done(s, move);
        if (e != VG_OK)
            return e;
    }
    char langs[8 * 4 + 1];
    size_t n = 0;
    for (uint32_t k = 0; k < x->nlangs; k++)
        n += (size_t)snprintf(langs + n, sizeof langs - n, "%s%s", k ? "," : "", x->langs[k]);
    langs[n] = '\0';
    sqlite3_bind_int64(put, 1, (int64_t)i + 1);
    if (x->merged_into)
        sqlite3_bind_int64(put, 2, x->merged_into);
    else
        sqlite3_bind_null(put, 2);
    sqlite3_bind_int(put, 3, x->open);
    sqlite3_bind_int64(put, 4, x->n);
    sqlite3_bind_int64(put, 5, x->first_at);
    sqlite3_bind_int64(put, 6, x->last_at);
    sqlite3_bind_double(put, 7, x->sum_at);
    if (x->label_score >= 0)
        sqlite3_bind_text(put, 8, v->names.p + x->label_off, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(put, 8);
    sqlite3_bind_double(put, 9, x->label_score);
    sqlite3_bind_text(put, 10, langs, -1, SQLITE_TRANSIENT);
    for (int k = 0; k < NVIEWS; k++) {
        if (!blob_of_svec(&x->v[k], &blob[k]))
            return VG_ENOMEM;
        if (x->v[k].n)
            sqlite3_bind_blob64(put, 11 + k, blob[k].p, blob[k].n, SQLITE_STATIC);
        else
            sqlite3_bind_null(put, 11 + k);
    }
    return done(s, put);
}

vg_err vg_story_db_save(vg_store *s, const vg_stories *v, const vg_df *df,
                        const story_state *ss)
{
    sqlite3_stmt *put = NULL, *move = NULL, *doc = NULL, *lk = NULL;
    vg_buf blob[NVIEWS] = {{0}};
    vg_err e = prep(s, &put, "INSERT OR REPLACE INTO stories VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
                             " ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    if (e == VG_OK)
        e = prep(s, &move, "UPDATE story_docs SET story = ?1 WHERE story = ?2");
    if (e == VG_OK)
        e = prep(s, &doc, "INSERT OR REPLACE INTO story_docs VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (e == VG_OK)
        e = prep(s, &lk, "INSERT INTO story_links VALUES (?1, ?2, ?3) ON CONFLICT (a, b)"
                         " DO UPDATE SET score = max(score, excluded.score)");
    for (uint32_t i = 0; e == VG_OK && i < v->n; i++) {
        const story *x = &v->s[i];
        if (x->dirty)
            e = save_story(s, put, move, v, i, blob);
        for (uint32_t j = 0; e == VG_OK && j < x->nm; j++) {
            const member *m = &x->m[j];
            sqlite3_bind_int64(doc, 1, m->seq);
            sqlite3_bind_int64(doc, 2, (int64_t)i + 1);
            sqlite3_bind_int64(doc, 3, m->at);
            sqlite3_bind_int64(doc, 4, m->cluster);
            sqlite3_bind_double(doc, 5, m->score);
            sqlite3_bind_text(doc, 6, m->lang, -1, SQLITE_STATIC);
            sqlite3_bind_int(doc, 7, m->flags);
            e = done(s, doc);
        }
    }
    for (size_t i = 0; e == VG_OK && i < v->nlinks; i++) {
        sqlite3_bind_int64(lk, 1, (int64_t)v->links[i].a + 1);
        sqlite3_bind_int64(lk, 2, (int64_t)v->links[i].b + 1);
        sqlite3_bind_double(lk, 3, v->links[i].score);
        e = done(s, lk);
    }
    if (e == VG_OK)
        e = write_state(s, ss, df);
    sqlite3_finalize(put);
    sqlite3_finalize(move);
    sqlite3_finalize(doc);
    sqlite3_finalize(lk);
    for (int k = 0; k < NVIEWS; k++)
        vg_buf_free(&blob[k]);
    return e;
}

vg_err vg_story_db_result(vg_store *s, vg_stories *v, story_state *ss)
{
    vg_err e = read_state(s, ss, NULL);
    if (e != VG_OK || !ss->have)
        goto out;
    if ((e = read_stories(s, v, 1)) != VG_OK)
        goto out;
    for (uint32_t i = 0; i < v->n; i++)
        v->s[i].n = 0; /* counted from the members below */
    sqlite3_stmt *st = NULL;
    if ((e = prep(s, &st, "SELECT m.seq, m.story, m.at, m.cluster, m.score, m.lang, m.flags,"
                          " d.id, d.source FROM story_docs m JOIN docs d ON d.seq = m.seq"
                          " ORDER BY m.seq")) != VG_OK)
        goto out;
    int rc = SQLITE_DONE;
    /* Members' copy clusters as they are now: clusters merge after. */
    story_copies cp = {0};
    vg_story_copies_open(s, &cp);
    while (e == VG_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t sid = sqlite3_column_int64(st, 1);
        if (sid < 1 || sid > v->n) {
            e = VG_DAMAGED;
            break;
        }
        story *x = &v->s[vg_stories_resolve(v, (uint32_t)sid - 1)];
        if (vg_array_grow(&x->m, &x->capm, (size_t)x->nm + 1, sizeof *x->m, 4) != VG_OK) {
            e = VG_ENOMEM;
            break;
        }
        member *m = &x->m[x->nm++];
        x->n = x->nm;
        memset(m, 0, sizeof *m);
        m->seq = sqlite3_column_int64(st, 0);
        m->at = sqlite3_column_int64(st, 2);
        m->cluster = sqlite3_column_int64(st, 3);
        if (m->cluster)
            m->cluster = vg_story_copies_root(&cp, m->cluster);
        m->score = (float)sqlite3_column_double(st, 4);
        const char *l = (const char *)sqlite3_column_text(st, 5);
        snprintf(m->lang, sizeof m->lang, "%s", l ? l : "und");
        m->flags = (uint8_t)sqlite3_column_int(st, 6);
        const char *id = (const char *)sqlite3_column_text(st, 7);
        const char *src = (const char *)sqlite3_column_text(st, 8);
        if ((e = vg_stories_put_name(v, id ? id : "", id ? strlen(id) : 0, &m->id_off)) == VG_OK)
            e = vg_stories_intern(v, src ? src : "", src ? strlen(src) : 0, &m->src_off);
    }
    if (e == VG_OK && rc != SQLITE_DONE)
        e = vg_store_fail(s, "reading the stored stories");
    vg_story_copies_close(&cp);
    sqlite3_finalize(st);
    st = NULL;
    if (e == VG_OK)
        e = prep(s, &st, "SELECT a, b, score FROM story_links");
    while (e == VG_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t a = sqlite3_column_int64(st, 0), b = sqlite3_column_int64(st, 1);
        if (a < 1 || b < 1 || a > v->n || b > v->n) {
            e = VG_DAMAGED;
            break;
        }
        if (vg_array_grow(&v->links, &v->caplinks, v->nlinks + 1, sizeof *v->links, 64)
            != VG_OK) {
            e = VG_ENOMEM;
            break;
        }
        v->links[v->nlinks++] = (link){(uint32_t)a - 1, (uint32_t)b - 1,
                                       sqlite3_column_double(st, 2)};
    }
    if (e == VG_OK && rc != SQLITE_DONE)
        e = vg_store_fail(s, "reading story links");
    sqlite3_finalize(st);
out:
    return e;
}

vg_err vg_story_db_last_seq(vg_store *s, int64_t *seq)
{
    sqlite3_stmt *st = NULL;
    vg_err e = prep(s, &st, "SELECT coalesce(max(seq), 0) FROM docs");
    if (e == VG_OK && sqlite3_step(st) != SQLITE_ROW)
        e = vg_store_fail(s, "reading documents");
    if (e == VG_OK)
        *seq = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return e;
}

vg_err vg_story_db_reset(vg_store *s)
{
    if (sqlite3_exec(vg_store_sqlite(s),
                     "DELETE FROM stories; DELETE FROM story_docs; DELETE FROM story_links;"
                     "DELETE FROM meta WHERE k IN ('story_params', 'story_upto', 'story_newest',"
                     " 'story_stats', 'story_df');",
                     NULL, NULL, NULL) != SQLITE_OK)
        return vg_store_fail(s, "resetting stories");
    return VG_OK;
}
