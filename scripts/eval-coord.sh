#!/bin/sh
# eval-coord.sh - measure coordination detection (issue 5); the figures go
# to docs/EVALUATION.md, section "Coordination".
#
#   sim  The simulator's planted groups (sizes 3-20, windows 5 s to 5 min,
#        text, link, hashtag, repost and mixed groups) among organic
#        accounts: precision and recall of coordinated accounts at the
#        default settings (estimated window) and at fixed windows of 10 s,
#        60 s, 5 min, 10 min and 1 h, over three seeds; recall by group
#        size, speed and kind (first seed); agreement of communities with
#        the groups.
#        A larger corpus (100,000 accounts, a million posts) at the defaults.
#   ira  The IRA tweets (../shared/data/ira-tweets), ingested with copy
#        detection: ARI and NMI between communities and account_category
#        at windows of 60 s, 10 min and 1 h.
#
# Usage: scripts/eval-coord.sh [sim] [ira]   (default: both)
#   BUILD     build directory (default: build), configured if missing
#   VG_SHARED data root holding data/ira-tweets (default: ../shared)
#   EVAL_TMP  scratch folder (default: a new one under /tmp, removed)
# Each evaluation ends with "RESULT label key=value ..." lines.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build}
shared=${VG_SHARED:-$root/../shared}
parts=" ${*:-sim ira} "
for p in $parts; do
    case $p in
    sim | ira) ;;
    *) echo "eval-coord.sh: unknown part '$p' (sim or ira)" >&2; exit 2 ;;
    esac
done
want() { case $parts in *" $1 "*) return 0 ;; esac; return 1; }

[ -f "$build/build.ninja" ] || meson setup "$build" "$root" >/dev/null
ninja -C "$build" cli/vigie >/dev/null
vigie=$build/cli/vigie
score=$root/scripts/eval-coord.py
if [ -n "${EVAL_TMP:-}" ]; then
    tmp=$EVAL_TMP
    mkdir -p "$tmp"
else
    tmp=$(mktemp -d /tmp/vigie-eval-coord.XXXXXX)
    trap 'rm -rf "$tmp"' EXIT INT TERM
fi

# corpus LABEL SIMULATE-ARGS...: simulate and ingest (copy detection on).
corpus() {
    label=$1
    shift
    "$vigie" simulate "$@" --out "$tmp/$label.jsonl" --truth "$tmp/$label.truth" >/dev/null
    rm -f "$tmp/$label.db" "$tmp/$label.db-wal" "$tmp/$label.db-shm"
    "$vigie" ingest -q --no-index --db "$tmp/$label.db" "$tmp/$label.jsonl"
}

# coord LABEL DB NODES COORD-ARGS...: run, print the summary's last line.
coord() {
    label=$1 db=$2 nodes=$3
    shift 3
    "$vigie" coord --db "$db" --top 0 --nodes "$nodes" "$@" | tail -1 | sed "s/^coord:/$label:/"
}

if want sim; then
    echo "== planted groups (simulator), three seeds of 2,000 accounts and 40,000 posts over 14 days"
    for seed in 1 2 3; do
        corpus s$seed --seed $seed --accounts 2000 --posts 40000 --articles 2000 --days 14
        for w in auto 10s 60s 5m 10m 1h; do
            coord "seed $seed window $w" "$tmp/s$seed.db" "$tmp/n.csv" --window $w
            if [ "$seed" = 1 ]; then
                python3 "$score" sim "$tmp/s$seed.truth" "$tmp/n.csv" "sim_s${seed}_$w"
            else
                python3 "$score" sim "$tmp/s$seed.truth" "$tmp/n.csv" "sim_s${seed}_$w" | tail -1
            fi
        done
    done
    echo "== planted groups in a large corpus: 100,000 accounts, a million posts over 30 days"
    corpus big --seed 2 --accounts 100000 --posts 1000000 --articles 20000 --days 30
    coord "big, defaults" "$tmp/big.db" "$tmp/n.csv"
    python3 "$score" sim "$tmp/big.truth" "$tmp/n.csv" sim_big_auto
fi

if want ira; then
    ira=$shared/data/ira-tweets
    if [ ! -f "$ira/tweets.csv.zst" ] || [ ! -f "$ira/authors.csv" ]; then
        echo "ira: skipped, $ira not found (set VG_SHARED)"
    else
        echo "== IRA tweets: communities against account_category"
        rm -f "$tmp/ira.db" "$tmp/ira.db-wal" "$tmp/ira.db-shm"
        "$vigie" ingest -q --no-index --db "$tmp/ira.db" "$ira/tweets.csv.zst"
        for w in 60s 10m 1h; do
            coord "ira window $w" "$tmp/ira.db" "$tmp/n.csv" --window $w
            python3 "$score" ira "$ira/authors.csv" "$tmp/n.csv" "ira_$w" | tail -1
        done
    fi
fi
