#!/bin/sh
# eval-langid.sh - measure language identification (CLD2 through vigie's
# vg_lang_detect, against libexttextcat) on the SemEval 2022 task 8 labels
# and the IRA tweets; the figures go to docs/EVALUATION.md.
#
# Usage: scripts/eval-langid.sh [eval_langid options]
#   BUILD  build directory (default: build), configured if missing
#   VG_SHARED  data root holding data/semeval2022-task8 and data/ira-tweets
#              (default: ../shared, from the repository's root)
# Prints one line and exits 0 when the data is missing, so `make eval`
# works on machines without it.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build}

[ -f "$build/build.ninja" ] || meson setup "$build" "$root" >/dev/null
ninja -C "$build" bench/eval_langid >/dev/null
cd "$root"
exec "$build/bench/eval_langid" "$@"
