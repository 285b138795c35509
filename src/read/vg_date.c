/*
 * vg_date.c - vg_date_parse: the date shapes found in real exports, to
 * seconds since 1970-01-01 UTC.
 *
 * Written by hand because strptime/timegm depend on the locale and the
 * TZ setting, accept out-of-range fields and differ between C libraries;
 * the result here depends on the input bytes only.  Accepted shapes
 * (docs/FORMATS.md has the full table):
 *
 *   ISO 8601     2017-05-05[Tt ]21:30[:00[.123]][Z|+02|+0200|+02:00| UTC]
 *                also with '/' between the date parts
 *   RFC 2822     [Fri, ]05 May 2017 21:30[:00] [+0200|GMT|UT|EST|...]
 *   Twitter      Fri May 05 21:30:00 +0000 2017   (and asctime, no zone)
 *   US           1/17/2015[ 17:05[:00]][ AM|PM]
 *   epoch        1494019800 (<= 11 digits: seconds, optional .fraction),
 *                12-14 digits milliseconds, 15-17 microseconds,
 *                18-19 nanoseconds
 *
 * A time without a zone is UTC.  Fractions of seconds are dropped (never
 * rounded up into the next second).  Every field is range-checked:
 * month 1-12, day against the month's length (Gregorian leap years), hour
 * 0-23, minute 0-59, second 0-60 (a leap second counts as :59 + 1), zone
 * offsets up to +-23:59.  Two-digit years (RFC 2822, US) pivot like POSIX
 * %y: 69-99 -> 19xx, 00-68 -> 20xx.  Years run 0000-9999.
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "vigie/read.h"

typedef struct cur {
    const unsigned char *p, *e;
} cur;

typedef struct tmv {
    int year, mon, day, hour, min, sec;
    int off; /* zone offset east of UTC, seconds */
} tmv;

/*
 * Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
 * days_from_civil): eras of 400 years keep every division exact.
 */
static int64_t days_from_civil(int64_t y, int m, int d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static int month_days(int y, int m)
{
    static const unsigned char len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : len[m - 1];
}

static bool at_end(const cur *c)
{
    return c->p == c->e;
}

static void skip_ws(cur *c)
{
    while (c->p < c->e && (*c->p == ' ' || *c->p == '\t'))
        c->p++;
}

static bool lit(cur *c, char ch)
{
    if (c->p < c->e && *c->p == (unsigned char)ch) {
        c->p++;
        return true;
    }
    return false;
}

/* Read between lo and hi decimal digits; *ndig gets how many. */
static bool num(cur *c, int lo, int hi, int *v, int *ndig)
{
    int k = 0, x = 0;
    while (k < hi && c->p < c->e && isdigit(*c->p)) {
        x = x * 10 + (*c->p - '0');
        c->p++;
        k++;
    }
    if (ndig)
        *ndig = k;
    *v = x;
    return k >= lo;
}

/* Case-insensitive English name: a 3-letter abbreviation or the full word. */
static int name_in(cur *c, const char *const *names, int count)
{
    const unsigned char *b = c->p;
    while (c->p < c->e && isalpha(*c->p))
        c->p++;
    size_t n = (size_t)(c->p - b);
    for (int i = 0; i < count && n >= 3; i++)
        if (n <= strlen(names[i]) && strncasecmp((const char *)b, names[i], n) == 0 &&
            (n == 3 || n == strlen(names[i])))
            return i;
    c->p = b;
    return -1;
}

static const char *const months[12] = {"january", "february", "march",     "april",
                                       "may",     "june",     "july",      "august",
                                       "september", "october", "november", "december"};
static const char *const wdays[7] = {"monday", "tuesday",  "wednesday", "thursday",
                                     "friday", "saturday", "sunday"};

static bool month_name(cur *c, int *m)
{
    int i = name_in(c, months, 12);
    *m = i + 1;
    return i >= 0;
}

static bool wday_name(cur *c)
{
    return name_in(c, wdays, 7) >= 0;
}

/*
 * A zone, if one is there: Z, +HH, +HHMM, +HH:MM, or a name from RFC 2822
 * (UT, UTC, GMT, the North American ones; single military letters, which
 * RFC 5322 says to read as -0000).  Leaves c unchanged when none.
 */
static bool zone(cur *c, int *off)
{
    *off = 0;
    if (at_end(c))
        return true;
    unsigned char ch = *c->p;
    if (ch == '+' || ch == '-') {
        c->p++;
        int h, m = 0, nd;
        if (!num(c, 2, 4, &h, &nd))
            return false;
        if (nd == 4) {
            m = h % 100;
            h /= 100;
        } else if (nd == 3) {
            return false;
        } else if (lit(c, ':') && !num(c, 2, 2, &m, NULL)) {
            return false;
        }
        if (h > 23 || m > 59)
            return false;
        *off = (ch == '-' ? -1 : 1) * (h * 3600 + m * 60);
        return true;
    }
    static const struct {
        const char *name;
        int hours;
    } names[] = {{"UTC", 0},  {"UT", 0},   {"GMT", 0},  {"Z", 0},   {"EST", -5},
                 {"EDT", -4}, {"CST", -6}, {"CDT", -5}, {"MST", -7}, {"MDT", -6},
                 {"PST", -8}, {"PDT", -7}};
    const unsigned char *b = c->p;
    while (c->p < c->e && isalpha(*c->p))
        c->p++;
    size_t n = (size_t)(c->p - b);
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (strlen(names[i].name) == n && strncasecmp((const char *)b, names[i].name, n) == 0) {
            *off = names[i].hours * 3600;
            return true;
        }
    }
    if (n == 1 && *b != 'j' && *b != 'J') /* military zone: unknown offset */
        return true;
    c->p = b;
    return n == 0;
}

/* HH:MM[:SS[.frac]] */
static bool clock_time(cur *c, tmv *t)
{
    if (!num(c, 1, 2, &t->hour, NULL) || !lit(c, ':') || !num(c, 2, 2, &t->min, NULL))
        return false;
    if (lit(c, ':')) {
        if (!num(c, 2, 2, &t->sec, NULL))
            return false;
        if (c->p < c->e && (*c->p == '.' || *c->p == ',')) {
            c->p++;
            int k = 0;
            while (c->p < c->e && isdigit(*c->p)) {
                c->p++;
                k++;
            }
            if (k == 0)
                return false;
        }
    }
    return true;
}

static bool am_pm(cur *c, tmv *t)
{
    skip_ws(c);
    if (c->e - c->p < 2)
        return true;
    int pm;
    if (strncasecmp((const char *)c->p, "am", 2) == 0)
        pm = 0;
    else if (strncasecmp((const char *)c->p, "pm", 2) == 0)
        pm = 1;
    else
        return true;
    c->p += 2;
    if (t->hour < 1 || t->hour > 12)
        return false;
    t->hour = t->hour % 12 + 12 * pm;
    return true;
}

static int pivot_year(int y, int ndig)
{
    if (ndig == 2)
        return y < 69 ? 2000 + y : 1900 + y;
    return y;
}

/* 2017-05-05[T21:30[:00[.1]]][zone] and 2017/05/05 ... */
static bool parse_iso(cur *c, tmv *t)
{
    int nd;
    if (!num(c, 4, 4, &t->year, NULL))
        return false;
    unsigned char sep = *c->p;
    c->p++;
    if (!num(c, 1, 2, &t->mon, &nd) || !lit(c, (char)sep) || !num(c, 1, 2, &t->day, &nd))
        return false;
    if (at_end(c))
        return true;
    if (*c->p == 'T' || *c->p == 't' || *c->p == ' ') {
        c->p++;
        skip_ws(c);
        if (!clock_time(c, t))
            return false;
    }
    skip_ws(c);
    return zone(c, &t->off);
}

/* 1/17/2015[ 17:05[:00]][ AM] */
static bool parse_us(cur *c, tmv *t)
{
    int nd;
    if (!num(c, 1, 2, &t->mon, NULL) || !lit(c, '/') || !num(c, 1, 2, &t->day, NULL) ||
        !lit(c, '/') || !num(c, 2, 4, &t->year, &nd) || nd == 3)
        return false;
    t->year = pivot_year(t->year, nd);
    skip_ws(c);
    if (at_end(c))
        return true;
    if (!clock_time(c, t) || !am_pm(c, t))
        return false;
    skip_ws(c);
    return zone(c, &t->off);
}

/* [Fri, ]05 May 2017 21:30[:00] [zone] - the day name is handled by the caller. */
static bool parse_rfc2822(cur *c, tmv *t)
{
    int nd;
    if (!num(c, 1, 2, &t->day, NULL))
        return false;
    skip_ws(c);
    lit(c, '-'); /* RFC 850 style "05-May-2017" */
    if (!month_name(c, &t->mon))
        return false;
    lit(c, '-');
    skip_ws(c);
    if (!num(c, 2, 4, &t->year, &nd) || nd == 3)
        return false;
    t->year = pivot_year(t->year, nd);
    skip_ws(c);
    if (at_end(c))
        return true;
    if (!clock_time(c, t))
        return false;
    skip_ws(c);
    return zone(c, &t->off);
}

/* Twitter "May 05 21:30:00 +0000 2017", asctime "May  5 21:30:00 2017". */
static bool parse_twitter(cur *c, tmv *t)
{
    if (!month_name(c, &t->mon))
        return false;
    skip_ws(c);
    if (!num(c, 1, 2, &t->day, NULL))
        return false;
    skip_ws(c);
    if (!clock_time(c, t))
        return false;
    skip_ws(c);
    if (c->p < c->e && !isdigit(*c->p)) {
        if (!zone(c, &t->off))
            return false;
        skip_ws(c);
    }
    return num(c, 4, 4, &t->year, NULL);
}

static bool parse_epoch(const unsigned char *p, const unsigned char *e, int64_t *out)
{
    uint64_t v = 0; /* 19 digits always fit in 64 unsigned bits */
    int nd = 0;
    while (p < e && isdigit(*p)) {
        if (nd == 19)
            return false;
        v = v * 10 + (uint64_t)(*p++ - '0');
        nd++;
    }
    if (nd == 0)
        return false;
    if (p < e) {
        if (*p != '.' || nd > 11 || p + 1 == e)
            return false;
        for (p++; p < e; p++)
            if (!isdigit(*p))
                return false;
    }
    if (nd <= 11)
        *out = (int64_t)v;
    else if (nd <= 14)
        *out = (int64_t)(v / 1000);
    else if (nd <= 17)
        *out = (int64_t)(v / 1000000);
    else
        *out = (int64_t)(v / 1000000000);
    return true;
}

vg_err vg_date_parse(const char *s, size_t n, int64_t *out)
{
    if (!s)
        return VG_EPARSE;
    cur c = {(const unsigned char *)s, (const unsigned char *)s + n};
    while (c.p < c.e && isspace(*c.p))
        c.p++;
    while (c.e > c.p && isspace(c.e[-1]))
        c.e--;
    if (at_end(&c))
        return VG_EPARSE;

    size_t digits = 0;
    while (c.p + digits < c.e && isdigit(c.p[digits]))
        digits++;
    if (c.p + digits == c.e || (c.p[digits] == '.' && digits > 4))
        return parse_epoch(c.p, c.e, out) ? VG_OK : VG_EPARSE;

    tmv t = {0};
    bool ok;
    if (digits == 4 && (c.p[4] == '-' || c.p[4] == '/')) {
        ok = parse_iso(&c, &t);
    } else if (digits >= 1 && digits <= 2 && c.p[digits] == '/') {
        ok = parse_us(&c, &t);
    } else if (digits >= 1 && digits <= 2) {
        ok = parse_rfc2822(&c, &t);
    } else if (digits == 0 && wday_name(&c)) {
        lit(&c, ',');
        skip_ws(&c);
        ok = c.p < c.e && isdigit(*c.p) ? parse_rfc2822(&c, &t) : parse_twitter(&c, &t);
    } else {
        ok = false;
    }
    skip_ws(&c);
    if (ok && c.p < c.e && *c.p == '(' && c.e[-1] == ')')
        c.p = c.e; /* RFC 2822 comment, as in "+0000 (UTC)" */
    if (!ok || !at_end(&c))
        return VG_EPARSE;
    if (t.mon < 1 || t.mon > 12 || t.day < 1 || t.day > month_days(t.year, t.mon) ||
        t.hour > 23 || t.min > 59 || t.sec > 60)
        return VG_EPARSE;
    *out = days_from_civil(t.year, t.mon, t.day) * 86400 + t.hour * 3600 + t.min * 60 + t.sec -
           t.off;
    return VG_OK;
}
