#!/usr/bin/env bash
# Checks that every C++ source of ours is laid out as .clang-format says; exit 1 and the
# list of files otherwise (fix with `clang-format -i FILE`). Needs clang-format (install-deps.sh).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mapfile -t sources < <(git ls-files '*.cpp' '*.h')
if ! clang-format --dry-run -Werror "${sources[@]}" 2>"${TMPDIR:-/tmp}/format-check.$$"; then
    grep -oE '^[^:]+:[0-9]+:[0-9]+: error' "${TMPDIR:-/tmp}/format-check.$$" | cut -d: -f1 | sort -u \
        | sed 's/^/format: not as .clang-format says: /' >&2
    rm -f "${TMPDIR:-/tmp}/format-check.$$"
    exit 1
fi
rm -f "${TMPDIR:-/tmp}/format-check.$$"
echo "format: ${#sources[@]} files as .clang-format says"
