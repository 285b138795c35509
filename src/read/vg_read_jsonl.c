/*
 * vg_read_jsonl.c - JSON Lines: one object per line, parsed with jansson.
 *
 * Blank lines are skipped.  Each document field takes the first of its
 * mapped paths that holds a string or a number (numbers become decimal
 * strings, so 64-bit ids survive); null, booleans, objects, arrays and
 * empty strings count as absent and the next alternative is tried.
 *
 * Path lookup: the whole path as one key first (keys may contain dots),
 * then dot-separated steps, where an all-digit step indexes an array:
 * "entities.urls.0.expanded_url".  The parsed object is kept until the
 * next record because the document's slices point into it.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "vg_reader.h"

static bool all_digits(const char *p, size_t n)
{
    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++)
        if (p[i] < '0' || p[i] > '9')
            return false;
    return true;
}

static json_t *lookup(json_t *obj, vg_slice path)
{
    json_t *v = json_object_getn(obj, path.p, path.n);
    if (v || !memchr(path.p, '.', path.n))
        return v;
    const char *p = path.p, *end = path.p + path.n;
    v = obj;
    while (v && p <= end) {
        const char *dot = memchr(p, '.', (size_t)(end - p));
        const char *se = dot ? dot : end;
        size_t n = (size_t)(se - p);
        if (json_is_object(v)) {
            v = json_object_getn(v, p, n);
        } else if (json_is_array(v) && all_digits(p, n) && n < 10) {
            size_t i = 0;
            for (size_t k = 0; k < n; k++)
                i = i * 10 + (size_t)(p[k] - '0');
            v = json_array_get(v, i);
        } else {
            v = NULL;
        }
        if (!dot)
            break;
        p = dot + 1;
    }
    return v;
}

/* The value as text, or an empty slice when it cannot serve as one. */
static vg_slice as_text(vg_reader *r, vg_field f, json_t *v)
{
    vg_slice s = {NULL, 0};
    char *num = r->num[f];
    int k = -1;
    switch (json_typeof(v)) {
    case JSON_STRING:
        s.p = json_string_value(v);
        s.n = json_string_length(v);
        return s;
    case JSON_INTEGER:
        k = snprintf(num, VG_NUM_MAX, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
        break;
    case JSON_REAL: {
        double x = json_real_value(v);
        if (x == floor(x) && fabs(x) < 9.0e18)
            k = snprintf(num, VG_NUM_MAX, "%.0f", x);
        else
            k = snprintf(num, VG_NUM_MAX, "%.17g", x);
        break;
    }
    default:
        return s;
    }
    if (k > 0 && k < VG_NUM_MAX) {
        s.p = num;
        s.n = (size_t)k;
    }
    return s;
}

vg_err vg_read_jsonl_next(vg_reader *r, vg_doc *d)
{
    for (;;) {
        vg_slice line;
        vg_err e = vg_lines_next(&r->lines, &line);
        if (e == VG_DONE)
            return e;
        if (e == VG_ELIMIT)
            return vg_reader_fail_long(r);
        if (e)
            return vg_reader_fail_input(r, e);
        uint64_t lineno = r->lines.lineno;
        const char *p = line.p;
        size_t n = line.n;
        if (lineno == 1 && n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
            p += 3;
            n -= 3;
        }
        while (n > 0 && (p[n - 1] == '\n' || p[n - 1] == '\r' || p[n - 1] == ' ' ||
                         p[n - 1] == '\t'))
            n--;
        while (n > 0 && (*p == ' ' || *p == '\t')) {
            p++;
            n--;
        }
        if (n == 0)
            continue;
        json_decref(r->json);
        json_error_t jerr;
        r->json = json_loadb(p, n, JSON_DECODE_ANY | JSON_ALLOW_NUL, &jerr);
        if (!r->json)
            return vg_reader_fail(r, lineno, "broken JSON at column %d: %s", jerr.column,
                                  jerr.text);
        if (!json_is_object(r->json))
            return vg_reader_fail(r, lineno, "not a JSON object");
        for (int f = 0; f < VG_F_COUNT; f++) {
            const vg_fm_field *mf = &r->map->f[f];
            for (int a = 0; a < mf->nalts; a++) {
                json_t *v = lookup(r->json, mf->alts[a]);
                vg_slice s = v ? as_text(r, (vg_field)f, v) : (vg_slice){NULL, 0};
                if (s.n == 0)
                    continue;
                e = vg_reader_put(r, d, (vg_field)f, s, lineno,
                                  (mf->flags & VG_FM_UNQUOTE) != 0);
                if (e)
                    return e;
                break;
            }
        }
        if (r->html_field.n &&
            (e = vg_read_html_fill(r, d, r->html_field, NULL, NULL, VG_TIME_NONE, lineno)))
            return e;
        vg_reader_finish_doc(r, d, lineno);
        return VG_OK;
    }
}

void vg_read_jsonl_end(vg_reader *r)
{
    json_decref(r->json);
    r->json = NULL;
}
