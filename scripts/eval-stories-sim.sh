#!/bin/sh
# eval-stories-sim.sh - the simulator's planted stories recovered by
# `vigie stories` (issue 6): pairwise precision, recall and F1 of the
# stories against the truth file's "story" lines, over three seeds at the
# defaults, then a larger and longer corpus.  The figures go to
# docs/EVALUATION.md, section "Stories".
#
# Usage: scripts/eval-stories-sim.sh [-- extra `vigie stories` options]
#   BUILD     build directory (default: build), configured if missing
#   SEEDS     seeds of the default-size corpora (default: "1 2 3")
#   BIG       1 (default) also runs a 4,000-article corpus over 30 days
#   PARTS     ingest each corpus in this many parts (default 1): each
#             ingest extends the stored stories, as a stream would
#   EVAL_TMP  scratch folder (default: a new one under /tmp, removed)
# Each corpus ends with a "RESULT label ..." line.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build}
[ "${1:-}" = "--" ] && shift
[ -f "$build/build.ninja" ] || meson setup "$build" "$root" >/dev/null
ninja -C "$build" cli/vigie >/dev/null
vigie=$build/cli/vigie
if [ -n "${EVAL_TMP:-}" ]; then
    tmp=$EVAL_TMP
    mkdir -p "$tmp"
else
    tmp=$(mktemp -d /tmp/vigie-eval-stories.XXXXXX)
    trap 'rm -rf "$tmp"' EXIT INT TERM
fi

# one LABEL SIMULATE-ARGS...: simulate, ingest (copy detection on), cluster, score.
one() {
    label=$1
    shift
    rm -f "$tmp/$label.db" "$tmp/$label.db-wal" "$tmp/$label.db-shm"
    "$vigie" simulate "$@" --out "$tmp/$label.jsonl" --truth "$tmp/$label.truth" 2>/dev/null
    parts=${PARTS:-1}
    lines=$(wc -l <"$tmp/$label.jsonl")
    per=$(( (lines + parts - 1) / parts ))
    rm -f "$tmp/$label.part."*
    split -l "$per" --additional-suffix=.jsonl "$tmp/$label.jsonl" "$tmp/$label.part."
    for part in "$tmp/$label.part."*; do
        "$vigie" ingest -q --db "$tmp/$label.db" "$part"
    done
    "$vigie" stories --db "$tmp/$label.db" --format json --members --limit 0 --min-size 1 \
        $extra >"$tmp/$label.json"
    python3 "$root/scripts/eval-stories-sim.py" "$tmp/$label.truth" "$tmp/$label.json" "$label"
}

extra="$*"
for seed in ${SEEDS:-1 2 3}; do
    one "sim-seed$seed" --seed "$seed"
done
if [ "${BIG:-1}" = 1 ]; then
    one sim-big --seed 4 --articles 4000 --posts 20000 --accounts 1000 --days 30
fi
