#!/bin/sh
# eval-stories.sh - story similarity against human judgements (issue 6):
# the SemEval 2022 task 8 training pairs
# (../shared/data/semeval2022-task8/training_set.csv), scored by
# bench/eval_stories exactly as `vigie stories` scores an article against
# a one-article story.  Each text's title is its part before the first
# run of two spaces (how the set joins them), when that comes within 300
# characters.  Prints Pearson (same- and cross-language) and the
# same-story decision's P/R/F1 at the clustering's threshold and at the
# best one; the figures go to docs/EVALUATION.md, section "Stories".
#
# Usage: scripts/eval-stories.sh [NAMES [TITLE [THRESHOLD]]]
#   (default: the clustering's, src/story/vg_story_score.h)
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
        def split(s):
            k = s.find("  ")
            return (s[:k], s[k:]) if 0 < k <= 300 else ("", s)
        h1, t1 = split(r["text1"])
        h2, t2 = split(r["text2"])
        o.write("\t".join([r["lang1"], r["lang2"], r["Overall"], clean(h1), clean(t1),
                           clean(h2), clean(t2)]) + "\n")
PY
"$build/bench/eval_stories" "$tmp" "$@"
