#!/bin/sh
# check-deps.sh - enforce the dependency rule of docs/ARCHITECTURE.md by
# looking at every #include "..." in the tree.  Prints each violation and
# exits 1 if there is any.
set -eu
cd "$(dirname "$0")/.."

# allowed MODULE -> the src/ modules it may include (besides itself and
# the public headers under include/vigie/).
allowed() {
    case "$1" in
    base) echo "" ;;
    read|lang|store|sim|html) echo "base" ;;
    story) echo "base store copy" ;;
    clean) echo "base lang" ;;
    copy) echo "base store" ;;
    coord) echo "base store copy" ;;
    ingest) echo "base read clean store lang copy" ;;
    *) echo "" ;;
    esac
}

# Which module owns a header name.
owner_of() {
    for m in src/*/; do
        m=${m%/}; m=${m#src/}
        if [ -f "src/$m/$1" ]; then echo "$m"; return; fi
    done
    echo ""
}

bad=0
for f in $(find src -name '*.c' -o -name '*.cc' -o -name '*.h' | sort); do
    mod=$(echo "$f" | cut -d/ -f2)
    for inc in $(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$f"); do
        case "$inc" in vigie/*) continue ;; esac
        own=$(owner_of "$inc")
        [ -z "$own" ] && continue
        [ "$own" = "$mod" ] && continue
        ok=0
        for a in $(allowed "$mod"); do [ "$a" = "$own" ] && ok=1; done
        if [ $ok -eq 0 ]; then
            echo "check-deps: $f includes $inc from src/$own: $mod may not depend on $own" >&2
            bad=1
        fi
    done
done
# The CLI sees only the public API.
for f in cli/*.c cli/*.h; do
    for inc in $(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$f"); do
        case "$inc" in vigie/*|cli.h) ;; *)
            echo "check-deps: $f includes \"$inc\": the CLI may use only include/vigie/" >&2
            bad=1 ;;
        esac
    done
done
if [ $bad -eq 0 ]; then echo "check-deps: dependency rule holds"; fi
exit $bad
