#!/usr/bin/env bash
# README command (a): install what is needed, build, and start ComplaintDesk on the
# embedded SQLite store in the user's data directory. Extra arguments go to the app,
# e.g. scripts/run.sh --lang en --database /tmp/desk.sqlite
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
exec "$root/build/app/complaintdesk" "$@"
