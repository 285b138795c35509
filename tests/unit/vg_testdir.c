/*
 * vg_testdir.c - see vg_testdir.h.
 */
#include "vg_testdir.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

char vg_testdir[128];

int vg_testdir_make(char *dir, size_t cap, const char *name)
{
    /* mkdtemp replaces the six X with a unique suffix. */
    if (snprintf(dir, cap, "/tmp/vg-%s-XXXXXX", name) >= (int)cap)
        return -1;
    return mkdtemp(dir) ? 0 : -1;
}

int vg_testdir_remove(const char *dir)
{
    char cmd[512];
    if (!dir[0] || snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir) >= (int)sizeof cmd)
        return -1;
    return system(cmd) == 0 ? 0 : -1;
}

int vg_testdir_setup(void **state)
{
    (void)state;
    return vg_testdir_make(vg_testdir, sizeof vg_testdir, "test");
}

int vg_testdir_teardown(void **state)
{
    (void)state;
    int rc = vg_testdir_remove(vg_testdir);
    vg_testdir[0] = '\0';
    return rc;
}
