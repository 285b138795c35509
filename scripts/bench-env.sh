# bench-env.sh - what every benchmark script starts with; sourced, with
# BENCH_NAME set first (bench, bench-coord, ...): strict mode, the
# repository root as working folder, the build (BUILD, default build),
# runs per measure (BENCH_RUNS, default 3), the programs (VIGIE, RUNSTAT,
# checked), the shared data (VG_SHARED, default ../shared), a scratch
# folder TMP removed on exit, and want PART: whether PART is in $parts
# (the parts the caller was asked to run).
set -eu
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
RUNS=${BENCH_RUNS:-3}
VIGIE=$PWD/$BUILD/cli/vigie
RUNSTAT=$PWD/$BUILD/bench/vg_runstat
SHARED=${VG_SHARED:-../shared}
for x in "$VIGIE" "$RUNSTAT"; do
    [ -x "$x" ] || { echo "$BENCH_NAME: $x missing: run 'make build' first" >&2; exit 1; }
done
# mktemp replaces the six X with a unique suffix.
TMP=$(mktemp -d "${TMPDIR:-/tmp}/vigie-$BENCH_NAME-XXXXXX")
trap 'rm -rf "$TMP"' EXIT INT TERM
want() { case $parts in *" $1 "*) return 0 ;; esac; return 1; }
