/*
 * fuzz_warc.c - the WARC reader on arbitrary bytes (plain, or gzip/zstd
 * when the bytes start with their magic), every HTML record through the
 * extractor.  The first byte picks the options (limits, source); see
 * read_fuzz_util.h.
 */
#include "../unit/read/read_fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    vg_read_opts o = fuzz_opts(&data, &size);
    fuzz_read_bytes(data, size, ".warc", &o);
    return 0;
}
