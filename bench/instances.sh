#!/usr/bin/env bash
# bench/instances.sh — three service instances behind nginx over one primary, through PgBouncer in
# transaction mode, with real processes:
#   Debian's PostgreSQL 15 on $PG_PORT; PgBouncer (apt-get install pgbouncer) on $BOUNCER_PORT in
#   pool_mode = transaction; three instances of the jar on $PORTS, each with its pool going through
#   PgBouncer (prepareThreshold=0: no named server-side statements, which a transaction-mode pooler
#   cannot keep) while migrations and the change feed's LISTEN connect to PostgreSQL directly
#   (spring.flyway.url, verbatim.changes.listen-url); nginx on $NGINX_PORT in front of the three.
# Measures, in one run:
#   1. cross-instance staleness: $EDITS times, an article's headline PATCHed through one instance while
#      the other two, which hold the article model in memory, are read back to back until they show it
#      (bench/Staleness.java): p50/p90/p99/max of the delay from the writer's 200, idle and again with
#      wrk reading article models through nginx at the same time;
#   2. an instance killed under load: bench/FaultLoad.java through nginx ($RATE req/s, reads, POSTs,
#      If-Match PATCHes) for $SECONDS_ s, `kill -9` of one instance at $KILL_AT s: the statuses per
#      second, and every acknowledged write read back (lost must be 0);
#   3. per-instance throughput: wrk on the article model and on a speaker's page, one instance
#      directly and the three through nginx (on 2 cores the three share the same CPU: the figure
#      that carries to more machines is one instance's req/s per core, see docs/scaling.md).
# Needs root (PostgreSQL and PgBouncer run as the postgres user), a JDK 21+, wrk, curl, nginx, pgbouncer;
# builds the jar unless SKIP_BUILD=1. Writes $OUT/results.md. Loopback only; everything it starts is
# stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PG_PORT=${PG_PORT:-55451}
BOUNCER_PORT=${BOUNCER_PORT:-55452}
NGINX_PORT=${NGINX_PORT:-8130}
PORTS=(${PORTS:-8131 8132 8133})
MANAGEMENT_PORTS=(${MANAGEMENT_PORTS:-8137 8138 8139})
EDITS=${EDITS:-300}
RATE=${RATE:-60}
SECONDS_=${SECONDS_:-40}
KILL_AT=${KILL_AT:-15}
DURATION=${DURATION:-15}
POOL=${POOL:-10}
WORK=${WORK:-/tmp/verbatim-instances}
OUT=${OUT:-$ROOT/.data/instances/$(date +%Y%m%d-%H%M%S)}
JAR=${JAR:-$ROOT/target/verbatim-0.1.0-SNAPSHOT.jar}
if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
PGBOUNCER=$(command -v pgbouncer || echo /usr/sbin/pgbouncer)
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

[[ $(id -u) == 0 ]] || die "run as root: PostgreSQL and PgBouncer are started as the postgres user"
[[ -x $PGBIN/pg_ctl ]] || die "no PostgreSQL 15 binaries in $PGBIN (apt-get install postgresql-15)"
[[ -x $PGBOUNCER ]] || die "no pgbouncer (apt-get install pgbouncer)"
[[ -x $NGINX ]] || die "no nginx (apt-get install nginx-light)"
for tool in wrk curl; do command -v $tool >/dev/null || die "$tool is missing"; done
if [[ -z "${SKIP_BUILD:-}" ]]; then log "building the jar"; timeout 900 ./mvnw -q -B package -DskipTests; fi
[[ -f $JAR ]] || die "no $JAR"

as_pg() { su postgres -s /bin/bash -c "$*"; }
psql_at() { as_pg "$PGBIN/psql -X -At -h 127.0.0.1 -p ${2:-$PG_PORT} -U postgres -d postgres -c \"$1\""; }
PIDS=()
cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
    [[ -f $WORK/nginx/nginx.pid ]] && kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
    [[ -f $WORK/pgbouncer.pid ]] && kill "$(cat "$WORK/pgbouncer.pid")" 2>/dev/null || true
    [[ -f $WORK/pg/postmaster.pid ]] && as_pg "$PGBIN/pg_ctl -D $WORK/pg -m fast -w stop" >/dev/null 2>&1 || true
}
trap cleanup EXIT

mkdir -p "$OUT"
rm -rf "$WORK" && mkdir -p "$WORK/nginx/tmp" && chown postgres "$WORK"
log "PostgreSQL on $PG_PORT"
as_pg "$PGBIN/initdb -D $WORK/pg -U postgres --auth=trust -E UTF8 --locale=C" >/dev/null
cat >> "$WORK/pg/postgresql.conf" <<CONF
port = $PG_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$WORK'
max_connections = 100
shared_buffers = 256MB
CONF
as_pg "$PGBIN/pg_ctl -D $WORK/pg -l $WORK/pg.log -w start" >/dev/null
# The service sets these per connection (spring.datasource.hikari.connection-init-sql). Through a pooler
# in transaction mode a session SET lands on whichever server connection ran it and nowhere else, so
# they belong to the role, where every server connection the pooler opens has them.
for s in "statement_timeout = '5s'" "lock_timeout = '1s'" "plan_cache_mode = force_custom_plan"; do
    psql_at "alter role postgres set $s" >/dev/null
done

log "PgBouncer on $BOUNCER_PORT, transaction mode"
echo '"postgres" ""' > "$WORK/userlist.txt"
cat > "$WORK/pgbouncer.ini" <<INI
[databases]
postgres = host=127.0.0.1 port=$PG_PORT dbname=postgres
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $BOUNCER_PORT
unix_socket_dir =
auth_type = trust
auth_file = $WORK/userlist.txt
pool_mode = transaction
; the three instances' pools (3 × $POOL) share these server connections
default_pool_size = 20
max_client_conn = 300
; pgjdbc sends it at start-up; PgBouncer refuses start-up parameters it does not know otherwise
ignore_startup_parameters = extra_float_digits
server_reset_query =
admin_users = postgres
logfile = $WORK/pgbouncer.log
pidfile = $WORK/pgbouncer.pid
INI
chown postgres "$WORK"/pgbouncer.ini "$WORK"/userlist.txt
as_pg "$PGBOUNCER -d $WORK/pgbouncer.ini"
for _ in $(seq 50); do psql_at "select 1" "$BOUNCER_PORT" >/dev/null 2>&1 && break; sleep 0.1; done
psql_at "select 1" "$BOUNCER_PORT" >/dev/null || die "PgBouncer did not start (see $WORK/pgbouncer.log)"

DIRECT=jdbc:postgresql://127.0.0.1:$PG_PORT/postgres
# prepareThreshold=0 in the URL, so that every connection made from it (the pool's, the database gate's
# probes, the replica monitor's) uses unnamed statements only: a named one prepared on one server
# connection is unknown on the next, or already there ("prepared statement S_1 already exists").
POOLED="jdbc:postgresql://127.0.0.1:$BOUNCER_PORT/postgres?prepareThreshold=0"
ARGS=("--spring.datasource.url=$POOLED" --spring.datasource.username=postgres --spring.datasource.password=
      "--spring.datasource.hikari.connection-init-sql=select 1"
      --spring.datasource.hikari.maximum-pool-size=$POOL
      --spring.flyway.url=$DIRECT --spring.flyway.user=postgres --spring.flyway.password=
      --verbatim.changes.listen-url=$DIRECT)
start_instance() { # index
    local i=$1
    "$JAVA" -Xmx256m -XX:+UseSerialGC -jar "$JAR" "${ARGS[@]}" --server.port="${PORTS[$i]}" \
        --management.server.port="${MANAGEMENT_PORTS[$i]}" > "$OUT/instance-$i.log" 2>&1 &
    PIDS[$i]=$!
    for _ in $(seq 300); do curl -fs "http://127.0.0.1:${PORTS[$i]}/readyz" >/dev/null 2>&1 && return 0; sleep 1; done
    die "instance $i did not get ready (see $OUT/instance-$i.log)"
}
# One after the other: the first migrates and loads the seed, the others find it done.
for i in 0 1 2; do log "instance $i on ${PORTS[$i]}"; start_instance $i; done
SLUG=vestnik-kavkaza-nazarbayev-baku
for _ in $(seq 60); do curl -fs "http://127.0.0.1:${PORTS[0]}/api/v1/articles/$SLUG" >/dev/null 2>&1 && break; sleep 1; done

log "nginx on $NGINX_PORT in front of ${PORTS[*]}"
cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx/tmp/body;
    proxy_temp_path $WORK/nginx/tmp/proxy;
    fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
    uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
    scgi_temp_path $WORK/nginx/tmp/scgi;
    upstream verbatim {
        server 127.0.0.1:${PORTS[0]} max_fails=1 fail_timeout=5s;
        server 127.0.0.1:${PORTS[1]} max_fails=1 fail_timeout=5s;
        server 127.0.0.1:${PORTS[2]} max_fails=1 fail_timeout=5s;
        keepalive 32;
    }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        location / {
            proxy_pass http://verbatim;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$remote_addr;
            proxy_connect_timeout 1s;
            # A refused or reset connection is tried on the next instance, for GET, HEAD and the
            # other idempotent methods only (nginx's default): a POST or PATCH that may have reached
            # a dying instance is answered 502 rather than applied twice.
            proxy_next_upstream error timeout;
        }
    }
}
CONF
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/error.log"
for _ in $(seq 50); do curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/readyz" && break; sleep 0.1; done

token="vbt_instances_$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
hash=$(printf '%s' "$token" | sha256sum | cut -d' ' -f1)
psql_at "insert into api_token (name, role, token_hash) values ('instances bench', 'EDITOR', '$hash')" >/dev/null
bouncer_pools() { as_pg "$PGBIN/psql -X -At -h 127.0.0.1 -p $BOUNCER_PORT -U postgres -d pgbouncer -c 'show pools'" 2>/dev/null \
    | awk -F'|' '$1 == "postgres" {print $1, $2, $3, $4, $5, $6, $7, $9, $NF}'; }
log "the pool as PgBouncer sees it: $(bouncer_pools)"
log "checking the pooler is in the path: server connections PgBouncer holds, and the LISTEN connections PostgreSQL sees"
listeners=$(psql_at "select count(*) from pg_stat_activity where query = 'LISTEN verbatim_change'")
[[ $listeners == 3 ]] || die "expected 3 LISTEN connections (one per instance), found $listeners"
log "warming up"
for _ in $(seq 300); do for p in "${PORTS[@]}"; do
    curl -s -o /dev/null "http://127.0.0.1:$p/api/v1/articles/$SLUG"; curl -s -o /dev/null "http://127.0.0.1:$p/api/v1/people/ilham-aliyev/quotes"
done; done
BASES=(); for p in "${PORTS[@]}"; do BASES+=("http://127.0.0.1:$p"); done

# ------------------------------------------------------------------------------------------------
log "1. staleness: $EDITS edits, idle"
"$JAVA" "$ROOT/bench/Staleness.java" "$token" "$SLUG" "$EDITS" "$OUT/staleness-idle.txt" "${BASES[@]}"
log "1. staleness: $EDITS edits, with wrk reading article models through nginx"
wrk -t1 -c8 -d600s "http://127.0.0.1:$NGINX_PORT/api/v1/articles/$SLUG" > "$OUT/wrk-background.txt" 2>&1 &
WRK=$!
sleep 2
"$JAVA" "$ROOT/bench/Staleness.java" "$token" "$SLUG" "$EDITS" "$OUT/staleness-loaded.txt" "${BASES[@]}"
kill -INT $WRK 2>/dev/null; wait $WRK 2>/dev/null || true

# ------------------------------------------------------------------------------------------------
log "3. throughput: one instance directly, then the three through nginx"
wrk_row() { # name url
    wrk -t2 -c16 -d5s "$2" > /dev/null 2>&1 || true
    wrk -t2 -c16 -d"${DURATION}s" --latency "$2" > "$OUT/wrk-$1.txt" 2>&1 || true
    local non2xx; non2xx=$(awk '/Non-2xx/ {print $NF}' "$OUT/wrk-$1.txt")
    printf '| %s | %s | %s | %s | %s |\n' "$1" "$(awk '/Requests\/sec/ {print $2}' "$OUT/wrk-$1.txt")" \
        "$(awk '$1 == "50%" {print $2}' "$OUT/wrk-$1.txt")" "$(awk '$1 == "99%" {print $2}' "$OUT/wrk-$1.txt")" "${non2xx:-0}"
}
rows=()
rows+=("$(wrk_row "article model, one instance" "http://127.0.0.1:${PORTS[0]}/api/v1/articles/$SLUG")")
rows+=("$(wrk_row "article model, three via nginx" "http://127.0.0.1:$NGINX_PORT/api/v1/articles/$SLUG")")
rows+=("$(wrk_row "speaker page, one instance" "http://127.0.0.1:${PORTS[0]}/api/v1/people/ilham-aliyev/quotes")")
rows+=("$(wrk_row "speaker page, three via nginx" "http://127.0.0.1:$NGINX_PORT/api/v1/people/ilham-aliyev/quotes")")

# ------------------------------------------------------------------------------------------------
log "2. an instance killed under load: $RATE req/s through nginx for $SECONDS_ s, kill -9 of instance 1 at $KILL_AT s"
sleep 3
"$JAVA" "$ROOT/bench/FaultLoad.java" outage "http://127.0.0.1:$NGINX_PORT" "$token" "$OUT/kill" "$SECONDS_" "$RATE" "$KILL_AT" 0 \
    "kill -9 ${PIDS[1]}" "true" "$OUT/instance-1.log"
unset 'PIDS[1]'

{
    echo "# bench/instances.sh — $(date -u +%FT%TZ)"
    echo
    echo "commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with local changes)'); $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}'), $("$PGBOUNCER" --version | head -n 1) (pool_mode transaction, default_pool_size 20), $("$NGINX" -v 2>&1 | sed 's/.*: //'); 3 instances, each -Xmx256m, pool $POOL, prepareThreshold=0"
    echo
    echo "## Cross-instance staleness (bench/Staleness.java)"
    echo
    echo "| | edits | reads that saw it | staleness p50 ms | p90 ms | p99 ms | max ms | p99 to its answer, ms | never seen (10 s) | stale reads | instances |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|"
    echo "| idle $(cat "$OUT/staleness-idle.txt")"
    echo "| wrk -c8 on the model via nginx $(cat "$OUT/staleness-loaded.txt")"
    echo
    echo "## Throughput (wrk -t2 -c16 ${DURATION}s after 5 s of warm-up)"
    echo
    echo "| | req/s | p50 | p99 | non-2xx |"
    echo "|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "## An instance killed under load"
    echo
    cat "$OUT/kill/report.md"
    echo
    echo "PgBouncer's pool at the end (SHOW POOLS: database, user, cl_active, cl_waiting, sv_active, sv_idle, sv_used, maxwait, pool_mode):"
    echo
    echo "    $(bouncer_pools)"
} > "$OUT/results.md"
cat "$OUT/results.md"
