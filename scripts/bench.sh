#!/bin/sh
# bench.sh - ingest benchmarks, vigie beside its peers in the same run.
#
#   scripts/bench.sh            (make bench) every part
#   scripts/bench.sh ira sim    the parts named: ira sim copies coord
#                               extract stories
#   BENCH_RUNS=5 scripts/bench.sh
#
# For each corpus it prints, per tool, the median wall time and peak memory
# of BENCH_RUNS runs (default 3), the throughput, vigie's ratio to each
# peer, and a checksum of what vigie stored (sha256 of its CSV export), so a
# fast wrong answer shows.  On the IRA tweets the tools run in rounds (one
# run of each per round) and a ratio is the median of the rounds' ratios.
# Corpora:
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
parts=" ${*:-ira sim copies coord extract stories} "



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
# The tools run in rounds, one run of each per round, so that a round's
# tools share the machine's mood; a ratio is the median over rounds of the
# two tools' times in the same round.  Before each run the page cache is
# written back (sync, untimed): the last run's few hundred MB of dirty
# pages otherwise land in the next one's fsyncs, and a tool that commits
# every second pays for them more than one that commits once.

# once TAG DB COMMAND... : one timed run, DB and its journals removed and
# the page cache written back first (outside the timing); "seconds MiB"
# appended to $TMP/TAG.runs.
once() {
    tag=$1; db=$2; shift 2
    "$RUNSTAT" -n 1 -b "rm -f '$db' '$db-wal' '$db-shm' '$db-journal'; sync" -- "$@" \
        >"$TMP/runstat" 2>"$TMP/runstat.err" || {
        echo "bench: $tag failed:"; cat "$TMP/runstat" "$TMP/runstat.err"; return 1; }
    tail -1 "$TMP/runstat" | awk '{print $2, $5}' >>"$TMP/$tag.runs"
}

median() {
    sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'
}

# show TAG NAME: the median time and peak memory of TAG's runs.
show() {
    printf '  %-34s %8.2f s  %8.1f MiB\n' "$2" "$(awk '{print $1}' "$TMP/$1.runs" | median)" \
        "$(awk '{print $2}' "$TMP/$1.runs" | median)"
}

# measure NAME DB COMMAND... : BENCH_RUNS runs in a row, shown without the
# newline; the median seconds and MiB into $secs, $mib.
measure() {
    name=$1; db=$2; shift 2
    rm -f "$TMP/m.runs"
    i=0
    while [ $i -lt "$RUNS" ]; do
        once m "$db" "$@" || return 1
        i=$((i + 1))
    done
    secs=$(awk '{print $1}' "$TMP/m.runs" | median)
    mib=$(awk '{print $2}' "$TMP/m.runs" | median)
    printf '  %-34s %8.2f s  %8.1f MiB' "$name" "$secs" "$mib"
}

# ratio A B: median over rounds of A's time / B's time, and the range.
ratio() {
    paste -d' ' "$TMP/$1.runs" "$TMP/$2.runs" | awk '{print $1 / $3}' >"$TMP/ratio"
    printf '%.2f (rounds %.2f-%.2f)' "$(median <"$TMP/ratio")" \
        "$(sort -g "$TMP/ratio" | head -1)" "$(sort -g "$TMP/ratio" | tail -1)"
}

IRA="$SHARED/data/ira-tweets/tweets.csv.zst"
if ! want ira; then
    :
elif [ -f "$IRA" ]; then
    zstd -dcq "$IRA" >"$TMP/tweets.csv"
    rows=$(($(wc -l <"$TMP/tweets.csv") - 1))
    mb=$(( $(stat -c %s "$TMP/tweets.csv") / 1000000 ))
    echo "IRA tweets: $TMP/tweets.csv, $mb MB, about $rows lines, $RUNS rounds (medians)"
    MAP="--source twitter"
    have_sqlite=0
    command -v sqlite3 >/dev/null && have_sqlite=1
    r=0
    while [ $r -lt "$RUNS" ]; do
        r=$((r + 1))
        echo "  round $r"
        once v1 "$TMP/v1.db" \
            "$VIGIE" ingest -q --no-copies --no-stories --no-index --db "$TMP/v1.db" $MAP "$TMP/tweets.csv"
        once v2 "$TMP/v2.db" \
            "$VIGIE" ingest -q --no-copies --no-stories --db "$TMP/v2.db" $MAP "$TMP/tweets.csv"
        once v3 "$TMP/v3.db" \
            "$VIGIE" ingest -q --no-copies --no-stories --no-index --db "$TMP/v3.db" $MAP "$IRA"
        [ $have_sqlite = 1 ] || continue
        once s1 "$TMP/s1.db" \
            sqlite3 "$TMP/s1.db" ".mode csv" ".import $TMP/tweets.csv tweets"
        once s2 "$TMP/s2.db" \
            sqlite3 "$TMP/s2.db" ".mode csv" ".import $TMP/tweets.csv tweets" \
            "CREATE VIRTUAL TABLE fts USING fts5(content, content=tweets)" \
            "INSERT INTO fts(fts) VALUES ('rebuild')"
        # The same raw load, de-duplicating as vigie does (same author,
        # minute and text = same post): what an idempotent load costs.
        once s3 "$TMP/s3.db" \
            sqlite3 "$TMP/s3.db" "CREATE TABLE tweets(author_id, content, region, language,
             publish_date, harvested_date, following, followers, updates, post_type, retweet,
             UNIQUE(author_id, publish_date, content) ON CONFLICT IGNORE)" \
            ".import --csv --skip 1 $TMP/tweets.csv tweets"
    done
    show v1 "vigie ingest (index deferred)"
    show v2 "vigie ingest (with FTS5 index)"
    show v3 "vigie ingest of the .zst file"
    docs=$("$VIGIE" stats --db "$TMP/v2.db" --format json | sed -n 's/.*"docs":\([0-9]*\).*/\1/p')
    echo "  vigie stored $docs documents; checksum $(checksum "$TMP/v2.db")"
    if [ $have_sqlite = 1 ]; then
        show s1 "sqlite3 .import"
        show s2 "sqlite3 .import + FTS5"
        show s3 "sqlite3 .import, de-duplicated"
        echo "  ($(sqlite3 "$TMP/s3.db" 'select count(*) from tweets') rows kept)"
        echo "  ratio vigie (deferred index) / .import:        $(ratio v1 s1)  (target <= 1.5)"
        echo "  ratio vigie (with index) / .import + FTS5:     $(ratio v2 s2)  (target <= 1.2)"
        echo "  ratio vigie (deferred index) / de-duplicated .import: $(ratio v1 s3)"
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
        v1=$(awk '{print $1}' "$TMP/v1.runs" | median)
        echo "  ratio pandas / vigie (deferred index):         $(echo "$p1 $v1" | awk '{printf "%.2f", $1/$2}')"
    else
        echo "  python3-pandas not installed: pandas peer skipped"
    fi
    echo "  peak memory vigie: $(awk '{print $2}' "$TMP/v1.runs" | median) MiB (deferred)," \
        "$(awk '{print $2}' "$TMP/v2.runs" | median) MiB (indexed); target <= 100 MiB"
    rm -f "$TMP/tweets.csv" "$TMP"/*.db*
else
    echo "IRA tweets: $IRA not found, skipping (the data lives in ../shared)"
fi

# ---- 2. synthetic corpus ---------------------------------------------------
if want sim; then
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
fi

# ---- 3-6. copy detection, coordination, main-text extraction, stories ------
for part in copies coord extract stories; do
    if want $part; then
        echo
        BUILD=$BUILD BENCH_RUNS=$RUNS scripts/bench-$part.sh
    fi
done
