#!/bin/sh
# bench.sh - ingest benchmarks, vigie beside its peers in the same run.
#
#   scripts/bench.sh            (make bench)
#   BENCH_RUNS=5 scripts/bench.sh
#
# For each corpus it prints, per tool, the median wall time and peak memory
# of BENCH_RUNS runs (default 3), the throughput, vigie's ratio to each
# peer, and a checksum of what vigie stored (sha256 of its CSV export), so a
# fast wrong answer shows.  Corpora:
#   1. the IRA tweets (../shared/data/ira-tweets, skipped if absent), as raw
#      CSV; peers: sqlite3 .import (raw load, no cleaning, no index), the same
#      plus an FTS5 index over the text, the same with vigie's
#      de-duplication (a UNIQUE constraint), pandas read_csv + to_sql;
#   2. a synthetic corpus from `vigie simulate` (JSONL); peer: pandas
#      read_json(lines=True) + to_sql.
# vigie runs once with the full-text index deferred (--no-index) and once
# with it, without copy detection and stories (--no-copies --no-stories:
# scripts/bench-copies.sh and bench-stories.sh, run at the end, measure
# those).  Results go to standard output;
# docs/BENCHMARKS.md records them.
BENCH_NAME=bench
. "$(dirname "$0")/bench-env.sh"


# measure NAME DB COMMAND... : median seconds and MiB into $secs, $mib.
# DB (and its -wal/-shm) is removed before each run, outside the timing.
measure() {
    name=$1; db=$2; shift 2
    "$RUNSTAT" -n "$RUNS" -b "rm -f '$db' '$db-wal' '$db-shm'" -- "$@" \
        >"$TMP/runstat" 2>"$TMP/runstat.err" || {
        echo "bench: $name failed:"; cat "$TMP/runstat" "$TMP/runstat.err"; return 1; }
    line=$(tail -1 "$TMP/runstat")
    secs=$(echo "$line" | awk '{print $2}')
    mib=$(echo "$line" | awk '{print $5}')
    printf '  %-34s %8.2f s  %8.1f MiB' "$name" "$secs" "$mib"
}

checksum() {
    "$VIGIE" export --db "$1" --format csv | sha256sum | cut -c1-16
}

# Debian's python3 with python3-pandas (scripts/install-deps.sh --all); a
# python3 earlier on PATH (pyenv, venv) may lack pandas.
PY=${PYTHON:-/usr/bin/python3}
python_ok=0
if [ -x "$PY" ] && "$PY" -c 'import pandas' 2>/dev/null; then
    python_ok=1
fi

# ---- 1. IRA tweets ---------------------------------------------------------
IRA="$SHARED/data/ira-tweets/tweets.csv.zst"
if [ -f "$IRA" ]; then
    zstd -dcq "$IRA" >"$TMP/tweets.csv"
    rows=$(($(wc -l <"$TMP/tweets.csv") - 1))
    mb=$(( $(stat -c %s "$TMP/tweets.csv") / 1000000 ))
    echo "IRA tweets: $TMP/tweets.csv, $mb MB, about $rows lines, $RUNS runs each (medians)"
    MAP="--source twitter"

    measure "vigie ingest (index deferred)" "$TMP/v1.db" \
        "$VIGIE" ingest -q --no-copies --no-stories --no-index --db "$TMP/v1.db" $MAP "$TMP/tweets.csv"
    v1=$secs; v1m=$mib; echo
    measure "vigie ingest (with FTS5 index)" "$TMP/v2.db" \
        "$VIGIE" ingest -q --no-copies --no-stories --db "$TMP/v2.db" $MAP "$TMP/tweets.csv"
    v2=$secs; v2m=$mib; echo
    measure "vigie ingest of the .zst file" "$TMP/v3.db" \
        "$VIGIE" ingest -q --no-copies --no-stories --no-index --db "$TMP/v3.db" $MAP "$IRA"
    echo
    docs=$(sqlite3 "$TMP/v2.db" 'select count(*) from docs')
    echo "  vigie stored $docs documents; checksum $(checksum "$TMP/v2.db")"

    if command -v sqlite3 >/dev/null; then
        measure "sqlite3 .import" "$TMP/s1.db" \
            sqlite3 "$TMP/s1.db" ".mode csv" ".import $TMP/tweets.csv tweets"
        s1=$secs; echo
        measure "sqlite3 .import + FTS5" "$TMP/s2.db" \
            sqlite3 "$TMP/s2.db" ".mode csv" ".import $TMP/tweets.csv tweets" \
            "CREATE VIRTUAL TABLE fts USING fts5(content, content=tweets)" \
            "INSERT INTO fts(fts) VALUES ('rebuild')"
        s2=$secs; echo
        # The same raw load, de-duplicating as vigie does (same author,
        # minute and text = same post): what an idempotent load costs.
        measure "sqlite3 .import, de-duplicated" "$TMP/s3.db" \
            sqlite3 "$TMP/s3.db" "CREATE TABLE tweets(author_id, content, region, language,
             publish_date, harvested_date, following, followers, updates, post_type, retweet,
             UNIQUE(author_id, publish_date, content) ON CONFLICT IGNORE)" \
            ".import --csv --skip 1 $TMP/tweets.csv tweets"
        s3=$secs; echo "  ($(sqlite3 "$TMP/s3.db" 'select count(*) from tweets') rows kept)"
        echo "  ratio vigie (deferred index) / .import:        $(echo "$v1 $s1" | awk '{printf "%.2f", $1/$2}')  (target <= 1.5)"
        echo "  ratio vigie (with index) / .import + FTS5:     $(echo "$v2 $s2" | awk '{printf "%.2f", $1/$2}')  (target <= 1.2)"
        echo "  ratio vigie (deferred index) / de-duplicated .import: $(echo "$v1 $s3" | awk '{printf "%.2f", $1/$2}')"
    else
        echo "  sqlite3 shell not installed: peers skipped"
    fi
    if [ $python_ok = 1 ]; then
        measure "pandas read_csv + to_sql" "$TMP/p1.db" "$PY" -c '
import sys, sqlite3, pandas
df = pandas.read_csv(sys.argv[1])
con = sqlite3.connect(sys.argv[2])
df.to_sql("tweets", con, if_exists="replace", index=False)
con.commit()' "$TMP/tweets.csv" "$TMP/p1.db"
        p1=$secs; echo
        echo "  ratio pandas / vigie (deferred index):         $(echo "$p1 $v1" | awk '{printf "%.2f", $1/$2}')"
    else
        echo "  python3-pandas not installed: pandas peer skipped"
    fi
    echo "  peak memory vigie: $v1m MiB (deferred), $v2m MiB (indexed); target <= 100 MiB"
    rm -f "$TMP/tweets.csv" "$TMP"/*.db*
else
    echo "IRA tweets: $IRA not found, skipping (the data lives in ../shared)"
fi

# ---- 2. synthetic corpus ---------------------------------------------------
ART=${BENCH_ARTICLES:-20000}
POSTS=${BENCH_POSTS:-200000}
"$VIGIE" simulate --seed 7 --articles "$ART" --posts "$POSTS" --accounts 5000 \
    --outlets 16 --days 30 --out "$TMP/sim.jsonl" 2>/dev/null
mb=$(( $(stat -c %s "$TMP/sim.jsonl") / 1000000 ))
lines=$(wc -l <"$TMP/sim.jsonl")
echo
echo "synthetic corpus: $lines records, $mb MB JSONL (vigie simulate --seed 7), $RUNS runs each"
measure "vigie ingest (index deferred)" "$TMP/sim1.db" \
    "$VIGIE" ingest -q --no-copies --no-stories --no-index --db "$TMP/sim1.db" "$TMP/sim.jsonl"
v1=$secs; echo "  $(echo "$lines $secs" | awk '{printf "%.0f rec/s", $1/$2}')"
measure "vigie ingest (with FTS5 index)" "$TMP/sim2.db" \
    "$VIGIE" ingest -q --no-copies --no-stories --db "$TMP/sim2.db" "$TMP/sim.jsonl"
echo "  $(echo "$lines $secs" | awk '{printf "%.0f rec/s", $1/$2}')"
echo "  vigie checksum $(checksum "$TMP/sim2.db")"
if [ $python_ok = 1 ]; then
    measure "pandas read_json + to_sql" "$TMP/p2.db" "$PY" -c '
import sys, sqlite3, pandas
df = pandas.read_json(sys.argv[1], lines=True)
con = sqlite3.connect(sys.argv[2])
df.astype(str).to_sql("docs", con, if_exists="replace", index=False)
con.commit()' "$TMP/sim.jsonl" "$TMP/p2.db"
    echo "  ratio pandas / vigie: $(echo "$secs $v1" | awk '{printf "%.2f", $1/$2}')"
fi

# ---- 3. copy detection -------------------------------------------------------
echo
BUILD=$BUILD BENCH_RUNS=$RUNS scripts/bench-copies.sh

# ---- 4. coordination ---------------------------------------------------------
echo
BUILD=$BUILD BENCH_RUNS=$RUNS scripts/bench-coord.sh

# ---- 5. main-text extraction (html) ------------------------------------------
echo
BUILD=$BUILD BENCH_RUNS=$RUNS scripts/bench-extract.sh

# ---- 6. stories ----------------------------------------------------------------
echo
BUILD=$BUILD BENCH_RUNS=$RUNS scripts/bench-stories.sh
