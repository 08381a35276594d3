#!/usr/bin/env bash
# Usage: scripts/pg-standby-pair.sh start|stop-primary|promote|stop DIR
# A throwaway PostgreSQL primary with a synchronous streaming standby, for the failover
# test (tests/ui/tst_failover.cpp). DIR is an empty private directory of the caller's.
#   start         creates both clusters in DIR (primary/, standby/), each listening only on
#                 a Unix socket in DIR (ports 54331 and 54332 name the socket files), the
#                 standby synchronous (a commit returns once the standby has it), and the
#                 database "complaintdesk"; prints the desks' multi-host address
#                 (host=DIR,DIR port=54331,54332 ... target_session_attrs=read-write).
#   stop-primary  stops the primary at once, as a crash does (pg_ctl -m immediate).
#   promote       promotes the standby to primary and waits until it accepts writes.
#   stop          stops whatever runs in DIR.
# Local connections are trusted: the sockets are in DIR, which only its owner (and root)
# may enter. As root the clusters run as the `postgres` system user.
set -euo pipefail
command="${1:?command}"
dir="${2:?directory}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
[ -x "$bin/initdb" ] || { echo "pg-standby-pair: PostgreSQL server binaries not found" >&2; exit 2; }
primary_port=54331
standby_port=54332
owner="$(id -un)"
as_owner() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
    owner=postgres
    as_owner() { runuser -u postgres -- "$@"; }
fi

case "$command" in
start)
    [ "$owner" = "$(id -un)" ] || chown postgres: "$dir"
    chmod 700 "$dir"
    as_owner "$bin/initdb" -D "$dir/primary" -U "$owner" --auth=trust -E UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 2; }
    as_owner "$bin/pg_ctl" -D "$dir/primary" -w -l "$dir/primary.log" \
        -o "-p $primary_port -k $dir -c listen_addresses= -c synchronous_standby_names=*" \
        start >/dev/null || { cat "$dir/primary.log" >&2; exit 2; }
    as_owner "$bin/pg_basebackup" -h "$dir" -p "$primary_port" -U "$owner" \
        -D "$dir/standby" -R -X stream >"$dir/basebackup.log" 2>&1 \
        || { cat "$dir/basebackup.log" >&2; exit 2; }
    as_owner "$bin/pg_ctl" -D "$dir/standby" -w -l "$dir/standby.log" \
        -o "-p $standby_port -k $dir -c listen_addresses=" start >/dev/null \
        || { cat "$dir/standby.log" >&2; exit 2; }
    # Until the standby streams, a commit on the primary would wait for it.
    for _ in $(seq 100); do
        state="$(as_owner "$bin/psql" -X -A -t -h "$dir" -p "$primary_port" -U "$owner" \
            -d postgres -c "SELECT count(*) FROM pg_stat_replication WHERE sync_state = 'sync'")"
        [ "$state" = "1" ] && break
        sleep 0.1
    done
    [ "$state" = "1" ] || { echo "pg-standby-pair: the standby does not stream" >&2; exit 2; }
    as_owner "$bin/createdb" -h "$dir" -p "$primary_port" -U "$owner" complaintdesk
    chmod 711 "$dir"
    echo "host=$dir,$dir port=$primary_port,$standby_port user=$owner dbname=complaintdesk target_session_attrs=read-write"
    ;;
stop-primary)
    as_owner "$bin/pg_ctl" -D "$dir/primary" -m immediate stop >/dev/null
    ;;
promote)
    as_owner "$bin/pg_ctl" -D "$dir/standby" -w promote >/dev/null
    ;;
stop)
    for cluster in primary standby; do
        [ -d "$dir/$cluster" ] && as_owner "$bin/pg_ctl" -D "$dir/$cluster" -m immediate stop \
            >/dev/null 2>&1 || true
    done
    ;;
*)
    echo "pg-standby-pair: unknown command $command" >&2
    exit 2
    ;;
esac
