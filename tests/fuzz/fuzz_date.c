/*
 * fuzz_date.c - vg_date_parse on arbitrary bytes: never reads past n,
 * never overflows, and is deterministic.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vigie/read.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* An exact-size copy, so ASan catches any read past the end. */
    char *s = malloc(size ? size : 1);
    if (!s)
        return 0;
    if (size)
        memcpy(s, data, size);
    int64_t a = 0, b = 0;
    vg_err e1 = vg_date_parse(s, size, &a);
    vg_err e2 = vg_date_parse(s, size, &b);
    if (e1 != e2 || (e1 == VG_OK && a != b))
        abort();
    /* Every accepted date lies within years 0000-9999 (plus zone slack). */
    if (e1 == VG_OK && (a < -62167219200LL - 86400 || a > 253402300799LL + 86400))
        abort();
    free(s);
    return 0;
}
