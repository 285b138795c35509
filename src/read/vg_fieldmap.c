/*
 * vg_fieldmap.c - field mappings: parsing "field=path" specs and mapping
 * files, the built-in defaults, and the merge the readers use.
 *
 * Grammar (whitespace around every token is ignored):
 *
 *   spec  := item { ',' item }
 *   item  := field '=' [ alts [ ':unquote' ] ]
 *   alts  := path { '|' path }
 *   field := id | source | author | url | title | text | lang | date
 *          | repost_of | reply_to | html
 *
 * An empty right-hand side ("date=") maps the field to nothing, which turns
 * its defaults off.  A field given twice keeps the last mapping.  A mapping
 * file holds one item per line (commas also work); '#' at the start of a
 * line, or after whitespace, starts a comment.
 */
#include "vg_fieldmap.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const field_names[VG_F_COUNT] = {
    [VG_F_ID] = "id",         [VG_F_SOURCE] = "source", [VG_F_AUTHOR] = "author",
    [VG_F_URL] = "url",       [VG_F_TITLE] = "title",   [VG_F_TEXT] = "text",
    [VG_F_LANG] = "lang",     [VG_F_DATE] = "date",     [VG_F_REPOST_OF] = "repost_of",
    [VG_F_REPLY_TO] = "reply_to", [VG_F_HTML] = "html",
};

/* The defaults, as a spec in the grammar above; docs/FORMATS.md lists them. */
static const char default_spec[] =
    "id=id_str|id|tweet_id|uuid|post_id,"
    "text=full_text|text|content|body|message|tweet,"
    "author=user.screen_name|author|author_id|username|screen_name|account|user,"
    "date=created_at|published_at|publish_date|date|timestamp|time|datetime,"
    "url=url|link|permalink,"
    "title=title|headline,"
    "source=source|domain|outlet|site|platform,"
    "lang=lang|language,"
    "repost_of=retweeted_status.id_str|repost_of|retweet_of|retweeted_id,"
    "reply_to=in_reply_to_status_id_str|reply_to|in_reply_to,"
    "html=html|raw_html|page_html|content_html";

#define UNQUOTE_SUFFIX ":unquote"

const char *vg_field_name(vg_field f)
{
    return (unsigned)f < VG_F_COUNT ? field_names[f] : "?";
}

vg_err vg_fieldmap_new(vg_fieldmap **out)
{
    *out = calloc(1, sizeof **out);
    return *out ? VG_OK : VG_ENOMEM;
}

static void field_clear(vg_fm_field *f)
{
    free(f->text);
    memset(f, 0, sizeof *f);
}

void vg_fieldmap_free(vg_fieldmap *m)
{
    if (!m)
        return;
    for (int i = 0; i < VG_F_COUNT; i++)
        free(m->f[i].text);
    free(m);
}

static void trim(const char **b, const char **e)
{
    while (*b < *e && isspace((unsigned char)**b))
        (*b)++;
    while (*e > *b && isspace((unsigned char)(*e)[-1]))
        (*e)--;
}

static void say(char *err, size_t errcap, const char *fmt, const char *a, size_t an)
{
    if (err && errcap)
        snprintf(err, errcap, fmt, (int)(an > 80 ? 80 : an), a);
}

/* Parse one "field=alts" item [b, e) into m. */
static vg_err parse_item(vg_fieldmap *m, const char *b, const char *e, unsigned extra,
                         char *err, size_t errcap)
{
    trim(&b, &e);
    if (b == e)
        return VG_OK; /* empty item, as in a trailing comma */
    const char *eq = memchr(b, '=', (size_t)(e - b));
    if (!eq) {
        say(err, errcap, "expected field=path, got '%.*s'", b, (size_t)(e - b));
        return VG_EINVAL;
    }
    const char *nb = b, *ne = eq;
    trim(&nb, &ne);
    int fi = -1;
    for (int i = 0; i < VG_F_COUNT; i++)
        if (strlen(field_names[i]) == (size_t)(ne - nb) &&
            strncasecmp(field_names[i], nb, (size_t)(ne - nb)) == 0)
            fi = i;
    if (fi < 0) {
        say(err, errcap,
            "unknown field '%.*s' (known: id, source, author, url, title, text, lang, date, "
            "repost_of, reply_to)",
            nb, (size_t)(ne - nb));
        return VG_EINVAL;
    }
    const char *pb = eq + 1, *pe = e;
    trim(&pb, &pe);
    unsigned flags = VG_FM_SET | extra;
    size_t sl = sizeof UNQUOTE_SUFFIX - 1;
    if ((size_t)(pe - pb) >= sl && memcmp(pe - sl, UNQUOTE_SUFFIX, sl) == 0) {
        flags |= VG_FM_UNQUOTE;
        pe -= sl;
        trim(&pb, &pe);
    }
    vg_fm_field nf = {.flags = flags};
    size_t len = (size_t)(pe - pb);
    nf.text = malloc(len + 1);
    if (!nf.text)
        return VG_ENOMEM;
    char *w = nf.text;
    const char *a = pb;
    while (len > 0 && a <= pe) {
        const char *bar = memchr(a, '|', (size_t)(pe - a));
        const char *ae = bar ? bar : pe;
        const char *ab = a;
        trim(&ab, &ae);
        if (ab == ae) {
            say(err, errcap, "empty alternative in '%.*s'", pb, (size_t)(pe - pb));
            goto bad;
        }
        if (nf.nalts == VG_FM_ALTS) {
            say(err, errcap, "more than 16 alternatives in '%.*s'", pb, (size_t)(pe - pb));
            goto bad;
        }
        memcpy(w, ab, (size_t)(ae - ab));
        nf.alts[nf.nalts].p = w;
        nf.alts[nf.nalts].n = (size_t)(ae - ab);
        nf.nalts++;
        w += ae - ab;
        *w++ = '\0';
        if (!bar)
            break;
        a = bar + 1;
    }
    field_clear(&m->f[fi]);
    m->f[fi] = nf;
    return VG_OK;
bad:
    free(nf.text);
    return VG_EINVAL;
}

static vg_err parse_spec(vg_fieldmap *m, const char *s, size_t n, unsigned extra, char *err,
                         size_t errcap)
{
    const char *p = s, *end = s + n;
    for (;;) {
        const char *comma = memchr(p, ',', (size_t)(end - p));
        const char *ie = comma ? comma : end;
        vg_err e = parse_item(m, p, ie, extra, err, errcap);
        if (e)
            return e;
        if (!comma)
            return VG_OK;
        p = comma + 1;
    }
}

vg_err vg_fieldmap_parse(vg_fieldmap *m, const char *spec, char *err, size_t errcap)
{
    if (!m || !spec) {
        say(err, errcap, "%.*s", "no mapping given", 16);
        return VG_EINVAL;
    }
    return parse_spec(m, spec, strlen(spec), 0, err, errcap);
}

vg_err vg_fieldmap_load(vg_fieldmap *m, const char *path, char *err, size_t errcap)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        if (err && errcap)
            snprintf(err, errcap, "%s: cannot open: %s", path, strerror(errno));
        return errno == ENOENT ? VG_ENOTFOUND : VG_EIO;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t k;
    unsigned long lineno = 0;
    vg_err e = VG_OK;
    char why[256];
    while ((k = getline(&line, &cap, f)) >= 0) {
        lineno++;
        size_t n = (size_t)k;
        for (size_t i = 0; i < n; i++) {
            if (line[i] == '#' && (i == 0 || isspace((unsigned char)line[i - 1]))) {
                n = i;
                break;
            }
        }
        e = parse_spec(m, line, n, 0, why, sizeof why);
        if (e) {
            if (err && errcap)
                snprintf(err, errcap, "%s:%lu: %s", path, lineno, why);
            goto out;
        }
    }
    if (ferror(f)) {
        e = VG_EIO;
        if (err && errcap)
            snprintf(err, errcap, "%s: read failed", path);
    }
out:
    free(line);
    fclose(f);
    return e;
}

vg_err vg_fieldmap_effective(const vg_fieldmap *user, vg_fieldmap **out)
{
    vg_fieldmap *m;
    vg_err e = vg_fieldmap_new(&m);
    if (e)
        return e;
    e = parse_spec(m, default_spec, sizeof default_spec - 1, VG_FM_DEFAULT, NULL, 0);
    if (e)
        goto fail;
    for (int i = 0; user && i < VG_F_COUNT; i++) {
        const vg_fm_field *uf = &user->f[i];
        if (!(uf->flags & VG_FM_SET))
            continue;
        vg_fm_field nf = {.flags = uf->flags, .nalts = uf->nalts};
        size_t len = 0;
        for (int a = 0; a < uf->nalts; a++)
            len += uf->alts[a].n + 1;
        nf.text = malloc(len + 1);
        if (!nf.text) {
            e = VG_ENOMEM;
            goto fail;
        }
        /* The user's alternatives are packed the same way: copy and rebase. */
        if (len)
            memcpy(nf.text, uf->text, len);
        for (int a = 0; a < uf->nalts; a++) {
            nf.alts[a].p = nf.text + (uf->alts[a].p - uf->text);
            nf.alts[a].n = uf->alts[a].n;
        }
        field_clear(&m->f[i]);
        m->f[i] = nf;
    }
    *out = m;
    return VG_OK;
fail:
    vg_fieldmap_free(m);
    return e;
}

vg_slice vg_fieldmap_unquote(vg_slice v)
{
    if (v.n >= 3 && v.p[0] == '\'' && v.p[v.n - 1] == '\'' &&
        (v.p[1] == '@' || v.p[1] == '-' || v.p[1] == '+' || v.p[1] == '=')) {
        v.p++;
        v.n -= 2;
    }
    return v;
}
