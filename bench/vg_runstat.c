/*
 * vg_runstat.c - run a command and report its wall time and peak memory.
 *
 *   vg_runstat [-n RUNS] [-o FILE] [-b SHELL-COMMAND] -- COMMAND [ARGS...]
 *
 * Runs COMMAND RUNS times (default 1), each as a child process, after
 * SHELL-COMMAND (untimed: removing the previous run's output, say, which on
 * a file system mounted with discard can take a second), and prints
 * one line per run and, with RUNS > 1, the medians:
 *
 *   run 1: 4.213 s  peak 96.1 MiB  exit 0  (cpu 4.102 s)
 *   median: 4.213 s  peak 96.1 MiB
 *
 * Peak memory is the child's maximum resident set (wait4's ru_maxrss), which
 * counts the whole process, libraries and caches included.  The command's
 * own output goes to -o FILE (default /dev/null), so it does not skew the
 * timing.  A nonzero exit of any run makes vg_runstat exit 1.  Written here
 * because GNU time is not always installed and hyperfine reports no memory.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    int runs = 1, i = 1;
    const char *out = "/dev/null", *before = NULL;
    for (; i < argc; i++) {
        if (!strcmp(argv[i], "-n") && i + 1 < argc)
            runs = atoi(argv[++i]);
        else if (!strcmp(argv[i], "-o") && i + 1 < argc)
            out = argv[++i];
        else if (!strcmp(argv[i], "-b") && i + 1 < argc)
            before = argv[++i];
        else if (!strcmp(argv[i], "--")) {
            i++;
            break;
        } else
            break;
    }
    if (i >= argc || runs < 1 || runs > 100) {
        fprintf(stderr, "usage: vg_runstat [-n RUNS] [-o FILE] [-b SHELL-COMMAND] -- COMMAND "
                        "[ARGS...]\n");
        return 2;
    }
    double *secs = calloc((size_t)runs, sizeof *secs);
    double *mib = calloc((size_t)runs, sizeof *mib);
    if (!secs || !mib)
        return 1;
    int bad = 0;
    for (int r = 0; r < runs; r++) {
        if (before && system(before) != 0) {
            fprintf(stderr, "vg_runstat: '%s' failed\n", before);
            return 1;
        }
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        pid_t pid = fork();
        if (pid < 0) {
            perror("fork");
            return 1;
        }
        if (pid == 0) {
            int fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
            if (fd >= 0) {
                dup2(fd, 1);
                close(fd);
            }
            execvp(argv[i], argv + i);
            perror(argv[i]);
            _exit(127);
        }
        int status = 0;
        struct rusage ru;
        if (wait4(pid, &status, 0, &ru) < 0) {
            perror("wait4");
            return 1;
        }
        clock_gettime(CLOCK_MONOTONIC, &t1);
        secs[r] = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
        mib[r] = (double)ru.ru_maxrss / 1024.0;
        int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        if (code)
            bad = 1;
        double cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
                     (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
        printf("run %d: %.3f s  peak %.1f MiB  exit %d  (cpu %.3f s)\n", r + 1, secs[r], mib[r],
               code, cpu);
        fflush(stdout);
    }
    qsort(secs, (size_t)runs, sizeof *secs, cmp_double);
    qsort(mib, (size_t)runs, sizeof *mib, cmp_double);
    printf("median: %.3f s  peak %.1f MiB\n", secs[runs / 2], mib[runs / 2]);
    free(secs);
    free(mib);
    return bad;
}
