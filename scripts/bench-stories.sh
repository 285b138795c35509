#!/bin/sh
# bench-stories.sh - story clustering benchmark (issue 6), run by make bench.
#
#   scripts/bench-stories.sh
#   BENCH_RUNS=5 BENCH_STORY_ARTICLES=100000 scripts/bench-stories.sh
#
# A synthetic stream from `vigie simulate`: BENCH_STORY_ARTICLES original
# articles (default 100,000; with the planted copies, edited copies and
# stitched articles the stream holds about a fifth more) over 30 days, of
# 1,500 to 3,800 characters, ingested once with copy detection but not
# the stories (vigie ingest --no-index --no-stories).  Then `vigie stories
# --rebuild` runs BENCH_RUNS times (default 3): reading every document
# from the store, the tokeniser and stemmer, the vectors, the online
# clustering, and writing the stories back (what `vigie ingest` does after
# copy detection).  Printed: the median wall time,
# articles per second (target >= 5,000), the peak resident memory, and a
# checksum of the result (sha256 of every story's members as JSON), so
# that a fast wrong answer shows.  With BENCH_STORY_SCALING=1 (the
# default) the same runs on a quarter and a half of the stream at about the
# same rate (8 and 15 days) show how memory grows with the stream: the open
# stories' vectors stay bounded, the members' list (held until they are
# written at the end of the update, and read back for the output) grows.
# No peer runs here: no story-clustering tool (such as the news-stream
# clustering of Miranda et al., or scikit-learn for a hand-made one) is
# installed on this machine or reachable from it.
BENCH_NAME=bench-stories
. "$(dirname "$0")/bench-env.sh"
ART=${BENCH_STORY_ARTICLES:-100000}


# one LABEL ARTICLES DAYS: simulate, ingest (stories left out), time
# `vigie stories --rebuild`: every article clustered and the stories stored.
one() {
    label=$1 art=$2 days=$3
    "$VIGIE" simulate --seed 13 --articles "$art" --posts 1000 --accounts 200 --outlets 16 \
        --days "$days" --out "$TMP/s.jsonl" 2>/dev/null
    rm -f "$TMP"/s.db*
    "$VIGIE" ingest -q --no-index --no-stories --db "$TMP/s.db" "$TMP/s.jsonl"
    rm -f "$TMP/s.jsonl"
    "$RUNSTAT" -n "$RUNS" -- "$VIGIE" stories --rebuild --db "$TMP/s.db" --limit 1 >"$TMP/runstat" 2>&1 || {
        echo "bench-stories: $label failed:"; cat "$TMP/runstat"; return 1; }
    line=$(tail -1 "$TMP/runstat")
    secs=$(echo "$line" | awk '{print $2}')
    mib=$(echo "$line" | awk '{print $5}')
    "$VIGIE" stories --db "$TMP/s.db" --format json --members --limit 0 --min-size 1 >"$TMP/out.json"
    n=$(grep -o '"articles":[0-9]*' "$TMP/out.json" | head -1 | cut -d: -f2)
    stories=$(grep -o '"stories":[0-9]*,"merged":[0-9]*' "$TMP/out.json" | head -1)
    sum=$(sed 's/"seconds":[0-9.]*//' "$TMP/out.json" | sha256sum | cut -c1-16)
    chars=$(sqlite3 "$TMP/s.db" "select cast(avg(length(text)) as int) from docs where length(text) >= 400" 2>/dev/null || echo "?")
    grep '^run' "$TMP/runstat" | sed 's/^/    /'
    printf '  %-34s %7.2f s  %8.0f articles/s  peak %6.1f MiB  checksum %s\n' "$label" "$secs" \
        "$(echo "$n $secs" | awk '{print $1 / $2}')" "$mib" "$sum"
    echo "    $n articles of $chars characters on average; $stories"
}

echo "story clustering: $RUNS runs each (medians); target >= 5,000 articles/s"
if [ "${BENCH_STORY_SCALING:-1}" = 1 ]; then
    one "$((ART / 4)) originals, 8 days" $((ART / 4)) 8
    one "$((ART / 2)) originals, 15 days" $((ART / 2)) 15
fi
one "$ART originals, 30 days" "$ART" 30
