#!/usr/bin/env bash
# README command (b): install what is needed, build, and run the whole test suite
# headless (GUI tests use the offscreen platform). In CI (CI=true), or with TIDY=1,
# the layout check (.clang-format) and clang-tidy's checks (.clang-tidy) run over our
# sources too.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
if [ "${CI:-}" = "true" ] || [ "${TIDY:-}" = "1" ]; then
    "$root/scripts/format-check.sh"
fi
"$root/scripts/build.sh"
if [ "${CI:-}" = "true" ] || [ "${TIDY:-}" = "1" ]; then
    "$root/scripts/tidy.sh"
fi
cd "$root/build"
# The suites run beside a throwaway PostgreSQL cluster of their own (with-postgres.sh),
# which COMPLAINTDESK_TEST_PG points the server-store tests at.
QT_QPA_PLATFORM=offscreen "$root/scripts/with-postgres.sh" \
    ctest --output-on-failure --timeout 600 -j "$(nproc)"
