#!/bin/sh
# test.sh - the whole test suite, as CI runs it:
#   1. the dependency rule between modules (scripts/check-deps.sh);
#   2. build with warnings as errors, unit + golden tests + fuzz corpora;
#   3. the same suite under AddressSanitizer + UndefinedBehaviorSanitizer
#      (LeakSanitizer on);
#   4. each fuzz target fuzzed briefly with libFuzzer (clang), FUZZ_SECONDS
#      each (default 10; 0 skips).
# Ends with one line "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
FUZZ_SECONDS=${FUZZ_SECONDS:-10}
passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

step() { echo; echo "== $*"; }

# meson test output ends with "Ok: N" / "Fail: N" ... lines; add them up.
count_meson() {
    ok=$(sed -n 's/^Ok:[[:space:]]*\([0-9]*\).*/\1/p' "$log" | tail -1)
    ko=$(sed -n 's/^Fail:[[:space:]]*\([0-9]*\).*/\1/p' "$log" | tail -1)
    to=$(sed -n 's/^Timeout:[[:space:]]*\([0-9]*\).*/\1/p' "$log" | tail -1)
    passed=$((passed + ${ok:-0}))
    failed=$((failed + ${ko:-0} + ${to:-0}))
}

step "dependency rule"
if scripts/check-deps.sh; then passed=$((passed + 1)); else failed=$((failed + 1)); fi

setup() { # dir, options...
    dir=$1; shift
    if [ -d "$dir" ]; then
        meson setup --reconfigure "$dir" "$@" >/dev/null
    else
        meson setup "$dir" "$@" >/dev/null
    fi
}

step "build (warnings are errors) and test"
if setup build -Dwerror=true && ninja -C build; then
    meson test -C build --print-errorlogs --num-processes 2 >"$log" 2>&1
    cat "$log" | tail -40
    count_meson
else
    echo "build failed"
    failed=$((failed + 1))
fi

step "build and test under ASan + UBSan (LeakSanitizer on)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
if setup build-asan -Dwerror=true -Db_sanitize=address,undefined -Db_lundef=false \
        -Dbuildtype=debug && ninja -C build-asan; then
    meson test -C build-asan --print-errorlogs --num-processes 2 >"$log" 2>&1
    cat "$log" | tail -40
    count_meson
else
    echo "sanitizer build failed"
    failed=$((failed + 1))
fi

if [ "$FUZZ_SECONDS" -gt 0 ] && command -v clang >/dev/null 2>&1; then
    step "fuzzing each target for $FUZZ_SECONDS s (libFuzzer)"
    # The library is instrumented for coverage too (fuzzer-no-link), or
    # libFuzzer sees only the target's own few lines.
    if CC=clang CXX=clang++ setup build-fuzz -Dfuzz=true -Db_sanitize=address,undefined \
            -Db_lundef=false -Dbuildtype=debug -Dc_args=-fsanitize=fuzzer-no-link \
            -Dcpp_args=-fsanitize=fuzzer-no-link && ninja -C build-fuzz >/dev/null; then
        for t in build-fuzz/tests/fuzz/fuzz_*; do
            [ -f "$t" ] && [ -x "$t" ] || continue
            name=$(basename "$t" | sed 's/^fuzz_//')
            work=$(mktemp -d)
            cp -r "tests/fuzz/corpus/$name/." "$work/" 2>/dev/null
            if "$t" -max_total_time="$FUZZ_SECONDS" -max_len=65536 -rss_limit_mb=2048 \
                    -artifact_prefix="$work/" -print_final_stats=1 "$work" >"$log" 2>&1; then
                echo "fuzz $name: ok, $(sed -n 's/.*stat::number_of_executed_units: *//p' "$log") runs"
                passed=$((passed + 1))
            else
                echo "fuzz $name: FAILED"; tail -40 "$log"
                mkdir -p fuzz-crashes && cp "$work"/crash-* "$work"/leak-* "$work"/timeout-* \
                    fuzz-crashes/ 2>/dev/null && echo "reproducers kept in fuzz-crashes/"
                failed=$((failed + 1))
            fi
            rm -rf "$work"
        done
    else
        echo "fuzz build failed"
        failed=$((failed + 1))
    fi
fi

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
