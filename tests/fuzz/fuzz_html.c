/*
 * fuzz_html.c - the main-text extractor (vigie/html.h) on arbitrary bytes:
 * never crash, hang, leak or hand out invalid UTF-8.  The first byte picks
 * the caps (small ones reach the truncation paths) and whether an HTTP
 * charset hint is given.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vigie/html.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Valid UTF-8 check, strict (the extractor's output invariant). */
static int valid_utf8(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        unsigned c = p[i];
        size_t k = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (!k || i + k > n)
            return 0;
        for (size_t j = 1; j < k; j++)
            if ((p[i + j] & 0xC0) != 0x80)
                return 0;
        i += k;
    }
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t b = size ? data[0] : 0;
    if (size) {
        data++;
        size--;
    }
    vg_html_opts o = {0};
    if (b & 1)
        o.max_nodes = 1 + (b >> 4) * 4;
    if (b & 2)
        o.max_depth = 1 + (b >> 3);
    if (b & 4)
        o.max_bytes = 64 + (size_t)b * 64;
    static const char *const charsets[] = {"utf-8", "windows-1251", "shift_jis", "bogus"};
    vg_html_hints h = {.url = (b & 8) ? "https://fuzz.example/a/b?c=d" : NULL,
                       .charset = (b & 16) ? charsets[(b >> 5) & 3] : NULL,
                       .fetched_at = VG_TIME_NONE};
    vg_html *x;
    if (vg_html_new(&x, &o) != VG_OK)
        return 0;
    vg_html_doc d;
    if (vg_html_extract(x, (const char *)data, size, &h, &d) == VG_OK) {
        const vg_slice *s[] = {&d.title, &d.text, &d.authors, &d.url, &d.site, &d.host,
                               &d.lang, &d.description, &d.links, &d.charset, &d.date_source};
        for (size_t i = 0; i < sizeof s / sizeof s[0]; i++)
            if (!valid_utf8(s[i]->p, s[i]->n))
                abort();
    } else {
        (void)vg_html_errmsg(x);
    }
    vg_html_free(x);
    return 0;
}
