#!/usr/bin/env bash
# Runs clang-tidy (.clang-tidy's checks) over every C++ source of ours in build/'s
# compile_commands.json; exit 1 on any finding. Needs a configured build (scripts/build.sh).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
[ -f "$build/compile_commands.json" ] || { echo "tidy: no $build/compile_commands.json" >&2; exit 1; }
mapfile -t sources < <(cd "$root" && git ls-files '*.cpp' | grep -E '^(models|ui|app)/')
run-clang-tidy -quiet -p "$build" -j "$(nproc)" "${sources[@]/#/$root/}" > "$build/tidy.log" 2>&1 \
    || { grep -E 'error:|warning:' "$build/tidy.log" | sort -u >&2; echo "tidy: findings above" >&2; exit 1; }
echo "tidy: ${#sources[@]} files, no findings"
