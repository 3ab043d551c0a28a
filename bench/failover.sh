#!/usr/bin/env bash
# bench/failover.sh — the service follows a failover, with real processes:
#   pg_auto_failover 2.0 (Debian: postgresql-15-auto-failover, pg-auto-failover-cli): a monitor on
#   $MONITOR_PORT and two PostgreSQL 15 nodes on $NODE_A_PORT and $NODE_B_PORT, the second a synchronous
#   standby of the first (pg_auto_failover's default for two nodes: replication quorum on, so a commit
#   is acknowledged only once the standby has it);
#   the service jar on $PORT with the multi-host URL
#     jdbc:postgresql://127.0.0.1:$NODE_A_PORT,127.0.0.1:$NODE_B_PORT/verbatim?targetServerType=primary
#   (the driver tries the hosts in order and keeps the one that is not in recovery).
# Then bench/FaultLoad.java (JDK only) runs an open mixed load at $RATE requests/s for $SECONDS_ s (reads,
# article POSTs, If-Match PATCHes of what it created); at $FAULT_AT s it stops the primary's keeper and
# PostgreSQL at once (pg_autoctl stop --immediate: a crash as far as clients can tell), and waits until
# the monitor has promoted the standby. It reports per second the statuses (503s carry Retry-After), the
# time from the stop to the first acknowledged write, and reads back every acknowledged write from the
# new primary: lost writes must be 0.
# Needs root (PostgreSQL runs as the postgres user), a JDK 21+, curl; builds the jar unless SKIP_BUILD=1.
# Failover timing is the monitor's: its defaults (health checks every 5 s, a node unhealthy after 20 s,
# then primary_demote_timeout 30 s before promoting) unless FAST=1, which sets the shorter values in
# docs/scaling.md on both the monitor and the keepers (keeping network_partition_timeout below
# primary_demote_timeout, so that an isolated primary always stops before its standby is promoted).
# Writes $OUT/report.md. Loopback only; everything it starts is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
MONITOR_PORT=${MONITOR_PORT:-55441}
NODE_A_PORT=${NODE_A_PORT:-55442}
NODE_B_PORT=${NODE_B_PORT:-55443}
PORT=${PORT:-8136}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-8137}
RATE=${RATE:-40}
SECONDS_=${SECONDS_:-90}
FAULT_AT=${FAULT_AT:-15}
FAST=${FAST:-}
WORK=${WORK:-/tmp/verbatim-failover}
OUT=${OUT:-$ROOT/.data/failover/$(date +%Y%m%d-%H%M%S)}
JAR=${JAR:-$ROOT/target/verbatim-0.1.0-SNAPSHOT.jar}
if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

[[ $(id -u) == 0 ]] || die "run as root: pg_autoctl and PostgreSQL are started as the postgres user"
[[ -x $PGBIN/pg_ctl ]] || die "no PostgreSQL 15 binaries in $PGBIN (apt-get install postgresql-15)"
command -v pg_autoctl >/dev/null || die "no pg_autoctl (apt-get install postgresql-15-auto-failover pg-auto-failover-cli)"
command -v curl >/dev/null || die "curl is missing"
if [[ -z "${SKIP_BUILD:-}" ]]; then log "building the jar"; timeout 900 ./mvnw -q -B package -DskipTests; fi
[[ -f $JAR ]] || die "no $JAR"

# pg_autoctl keeps its configuration and state under XDG_CONFIG_HOME / XDG_DATA_HOME: one run's own.
as_pg() { su postgres -s /bin/bash -c "export PATH=$PGBIN:\$PATH XDG_CONFIG_HOME=$WORK/xdg/config XDG_DATA_HOME=$WORK/xdg/data; $*"; }
psql_at() { as_pg "psql -X -At -h 127.0.0.1 -p $1 -U postgres -d ${3:-postgres} -c \"$2\""; }
SERVICE_PID=
cleanup() {
    [[ -n $SERVICE_PID ]] && kill "$SERVICE_PID" 2>/dev/null && wait "$SERVICE_PID" 2>/dev/null || true
    for d in b a monitor; do [[ -d $WORK/$d ]] && as_pg "pg_autoctl stop --pgdata $WORK/$d --immediate" >/dev/null 2>&1 || true; done
    sleep 1
    pkill -u postgres -f "pg_autoctl.*$WORK" 2>/dev/null || true
}
trap cleanup EXIT

mkdir -p "$OUT"
rm -rf "$WORK" && mkdir -p "$WORK" && chown postgres "$WORK"
MONITOR_URI="postgres://autoctl_node@127.0.0.1:$MONITOR_PORT/pg_auto_failover?sslmode=disable"
common="--hostname 127.0.0.1 --auth trust --no-ssl --pgctl $PGBIN/pg_ctl"

log "monitor on $MONITOR_PORT"
as_pg "nohup pg_autoctl create monitor --pgdata $WORK/monitor --pgport $MONITOR_PORT $common --run > $WORK/monitor.log 2>&1 &"
for _ in $(seq 60); do psql_at "$MONITOR_PORT" "select 1" pg_auto_failover >/dev/null 2>&1 && break; sleep 1; done
psql_at "$MONITOR_PORT" "select 1" pg_auto_failover >/dev/null || die "the monitor did not start (see $WORK/monitor.log)"
if [[ -n $FAST ]]; then
    for s in "health_check_period = 1000" "health_check_timeout = 1000" "health_check_max_retries = 1" \
             "health_check_retry_delay = 500" "node_considered_unhealthy_timeout = 3000" "primary_demote_timeout = 6000"; do
        psql_at "$MONITOR_PORT" "alter system set pgautofailover.$s" >/dev/null
    done
    psql_at "$MONITOR_PORT" "select pg_reload_conf()" >/dev/null
fi

node() { # name port
    log "node $1 on $2"
    as_pg "nohup pg_autoctl create postgres --pgdata $WORK/$1 --pgport $2 $common --monitor '$MONITOR_URI' \
           --dbname verbatim --name node-$1 --run > $WORK/$1.log 2>&1 &"
}
state_of() { psql_at "$MONITOR_PORT" "select reportedstate from pgautofailover.node where nodename = 'node-$1'" pg_auto_failover 2>/dev/null || true; }
wait_state() { # name state seconds
    for _ in $(seq "$3"); do [[ $(state_of "$1") == "$2" ]] && return 0; sleep 1; done
    die "node $1 did not reach $2 (it is $(state_of "$1")); see $WORK/$1.log"
}
node a "$NODE_A_PORT"; wait_state a single 120
node b "$NODE_B_PORT"; wait_state b secondary 180; wait_state a primary 60
if [[ -n $FAST ]]; then
    for n in a b; do
        as_pg "pg_autoctl config set --pgdata $WORK/$n timeout.network_partition_timeout 4" >/dev/null
        as_pg "pg_autoctl reload --pgdata $WORK/$n" >/dev/null 2>&1 || true
    done
fi
sync_names=$(psql_at "$NODE_A_PORT" "show synchronous_standby_names")
log "primary a, synchronous standby b (synchronous_standby_names = $sync_names)"

URL="jdbc:postgresql://127.0.0.1:$NODE_A_PORT,127.0.0.1:$NODE_B_PORT/verbatim?targetServerType=primary"
ARGS=(--spring.datasource.url=$URL --spring.datasource.username=postgres --spring.datasource.password=)
log "the service on $PORT over $URL"
"$JAVA" -Xmx256m -jar "$JAR" "${ARGS[@]}" --server.port=$PORT --management.server.port=$MANAGEMENT_PORT > "$OUT/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 300); do curl -fs "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "http://127.0.0.1:$PORT/readyz" >/dev/null || die "the service did not get ready (see $OUT/service.log)"
for _ in $(seq 60); do curl -fs "http://127.0.0.1:$PORT/api/v1/people/ilham-aliyev" >/dev/null 2>&1 && break; sleep 1; done

# An editor token, stored as the service stores them (its SHA-256).
token="vbt_failover_$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
hash=$(printf '%s' "$token" | sha256sum | cut -d' ' -f1)
psql_at "$NODE_A_PORT" "insert into api_token (name, role, token_hash) values ('failover bench', 'EDITOR', '$hash')" verbatim >/dev/null
for _ in $(seq 200); do curl -s -o /dev/null "http://127.0.0.1:$PORT/api/v1/people/ilham-aliyev"; \
    curl -s -o /dev/null "http://127.0.0.1:$PORT/api/v1/articles/vestnik-kavkaza-nazarbayev-baku"; done

stop="su postgres -s /bin/bash -c 'export PATH=$PGBIN:\$PATH XDG_CONFIG_HOME=$WORK/xdg/config XDG_DATA_HOME=$WORK/xdg/data; pg_autoctl stop --pgdata $WORK/a --immediate'"
# "Recovered" is when the standby accepts writes: promoted (not in recovery) and no longer read-only.
# pg_auto_failover keeps a promoted standby read-only (default_transaction_read_only) until the monitor
# has given the old primary primary_demote_timeout to stop; the driver's targetServerType=primary asks
# exactly this (transaction_read_only), so the service can write from that moment and not before.
writable="select not pg_is_in_recovery() and current_setting('transaction_read_only') = 'off'"
promoted="for i in \$(seq 1200); do [ \"\$(su postgres -s /bin/bash -c \"$PGBIN/psql -X -At -h 127.0.0.1 -p $NODE_B_PORT -U postgres -c \\\"$writable\\\"\" 2>/dev/null)\" = t ] && exit 0; sleep 0.1; done; exit 1"
log "the load: $RATE req/s for $SECONDS_ s, the primary stopped at $FAULT_AT s"
"$JAVA" "$ROOT/bench/FaultLoad.java" outage "http://127.0.0.1:$PORT" "$token" "$OUT/load" "$SECONDS_" "$RATE" "$FAULT_AT" 0 \
    "$stop" "$promoted" "$OUT/service.log"

{
    echo "# bench/failover.sh — $(date -u +%FT%TZ)"
    echo
    echo "commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with local changes)'); $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "pg_auto_failover $(pg_autoctl --version | awk 'NR == 1 {print $3}'), PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}'); primary a, synchronous standby b ($sync_names); monitor settings: $([[ -n $FAST ]] && echo "FAST (see docs/scaling.md)" || echo defaults)"
    echo "service URL: \`$URL\`"
    echo
    echo "Nodes after the run (monitor): $(psql_at "$MONITOR_PORT" "select string_agg(nodename || ' ' || reportedstate, ', ' order by nodename) from pgautofailover.node" pg_auto_failover)"
    echo
    cat "$OUT/load/report.md"
    echo
    echo "Service log: $(grep -c ' WARN ' "$OUT/service.log") WARN lines, $(grep -c ' ERROR ' "$OUT/service.log") ERROR lines, $(grep -cE '^\s+at ' "$OUT/service.log") stack-trace lines."
} > "$OUT/report.md"
cat "$OUT/report.md"
