#!/bin/sh
# bench-extract.sh - main-text extraction throughput, one core, vigie
# beside Debian's python3-readability (readability-lxml) in the same run.
#
#   scripts/bench-extract.sh            (part of make bench)
#   BENCH_RUNS=5 scripts/bench-extract.sh
#
# Corpora: the 181 pages of ../shared/data/article-extraction (decompressed
# in memory first, outside the timing), and a larger set made of the same
# pages ten times over.  vigie: parse + metadata + body (bench_extract);
# also libxml2's parser alone, for the parser's share, and beside Gumbo and
# MyHTML (bench_parsers, when built).  The peer:
# readability.Document(html).summary() per page.  Prints pages/s, MB/s,
# peak RSS, a checksum and the ratio.
set -eu
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
RUNS=${BENCH_RUNS:-3}
SHARED=${VG_SHARED:-../shared}
DATA="$SHARED/data/article-extraction/html"
BENCH=$BUILD/bench/bench_extract
if [ ! -d "$DATA" ]; then
    echo "extraction: $DATA not found, skipping (the data lives in ../shared)"
    exit 0
fi
[ -x "$BENCH" ] || { echo "bench-extract: $BENCH missing: run 'make build' first" >&2; exit 1; }
out=$("$BENCH" -r "$RUNS" "$DATA")
echo "$out"
vigie_mbs=$(echo "$out" | sed -n 's/.* \([0-9.]*\) MB\/s.*/\1/p')
"$BENCH" -r "$RUNS" -x 10 "$DATA"
"$BENCH" -r "$RUNS" --parse-only "$DATA"
# The parser choice (docs/EXTRACTION.md): built when Gumbo and MyHTML are
# installed (scripts/install-deps.sh --all).
if [ -x "$BUILD/bench/bench_parsers" ]; then
    "$BUILD/bench/bench_parsers" -r "$RUNS" "$DATA"
else
    echo "bench_parsers not built (libgumbo-dev, libmodest-dev missing): parser comparison skipped"
fi

PY=${PYTHON:-/usr/bin/python3}
if [ -x "$PY" ] && "$PY" -c 'import readability' 2>/dev/null; then
    peer=$("$PY" - "$DATA" "$RUNS" <<'PYEOF'
import gzip, hashlib, os, resource, statistics, sys, time
import logging
logging.disable(logging.CRITICAL)
from readability import Document
folder, runs = sys.argv[1], int(sys.argv[2])
pages = []
for name in sorted(os.listdir(folder)):
    if ".htm" in name:
        path = os.path.join(folder, name)
        op = gzip.open if name.endswith(".gz") else open
        with op(path, "rb") as f:
            pages.append(f.read())
size = sum(len(p) for p in pages)
times = []
for _ in range(runs):
    h = hashlib.sha256()
    t0 = time.perf_counter()
    for p in pages:
        try:
            h.update(Document(p).summary().encode("utf-8", "replace"))
        except Exception:
            pass
    times.append(time.perf_counter() - t0)
med = statistics.median(times)
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"readability-lxml: {len(pages)} pages, {size/1e6:.1f} MB of HTML, {runs} rounds")
print(f"  median {med:.3f} s  {len(pages)/med:.0f} pages/s  {size/1e6/med:.1f} MB/s  "
      f"peak RSS {rss:.1f} MiB  checksum {h.hexdigest()[:16]}")
PYEOF
)
    echo "$peer"
    peer_mbs=$(echo "$peer" | sed -n 's/.* \([0-9.]*\) MB\/s.*/\1/p')
    echo "  ratio vigie / readability-lxml: $(echo "$vigie_mbs $peer_mbs" | awk '{printf "%.1f", $1/$2}')x  (target >= 5x)"
else
    echo "python3-readability not installed: readability-lxml peer skipped (scripts/install-deps.sh --all)"
fi
