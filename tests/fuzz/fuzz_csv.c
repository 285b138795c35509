/*
 * fuzz_csv.c - the CSV and TSV reader on arbitrary bytes (plain, or gzip/zstd
 * when the bytes start with their magic).  The first byte picks the
 * options (limits, source, CSV or TSV); see read_fuzz_util.h.
 */
/* The shared driver lives with the read unit tests (src/read owns it). */
#include "../unit/read/read_fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t b = size ? data[0] : 0;
    vg_read_opts o = fuzz_opts(&data, &size);
    (void)b;
    fuzz_read_bytes(data, size, b & 0x80 ? ".tsv" : ".csv", &o);
    return 0;
}
