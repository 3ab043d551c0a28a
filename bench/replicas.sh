#!/usr/bin/env bash
# bench/replicas.sh — reads from a streaming replica without surprising the writer, with real processes:
#   Debian's PostgreSQL 15 (apt-get install postgresql-15): a primary on $PRIMARY_PORT and a hot standby
#   made with pg_basebackup on $REPLICA_PORT, applying each commit $APPLY_DELAY late (injected lag);
#   the service jar on $PORT with verbatim.replicas.urls pointing at the standby.
# Measures, in one run:
#   1. read your writes: $PAIRS times PATCH a person, then GET it at once through the service; counts the
#      GETs that show an older state (must be 0) and, right after each write, whether the standby itself
#      still held the old one (how often a naive router would have served a stale read);
#   2. the replica's share: wrk GETs of people pages for $DURATION s while a writer patches every
#      $WRITE_EVERY s; req/s, p50/p99, the verbatim_replica_reads_total split, pg_stat_replication's lag;
#   3. the same load with the standby stopped: reads fall back to the primary, answers stay 200.
# Needs root (PostgreSQL runs as the postgres user), a JDK 21+, wrk, curl, jq; builds the jar unless SKIP_BUILD=1.
# Writes $OUT/results.md. Loopback only; everything it starts is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PRIMARY_PORT=${PRIMARY_PORT:-55431}
REPLICA_PORT=${REPLICA_PORT:-55432}
PORT=${PORT:-8131}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-8132}
APPLY_DELAY=${APPLY_DELAY:-300ms}
PAIRS=${PAIRS:-200}
DURATION=${DURATION:-20}
WRITE_EVERY=${WRITE_EVERY:-1}
WORK=${WORK:-/tmp/verbatim-replicas}
OUT=${OUT:-$ROOT/.data/replicas/$(date +%Y%m%d-%H%M%S)}
JAR=${JAR:-$ROOT/target/verbatim-0.1.0-SNAPSHOT.jar}
if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

[[ $(id -u) == 0 ]] || die "run as root: PostgreSQL is started as the postgres user"
[[ -x $PGBIN/pg_ctl ]] || die "no PostgreSQL 15 binaries in $PGBIN (apt-get install postgresql-15)"
for tool in wrk curl jq; do command -v $tool >/dev/null || die "$tool is missing"; done
if [[ -z "${SKIP_BUILD:-}" ]]; then log "building the jar"; timeout 900 ./mvnw -q -B package -DskipTests; fi
[[ -f $JAR ]] || die "no $JAR"

as_pg() { su postgres -s /bin/bash -c "$*"; }
SERVICE_PID=
cleanup() {
    [[ -n $SERVICE_PID ]] && kill "$SERVICE_PID" 2>/dev/null && wait "$SERVICE_PID" 2>/dev/null || true
    for d in replica primary; do [[ -f $WORK/$d/postmaster.pid ]] && as_pg "$PGBIN/pg_ctl -D $WORK/$d -m fast -w stop" >/dev/null 2>&1 || true; done
}
trap cleanup EXIT

mkdir -p "$OUT"
rm -rf "$WORK" && mkdir -p "$WORK" && chown postgres "$WORK"
log "primary: initdb, port $PRIMARY_PORT"
as_pg "$PGBIN/initdb -D $WORK/primary -U postgres --auth=trust -E UTF8 --locale=C" >/dev/null
cat >> "$WORK/primary/postgresql.conf" <<CONF
port = $PRIMARY_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$WORK'
wal_level = replica
max_wal_senders = 4
wal_keep_size = '512MB'
max_connections = 60
CONF
as_pg "$PGBIN/pg_ctl -D $WORK/primary -l $WORK/primary.log -w start" >/dev/null
log "standby: pg_basebackup, port $REPLICA_PORT, recovery_min_apply_delay $APPLY_DELAY"
as_pg "$PGBIN/pg_basebackup -h 127.0.0.1 -p $PRIMARY_PORT -U postgres -D $WORK/replica -R -X stream" >/dev/null
cat >> "$WORK/replica/postgresql.conf" <<CONF
port = $REPLICA_PORT
recovery_min_apply_delay = '$APPLY_DELAY'
CONF
as_pg "$PGBIN/pg_ctl -D $WORK/replica -l $WORK/replica.log -w start" >/dev/null

PRIMARY_URL=jdbc:postgresql://127.0.0.1:$PRIMARY_PORT/postgres
REPLICA_URL=jdbc:postgresql://127.0.0.1:$REPLICA_PORT/postgres
ARGS=(--spring.datasource.url=$PRIMARY_URL --spring.datasource.username=postgres --spring.datasource.password=
      --verbatim.replicas.urls[0]=$REPLICA_URL)
log "a token (the token command, against the primary)"
TOKEN=$("$JAVA" -jar "$JAR" token create --role=editor --name=replicas-bench "${ARGS[@]}" --server.port=0 \
        --management.server.port=0 2>/dev/null | grep -o 'vbt_[A-Za-z0-9_-]*' | head -n 1) || true
[[ -n $TOKEN ]] || die "no token"
log "the service on $PORT (management $MANAGEMENT_PORT)"
"$JAVA" -Xmx256m -jar "$JAR" "${ARGS[@]}" --server.port=$PORT --management.server.port=$MANAGEMENT_PORT > "$OUT/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 300); do curl -fs "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "http://127.0.0.1:$PORT/readyz" >/dev/null || die "the service did not get ready (see $OUT/service.log)"
BASE=http://127.0.0.1:$PORT/api/v1
PERSON=nursultan-nazarbayev
for _ in $(seq 60); do curl -fs "$BASE/people/$PERSON" >/dev/null 2>&1 && break; sleep 1; done
metric() { curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/actuator/prometheus" | awk -v m="$1" '$1 == m {print $2}'; }
replica_role() { as_pg "$PGBIN/psql -X -At -h 127.0.0.1 -p $REPLICA_PORT -U postgres -c \"select role from person where slug = '$PERSON'\""; }

# ------------------------------------------------------------------------------------------------
log "1. read your writes: $PAIRS write-then-read pairs"
stale=0; replica_behind=0; t0=$(date +%s.%N)
etag=$(curl -fsI "$BASE/people/$PERSON" | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r')
for i in $(seq "$PAIRS"); do
    role="President of Kazakhstan ($i)"
    headers=$(curl -fs -D - -o /dev/null -X PATCH "$BASE/people/$PERSON" -H "Authorization: Bearer $TOKEN" \
        -H "If-Match: $etag" -H 'Content-Type: application/merge-patch+json' --data "{\"role\":\"$role\"}")
    etag=$(awk 'tolower($1) == "etag:" {print $2}' <<<"$headers" | tr -d '\r')
    seen=$(curl -fs "$BASE/people/$PERSON" | jq -r .role)
    [[ $seen == "$role" ]] || stale=$((stale + 1))
    [[ $(replica_role) == "$role" ]] || replica_behind=$((replica_behind + 1))
done
t1=$(date +%s.%N)
pairs_per_s=$(echo "$PAIRS / ($t1 - $t0)" | bc -l)

# ------------------------------------------------------------------------------------------------
writer() {
    local e
    e=$(curl -fsI "$BASE/people/$PERSON" | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r')
    while true; do
        sleep "$WRITE_EVERY"
        e=$(curl -fs -D - -o /dev/null -X PATCH "$BASE/people/$PERSON" -H "Authorization: Bearer $TOKEN" -H "If-Match: $e" \
            -H 'Content-Type: application/merge-patch+json' --data "{\"role\":\"President of Kazakhstan $RANDOM\"}" \
            | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r') || true
        [[ -n $e ]] || e=$(curl -fsI "$BASE/people/$PERSON" | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r')
    done
}
load() { # name
    local r0 p0 r1 p1 lag
    r0=$(metric 'verbatim_replica_reads_total{target="replica"}'); p0=$(metric 'verbatim_replica_reads_total{target="primary"}')
    writer & local wpid=$!
    wrk -t2 -c8 -d"${DURATION}s" --latency "$BASE/people/$PERSON" > "$OUT/wrk-$1.txt" 2>&1 || true
    lag=$(as_pg "$PGBIN/psql -X -At -h 127.0.0.1 -p $PRIMARY_PORT -U postgres -c \"select coalesce(extract(epoch from replay_lag) * 1000, 0)::int from pg_stat_replication limit 1\"" || echo "-")
    kill $wpid 2>/dev/null; wait $wpid 2>/dev/null || true
    r1=$(metric 'verbatim_replica_reads_total{target="replica"}'); p1=$(metric 'verbatim_replica_reads_total{target="primary"}')
    local rps p50 p99 non2xx
    rps=$(awk '/Requests\/sec/ {print $2}' "$OUT/wrk-$1.txt")
    p50=$(awk '$1 == "50%" {print $2}' "$OUT/wrk-$1.txt"); p99=$(awk '$1 == "99%" {print $2}' "$OUT/wrk-$1.txt")
    non2xx=$(awk '/Non-2xx/ {print $NF}' "$OUT/wrk-$1.txt"); non2xx=${non2xx:-0}
    printf '| %s | %s | %s | %s | %s | %.0f | %.0f | %s |\n' "$1" "$rps" "$p50" "$p99" "$non2xx" \
        "$(echo "${r1:-0} - ${r0:-0}" | bc)" "$(echo "${p1:-0} - ${p0:-0}" | bc)" "${lag:--}"
}
log "2. wrk on a person's page for ${DURATION}s, a write every ${WRITE_EVERY}s"
row_both=$(load "standby up")
log "3. the same with the standby stopped"
as_pg "$PGBIN/pg_ctl -D $WORK/replica -m fast -w stop" >/dev/null
sleep 1
row_down=$(load "standby stopped")

{
    echo "# bench/replicas.sh — $(date -u +%FT%TZ)"
    echo
    echo "commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with local changes)'); $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') primary + hot standby (pg_basebackup), recovery_min_apply_delay $APPLY_DELAY"
    echo
    echo "## Read your writes"
    echo
    echo "| write-then-read pairs | reads older than their write | standby still older right after the write | pairs/s |"
    echo "|---|---|---|---|"
    printf '| %d | **%d** | %d (%.0f %%) | %.1f |\n' "$PAIRS" "$stale" "$replica_behind" "$(echo "100 * $replica_behind / $PAIRS" | bc -l)" "$pairs_per_s"
    echo
    echo "## Reads under load (wrk -t2 -c8 -d${DURATION}s GET /api/v1/people/$PERSON, one PATCH every ${WRITE_EVERY}s)"
    echo
    echo "| standby | req/s | p50 | p99 | non-2xx | read-only transactions on the standby | on the primary | replay lag at the end (ms) |"
    echo "|---|---|---|---|---|---|---|---|"
    echo "$row_both"
    echo "$row_down"
} > "$OUT/results.md"
cat "$OUT/results.md"
