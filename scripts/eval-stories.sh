#!/bin/sh
# eval-stories.sh - story similarity against human judgements (issue 6):
# the SemEval 2022 task 8 training pairs
# (../shared/data/semeval2022-task8/training_set.csv), scored by
# bench/eval_stories exactly as `vigie stories` scores an article against
# a one-article story, after the cleaning of `vigie ingest`.  Each text's
# title is its first line or its part before the first run of two spaces
# (how the set joins them), when that comes within 300 bytes.  Prints Pearson (same- and cross-language) and the
# same-story decision's P/R/F1 at the clustering's threshold and at the
# best one; the figures go to docs/EVALUATION.md, section "Stories".
#
# Usage: scripts/eval-stories.sh [OPTIONS] [NAMES [TITLE [THRESHOLD]]]
#   (default: the clustering's, src/story/vg_story_score.h; OPTIONS, for
#   experiments such as --raw or --cv 10, in bench/eval_stories.c)
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
esc = lambda s: s.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "").replace("\n", "\\n")
with open(sys.argv[1], encoding="utf-8", newline="") as f, \
        open(sys.argv[2], "w", encoding="utf-8") as o:
    for r in csv.DictReader(f):
        o.write("\t".join([r["lang1"], r["lang2"], r["Overall"], esc(r["text1"]),
                           esc(r["text2"])]) + "\n")
PY
"$build/bench/eval_stories" "$tmp" "$@"
