/*
 * vigie/err.h - result codes shared by every libvigie function.
 *
 * Errors are values: a function that can fail returns a vg_err, VG_OK (0) on
 * success.  The codes are small and stable; new ones are only ever appended.
 * A handle that failed keeps a human-readable message with context (file and
 * line of the bad input, what was expected) retrievable with its _errmsg()
 * function.  The library never exits or aborts on bad input or out-of-memory.
 */
#ifndef VIGIE_ERR_H
#define VIGIE_ERR_H

#ifdef __cplusplus
extern "C" {
#endif

typedef enum vg_err {
    VG_OK = 0,       /* success */
    VG_DONE = 1,     /* iteration finished; not a failure */
    VG_ENOMEM = 2,   /* out of memory */
    VG_EIO = 3,      /* a read or write on a file or stream failed */
    VG_EINVAL = 4,   /* bad argument or option from the caller */
    VG_EPARSE = 5,   /* a malformed input record (skipped unless strict) */
    VG_EFORMAT = 6,  /* unknown or unsupported input format */
    VG_ESTORE = 7,   /* the database refused an operation */
    VG_ENOTFOUND = 8,/* no such record, file or field */
    VG_ELIMIT = 9,   /* a documented size limit was exceeded */
    VG_ESCHEMA = 10  /* database schema is newer than this build knows */
} vg_err;

/* Static English description of a result code; never NULL. */
const char *vg_strerror(vg_err e);

/* Library version as "MAJOR.MINOR.PATCH"; static string. */
const char *vg_version(void);

#ifdef __cplusplus
}
#endif
#endif
