#!/bin/sh
# eval-copies.sh - measure copy detection (issue 4); the figures go to
# docs/EVALUATION.md, section "Copy detection".
#
#   1. LSH recall against an exact brute force (bench/eval_copies): two
#      50,000-record samples of the IRA tweets (the first 50,000 records of
#      tweets.csv.zst, and every 24th record from the first, up to 50,000)
#      and a simulated article corpus, each ingested into a fresh store at
#      --threshold 0.8 and at 0.5.
#   2. The simulator's planted truth (copy, near_copy, stitched) against
#      vigie's labels and provenance (scripts/eval-copies-truth.py sim).
#   3. The stitched seed: provenance of each reused paragraph of
#      tests/data/seeds/003_56a719fb513f508f.txt over the source articles of
#      tests/data/copies (scripts/eval-copies-truth.py seed).
#
# Usage: scripts/eval-copies.sh [seed] [ira] [sim]   (default: all three)
#   BUILD         build directory (default: build), configured if missing
#   VG_SHARED     data root holding data/ira-tweets (default: ../shared);
#                 without it part 1 skips the tweets with one line
#   SIM_ARTICLES  original articles of the simulated corpus (default 20000;
#                 about 24,000 articles with the planted ones)
#   EVAL_TMP      scratch folder (default: a new one under /tmp, removed)
# Each evaluation ends with a "RESULT label key=value ..." line; they are
# repeated at the end.  Runs one job at a time.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build}
shared=${VG_SHARED:-$root/../shared}
articles=${SIM_ARTICLES:-20000}
parts=" ${*:-seed ira sim} "
for p in $parts; do
    case $p in
    seed | ira | sim) ;;
    *) echo "eval-copies.sh: unknown part '$p' (seed, ira or sim)" >&2; exit 2 ;;
    esac
done
want() { case $parts in *" $1 "*) return 0 ;; esac; return 1; }

[ -f "$build/build.ninja" ] || meson setup "$build" "$root" >/dev/null
ninja -C "$build" cli/vigie bench/eval_copies >/dev/null
vigie=$build/cli/vigie
eval_copies=$build/bench/eval_copies
truth=$root/scripts/eval-copies-truth.py

if [ -n "${EVAL_TMP:-}" ]; then
    tmp=$EVAL_TMP
    mkdir -p "$tmp"
else
    tmp=$(mktemp -d /tmp/vigie-eval-copies.XXXXXX)
    trap 'rm -rf "$tmp"' EXIT INT TERM
fi
results=$tmp/results
: >"$results"

now() { date +%s.%N; }
since() { echo "$(now) $1" | awk '{printf "%.1f", $1 - $2}'; }

# ingest LABEL THRESHOLD STORE INGEST-ARGS...: a fresh store, the copy
# pass's figures from `vigie ingest --format json`.
ingest() {
    label=$1 t=$2 db=$3
    shift 3
    rm -f "$db" "$db-wal" "$db-shm"
    "$vigie" ingest --format json --db "$db" --threshold "$t" "$@" >"$tmp/ingest.json"
    python3 - "$label" "$tmp/ingest.json" <<'EOF'
import json, sys
r = json.load(open(sys.argv[2]))
c = r.get("copies", {})
capped = c.get("capped")
print("%s: vigie ingest %.1f s, copy pass %.1f s: %d documents, %d exact, %d texts, "
      "%d candidates, %d verified, %d near and %d partial pairs, %d bands x %d rows; "
      "capped: %s" % (sys.argv[1], r["seconds"], c["seconds"], c["docs"], c["exact"],
                      c["texts"], c["candidates"], c["verified"], c["near_pairs"],
                      c["partial_pairs"], c["bands"], c["rows"],
                      capped if capped is not None else "not in vigie's JSON"))
EOF
}

run_eval() {
    start=$(now)
    "$eval_copies" --examples 3 --label "$1" "$2" | tee "$tmp/eval.out"
    grep '^RESULT' "$tmp/eval.out" >>"$results"
    echo "  ($1: eval_copies $(since "$start") s)"
}

# ---- 3. the stitched seed (data in the repository) --------------------------
if want seed; then
    echo "== copy detection: provenance of the stitched seed"
    db=$tmp/seed.db
    "$vigie" ingest -q --db "$db" "$root/tests/data/copies/sources.jsonl"
    "$vigie" ingest -q --db "$db" "$root"/tests/data/seeds/00[023]_*.txt
    "$truth" seed "$vigie" "$db" "$root/tests/data/copies/seed-003.expected.tsv" \
        --label seed-003 | tee "$tmp/seed.out"
    grep '^RESULT' "$tmp/seed.out" >>"$results"
fi

# ---- 1. IRA tweets ------------------------------------------------------------
ira=$shared/data/ira-tweets/tweets.csv.zst
if ! want ira; then
    :
elif [ ! -f "$ira" ]; then
    echo "== copy detection: $ira not found, skipping the IRA tweets"
else
    echo "== copy detection: IRA tweets, LSH against brute force"
    zstd -dcq "$ira" | python3 -c '
import csv, sys
csv.field_size_limit(1 << 24)
rows = csv.reader(sys.stdin)
first = csv.writer(open(sys.argv[1], "w", newline=""), lineterminator="\n")
kth = csv.writer(open(sys.argv[2], "w", newline=""), lineterminator="\n")
head = next(rows)
first.writerow(head)
kth.writerow(head)
nk = 0
for i, row in enumerate(rows):
    if i < 50000:
        first.writerow(row)
    if i % 24 == 0 and nk < 50000:
        kth.writerow(row)
        nk += 1
    if i >= 50000 and nk >= 50000:
        break
' "$tmp/ira-first.csv" "$tmp/ira-24th.csv"
    for sample in first 24th; do
        for t in 0.8 0.5; do
            ingest "ira-$sample-$t" "$t" "$tmp/ira.db" --source twitter "$tmp/ira-$sample.csv"
            run_eval "ira-$sample-$t" "$tmp/ira.db"
            echo
        done
    done
    rm -f "$tmp"/ira-*.csv "$tmp"/ira.db*
fi

# ---- 1 and 2. simulated articles ------------------------------------------------
if want sim; then
    echo "== copy detection: simulated articles ($articles originals), brute force and planted truth"
    "$vigie" simulate --articles "$articles" --posts 1 --accounts 1 --days 30 \
        --out "$tmp/sim.jsonl" --truth "$tmp/truth.jsonl"
    for t in 0.8 0.5; do
        ingest "sim-$t" "$t" "$tmp/sim.db" "$tmp/sim.jsonl"
        run_eval "sim-$t" "$tmp/sim.db"
        start=$(now)
        "$truth" sim "$tmp/sim.db" "$tmp/truth.jsonl" --label "sim-truth-$t" --examples 3 \
            --provenance "$vigie" "$tmp/sim.jsonl" | tee "$tmp/truth.out"
        grep '^RESULT' "$tmp/truth.out" >>"$results"
        echo "  (sim-truth-$t: $(since "$start") s)"
        echo
    done
fi

echo "== copy detection: summary"
cat "$results"
