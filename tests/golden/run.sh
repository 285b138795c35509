#!/bin/sh
# run.sh - run one golden test: a whole vigie command line on fixed input,
# compared byte for byte with the expected output.
#
#   run.sh VIGIE CASE_DIR
#
# CASE_DIR holds `cmd` (a shell script; it finds the vigie binary in $VIGIE,
# a fresh store path in $DB and a scratch folder in $TMP, and runs in
# CASE_DIR), the inputs it names, and `expected` (its standard output and
# standard error, merged, with the scratch folder written as $TMP).  To accept a new output after checking it by hand:
#   VG_GOLDEN_UPDATE=1 meson test -C build --suite golden
set -u
VIGIE=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")  # absolute: cmd runs in CASE
CASE=$2
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
DB="$TMP/test.db"
export VIGIE DB TMP
unset VIGIE_DB
cd "$CASE" || exit 1
sh ./cmd >"$TMP/raw" 2>&1
echo "exit $?" >>"$TMP/raw"
# The scratch folder's name changes from run to run.
sed "s|$TMP|\$TMP|g" "$TMP/raw" >"$TMP/actual"
if [ "${VG_GOLDEN_UPDATE:-}" = 1 ]; then
    cp "$TMP/actual" expected
    echo "updated $CASE/expected"
    exit 0
fi
if ! diff -u expected "$TMP/actual"; then
    echo "golden: $CASE differs from expected (see the diff above)" >&2
    exit 1
fi
