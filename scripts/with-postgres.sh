#!/usr/bin/env bash
# Usage: scripts/with-postgres.sh COMMAND [ARG...]
# Runs COMMAND beside a throwaway PostgreSQL 15 cluster of its own: created in a fresh
# temporary directory, listening only on a Unix socket in that directory (so it never
# collides with another cluster, port or pg_virtualenv run on the machine), requiring a
# password (scram-sha-256), and removed afterwards whatever COMMAND returns. COMMAND sees
# PGHOST, PGPORT, PGUSER, PGPASSWORD and COMPLAINTDESK_TEST_PG (a libpq address whose user
# may create databases). As root the cluster runs as the `postgres` system user, since
# PostgreSQL refuses to run as root. Exits with COMMAND's status.
set -euo pipefail
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
[ -x "$bin/initdb" ] || { echo "with-postgres: PostgreSQL server binaries not found" >&2; exit 2; }

dir="$(mktemp -d /tmp/complaintdesk-pg.XXXXXX)"
owner="$(id -un)"
as_owner() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
    owner=postgres
    chown postgres: "$dir"
    as_owner() { runuser -u postgres -- "$@"; }
fi
chmod 700 "$dir"
password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
printf '%s\n' "$password" >"$dir/pwfile"
[ "$owner" = "$(id -un)" ] || chown postgres: "$dir/pwfile"

cleanup() {
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT

as_owner "$bin/initdb" -D "$dir/data" -U "$owner" --auth=scram-sha-256 \
    --pwfile="$dir/pwfile" -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 2; }
port=54329   # names the socket file in $dir only: no TCP port is opened
as_owner "$bin/pg_ctl" -D "$dir/data" -w -l "$dir/server.log" \
    -o "-p $port -k $dir -c listen_addresses= -c fsync=off -c max_connections=200" start \
    >/dev/null || { cat "$dir/server.log" >&2; exit 2; }
# The socket directory must be reachable by the test user when that is not the owner.
chmod 711 "$dir"

export PGHOST="$dir" PGPORT="$port" PGUSER="$owner" PGPASSWORD="$password"
export COMPLAINTDESK_TEST_PG="host=$dir port=$port user=$owner dbname=postgres"
status=0
"$@" || status=$?
exit "$status"
