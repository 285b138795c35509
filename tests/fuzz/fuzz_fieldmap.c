/*
 * fuzz_fieldmap.c - mapping specs and mapping files on arbitrary bytes:
 * parse, load, merge with the defaults and read a small CSV through the
 * result, without crashing or leaking.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vigie/read.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *spec = malloc(size + 1);
    if (!spec)
        return 0;
    if (size)
        memcpy(spec, data, size);
    spec[size] = '\0';
    char err[128];
    vg_fieldmap *m;
    if (vg_fieldmap_new(&m) != VG_OK) {
        free(spec);
        return 0;
    }
    vg_fieldmap_parse(m, spec, err, sizeof err);

    char path[128], csv[128];
    snprintf(path, sizeof path, "/tmp/vg_fuzz_map_%ld.map", (long)getpid());
    snprintf(csv, sizeof csv, "/tmp/vg_fuzz_map_%ld.csv", (long)getpid());
    FILE *f = fopen(path, "wb");
    if (f) {
        fwrite(data, 1, size, f);
        fclose(f);
        vg_fieldmap_load(m, path, err, 8); /* small buffer: truncation path */
        unlink(path);
    }
    f = fopen(csv, "wb");
    if (f) {
        fputs("id,text,a,b.c,date\n1,'@x',2,3,2017-05-05\n", f);
        fclose(f);
        vg_read_opts o = {.map = m};
        vg_reader *r;
        if (vg_reader_open(&r, csv, &o, err, sizeof err) == VG_OK) {
            vg_doc d;
            while (vg_reader_next(r, &d) != VG_DONE) {
            }
            vg_reader_free(r);
        }
        unlink(csv);
    }
    vg_fieldmap_free(m);
    free(spec);
    return 0;
}
