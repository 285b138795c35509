/*
 * vg_html_meta.c - a page's metadata: title, authors, publication date,
 * canonical URL, site name, language, description.
 *
 * Sources, strongest first (docs/EXTRACTION.md, "Metadata"):
 *
 *   title   JSON-LD headline, og:title, twitter:title, <title>; then the
 *           site's name is cut off ("Headline | Site", "Site - Headline")
 *           and a first <h1> that the title starts with wins over it
 *   date    JSON-LD datePublished, article:published_time and the usual
 *           meta names (pubdate, dc.date, parsely-pub-date ...), an
 *           itemprop=datePublished, a <time datetime>, a date written in a
 *           date/byline element ("Nov. 19, 2019")
 *   authors JSON-LD author(s), meta author / article:author /
 *           parsely-author, rel=author or itemprop=author elements
 *   url     link rel=canonical, og:url, the URL the caller fetched
 *   site    og:site_name, JSON-LD publisher, application-name, host
 *   lang    <html lang>, content-language, og:locale
 *
 * JSON-LD is parsed with jansson; a block jansson refuses (sites emit
 * trailing commas, raw newlines) is still searched for "datePublished"
 * as text.  Every value lands in an owned buffer of vg_hmeta.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>
#include <libxml/uri.h>

#include "vg_html_dom.h"
#include "vigie/read.h"

/* What the head and the JSON-LD said, before choosing (borrowed or owned
 * strings are copied into the scratch buffers below). */
typedef struct cands {
    vg_buf title_tag, og_title, tw_title, ld_headline, h1;
    vg_buf ld_date, meta_date, time_date, weak_date, text_date;
    vg_buf ld_authors, meta_authors, el_authors;
    vg_buf canonical, og_url;
    vg_buf og_site, ld_site, app_name;
    vg_buf lang_attr, lang_meta, og_locale;
    vg_buf desc, og_desc;
    vg_buf base_href;
} cands;

#define CANDS_N (sizeof(cands) / sizeof(vg_buf))

static vg_err set(vg_buf *b, const char *s)
{
    if (b->n || !s)
        return VG_OK; /* first one wins */
    vg_err e = vg_buf_puts(b, s);
    if (!e)
        b->n = vg_html_squash(b->p, b->n);
    return e;
}

static vg_err add_author(vg_buf *b, const char *s, size_t n)
{
    while (n && isspace((unsigned char)*s)) {
        s++;
        n--;
    }
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    if (n > 3 && strncasecmp(s, "by ", 3) == 0) {
        s += 3;
        n -= 3;
    }
    if (!n || n > 100 || memchr(s, '/', n) || strncasecmp(s, "http", 4) == 0)
        return VG_OK; /* a profile URL, not a name */
    /* no duplicates */
    for (size_t i = 0; i < b->n;) {
        const char *nl = memchr(b->p + i, '\n', b->n - i);
        size_t end = nl ? (size_t)(nl - b->p) : b->n;
        if (end - i == n && strncasecmp(b->p + i, s, n) == 0)
            return VG_OK;
        i = end + 1;
    }
    vg_err e = b->n ? vg_buf_putc(b, '\n') : VG_OK;
    if (!e)
        e = vg_buf_append(b, s, n);
    return e;
}

static bool article_type(json_t *t)
{
    static const char *const types[] = {"NewsArticle", "Article", "BlogPosting",
                                        "ReportageNewsArticle", "AnalysisNewsArticle",
                                        "OpinionNewsArticle", "ReviewNewsArticle",
                                        "LiveBlogPosting", "TechArticle", "ScholarlyArticle",
                                        "Report", "BackgroundNewsArticle", "SocialMediaPosting",
                                        "WebPage", "Blog", "VideoObject"};
    if (json_is_array(t)) {
        size_t i;
        json_t *v;
        json_array_foreach(t, i, v) if (article_type(v)) return true;
        return false;
    }
    const char *s = json_string_value(t);
    if (!s)
        return false;
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (strcmp(s, types[i]) == 0)
            return true;
    return false;
}

static vg_err ld_names(json_t *v, vg_buf *out)
{
    vg_err e = VG_OK;
    if (json_is_string(v)) {
        e = add_author(out, json_string_value(v), json_string_length(v));
    } else if (json_is_object(v)) {
        json_t *n = json_object_get(v, "name");
        if (json_is_string(n))
            e = add_author(out, json_string_value(n), json_string_length(n));
    } else if (json_is_array(v)) {
        size_t i;
        json_t *x;
        json_array_foreach(v, i, x)
        {
            if ((e = ld_names(x, out)) != VG_OK)
                break;
        }
    }
    return e;
}

/* Walk a JSON-LD value: objects, arrays and @graph lists; depth-bounded. */
static vg_err ld_walk(json_t *v, cands *c, int depth)
{
    if (depth > 8)
        return VG_OK;
    vg_err e = VG_OK;
    if (json_is_array(v)) {
        size_t i;
        json_t *x;
        json_array_foreach(v, i, x)
        {
            if ((e = ld_walk(x, c, depth + 1)) != VG_OK)
                return e;
        }
        return VG_OK;
    }
    if (!json_is_object(v))
        return VG_OK;
    json_t *g = json_object_get(v, "@graph");
    if (g && (e = ld_walk(g, c, depth + 1)) != VG_OK)
        return e;
    if (!article_type(json_object_get(v, "@type")))
        return VG_OK;
    bool webpage = json_is_string(json_object_get(v, "@type")) &&
                   (strcmp(json_string_value(json_object_get(v, "@type")), "WebPage") == 0 ||
                    strcmp(json_string_value(json_object_get(v, "@type")), "VideoObject") == 0);
    json_t *h = json_object_get(v, "headline");
    if (!webpage && json_is_string(h))
        e = set(&c->ld_headline, json_string_value(h));
    json_t *d = json_object_get(v, "datePublished");
    if (!e && !json_is_string(d))
        d = json_object_get(v, "dateCreated");
    if (!e && json_is_string(d) && (!webpage || !c->ld_date.n))
        e = set(&c->ld_date, json_string_value(d));
    json_t *a = json_object_get(v, "author");
    if (!e && a && !webpage && !c->ld_authors.n)
        e = ld_names(a, &c->ld_authors);
    json_t *p = json_object_get(v, "publisher");
    if (!e && json_is_object(p) && json_is_string(json_object_get(p, "name")))
        e = set(&c->ld_site, json_string_value(json_object_get(p, "name")));
    return e;
}

/* "datePublished": "..." searched as text in a block jansson refused. */
static vg_err ld_date_text(const char *s, cands *c)
{
    const char *k = strstr(s, "\"datePublished\"");
    if (!k)
        return VG_OK;
    k += 15;
    while (*k == ' ' || *k == ':' || *k == '\t' || *k == '\n' || *k == '\r')
        k++;
    if (*k != '"')
        return VG_OK;
    const char *q = strchr(k + 1, '"');
    if (!q || q - k > 64)
        return VG_OK;
    char tmp[72];
    snprintf(tmp, sizeof tmp, "%.*s", (int)(q - k - 1), k + 1);
    return set(&c->ld_date, tmp);
}

static vg_err json_ld(const vg_hdom *d, const xmlNode *x, cands *c, vg_buf *scratch)
{
    vg_buf_reset(scratch);
    for (const xmlNode *t = x->children; t; t = t->next)
        if ((t->type == XML_TEXT_NODE || t->type == XML_CDATA_SECTION_NODE) && t->content)
            if (vg_buf_puts(scratch, (const char *)t->content))
                return VG_ENOMEM;
    if (!scratch->n)
        return VG_OK;
    (void)d;
    json_error_t jerr;
    json_t *j = json_loadb(scratch->p, scratch->n, JSON_DECODE_ANY, &jerr);
    vg_err e;
    if (j) {
        e = ld_walk(j, c, 0);
        json_decref(j);
    } else {
        e = ld_date_text(scratch->p, c);
    }
    return e;
}

/* Dates by meta key: strong keys name the publication, weak ones may
 * also be an update or a plain day ("pdate" = "20191119"). */
static const char *const strong_date_keys[] = {
    "article:published_time", "article:published", "og:article:published_time",
    "og:published_time", "datepublished", "published_time", "publishdate", "publish-date",
    "publish_date", "pubdate", "dc.date.issued", "dcterms.issued", "dcterms.created",
    "parsely-pub-date", "sailthru.date", "article.published", "article_date_original",
    "originalpublicationdate", "cxenseparse:recs:publishtime", "citation_publication_date",
    "article.created", "datecreated", "date.available", "release_date", "live_date",
};
static const char *const weak_date_keys[] = {
    "date", "dc.date", "dcterms.date", "dc.date.created", "displaydate", "ptime", "pdate",
    "creation_date", "timestamp",
};

static vg_err meta_key(const char *key, const char *content, cands *c)
{
    vg_err e = VG_OK;
    char k1[64];
    /* itemprop may list several properties: the first decides */
    size_t kn = strcspn(key, " \t");
    if (kn >= sizeof k1)
        return VG_OK;
    memcpy(k1, key, kn);
    k1[kn] = '\0';
    key = k1;
    for (size_t i = 0; i < sizeof strong_date_keys / sizeof strong_date_keys[0]; i++)
        if (strcasecmp(key, strong_date_keys[i]) == 0)
            return set(&c->meta_date, content);
    for (size_t i = 0; i < sizeof weak_date_keys / sizeof weak_date_keys[0]; i++)
        if (strcasecmp(key, weak_date_keys[i]) == 0)
            return set(&c->weak_date, content);
    if (!strcasecmp(key, "og:title"))
        e = set(&c->og_title, content);
    else if (!strcasecmp(key, "twitter:title"))
        e = set(&c->tw_title, content);
    else if (!strcasecmp(key, "og:url"))
        e = set(&c->og_url, content);
    else if (!strcasecmp(key, "og:site_name"))
        e = set(&c->og_site, content);
    else if (!strcasecmp(key, "application-name"))
        e = set(&c->app_name, content);
    else if (!strcasecmp(key, "og:locale"))
        e = set(&c->og_locale, content);
    else if (!strcasecmp(key, "content-language") || !strcasecmp(key, "language") ||
             !strcasecmp(key, "dc.language"))
        e = set(&c->lang_meta, content);
    else if (!strcasecmp(key, "description"))
        e = set(&c->desc, content);
    else if (!strcasecmp(key, "og:description"))
        e = set(&c->og_desc, content);
    else if (!strcasecmp(key, "author") || !strcasecmp(key, "article:author") ||
             !strcasecmp(key, "parsely-author") || !strcasecmp(key, "dc.creator") ||
             !strcasecmp(key, "sailthru.author") || !strcasecmp(key, "byl"))
        e = add_author(&c->meta_authors, content, strlen(content));
    return e;
}

/* One <meta>: each of property, name, itemprop, http-equiv with content. */
static vg_err meta_tag(const xmlNode *x, cands *c)
{
    const char *content = vg_html_attr(x, "content");
    if (!content)
        content = vg_html_attr(x, "value");
    if (!content || !*content)
        return VG_OK;
    static const char *const attrs[] = {"property", "name", "itemprop", "http-equiv"};
    vg_err e = VG_OK;
    for (size_t i = 0; i < 4 && !e; i++) {
        const char *key = vg_html_attr(x, attrs[i]);
        if (key && *key)
            e = meta_key(key, content, c);
    }
    return e;
}

static bool class_has(const xmlNode *x, const char *const *words, size_t k)
{
    const char *v[2] = {vg_html_attr(x, "class"), vg_html_attr(x, "id")};
    for (int j = 0; j < 2; j++) {
        if (!v[j])
            continue;
        for (size_t i = 0; i < k; i++)
            if (strcasestr(v[j], words[i]))
                return true;
    }
    return false;
}

static const char *const month_names[12][2] = {
    {"jan", "january"}, {"feb", "february"}, {"mar", "march"},     {"apr", "april"},
    {"may", "may"},     {"jun", "june"},     {"jul", "july"},      {"aug", "august"},
    {"sep", "september"}, {"oct", "october"}, {"nov", "november"}, {"dec", "december"},
};

/* Month from a word starting at p (English, full or 3+ letters), 0 if none. */
static int month_at(const char *p, size_t n, size_t *used)
{
    size_t k = 0;
    while (k < n && isalpha((unsigned char)p[k]))
        k++;
    if (k < 3)
        return 0;
    for (int m = 0; m < 12; m++) {
        const char *full = month_names[m][1];
        if (k <= strlen(full) && strncasecmp(p, full, k) == 0 &&
            (k == strlen(full) || k == 3 || (m == 8 && k == 4))) {
            *used = k + (k < n && p[k] == '.');
            return m + 1;
        }
    }
    return 0;
}

static int digits(const char *p, size_t n, int max, int *val)
{
    int k = 0, v = 0;
    while ((size_t)k < n && k < max && isdigit((unsigned char)p[k]))
        v = v * 10 + (p[k++] - '0');
    if ((size_t)k < n && isdigit((unsigned char)p[k]))
        return 0; /* longer number */
    *val = v;
    return k;
}

static int64_t ymd(int y, int m, int d)
{
    char iso[16];
    if (y < 1990 || y > 2099 || m < 1 || m > 12 || d < 1 || d > 31)
        return VG_TIME_NONE;
    snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m, d);
    int64_t t;
    return vg_date_parse(iso, 10, &t) == VG_OK ? t : VG_TIME_NONE;
}

int64_t vg_html_text_date(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i && isalnum((unsigned char)p[i - 1]))
            continue;
        size_t used = 0;
        int y = 0, m = 0, d = 0, k;
        if (isalpha((unsigned char)p[i]) && (m = month_at(p + i, n - i, &used))) {
            /* "November 19, 2019", "Nov. 19 2019" */
            size_t j = i + used;
            while (j < n && p[j] == ' ')
                j++;
            if ((k = digits(p + j, n - j, 2, &d)) == 0)
                continue;
            j += (size_t)k;
            if (j + 1 < n && (!strncmp(p + j, "st", 2) || !strncmp(p + j, "nd", 2) ||
                              !strncmp(p + j, "rd", 2) || !strncmp(p + j, "th", 2)))
                j += 2;
            while (j < n && (p[j] == ',' || p[j] == ' '))
                j++;
            if (digits(p + j, n - j, 4, &y) == 4) {
                int64_t t = ymd(y, m, d);
                if (t != VG_TIME_NONE)
                    return t;
            }
        } else if (isdigit((unsigned char)p[i])) {
            k = digits(p + i, n - i, 4, &y);
            size_t j = i + (size_t)k;
            if (k == 4 && j + 5 < n && (p[j] == '-' || p[j] == '/' || p[j] == '.')) {
                /* 2019-11-19 */
                char sep = p[j];
                int k2 = digits(p + j + 1, n - j - 1, 2, &m);
                size_t j2 = j + 1 + (size_t)k2;
                if (k2 && j2 + 1 < n && p[j2] == sep && digits(p + j2 + 1, n - j2 - 1, 2, &d)) {
                    int64_t t = ymd(y, m, d);
                    if (t != VG_TIME_NONE)
                        return t;
                }
            } else if (k >= 1 && k <= 2) {
                /* "19 November 2019" */
                d = y;
                while (j < n && (p[j] == ' ' || p[j] == '.'))
                    j++;
                if (j < n && (m = month_at(p + j, n - j, &used))) {
                    j += used;
                    while (j < n && (p[j] == ' ' || p[j] == ','))
                        j++;
                    if (digits(p + j, n - j, 4, &y) == 4) {
                        int64_t t = ymd(y, m, d);
                        if (t != VG_TIME_NONE)
                            return t;
                    }
                }
            }
            while (i + 1 < n && isdigit((unsigned char)p[i + 1]))
                i++;
        }
    }
    return VG_TIME_NONE;
}

/* Cut the site's name off a title: "Headline | Site", "Site: Headline". */
static size_t strip_site(char *t, size_t n, const char *site, const char *host, const char *h1)
{
    static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                       " :: ", " \xC2\xBB ", " \xC2\xAB ", " \xC2\xB7 ",
                                       " \xE2\x80\xA2 ", " / ", ": "};
    /* A title that starts with the page's <h1> is that <h1> plus a suffix. */
    size_t hn = h1 ? strlen(h1) : 0;
    if (hn >= 10 && hn < n && strncmp(t, h1, hn) == 0)
        return hn;
    for (int round = 0; round < 2; round++) {
        bool cut = false;
        for (size_t s = 0; s < sizeof seps / sizeof seps[0] && !cut; s++) {
            size_t sl = strlen(seps[s]);
            /* last separator: a suffix */
            char *last = NULL;
            for (char *q = strstr(t, seps[s]); q && (size_t)(q - t) < n; q = strstr(q + 1, seps[s]))
                last = q;
            char *first = strstr(t, seps[s]);
            if (first && (size_t)(first - t) >= n)
                first = NULL;
            for (int side = 0; side < 2 && !cut && last; side++) {
                const char *part = side == 0 ? last + sl : t;
                size_t pl = side == 0 ? n - (size_t)(last + sl - t) : (size_t)(first - t);
                if (side == 1 && seps[s][0] == ':')
                    continue; /* "Site: Headline" is too often a real kicker */
                size_t rest = n - pl - sl;
                /* Is the part the site?  Its name, the host's main label, or
                 * short (<= 4 words) beside a long headline. */
                int words = 1;
                for (size_t i = 0; i < pl; i++)
                    words += part[i] == ' ';
                bool named = false;
                if (site && *site && strlen(site) == pl && strncasecmp(part, site, pl) == 0)
                    named = true;
                if (host && *host) {
                    char label[64];
                    const char *dot = strchr(host, '.');
                    size_t ll = dot ? (size_t)(dot - host) : strlen(host);
                    if (ll >= 3 && ll < sizeof label) {
                        memcpy(label, host, ll);
                        label[ll] = '\0';
                        char squeezed[256];
                        size_t k = 0;
                        for (size_t i = 0; i < pl && k + 1 < sizeof squeezed; i++)
                            if (isalnum((unsigned char)part[i]))
                                squeezed[k++] = (char)tolower((unsigned char)part[i]);
                        squeezed[k] = '\0';
                        if (strstr(squeezed, label) || (k >= 3 && strstr(label, squeezed)))
                            named = true;
                    }
                }
                /* "Topic: headline" is a real title; a colon cuts only a name. */
                bool shortside = words <= 4 && rest >= 2 * pl && side == 0 && seps[s][0] != ':';
                if (named || shortside) {
                    if (side == 0) {
                        n = (size_t)(last - t);
                    } else {
                        memmove(t, first + sl, n - pl - sl);
                        n -= pl + sl;
                    }
                    t[n] = '\0';
                    cut = true;
                }
            }
        }
        if (!cut)
            break;
    }
    return n;
}

static void host_of(const char *url, vg_buf *out)
{
    vg_buf_reset(out);
    if (!url)
        return;
    const char *p = strstr(url, "://");
    if (!p)
        return;
    p += 3;
    const char *e = p;
    while (*e && *e != '/' && *e != ':' && *e != '?' && *e != '#')
        e++;
    const char *at = memchr(p, '@', (size_t)(e - p));
    if (at)
        p = at + 1;
    if (e - p > 4 && strncasecmp(p, "www.", 4) == 0)
        p += 4;
    for (; p < e; p++)
        if (vg_buf_putc(out, (char)tolower((unsigned char)*p)))
            return;
}

/* Resolve href against base into out (absolute http(s) only). */
static vg_err resolve(const char *href, const char *base, vg_buf *out)
{
    vg_buf_reset(out);
    if (!href || !*href)
        return VG_OK;
    xmlChar *abs = xmlBuildURI((const xmlChar *)href, (const xmlChar *)(base && *base ? base : NULL));
    const char *u = abs ? (const char *)abs : href;
    vg_err e = VG_OK;
    if (strncasecmp(u, "http://", 7) == 0 || strncasecmp(u, "https://", 8) == 0)
        e = vg_buf_puts(out, u);
    xmlFree(abs);
    return e;
}

/* A date as pages write it in metadata.  Plain numbers are read as
 * YYYYMMDD (8 digits) or epoch seconds/milliseconds (10/13 digits) only;
 * anything outside 1995-2040 is refused as a placeholder or a typo. */
static int64_t page_date(const char *p, size_t n)
{
    while (n && isspace((unsigned char)*p)) {
        p++;
        n--;
    }
    while (n && isspace((unsigned char)p[n - 1]))
        n--;
    size_t dg = 0;
    while (dg < n && isdigit((unsigned char)p[dg]))
        dg++;
    int64_t t = VG_TIME_NONE;
    if (dg == n) {
        if (n == 8) {
            char iso[11] = {p[0], p[1], p[2], p[3], '-', p[4], p[5], '-', p[6], p[7], 0};
            if (vg_date_parse(iso, 10, &t) != VG_OK)
                t = VG_TIME_NONE;
        } else if ((n == 10 || n == 13) && vg_date_parse(p, n, &t) != VG_OK) {
            t = VG_TIME_NONE;
        }
    } else if (vg_date_parse(p, n, &t) != VG_OK) {
        t = vg_html_text_date(p, n);
    }
    if (t != VG_TIME_NONE && (t < 788918400 || t > 2208988800))
        t = VG_TIME_NONE;
    return t;
}

static vg_err choose(const vg_hdom *d, const vg_html_hints *hints, cands *c, vg_hmeta *m)
{
    vg_err e = VG_OK;
    const char *hint_url = hints && hints->url ? hints->url : NULL;
    /* url */
    vg_buf *u = c->canonical.n ? &c->canonical : c->og_url.n ? &c->og_url : NULL;
    e = resolve(u ? u->p : hint_url, hint_url, &m->url);
    if (!e && !m->url.n && hint_url)
        e = resolve(hint_url, NULL, &m->url);
    if (e)
        return e;
    /* base for links: <base href>, the URL fetched, the canonical URL */
    if (c->base_href.n)
        e = resolve(c->base_href.p, hint_url ? hint_url : m->url.p, &m->base);
    else
        e = vg_buf_puts(&m->base, hint_url ? hint_url : m->url.n ? m->url.p : "");
    if (e)
        return e;
    host_of(m->url.n ? m->url.p : hint_url, &m->host);
    /* site */
    vg_buf *s = c->og_site.n ? &c->og_site : c->ld_site.n ? &c->ld_site
                : c->app_name.n ? &c->app_name : &m->host;
    if (s != &m->host && (e = vg_buf_append(&m->site, s->p, s->n)) != VG_OK)
        return e;
    if (s == &m->host && m->host.n && (e = vg_buf_append(&m->site, m->host.p, m->host.n)))
        return e;
    /* title */
    vg_buf *t = c->ld_headline.n ? &c->ld_headline : c->og_title.n ? &c->og_title
                : c->tw_title.n ? &c->tw_title : c->title_tag.n ? &c->title_tag : &c->h1;
    if ((e = vg_buf_append(&m->title, t->p ? t->p : "", t->n)) != VG_OK)
        return e;
    if (m->title.n) {
        m->title.n = strip_site(m->title.p, m->title.n, m->site.p, m->host.p,
                                c->h1.n ? c->h1.p : NULL);
        m->title.p[m->title.n] = '\0';
    }
    /* authors */
    vg_buf *a = c->ld_authors.n ? &c->ld_authors : c->meta_authors.n ? &c->meta_authors
                : &c->el_authors;
    if (a->n && (e = vg_buf_append(&m->authors, a->p, a->n)) != VG_OK)
        return e;
    /* lang: "en-US", "en_US" -> "en-us" */
    vg_buf *l = c->lang_attr.n ? &c->lang_attr : c->lang_meta.n ? &c->lang_meta : &c->og_locale;
    for (size_t i = 0; i < l->n && !e; i++) {
        char ch = l->p[i] == '_' ? '-' : (char)tolower((unsigned char)l->p[i]);
        if (ch == ',' || ch == ';' || ch == ' ')
            break;
        e = vg_buf_putc(&m->lang, ch);
    }
    /* description */
    vg_buf *ds = c->desc.n ? &c->desc : &c->og_desc;
    if (!e && ds->n)
        e = vg_buf_append(&m->desc, ds->p, ds->n);
    /* date */
    static const char *const date_src[] = {"json-ld", "meta", "time", "meta", "text"};
    vg_buf *dates[] = {&c->ld_date, &c->meta_date, &c->time_date, &c->weak_date,
                       &c->text_date};
    for (int i = 0; i < 5 && !e; i++) {
        int64_t when;
        if (!dates[i]->n || (when = page_date(dates[i]->p, dates[i]->n)) == VG_TIME_NONE)
            continue;
        m->published_at = when;
        e = vg_buf_puts(&m->date_src, date_src[i]);
        break;
    }
    (void)d;
    return e;
}

vg_err vg_html_meta(const vg_hdom *d, const vg_html_hints *hints, vg_hmeta *m)
{
    vg_buf *own[] = {&m->title, &m->authors, &m->url, &m->site, &m->host,
                     &m->lang, &m->desc, &m->date_src, &m->base};
    for (size_t i = 0; i < sizeof own / sizeof own[0]; i++)
        vg_buf_reset(own[i]);
    m->published_at = VG_TIME_NONE;
    cands c;
    memset(&c, 0, sizeof c);
    vg_err e = VG_OK;
    static const char *const date_classes[] = {"date", "time", "publish", "posted", "byline",
                                               "dateline", "timestamp"};
    static const char *const author_classes[] = {"author", "byline"};
    for (size_t i = 0; i < d->n && !e; i++) {
        const vg_hnode *h = &d->node[i];
        const xmlNode *x = h->x;
        switch (h->tag) {
        case T_TITLE:
            if (!c.title_tag.n) {
                vg_buf_reset(&m->scratch);
                e = vg_html_text_of(d, x, &m->scratch);
                if (!e)
                    e = set(&c.title_tag, m->scratch.p);
            }
            break;
        case T_META:
            e = meta_tag(x, &c);
            break;
        case T_LINK: {
            const char *rel = vg_html_attr(x, "rel");
            if (rel && strcasecmp(rel, "canonical") == 0)
                e = set(&c.canonical, vg_html_attr(x, "href"));
            break;
        }
        case T_OTHER:
            if (x->name && strcmp((const char *)x->name, "base") == 0)
                e = set(&c.base_href, vg_html_attr(x, "href"));
            break;
        case T_HTML:
            e = set(&c.lang_attr, vg_html_attr(x, "lang"));
            if (!e)
                e = set(&c.lang_attr, vg_html_attr(x, "xml:lang"));
            break;
        case T_SCRIPT: {
            const char *ty = vg_html_attr(x, "type");
            if (ty && strcasecmp(ty, "application/ld+json") == 0)
                e = json_ld(d, x, &c, &m->scratch);
            break;
        }
        case T_H1:
            if (!c.h1.n && !(h->flags & HN_DROP)) {
                vg_buf_reset(&m->scratch);
                e = vg_html_text_of(d, x, &m->scratch);
                if (!e)
                    e = set(&c.h1, m->scratch.p);
            }
            break;
        case T_TIME:
            if (!c.time_date.n && !(h->flags & HN_DROP))
                e = set(&c.time_date, vg_html_attr(x, "datetime"));
            break;
        default:
            break;
        }
        if (e)
            break;
        /* itemprop on any element */
        const char *ip = vg_html_attr(x, "itemprop");
        if (ip && strcasecmp(ip, "datePublished") == 0 && h->tag != T_META) {
            const char *v = vg_html_attr(x, "datetime");
            if (!v)
                v = vg_html_attr(x, "content");
            e = set(&c.meta_date, v);
        } else if (ip && strcasecmp(ip, "author") == 0 && h->tag != T_META &&
                   !c.el_authors.n && !(h->flags & HN_DROP) && h->text < 100) {
            vg_buf_reset(&m->scratch);
            e = vg_html_text_of(d, x, &m->scratch);
            if (!e)
                e = add_author(&c.el_authors, m->scratch.p,
                               vg_html_squash(m->scratch.p, m->scratch.n));
        }
        if (e)
            break;
        const char *rel = vg_html_attr(x, "rel");
        if (h->tag == T_A && rel && strcasecmp(rel, "author") == 0 && h->text < 60 &&
            !(h->flags & HN_DROP)) {
            vg_buf_reset(&m->scratch);
            e = vg_html_text_of(d, x, &m->scratch);
            if (!e)
                e = add_author(&c.el_authors, m->scratch.p,
                               vg_html_squash(m->scratch.p, m->scratch.n));
        }
        /* a visible date in a date-like element of the body */
        if (!e && !c.text_date.n && h->text > 5 && h->text < 80 && !(h->flags & HN_DROP) &&
            class_has(x, date_classes, sizeof date_classes / sizeof date_classes[0])) {
            vg_buf_reset(&m->scratch);
            e = vg_html_text_of(d, x, &m->scratch);
            if (!e && vg_html_text_date(m->scratch.p, m->scratch.n) != VG_TIME_NONE)
                e = set(&c.text_date, m->scratch.p);
        }
        if (!e && !c.el_authors.n && h->text > 2 && h->text < 60 && !(h->flags & HN_DROP) &&
            h->tag != T_BODY && h->tag != T_HTML &&
            class_has(x, author_classes, sizeof author_classes / sizeof author_classes[0]) &&
            !(h->flags & HN_BLOCK && h->paras)) {
            vg_buf_reset(&m->scratch);
            e = vg_html_text_of(d, x, &m->scratch);
            if (!e) {
                size_t n = vg_html_squash(m->scratch.p, m->scratch.n);
                const char *s = m->scratch.p;
                if (n > 3 && strncasecmp(s, "by ", 3) == 0) {
                    s += 3;
                    n -= 3;
                }
                if (n && n < 60)
                    e = add_author(&c.el_authors, s, n);
            }
        }
    }
    if (!e)
        e = choose(d, hints, &c, m);
    vg_buf *all = (vg_buf *)&c;
    for (size_t i = 0; i < CANDS_N; i++)
        vg_buf_free(&all[i]);
    return e;
}

void vg_hmeta_free(vg_hmeta *m)
{
    vg_buf *own[] = {&m->title, &m->authors, &m->url,  &m->site,  &m->host,
                     &m->lang,  &m->desc,    &m->date_src, &m->base, &m->scratch};
    for (size_t i = 0; i < sizeof own / sizeof own[0]; i++)
        vg_buf_free(own[i]);
}
