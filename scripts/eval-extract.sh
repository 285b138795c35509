#!/bin/sh
# eval-extract.sh - main-text extraction quality on the scrapinghub
# article-extraction benchmark (../shared/data/article-extraction: 181
# pages and their ground truth): precision, recall and F1 of the body text
# (the benchmark's shingle scorer, bench/eval_extract.py), and the share of
# pages whose extracted date matches the date in their URL.
#
#   scripts/eval-extract.sh [--worst N]     (part of make eval)
set -eu
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
SHARED=${VG_SHARED:-../shared}
DATA="$SHARED/data/article-extraction"
if [ ! -f "$DATA/ground-truth.json" ]; then
    echo "extraction: $DATA not found, skipping (the data lives in ../shared)"
    exit 0
fi
VIGIE=$BUILD/cli/vigie
[ -x "$VIGIE" ] || { echo "eval-extract: $VIGIE missing: run 'make build' first" >&2; exit 1; }
PY=${PYTHON:-python3}
TMP=$(mktemp "${TMPDIR:-/tmp}/vigie-extract-XXXXXX")
trap 'rm -f "$TMP"' EXIT
"$VIGIE" extract --format json "$DATA/html" >"$TMP" || true
"$PY" bench/eval_extract.py "$DATA/ground-truth.json" "$TMP" "$@"
