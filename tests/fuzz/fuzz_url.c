/*
 * fuzz_url.c - vg_url_canon and vg_url_span on arbitrary bytes.
 *
 * Checks: the result fits the capacity and is NUL-terminated, contains no
 * space, control byte or '#' fragment (except "#!"), starts with http:// or
 * https://, and is a fixed point (canonicalising it again gives itself);
 * the span of a URL in text never exceeds the text.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vg_url.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *p = (const char *)data;
    char out[512], again[512];
    size_t cap = size ? 1 + data[0] % sizeof out : sizeof out;
    size_t k = vg_url_canon(p, size, out, cap);
    if (k >= cap || out[k] != '\0')
        abort();
    if (k) {
        if (strncmp(out, "http://", 7) != 0 && strncmp(out, "https://", 8) != 0)
            abort();
        for (size_t i = 0; i < k; i++)
            if ((unsigned char)out[i] <= 0x20 || out[i] == 0x7F)
                abort();
        const char *hash = memchr(out, '#', k);
        if (hash && hash[1] != '!')
            abort();
        size_t k2 = vg_url_canon(out, k, again, sizeof again);
        if (k2 != k || memcmp(out, again, k) != 0)
            abort();
    }
    size_t s = vg_url_span(p, size);
    if (s > size)
        abort();
    return 0;
}
