#!/bin/sh
# install-deps.sh - install the Debian packages vigie's build, tests and
# benchmarks need.  Idempotent: installs only what is missing.  As root it
# runs apt-get; otherwise it prints the exact command to run and exits 1 if
# something is missing.
#
#   scripts/install-deps.sh          build + tests
#   scripts/install-deps.sh --all    also the benchmark peers and fuzzing
set -eu

# Build and test: compiler, meson, the libraries vigie links, cmocka.
PKGS="build-essential g++ pkg-config meson ninja-build
      libsqlite3-dev libcsv-dev libjansson-dev libutf8proc-dev zlib1g-dev
      libzstd-dev libxxhash-dev libcld2-dev libexttextcat-dev libcmocka-dev libigraph-dev
      clang libclang-rt-14-dev"
# HTML extraction (src/html): libxml2's HTML parser.
PKGS="$PKGS libxml2-dev"
# Stories (src/story): Snowball stemmers.
PKGS="$PKGS libstemmer-dev"
# Benchmarks and evaluations: peers measured in the same run (and Node.js
# for the npm peers of bench/peers, unless a node is already installed).
EXTRA="sqlite3 python3 python3-pandas zstd"
# The extraction benchmark's peer (readability-lxml), and the other HTML
# parsers measured for the choice of libxml2 (bench/bench_parsers.c).
EXTRA="$EXTRA python3-readability libgumbo-dev libmodest-dev"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    EXTRA="$EXTRA nodejs npm"
fi

case "${1:-}" in
--all) PKGS="$PKGS $EXTRA" ;;
"") ;;
*) echo "usage: $0 [--all]" >&2; exit 2 ;;
esac

# The npm peers of the benchmarks, pinned by bench/peers/package-lock.json.
npm_peers() {
    [ "${1:-}" = --all ] || return 0
    peers=$(cd "$(dirname "$0")/../bench/peers" && pwd)
    if [ ! -d "$peers/node_modules/minhash" ] && command -v npm >/dev/null 2>&1; then
        npm ci --prefix "$peers" --no-audit --no-fund --loglevel=error ||
            echo "install-deps: npm ci in bench/peers failed: the npm peers will be skipped" >&2
    fi
}

missing=""
for p in $PKGS; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
        missing="$missing $p"
    fi
done
if [ -z "$missing" ]; then
    npm_peers "${1:-}"
    exit 0
fi
cmd="apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" -ne 0 ]; then
    echo "vigie needs these Debian packages:$missing" >&2
    echo "run:  sudo apt-get update && sudo $cmd" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# A fresh machine has no package lists; an old list may miss packages.
apt-get update -qq
# shellcheck disable=SC2086
$cmd
npm_peers "${1:-}"
