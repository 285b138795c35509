/*
 * vg_err.c - result-code strings and the library version.
 */
#include "vigie/err.h"

const char *vg_strerror(vg_err e)
{
    switch (e) {
    case VG_OK: return "success";
    case VG_DONE: return "end of stream";
    case VG_ENOMEM: return "out of memory";
    case VG_EIO: return "input/output error";
    case VG_EINVAL: return "invalid argument";
    case VG_EPARSE: return "malformed input record";
    case VG_EFORMAT: return "unknown or unsupported format";
    case VG_ESTORE: return "database error";
    case VG_ENOTFOUND: return "not found";
    case VG_ELIMIT: return "size limit exceeded";
    case VG_ESCHEMA: return "database schema newer than this vigie";
    }
    return "unknown error";
}

const char *vg_version(void)
{
    return VG_VERSION_STRING;
}
