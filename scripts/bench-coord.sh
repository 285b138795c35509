#!/bin/sh
# bench-coord.sh - coordination benchmarks (issue 5), run by make bench.
#
#   scripts/bench-coord.sh              both parts
#   scripts/bench-coord.sh ira sim      the parts named
#   BENCH_RUNS=5 BENCH_COORD_POSTS=10000000 scripts/bench-coord.sh sim
#
# Each part builds its store once, after ingest and copy detection (vigie
# ingest --no-index), then times `vigie coord` on it BENCH_RUNS times
# (default 3): reading the actions from the store, the sweep, 20 null-model
# runs, Louvain and the community summaries.  It prints the median wall
# time, posts per second, the peak resident memory and a checksum of the
# result (sha256 of the kept edges as CSV), so that a fast wrong answer
# shows.
#   ira  the IRA tweets (../shared/data/ira-tweets, 1.2 M; skipped if
#        absent), objects text, link and hashtag, windows 60 s and 1 h
#        (targets: 5 s and 30 s)
#   sim  a synthetic stream from `vigie simulate`: BENCH_COORD_POSTS posts
#        (default 2,000,000) by a tenth as many accounts over
#        BENCH_COORD_DAYS days (default 30), with planted groups; vigie's
#        defaults (estimated window)
# BENCH_COORD_DIR=DIR keeps the stores in DIR (ira.db, sim-POSTS-DAYS.db)
# and reuses them when they are there (a 10 M-post store takes 20 minutes
# to build); by default they go to a temporary folder, removed after.
# No peer runs here: the QUT coordination-network-toolkit and CooRnet come
# from PyPI and CRAN, which this machine cannot reach; docs/BENCHMARKS.md
# quotes the issue's reference figures for them.
BENCH_NAME=bench-coord
. "$(dirname "$0")/bench-env.sh"
POSTS=${BENCH_COORD_POSTS:-2000000}
DAYS=${BENCH_COORD_DAYS:-30}
parts=" ${*:-ira sim} "
STORES=${BENCH_COORD_DIR:-$TMP}
mkdir -p "$STORES"


# coord LABEL DB POSTS ARGS...: time `vigie coord` on DB.
coord() {
    label=$1 db=$2 posts=$3
    shift 3
    "$RUNSTAT" -n "$RUNS" -o "$TMP/coord.txt" -- \
        "$VIGIE" coord --db "$db" --top 0 "$@" >"$TMP/runstat" 2>&1 || {
        echo "bench-coord: $label failed:"; cat "$TMP/runstat"; return 1; }
    line=$(tail -1 "$TMP/runstat")
    secs=$(echo "$line" | awk '{print $2}')
    mib=$(echo "$line" | awk '{print $5}')
    grep '^run' "$TMP/runstat" | sed 's/^/    /'
    "$VIGIE" coord --db "$db" --top 0 "$@" -o "$TMP/edges.csv" >"$TMP/summary.txt"
    sum=$(sha256sum <"$TMP/edges.csv" | cut -c1-16)
    printf '  %-28s %8.2f s  %10.0f posts/s  peak %7.1f MiB  checksum %s\n' "$label" "$secs" \
        "$(echo "$posts $secs" | awk '{print $1 / $2}')" "$mib" "$sum"
    sed 's/^/    /' "$TMP/summary.txt"
}

if want ira; then
    IRA="$SHARED/data/ira-tweets/tweets.csv.zst"
    if [ -f "$IRA" ]; then
        db=$STORES/ira.db
        [ -f "$db" ] || "$VIGIE" ingest -q --no-index --db "$db" "$IRA"
        n=$(sqlite3 "$db" 'select count(*) from docs' 2>/dev/null || echo 1225265)
        echo "IRA tweets: $n posts after ingest and copy detection; $RUNS runs each (medians)"
        coord "window 60 s (target 5 s)" "$db" "$n" --window 60s
        coord "window 1 h (target 30 s)" "$db" "$n" --window 1h
    else
        echo "IRA tweets: $IRA not found, skipping (the data lives in ../shared)"
    fi
fi

if want sim; then
    accounts=$((POSTS / 10))
    db=$STORES/sim-$POSTS-$DAYS.db
    if [ ! -f "$db" ]; then
        "$VIGIE" simulate --seed 11 --posts "$POSTS" --accounts "$accounts" \
            --articles $((POSTS / 50)) --days "$DAYS" --out "$TMP/sim.jsonl" >/dev/null
        "$VIGIE" ingest -q --no-index --db "$db.part" "$TMP/sim.jsonl"
        rm -f "$TMP/sim.jsonl"
        mv "$db.part" "$db"
    fi
    n=$(sqlite3 "$db" 'select count(*) from docs' 2>/dev/null || echo "$POSTS")
    echo "synthetic stream: $n records ($POSTS organic posts, $accounts accounts, $DAYS days); $RUNS runs each"
    coord "defaults" "$db" "$n"
fi
