/*
 * read_fuzz_util.h - shared by the reader fuzz targets: write the input to
 * a per-process temporary file with the wanted extension, read every
 * record through the public API, free everything.  The reader must never
 * crash, hang or leak, whatever the bytes (compressed or not).
 */
#ifndef READ_FUZZ_UTIL_H
#define READ_FUZZ_UTIL_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vigie/read.h"

static void fuzz_read_bytes(const uint8_t *data, size_t size, const char *ext,
                            const vg_read_opts *o)
{
    char path[128];
    snprintf(path, sizeof path, "/tmp/vg_fuzz_%ld%s", (long)getpid(), ext);
    FILE *f = fopen(path, "wb");
    if (!f)
        return;
    if (size && fwrite(data, 1, size, f) != size) {
        fclose(f);
        unlink(path);
        return;
    }
    fclose(f);
    vg_reader *r;
    char err[256];
    if (vg_reader_open(&r, path, o, err, sizeof err) == VG_OK) {
        vg_doc d;
        vg_err e;
        /* Bounded: a reader that never ends would be a bug; stop at 1e6. */
        for (int i = 0; i < 1000000 && (e = vg_reader_next(r, &d)) != VG_DONE; i++) {
            if (e == VG_OK) {
                /* Touch every byte handed out so ASan checks the slices. */
                volatile unsigned sum = 0;
                const vg_slice *s[] = {&d.id,  &d.source, &d.author,    &d.url,     &d.title,
                                       &d.text, &d.lang,  &d.repost_of, &d.reply_to};
                for (size_t k = 0; k < sizeof s / sizeof s[0]; k++)
                    for (size_t j = 0; j < s[k]->n; j++)
                        sum += (unsigned char)s[k]->p[j];
                (void)sum;
            } else if (e != VG_EPARSE) {
                (void)vg_reader_errmsg(r);
                if (e == VG_ENOMEM)
                    break;
            }
        }
        vg_read_stats st;
        vg_reader_stats(r, &st);
        vg_reader_free(r);
    }
    unlink(path);
}

/* Options picked by the first input byte, so limits get fuzzed too. */
static vg_read_opts fuzz_opts(const uint8_t **data, size_t *size)
{
    vg_read_opts o = {0};
    if (*size == 0)
        return o;
    uint8_t b = **data;
    (*data)++;
    (*size)--;
    if (b & 1)
        o.max_field = 1 + (b >> 3) * 8;
    if (b & 2)
        o.max_record = 16 + (b >> 2) * 16;
    if (b & 4)
        o.source = "fuzz";
    return o;
}

#endif
