/*
 * vg_sim_text.c - stories, and the template expander (see vg_sim_text.h).
 *
 * The expander is a single left-to-right pass over the template: literal
 * runs are copied in one append, "{...}" picks one alternative at depth 0
 * and recurses into it, "$name" resolves a slot through a per-run hash
 * table.  Sub-grammar slots ($claim, $qbody ...) recurse as well; the
 * grammars in vg_sim_words.c are not self-recursive except through bounded
 * chains, and VG_SIM_MAX_DEPTH stops a mistake from running away.
 * Hand-written because no Debian-packaged library does seeded template
 * expansion; it is small.
 */
#include "vg_sim_text.h"

#include <assert.h>
#include <string.h>

#define VG_SIM_MAX_DEPTH 12
#define VG_SIM_MAX_ALTS 32

/* Cities are a named list so templates can use $city2 for "anywhere". */
static const vg_sim_list *city_list(void)
{
    for (uint32_t i = 0; i < vg_sim_nnamed; i++)
        if (strcmp(vg_sim_named[i].slot, "city2") == 0)
            return &vg_sim_named[i].list;
    assert(0 && "city2 list missing");
    return NULL;
}

void vg_sim_story_make(vg_sim_story *s, uint64_t seed, uint32_t id)
{
    /* Topic weights, per mille: the disinformation-heavy topics dominate. */
    static const uint16_t topic_w[VG_SIM_NTOPICS] = {
        [VG_SIM_T_CYBER] = 160, [VG_SIM_T_LEAK] = 140, [VG_SIM_T_POLL] = 110,
        [VG_SIM_T_DEBATE] = 90, [VG_SIM_T_RALLY] = 100, [VG_SIM_T_ECONOMY] = 80,
        [VG_SIM_T_DISINFO] = 140, [VG_SIM_T_SECURITY] = 60, [VG_SIM_T_EUROPE] = 60,
        [VG_SIM_T_STRIKE] = 60,
    };
    vg_sim_rng r;
    vg_sim_rng_seed(&r, seed, 0x5701, id);
    memset(s, 0, sizeof *s);
    s->id = id;
    uint32_t x = vg_sim_below(&r, 1000);
    s->topic = VG_SIM_NTOPICS - 1;
    for (uint32_t t = 0; t < VG_SIM_NTOPICS; t++) {
        if (x < topic_w[t]) {
            s->topic = t;
            break;
        }
        x -= topic_w[t];
    }
    /* The five front-runners carry most stories. */
    s->cand = vg_sim_chance(&r, 800) ? vg_sim_below(&r, 5) : vg_sim_below(&r, vg_sim_ncandidates);
    s->cand2 = vg_sim_chance(&r, 700) ? vg_sim_below(&r, 5) : vg_sim_below(&r, vg_sim_ncandidates);
    if (s->cand2 == s->cand)
        s->cand2 = (s->cand + 1) % vg_sim_ncandidates;
    s->minister = vg_sim_below(&r, vg_sim_nministers);
    s->official = vg_sim_below(&r, vg_sim_nofficials);
    s->city = vg_sim_chance(&r, 300) ? 0 : vg_sim_below(&r, city_list()->n);
    s->country = vg_sim_chance(&r, 550) ? 0 : vg_sim_below(&r, vg_sim_ncountries);
    s->agency = vg_sim_below(&r, vg_sim_nagencies);
    s->weekday = vg_sim_below(&r, 7);
    s->pct10 = vg_sim_range(&r, 30, 480);
    s->num = vg_sim_range(&r, 2, 40);
    s->big = vg_sim_range(&r, 12, 950) * 100;
    /* Drawn last, so that the fields above stay what they were. */
    s->kfirst = vg_sim_below(&r, vg_sim_first_names.n);
    s->klast = vg_sim_below(&r, vg_sim_last_names.n);
}

/* ---- slots ----------------------------------------------------------- */

enum {
    S_CAND, S_CAND2, S_CLAST, S_C2LAST, S_PARTY, S_PARTIFR, S_MINISTER, S_MLAST,
    S_MINISTREFR, S_OFFICIAL, S_NAME, S_CITY, S_COUNTRY, S_CAPITAL, S_PAYSFR, S_AGENCY,
    S_AGABBR, S_AGENCEFR, S_JOUR, S_JOURCAP, S_PCT, S_PCTFR, S_NUM, S_BIG, S_BIGFR, S_EVENT,
    S_EVENEMENT, S_LEAKNAME, S_LEAKTAG, S_CTAG, S_CTAG2, S_TAG, S_OUTLETHANDLE, S_FIRST,
    S_LAST, S_HE, S_HIS, S_HIM, S_IL, S_E, S_LELA, S_TIME, S_HEURE, S_DATE, S_DATEFR,
    S_SMALL, S_DOZENS, S_COUNT, S_MANY, S_MANYFR, S_AGE, S_KEY, S_KLAST,
    S_NSPECIAL
};

/*
 * Special slots.  Story-bound: cand cand2 clast c2last party partifr
 * minister ministrefr official city country capital paysfr agency agabbr
 * agencefr jour jourcap (and, half the time or less, pct pctfr num big
 * bigfr).  Always the story's: key and klast, the figure of the story
 * (a random person outside a story).  Following the last draw: mlast and name (the last minister and
 * official), he his him il e lela (the last candidate: "she", "elle",
 * "e" as in "soutenue", "la").  Drawn afresh each time, so that sentences
 * of one story differ: time ("9.40am"), heure ("9 h 40"), date ("April
 * 12"), datefr ("12 avril"), small (3-19), dozens (12-95), count
 * (20-950), many ("1,200"-"98,000"), manyfr ("1 200"), age (19-83), first,
 * last.
 */
static const char *const special_names[S_NSPECIAL] = {
    [S_CAND] = "cand", [S_CAND2] = "cand2", [S_CLAST] = "clast", [S_C2LAST] = "c2last",
    [S_PARTY] = "party", [S_PARTIFR] = "partifr", [S_MINISTER] = "minister",
    [S_MLAST] = "mlast", [S_MINISTREFR] = "ministrefr", [S_OFFICIAL] = "official",
    [S_NAME] = "name", [S_CITY] = "city", [S_COUNTRY] = "country", [S_CAPITAL] = "capital",
    [S_PAYSFR] = "paysfr", [S_AGENCY] = "agency", [S_AGABBR] = "agabbr",
    [S_AGENCEFR] = "agencefr", [S_JOUR] = "jour", [S_JOURCAP] = "jourcap", [S_PCT] = "pct",
    [S_PCTFR] = "pctfr", [S_NUM] = "num", [S_BIG] = "big", [S_BIGFR] = "bigfr",
    [S_EVENT] = "event", [S_EVENEMENT] = "evenement", [S_LEAKNAME] = "leakname",
    [S_LEAKTAG] = "leaktag", [S_CTAG] = "ctag", [S_CTAG2] = "ctag2", [S_TAG] = "tag",
    [S_OUTLETHANDLE] = "outlethandle", [S_FIRST] = "first", [S_LAST] = "last",
    [S_HE] = "he", [S_HIS] = "his", [S_HIM] = "him", [S_IL] = "il", [S_E] = "e",
    [S_LELA] = "lela", [S_TIME] = "time", [S_HEURE] = "heure", [S_DATE] = "date",
    [S_DATEFR] = "datefr", [S_SMALL] = "small", [S_DOZENS] = "dozens", [S_COUNT] = "count",
    [S_MANY] = "many", [S_MANYFR] = "manyfr", [S_AGE] = "age", [S_KEY] = "key",
    [S_KLAST] = "klast",
};

static uint32_t slot_hash(const char *p, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)p[i]) * 16777619u;
    return h;
}

static void slots_add(vg_sim_slots *t, const char *name, uint16_t kind, uint16_t idx)
{
    size_t n = strlen(name);
    uint32_t h = slot_hash(name, n) & (VG_SIM_SLOT_CAP - 1);
    while (t->b[h].name) {
        assert(!(t->b[h].len == n && memcmp(t->b[h].name, name, n) == 0) && "duplicate slot");
        h = (h + 1) & (VG_SIM_SLOT_CAP - 1);
    }
    t->b[h] = (vg_sim_slot){name, (uint16_t)n, kind, idx};
}

void vg_sim_slots_init(vg_sim_slots *t)
{
    assert(vg_sim_nnamed <= VG_SIM_MAX_NAMED);
    memset(t, 0, sizeof *t);
    for (uint16_t i = 0; i < S_NSPECIAL; i++)
        slots_add(t, special_names[i], 0, i);
    for (uint16_t i = 0; i < vg_sim_nnamed; i++)
        slots_add(t, vg_sim_named[i].slot, 1, i);
}

static const vg_sim_slot *slots_find(const vg_sim_slots *t, const char *p, size_t n)
{
    uint32_t h = slot_hash(p, n) & (VG_SIM_SLOT_CAP - 1);
    while (t->b[h].name) {
        if (t->b[h].len == n && memcmp(t->b[h].name, p, n) == 0)
            return &t->b[h];
        h = (h + 1) & (VG_SIM_SLOT_CAP - 1);
    }
    return NULL;
}

/* ---- output helpers ------------------------------------------------ */

void vg_sim_put(vg_sim_gen *g, vg_buf *out, const char *p, size_t n)
{
    if (g->err)
        return;
    vg_err e = vg_buf_append(out, p, n);
    if (e)
        g->err = e;
}

void vg_sim_puts(vg_sim_gen *g, vg_buf *out, const char *s)
{
    vg_sim_put(g, out, s, strlen(s));
}

void vg_sim_put_uint(vg_sim_gen *g, vg_buf *out, uint64_t v)
{
    char tmp[24];
    size_t i = sizeof tmp;
    do {
        tmp[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    vg_sim_put(g, out, tmp + i, sizeof tmp - i);
}

void vg_sim_put_json(vg_sim_gen *g, vg_buf *out, const char *p, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    vg_sim_put(g, out, "\"", 1);
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && (unsigned char)p[j] >= 0x20 && p[j] != '"' && p[j] != '\\')
            j++;
        vg_sim_put(g, out, p + i, j - i);
        if (j == n)
            break;
        unsigned char c = (unsigned char)p[j];
        char esc[6] = {'\\', (char)c, 0, 0, 0, 0};
        size_t k = 2;
        if (c == '\n') {
            esc[1] = 'n';
        } else if (c == '\t') {
            esc[1] = 't';
        } else if (c == '\r') {
            esc[1] = 'r';
        } else if (c < 0x20) {
            esc[1] = 'u';
            esc[2] = '0';
            esc[3] = '0';
            esc[4] = hex[c >> 4];
            esc[5] = hex[c & 15];
            k = 6;
        }
        vg_sim_put(g, out, esc, k);
        i = j + 1;
    }
    vg_sim_put(g, out, "\"", 1);
}

/* 12400 -> "12,400" (sep ',') or "12 400" (sep ' ') */
static void put_grouped(vg_sim_gen *g, vg_buf *out, uint32_t v, char sep)
{
    if (v >= 1000) {
        put_grouped(g, out, v / 1000, sep);
        char tmp[4] = {sep, (char)('0' + v / 100 % 10), (char)('0' + v / 10 % 10),
                       (char)('0' + v % 10)};
        vg_sim_put(g, out, tmp, 4);
    } else {
        vg_sim_put_uint(g, out, v);
    }
}

/* 235 -> "23.5" (or "23,5" with comma); whole values lose the decimal. */
static void put_tenths(vg_sim_gen *g, vg_buf *out, uint32_t v, char point)
{
    vg_sim_put_uint(g, out, v / 10);
    if (v % 10) {
        char tmp[2] = {point, (char)('0' + v % 10)};
        vg_sim_put(g, out, tmp, 2);
    }
}

const char *vg_sim_word(vg_sim_gen *g, const vg_sim_list *l)
{
    return l->v[vg_sim_below(&g->rng, l->n)];
}

void vg_sim_person_name(vg_sim_gen *g, vg_buf *out)
{
    vg_sim_puts(g, out, vg_sim_word(g, &vg_sim_first_names));
    vg_sim_put(g, out, " ", 1);
    vg_sim_puts(g, out, vg_sim_word(g, &vg_sim_last_names));
}

void vg_sim_outlet_handle(vg_sim_gen *g, uint32_t o, vg_buf *out)
{
    const char *d = vg_sim_outlets[o % vg_sim_noutlets].domain;
    const char *dash = strstr(d, "-example");
    vg_sim_put(g, out, d, dash ? (size_t)(dash - d) : strlen(d));
}

/* Index for a story-bound slot: the story's value, or any of n. */
static uint32_t bound(vg_sim_gen *g, uint32_t story_value, uint32_t n)
{
    if (g->story && vg_sim_chance(&g->rng, g->bound))
        return story_value % n;
    return vg_sim_below(&g->rng, n);
}

/* A uniform index in [0, n) whose bit is clear in used[]; n if there is none. */
static uint32_t draw_unused(vg_sim_rng *r, uint32_t n, const uint64_t *used)
{
    uint32_t nfree = 0;
    for (uint32_t i = 0; i < n; i++)
        nfree += !(used[i / 64] >> (i % 64) & 1);
    if (nfree == 0)
        return n;
    uint32_t k = vg_sim_below(r, nfree);
    for (uint32_t i = 0; i < n; i++)
        if (!(used[i / 64] >> (i % 64) & 1) && k-- == 0)
            return i;
    return n;
}

/*
 * An entry of named list k: sub-grammars do not repeat in one article,
 * plain word lists not in one sentence (until the list runs out).
 */
static const char *draw_named(vg_sim_gen *g, uint32_t k)
{
    const vg_sim_list *l = &vg_sim_named[k].list;
    uint64_t *used;
    if (vg_sim_named[k].grammar) {
        used = &g->memo.named[k];
    } else {
        if (g->word_at[k] != g->sentence) {
            g->word_at[k] = g->sentence;
            g->word_used[k] = 0;
        }
        used = &g->word_used[k];
    }
    if (l->n > 64)
        return vg_sim_word(g, l); /* too long to track */
    uint32_t i = *used ? draw_unused(&g->rng, l->n, used) : vg_sim_below(&g->rng, l->n);
    if (i == l->n) {
        *used = 0; /* all said: start over */
        i = vg_sim_below(&g->rng, l->n);
    }
    *used |= 1ull << i;
    return l->v[i];
}

static void put_candidate_name(vg_sim_gen *g, vg_buf *out, uint32_t c)
{
    g->cand = c;
    vg_sim_puts(g, out, vg_sim_candidates[c].first);
    vg_sim_put(g, out, " ", 1);
    vg_sim_puts(g, out, vg_sim_candidates[c].last);
}

static void put_person(vg_sim_gen *g, vg_buf *out, const vg_sim_person *p, int with_role_fr)
{
    if (with_role_fr) {
        vg_sim_puts(g, out, p->role_fr);
        vg_sim_put(g, out, " ", 1);
    }
    vg_sim_puts(g, out, p->first);
    vg_sim_put(g, out, " ", 1);
    vg_sim_puts(g, out, p->last);
}

static void expand_range(vg_sim_gen *g, const char *p, const char *end, vg_buf *out,
                         unsigned depth);

static void expand_special(vg_sim_gen *g, unsigned which, vg_buf *out, unsigned depth)
{
    const vg_sim_story *st = g->story;
    static const vg_sim_story none = {0};
    if (!st)
        st = &none;
    uint32_t c;
    switch (which) {
    case S_CAND:
        put_candidate_name(g, out, bound(g, st->cand, vg_sim_ncandidates));
        break;
    case S_CAND2:
        put_candidate_name(g, out, bound(g, st->cand2, vg_sim_ncandidates));
        break;
    case S_CLAST:
        g->cand = bound(g, st->cand, vg_sim_ncandidates);
        vg_sim_puts(g, out, vg_sim_candidates[g->cand].last);
        break;
    case S_C2LAST:
        g->cand = bound(g, st->cand2, vg_sim_ncandidates);
        vg_sim_puts(g, out, vg_sim_candidates[g->cand].last);
        break;
    case S_PARTY:
        vg_sim_puts(g, out, vg_sim_candidates[bound(g, st->cand, vg_sim_ncandidates)].party);
        break;
    case S_PARTIFR:
        vg_sim_puts(g, out, vg_sim_candidates[bound(g, st->cand, vg_sim_ncandidates)].party_fr);
        break;
    case S_MINISTER:
        g->minister = bound(g, st->minister, vg_sim_nministers);
        vg_sim_puts(g, out, vg_sim_ministers[g->minister].role);
        vg_sim_put(g, out, " ", 1);
        put_person(g, out, &vg_sim_ministers[g->minister], 0);
        break;
    case S_MLAST:
        vg_sim_puts(g, out, vg_sim_ministers[g->minister].last);
        break;
    case S_MINISTREFR:
        g->minister = bound(g, st->minister, vg_sim_nministers);
        put_person(g, out, &vg_sim_ministers[g->minister], 1);
        break;
    case S_OFFICIAL:
        g->official = bound(g, st->official, vg_sim_nofficials);
        vg_sim_puts(g, out, vg_sim_officials[g->official].role);
        break;
    case S_NAME:
        put_person(g, out, &vg_sim_officials[g->official], 0);
        break;
    case S_CITY:
        vg_sim_puts(g, out, city_list()->v[bound(g, st->city, city_list()->n)]);
        break;
    case S_COUNTRY:
        vg_sim_puts(g, out, vg_sim_countries[bound(g, st->country, vg_sim_ncountries)].name);
        break;
    case S_CAPITAL:
        vg_sim_puts(g, out, vg_sim_countries[bound(g, st->country, vg_sim_ncountries)].capital);
        break;
    case S_PAYSFR:
        vg_sim_puts(g, out, vg_sim_countries[bound(g, st->country, vg_sim_ncountries)].name_fr);
        break;
    case S_AGENCY:
        vg_sim_puts(g, out, vg_sim_agencies[bound(g, st->agency, vg_sim_nagencies)].name);
        break;
    case S_AGABBR:
        vg_sim_puts(g, out, vg_sim_agencies[bound(g, st->agency, vg_sim_nagencies)].abbr);
        break;
    case S_AGENCEFR:
        vg_sim_puts(g, out, vg_sim_agencies[bound(g, st->agency, vg_sim_nagencies)].name_fr);
        break;
    case S_JOUR:
        vg_sim_puts(g, out, vg_sim_weekdays_fr.v[bound(g, st->weekday, 7)]);
        break;
    case S_JOURCAP: {
        const char *d = vg_sim_weekdays_fr.v[bound(g, st->weekday, 7)];
        char first = (char)(d[0] - 'a' + 'A');
        vg_sim_put(g, out, &first, 1);
        vg_sim_puts(g, out, d + 1);
        break;
    }
    case S_PCT:
    case S_PCTFR: {
        uint32_t v = vg_sim_chance(&g->rng, 500) && g->story ? st->pct10
                                                             : vg_sim_range(&g->rng, 20, 690);
        put_tenths(g, out, v, which == S_PCT ? '.' : ',');
        vg_sim_puts(g, out, which == S_PCT ? " percent" : " %");
        break;
    }
    case S_NUM:
        vg_sim_put_uint(g, out, vg_sim_chance(&g->rng, 350) && g->story
                                    ? st->num : vg_sim_range(&g->rng, 2, 60));
        break;
    case S_BIG:
    case S_BIGFR:
        put_grouped(g, out, vg_sim_chance(&g->rng, 350) && g->story
                                ? st->big : vg_sim_range(&g->rng, 12, 990) * 100,
                    which == S_BIG ? ',' : ' ');
        break;
    case S_EVENT:
    case S_EVENEMENT: {
        const vg_sim_topic *t = &vg_sim_topics[bound(g, st->topic, VG_SIM_NTOPICS)];
        const vg_sim_list *l = which == S_EVENT ? &t->event : &t->event_fr;
        expand_range(g, vg_sim_word(g, l), NULL, out, depth + 1);
        break;
    }
    case S_LEAKNAME:
        c = bound(g, st->cand, vg_sim_ncandidates);
        for (const char *s = vg_sim_candidates[c].first; *s; s++)
            if (*s >= 'A' && *s <= 'Z')
                vg_sim_put(g, out, s, 1);
        vg_sim_put(g, out, vg_sim_candidates[c].last, 1);
        vg_sim_puts(g, out, "LEAKS");
        break;
    case S_LEAKTAG:
        vg_sim_puts(g, out, vg_sim_candidates[st->cand % vg_sim_ncandidates].last);
        vg_sim_puts(g, out, "Leaks");
        break;
    case S_CTAG:
        vg_sim_puts(g, out, vg_sim_candidates[bound(g, st->cand, vg_sim_ncandidates)].hashtag);
        break;
    case S_CTAG2:
        vg_sim_puts(g, out, vg_sim_candidates[bound(g, st->cand2, vg_sim_ncandidates)].hashtag);
        break;
    case S_TAG:
        vg_sim_puts(g, out, vg_sim_word(g, &vg_sim_hashtags));
        break;
    case S_OUTLETHANDLE:
        vg_sim_outlet_handle(g, g->outlet, out);
        break;
    case S_FIRST:
        vg_sim_puts(g, out, vg_sim_word(g, &vg_sim_first_names));
        break;
    case S_LAST:
        vg_sim_puts(g, out, vg_sim_word(g, &vg_sim_last_names));
        break;
    case S_KEY:
        vg_sim_puts(g, out, vg_sim_first_names.v[g->story ? st->kfirst % vg_sim_first_names.n
                                                          : vg_sim_below(&g->rng, vg_sim_first_names.n)]);
        vg_sim_put(g, out, " ", 1);
        /* fall through */
    case S_KLAST:
        vg_sim_puts(g, out, vg_sim_last_names.v[g->story ? st->klast % vg_sim_last_names.n
                                                         : vg_sim_below(&g->rng, vg_sim_last_names.n)]);
        break;
    case S_HE:
    case S_HIS:
    case S_HIM:
    case S_IL:
    case S_E:
    case S_LELA: {
        static const char *const forms[][2] = {
            [S_HE - S_HE] = {"he", "she"}, [S_HIS - S_HE] = {"his", "her"},
            [S_HIM - S_HE] = {"him", "her"}, [S_IL - S_HE] = {"il", "elle"},
            [S_E - S_HE] = {"", "e"}, [S_LELA - S_HE] = {"le", "la"},
        };
        vg_sim_puts(g, out, forms[which - S_HE][vg_sim_candidates[g->cand].fem]);
        break;
    }
    case S_TIME:
    case S_HEURE: {
        /* "9.40am", "6pm"; "9 h 40", "18 heures" */
        uint32_t h = vg_sim_range(&g->rng, 7, 22), m = vg_sim_below(&g->rng, 12) * 5;
        vg_sim_put_uint(g, out, which == S_TIME && h > 12 ? h - 12 : h);
        if (which == S_TIME) {
            if (m) {
                char tmp[3] = {'.', (char)('0' + m / 10), (char)('0' + m % 10)};
                vg_sim_put(g, out, tmp, 3);
            }
            vg_sim_puts(g, out, h >= 12 ? "pm" : "am");
        } else if (m) {
            char tmp[5] = {' ', 'h', ' ', (char)('0' + m / 10), (char)('0' + m % 10)};
            vg_sim_put(g, out, tmp, 5);
        } else {
            vg_sim_puts(g, out, " heures");
        }
        break;
    }
    case S_DATE:
    case S_DATEFR: {
        /* A day of the weeks before the vote: March 1 to April 30. */
        uint32_t d = vg_sim_below(&g->rng, 61), april = d >= 31;
        d = april ? d - 30 : d + 1;
        if (which == S_DATE) {
            vg_sim_puts(g, out, april ? "April " : "March ");
            vg_sim_put_uint(g, out, d);
        } else {
            vg_sim_put_uint(g, out, d);
            vg_sim_puts(g, out, d == 1 ? "er" : "");
            vg_sim_puts(g, out, april ? " avril" : " mars");
        }
        break;
    }
    case S_SMALL:
        vg_sim_put_uint(g, out, vg_sim_range(&g->rng, 3, 19));
        break;
    case S_DOZENS:
        vg_sim_put_uint(g, out, vg_sim_range(&g->rng, 12, 95));
        break;
    case S_COUNT:
        vg_sim_put_uint(g, out, vg_sim_range(&g->rng, 2, 95) * 10);
        break;
    case S_MANY:
    case S_MANYFR:
        put_grouped(g, out, vg_sim_range(&g->rng, 12, 980) * 100, which == S_MANY ? ',' : ' ');
        break;
    case S_AGE:
        vg_sim_put_uint(g, out, vg_sim_range(&g->rng, 19, 83));
        break;
    default:
        assert(0 && "unknown special slot");
    }
}

static int is_slot_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

/* Expand [p, end); end == NULL means up to the NUL. */
static void expand_range(vg_sim_gen *g, const char *p, const char *end, vg_buf *out,
                         unsigned depth)
{
    if (depth > VG_SIM_MAX_DEPTH) {
        assert(0 && "template recursion too deep");
        return;
    }
    while (!g->err && (end ? p < end : *p != '\0')) {
        if (*p == '{') {
            const char *alt[VG_SIM_MAX_ALTS + 1];
            unsigned nalt = 0, d = 0;
            const char *q = p + 1;
            alt[nalt++] = q;
            for (;; q++) {
                assert(*q != '\0' && "unbalanced '{' in template");
                if (*q == '\0')
                    return;
                if (*q == '{') {
                    d++;
                } else if (*q == '}') {
                    if (d == 0)
                        break;
                    d--;
                } else if (*q == '|' && d == 0 && nalt < VG_SIM_MAX_ALTS) {
                    alt[nalt++] = q + 1;
                }
            }
            alt[nalt] = q + 1; /* one past the closing '}' */
            unsigned k = vg_sim_below(&g->rng, nalt);
            expand_range(g, alt[k], alt[k + 1] - 1, out, depth + 1);
            p = q + 1;
        } else if (*p == '$') {
            const char *name = ++p;
            while ((end ? p < end : 1) && is_slot_char(*p))
                p++;
            const vg_sim_slot *s = slots_find(g->slots, name, (size_t)(p - name));
            assert(s && "unknown slot in template");
            if (!s)
                continue;
            if (s->kind == 0) {
                expand_special(g, s->idx, out, depth);
            } else {
                const vg_sim_named_list *nl = &vg_sim_named[s->idx];
                const char *w = draw_named(g, s->idx);
                size_t at = out->n;
                if (nl->grammar)
                    expand_range(g, w, NULL, out, depth + 1);
                if (nl->grammar == 2 && !g->err && at < out->n && out->p[at] >= 'a' &&
                    out->p[at] <= 'z')
                    out->p[at] = (char)(out->p[at] - 'a' + 'A');
                if (!nl->grammar)
                    vg_sim_puts(g, out, w);
            }
        } else {
            const char *q = p;
            while ((end ? q < end : *q != '\0') && *q != '{' && *q != '$')
                q++;
            vg_sim_put(g, out, p, (size_t)(q - p));
            p = q;
        }
    }
}

void vg_sim_gen_init(vg_sim_gen *g, const vg_sim_slots *slots, const vg_sim_story *story,
                     uint64_t seed, uint32_t tag, uint64_t index)
{
    memset(g, 0, sizeof *g);
    vg_sim_rng_seed(&g->rng, seed, tag, index);
    g->slots = slots;
    g->story = story;
    g->bound = 750;
    g->sentence = 1;
    if (story) {
        g->minister = story->minister;
        g->official = story->official;
        g->cand = story->cand;
    }
}

void vg_sim_expand(vg_sim_gen *g, const char *tmpl, vg_buf *out)
{
    g->sentence++;
    expand_range(g, tmpl, NULL, out, 0);
}

/* Expand tmpl as a sentence or headline: first letter capitalised. */
static void expand_capitalised(vg_sim_gen *g, const char *tmpl, vg_buf *out)
{
    size_t at = out->n;
    g->sentence++;
    expand_range(g, tmpl, NULL, out, 0);
    /* Skip an opening quote ('"' or the guillemet, UTF-8 c2 ab) and spaces. */
    for (size_t i = at; !g->err && i < out->n; i++) {
        unsigned char c = (unsigned char)out->p[i];
        if (c >= 'a' && c <= 'z') {
            out->p[i] = (char)(c - 'a' + 'A');
            break;
        }
        if (c == 0xc2 && i + 1 < out->n && (unsigned char)out->p[i + 1] == 0xab) {
            i++;
            continue;
        }
        if (c != '"' && c != ' ' && c != '#' && c != '@')
            break;
    }
}

void vg_sim_pick(vg_sim_gen *g, const vg_sim_list *l, vg_buf *out)
{
    expand_capitalised(g, vg_sim_word(g, l), out);
}

/* The memo row of list l, claimed if new; NULL when the memo is full. */
static uint64_t *memo_row(vg_sim_memo *m, const vg_sim_list *l, int claim)
{
    for (unsigned k = 0; k < VG_SIM_MEMO_LISTS; k++) {
        if (m->list[k] == l)
            return m->used[k];
        if (!m->list[k]) {
            if (!claim)
                return NULL;
            m->list[k] = l;
            return m->used[k];
        }
    }
    assert(0 && "vg_sim_memo: too many lists");
    return NULL;
}

int vg_sim_memo_has(const vg_sim_memo *m, const vg_sim_list *l, uint32_t i)
{
    const uint64_t *row = l ? memo_row((vg_sim_memo *)m, l, 0) : NULL;
    return row && i < 128 && (row[i / 64] >> (i % 64) & 1);
}

void vg_sim_memo_add(vg_sim_memo *m, const vg_sim_list *l, uint32_t i)
{
    uint64_t *row = l ? memo_row(m, l, 1) : NULL;
    if (row && i < 128)
        row[i / 64] |= 1ull << (i % 64);
}

uint32_t vg_sim_pick_fresh(vg_sim_gen *g, const vg_sim_list *l, vg_buf *out)
{
    assert(l->n <= 128);
    uint64_t *row = memo_row(&g->memo, l, 1);
    uint32_t i = row ? draw_unused(&g->rng, l->n, row) : vg_sim_below(&g->rng, l->n);
    if (i == l->n)
        return i;
    if (row)
        row[i / 64] |= 1ull << (i % 64);
    expand_capitalised(g, l->v[i], out);
    return i;
}

/* ---- how often two expansions coincide ------------------------------ */

/*
 * The estimate of vg_sim_collision: for a sequence, the product of its
 * parts; for "{a|b|c}", sum over alternatives of (1/n)^2 times the
 * alternative's own estimate (different alternatives are taken to give
 * different texts); for a word list, sum over distinct entries of their
 * share squared; for a sub-grammar, as for alternatives.  A value drawn
 * uniformly among n that sticks to the story with probability s coincides
 * with probability (s + (1-s)/n)^2 + (n-1)((1-s)/n)^2 in one story, about
 * 1/n across stories.  Slots that repeat an earlier draw ($mlast, $he ...)
 * count 1.
 */
static double coll_range(const vg_sim_slots *t, const char *p, const char *end, int same,
                         unsigned depth);

static double coll_uniform(uint32_t n, uint32_t story_permille, int same)
{
    double s = same ? story_permille / 1000.0 : 0.0, o = (1.0 - s) / n;
    return (s + o) * (s + o) + (n - 1) * o * o;
}

static double coll_words(const vg_sim_list *l)
{
    double c = 0;
    for (uint32_t i = 0; i < l->n; i++) {
        uint32_t k = 0;
        for (uint32_t j = 0; j < l->n; j++)
            k += strcmp(l->v[i], l->v[j]) == 0;
        c += (double)k / l->n / l->n; /* each of the k copies adds k/n^2 */
    }
    return c;
}

static double coll_grammar(const vg_sim_slots *t, const vg_sim_list *l, int same, unsigned depth)
{
    double c = 0;
    for (uint32_t i = 0; i < l->n; i++)
        c += coll_range(t, l->v[i], NULL, same, depth + 1);
    return c / l->n / l->n;
}

static double coll_special(const vg_sim_slots *t, unsigned which, int same, unsigned depth)
{
    const uint32_t b = 750; /* vg_sim_gen.bound for articles */
    switch (which) {
    case S_CAND: case S_CAND2: case S_CLAST: case S_C2LAST: case S_PARTY: case S_PARTIFR:
    case S_LEAKNAME: case S_CTAG: case S_CTAG2:
        return coll_uniform(vg_sim_ncandidates, b, same);
    case S_LEAKTAG:
        return coll_uniform(vg_sim_ncandidates, 1000, same);
    case S_MINISTER: case S_MINISTREFR:
        return coll_uniform(vg_sim_nministers, b, same);
    case S_OFFICIAL:
        return coll_uniform(vg_sim_nofficials, b, same);
    case S_CITY:
        return coll_uniform(city_list()->n, b, same);
    case S_COUNTRY: case S_CAPITAL: case S_PAYSFR:
        return coll_uniform(vg_sim_ncountries, b, same);
    case S_AGENCY: case S_AGABBR: case S_AGENCEFR:
        return coll_uniform(vg_sim_nagencies, b, same);
    case S_JOUR: case S_JOURCAP:
        return coll_uniform(7, b, same);
    case S_PCT: case S_PCTFR:
        return coll_uniform(671, 500, same);
    case S_NUM:
        return coll_uniform(59, 350, same);
    case S_BIG: case S_BIGFR:
        return coll_uniform(979, 350, same);
    case S_EVENT: case S_EVENEMENT: {
        /* The topic sticks to the story: count the worst topic's list. */
        double worst = 0;
        for (uint32_t k = 0; k < VG_SIM_NTOPICS; k++) {
            const vg_sim_topic *tp = &vg_sim_topics[k];
            double c = coll_grammar(t, which == S_EVENT ? &tp->event : &tp->event_fr, same, depth);
            worst = c > worst ? c : worst;
        }
        return worst;
    }
    case S_TAG:
        return coll_words(&vg_sim_hashtags);
    case S_FIRST:
        return coll_words(&vg_sim_first_names);
    case S_LAST:
        return coll_words(&vg_sim_last_names);
    case S_KEY: case S_KLAST:
        return same ? 1.0 : coll_words(&vg_sim_last_names);
    case S_TIME: case S_HEURE:
        return 1.0 / (16 * 12);
    case S_DATE: case S_DATEFR:
        return 1.0 / 61;
    case S_SMALL:
        return 1.0 / 17;
    case S_DOZENS:
        return 1.0 / 84;
    case S_COUNT:
        return 1.0 / 94;
    case S_MANY: case S_MANYFR:
        return 1.0 / 969;
    case S_AGE:
        return 1.0 / 65;
    default: /* $mlast, $name, $he ...: follow an earlier draw; $outlethandle */
        return 1.0;
    }
}

static double coll_range(const vg_sim_slots *t, const char *p, const char *end, int same,
                         unsigned depth)
{
    double c = 1.0;
    if (depth > VG_SIM_MAX_DEPTH)
        return 1.0;
    while (end ? p < end : *p != '\0') {
        if (*p == '{') {
            const char *alt[VG_SIM_MAX_ALTS + 1];
            unsigned nalt = 0, d = 0;
            const char *q = p + 1;
            alt[nalt++] = q;
            for (;; q++) {
                if (*q == '\0')
                    return 1.0;
                if (*q == '{') {
                    d++;
                } else if (*q == '}') {
                    if (d == 0)
                        break;
                    d--;
                } else if (*q == '|' && d == 0 && nalt < VG_SIM_MAX_ALTS) {
                    alt[nalt++] = q + 1;
                }
            }
            alt[nalt] = q + 1;
            double sum = 0;
            for (unsigned k = 0; k < nalt; k++)
                sum += coll_range(t, alt[k], alt[k + 1] - 1, same, depth + 1);
            c *= sum / nalt / nalt;
            p = q + 1;
        } else if (*p == '$') {
            const char *name = ++p;
            while ((end ? p < end : 1) && is_slot_char(*p))
                p++;
            const vg_sim_slot *s = slots_find(t, name, (size_t)(p - name));
            if (!s)
                return 1.0;
            if (s->kind == 0)
                c *= coll_special(t, s->idx, same, depth);
            else if (vg_sim_named[s->idx].grammar)
                c *= coll_grammar(t, &vg_sim_named[s->idx].list, same, depth);
            else
                c *= coll_words(&vg_sim_named[s->idx].list);
        } else {
            p++;
        }
    }
    return c;
}

/* Whether p starts a sentence break: [.!?], closing quotes, then a space. */
static size_t sentence_break(const char *p)
{
    if (*p != '.' && *p != '!' && *p != '?')
        return 0;
    size_t k = 1;
    while (p[k] == '"' || p[k] == '\'' || p[k] == ')' || p[k] == '.' || p[k] == '!' ||
           p[k] == '?')
        k++;
    return p[k] == ' ' || p[k] == '\n' ? k : 0;
}

double vg_sim_collision(const vg_sim_slots *t, const char *tmpl, int same_story)
{
    double worst = 0;
    const char *piece = tmpl;
    unsigned d = 0;
    for (const char *p = tmpl;; p++) {
        size_t k = *p ? sentence_break(p) : 0;
        if (*p == '{') {
            d++;
        } else if (*p == '}') {
            d--;
        } else if (k && d > 0) {
            return 1.0; /* a break inside alternatives: not analysed */
        } else if (k || *p == '\0') {
            double c = coll_range(t, piece, p, same_story, 0);
            worst = c > worst ? c : worst;
            if (!*p)
                break;
            piece = p + k;
        }
    }
    return worst;
}
