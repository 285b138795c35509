#!/bin/sh
# bench-copies.sh - copy detection benchmarks (issue 4), run by make bench
# after the ingest benchmarks.
#
#   scripts/bench-copies.sh                  all parts
#   scripts/bench-copies.sh ira peer sim     the parts named
#   BENCH_RUNS=5 BENCH_COPY_ARTICLES=200000 scripts/bench-copies.sh sim
#
# Each part ingests its corpus once without copy detection (vigie ingest
# --no-copies --no-index), then times `vigie copies update` (fingerprints,
# candidate search, verification of every candidate, clustering, all
# stored) on a fresh copy of that store, BENCH_RUNS times (default 3), and
# prints the median wall time, documents per second, the peak resident
# memory of the process, the index's own memory per document (vigie's
# index_bytes: the multimap, the class arrays and sketches, at their
# peak) and a checksum of the result (sha256 of the pairs and clusters as
# CSV), so that a fast wrong answer shows.
#   ira   the IRA tweets (../shared/data/ira-tweets, ~1.2 M; skipped if absent)
#   peer  its first 200,000 records, vigie beside the npm package minhash
#         (bench/peers, installed by scripts/install-deps.sh --all), the
#         issue's reference settings: character 5-grams, 128 permutations,
#         LSH at 0.8; signatures and candidate search only
#   sim   BENCH_COPY_ARTICLES synthetic articles (default 1,000,000) of
#         ~3,000 characters from `vigie simulate`, with planted copies
# Settings: vigie's defaults (threshold 0.8: 10 bands of 5 rows for short
# texts, 8 bands of 4 rows for long ones).
BENCH_NAME=bench-copies
. "$(dirname "$0")/bench-env.sh"
ARTICLES=${BENCH_COPY_ARTICLES:-1000000}
parts=" ${*:-ira peer sim} "


# copies LABEL BASE-STORE: time `vigie copies update` on copies of BASE.
copies() {
    label=$1 base=$2 work=$TMP/work.db
    "$RUNSTAT" -n "$RUNS" -o "$TMP/copies.json" \
        -b "rm -f '$work' '$work-wal' '$work-shm'; cp '$base' '$work'" -- \
        "$VIGIE" copies update --db "$work" --format json >"$TMP/runstat" 2>&1 || {
        echo "bench-copies: $label failed:"; cat "$TMP/runstat"; return 1; }
    line=$(tail -1 "$TMP/runstat")
    secs=$(echo "$line" | awk '{print $2}')
    mib=$(echo "$line" | awk '{print $5}')
    grep '^run' "$TMP/runstat" | sed 's/^/    /'
    sum=$( ("$VIGIE" copies pairs --db "$work" --format csv --limit 0 &&
            "$VIGIE" copies list --db "$work" --format csv --limit 0) | sha256sum | cut -c1-16)
    python3 - "$label" "$secs" "$mib" "$sum" "$TMP/copies.json" <<'PY'
import json, sys
label, secs, mib, checksum, path = sys.argv[1:]
c = json.load(open(path))
secs, mib = float(secs), float(mib)
print("  %-30s %8.2f s (copy pass %.2f s)  %s docs/s  peak %.0f MiB" %
      (label, secs, c["seconds"], format(round(c["docs"] / secs), ","), mib))
print("  %-30s %s documents, %s distinct texts, %s candidates, %s verified, "
      "%s near and %s partial pairs" %
      ("", format(c["docs"], ","), format(c["texts"], ","), format(c["candidates"], ","),
       format(c["verified"], ","), format(c["near_pairs"], ","), format(c["partial_pairs"], ",")))
print("  %-30s index %.1f MiB at its peak = %.0f bytes per document (target <= 300); "
      "%s entries; checksum %s" %
      ("", c["index_bytes"] / 1048576, c["index_bytes"] / max(c["docs"], 1),
       format(c["index_entries"], ","), checksum))
PY
}

# ---- the IRA tweets -----------------------------------------------------
IRA="$SHARED/data/ira-tweets/tweets.csv.zst"
if want ira || want peer; then
    if [ ! -f "$IRA" ]; then
        echo "copy detection, IRA tweets: $IRA not found, skipping (the data lives in ../shared)"
    else
        if want ira; then
            "$VIGIE" ingest -q --no-copies --no-index --source twitter --db "$TMP/ira.db" "$IRA"
            echo "copy detection, IRA tweets ($(sqlite3 "$TMP/ira.db" 'select count(*) from docs') documents), $RUNS runs, medians; target >= 100,000 tweets/s"
            copies "vigie copies update" "$TMP/ira.db"
            rm -f "$TMP"/ira.db* "$TMP"/work.db*
        fi
        if want peer; then
            zstd -dcq "$IRA" | head -n 200001 >"$TMP/ira200k.csv"
            "$VIGIE" ingest -q --no-copies --no-index --source twitter --db "$TMP/p.db" "$TMP/ira200k.csv"
            n=$(sqlite3 "$TMP/p.db" 'select count(*) from docs')
            echo "copy detection, first 200,000 IRA records ($n documents), $RUNS runs, medians"
            copies "vigie copies update" "$TMP/p.db"
            vsecs=$secs
            sqlite3 "$TMP/p.db" 'select json_quote(text) from docs order by seq' >"$TMP/texts.jsonl"
            peer=bench/peers/minhash-lsh.js
            if ! command -v node >/dev/null || [ ! -d bench/peers/node_modules/minhash ]; then
                echo "  npm minhash not installed (scripts/install-deps.sh --all): peer skipped"
            else
                "$RUNSTAT" -n "$RUNS" -o "$TMP/peer.json" -- node "$peer" "$TMP/texts.jsonl" \
                    >"$TMP/runstat" 2>&1 || { echo "bench-copies: peer failed:"; cat "$TMP/runstat"; exit 1; }
                line=$(tail -1 "$TMP/runstat")
                psecs=$(echo "$line" | awk '{print $2}')
                pmib=$(echo "$line" | awk '{print $5}')
                python3 - "$psecs" "$pmib" "$vsecs" "$TMP/peer.json" <<'PY'
import json, sys
psecs, pmib, vsecs = map(float, sys.argv[1:4])
p = json.load(open(sys.argv[4]))
print("  %-30s %8.2f s  %s docs/s  peak %.0f MiB  (%s candidates, not verified)" %
      ("npm minhash 0.0.9 (node)", psecs, format(round(p["docs"] / psecs), ","), pmib,
       format(p["candidates"], ",")))
print("  ratio npm minhash / vigie: %.1f  (reference, not run here: datasketch "
      "~5,200 tweets/s overall, peak 1.1 GiB)" % (psecs / vsecs))
PY
            fi
            rm -f "$TMP"/p.db* "$TMP"/work.db* "$TMP/ira200k.csv" "$TMP/texts.jsonl"
        fi
    fi
fi

# ---- synthetic articles ---------------------------------------------------
if want sim; then
    "$VIGIE" simulate --articles "$ARTICLES" --posts 1 --accounts 1 --days 30 \
        --out "$TMP/sim.jsonl" --truth "$TMP/truth.jsonl" >/dev/null 2>&1
    mb=$(( $(stat -c %s "$TMP/sim.jsonl") / 1000000 ))
    "$VIGIE" ingest -q --no-copies --no-index --db "$TMP/sim.db" "$TMP/sim.jsonl"
    rm -f "$TMP/sim.jsonl"
    n=$(sqlite3 "$TMP/sim.db" 'select count(*) from docs')
    chars=$(sqlite3 "$TMP/sim.db" 'select cast(avg(length(text)) as int) from docs')
    echo "copy detection, synthetic articles: $n documents ($ARTICLES originals, $mb MB JSONL, $chars characters on average), $RUNS runs, medians; target >= 10,000 articles/s"
    copies "vigie copies update" "$TMP/sim.db"
fi
