#!/usr/bin/env bash
# README command (b): install what is needed, build, and run the whole test suite
# headless (GUI tests use the offscreen platform). In CI (CI=true), or with TIDY=1,
# clang-tidy's checks (.clang-tidy) run over our sources too.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
if [ "${CI:-}" = "true" ] || [ "${TIDY:-}" = "1" ]; then
    "$root/scripts/tidy.sh"
fi
cd "$root/build"
# The suites run inside pg_virtualenv (postgresql-common): a throwaway PostgreSQL cluster
# on a free port, removed afterwards, whose PGHOST, PGPORT, PGUSER and PGPASSWORD it
# exports; COMPLAINTDESK_TEST_PG points the server-store tests at it.
QT_QPA_PLATFORM=offscreen pg_virtualenv -- env COMPLAINTDESK_TEST_PG="dbname=postgres" \
    ctest --output-on-failure --timeout 600 -j "$(nproc)"
