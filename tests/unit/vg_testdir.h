/*
 * vg_testdir.h - a scratch folder for the unit tests that write files
 * (stores, inputs): made under /tmp from a name, removed with what is in
 * it.  tests/unit/vg_testdir.c; built into every unit test.
 */
#ifndef VG_TESTDIR_H
#define VG_TESTDIR_H

#include <stddef.h>

/* A new empty folder /tmp/vg-NAME-XXXXXX into dir; 0 on success. */
int vg_testdir_make(char *dir, size_t cap, const char *name);
/* Remove dir and everything in it; 0 on success. */
int vg_testdir_remove(const char *dir);

#endif
