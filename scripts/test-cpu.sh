#!/bin/sh
# Prints the user+system CPU seconds of every ctest suite of a build directory, one line a
# suite, and the total: the figure docs/performance.md records ("Test suite CPU").
# Usage: scripts/test-cpu.sh [BUILD_DIR]   (default: build). Runs the suites one at a time.
set -eu
build=${1:-build}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 TZ=Asia/Shanghai
total=0
for name in $(ctest --test-dir "$build" -N | sed -n 's/^ *Test *#[0-9]*: //p'); do
    binary=$(find "$build/tests" -maxdepth 1 -type f -name "$name" | head -n 1)
    [ -n "$binary" ] || continue
    out=$(mktemp)
    status=0
    /usr/bin/time -f '%U %S' -o "$out" "$binary" > /dev/null 2>&1 || status=$?
    cpu=$(awk '{ printf "%.1f", $1 + $2 }' "$out")
    rm -f "$out"
    total=$(awk -v a="$total" -v b="$cpu" 'BEGIN { printf "%.1f", a + b }')
    printf '%s %s%s\n' "$name" "$cpu" "$([ "$status" -eq 0 ] || echo " (exit $status)")"
done
echo "total $total"
