#!/bin/sh
# eval-stories.sh - story similarity against human judgements (issue 6,
# being built): the SemEval 2022 task 8 training pairs
# (../shared/data/semeval2022-task8/training_set.csv), scored by
# bench/eval_stories with the TF-IDF word and name vectors of src/story.
# Prints Pearson (same- and cross-language) and the same-story decision's
# P/R/F1; the figures go to docs/EVALUATION.md, section "Stories".
#
# Usage: scripts/eval-stories.sh [NAMES-WEIGHT]   (default 0.3)
#   BUILD      build directory (default: build), configured if missing
#   VG_SHARED  data root (default: ../shared)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build}
shared=${VG_SHARED:-$root/../shared}
csv=$shared/data/semeval2022-task8/training_set.csv
if [ ! -f "$csv" ]; then
    echo "stories: skipped, $csv not found (set VG_SHARED)"
    exit 0
fi
[ -f "$build/build.ninja" ] || meson setup "$build" "$root" >/dev/null
ninja -C "$build" bench/eval_stories >/dev/null
tmp=$(mktemp /tmp/vigie-eval-stories.XXXXXX)
trap 'rm -f "$tmp"' EXIT INT TERM
python3 - "$csv" "$tmp" <<'PY'
import csv, sys
with open(sys.argv[1], encoding="utf-8", newline="") as f, \
        open(sys.argv[2], "w", encoding="utf-8") as o:
    for r in csv.DictReader(f):
        clean = lambda s: " ".join(s.replace("\t", " ").split())
        o.write("\t".join([r["lang1"], r["lang2"], r["Overall"], clean(r["text1"]),
                           clean(r["text2"])]) + "\n")
PY
"$build/bench/eval_stories" "$tmp" "${1:-0.3}"
