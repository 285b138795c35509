/*
 * vg_testdir.h - a scratch folder for the unit tests that write files
 * (stores, inputs): made under /tmp, removed with what is in it.
 * tests/unit/vg_testdir.c; built into every unit test.
 */
#ifndef VG_TESTDIR_H
#define VG_TESTDIR_H

#include <stddef.h>

/* The folder of vg_testdir_setup, "" outside it. */
extern char vg_testdir[128];

/* cmocka setup and teardown: make vg_testdir (mkdtemp's template
 * /tmp/vg-test-XXXXXX), then remove it with its contents; 0 on success. */
int vg_testdir_setup(void **state);
int vg_testdir_teardown(void **state);

/* The same for a folder of the caller's: /tmp/vg-NAME-XXXXXX into dir. */
int vg_testdir_make(char *dir, size_t cap, const char *name);
int vg_testdir_remove(const char *dir);

#endif
