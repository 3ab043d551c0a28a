#!/usr/bin/env bash
# bench/faults.sh — the fault benchmark (issue 10): what callers see while PostgreSQL goes away, holds
# a lock, or is saturated by expensive searches. Not a test: figures for docs/reliability.md.
#
#   1. builds the jar (SKIP_BUILD=1 or JAR=… to use another build, e.g. main's, for a before/after);
#   2. starts Debian's PostgreSQL 15 on 127.0.0.1:$PG_PORT with its data in $PG_DATA (as the postgres
#      user: it refuses root) and, once, generates a corpus into it (CORPUS_ARGS; smaller than
#      bench/setup.sh's by default, to save time);
#   3. starts the service on $PORT against it (SPRING_DATASOURCE_URL) and issues an editor token;
#   4. runs the scenarios with bench/FaultLoad.java (JDK only), each reporting per second the status
#      codes, latency and readiness, then checking every acknowledged write:
#        outage-10s  a mixed load at $RATE req/s; PostgreSQL stopped (pg_ctl -m fast) at 10 s for 10 s
#        outage-40s  the same, stopped for 40 s
#        lock        the same load while psql holds LOCK TABLE quote IN ACCESS EXCLUSIVE MODE for 15 s
#        saturate    $SEARCHERS concurrent $SEARCH plus person reads at 20 req/s
#   5. stops the service and PostgreSQL. Results: $OUT/<scenario>/report.md, $OUT/summary.md.
# Settings (environment): PORT (8101), PG_PORT (5441), PG_DATA (/tmp/rel-db-pg), JAR, LABEL, RATE (35),
# SEARCHERS (50), SEARCH, SCENARIOS ("outage-10s outage-40s lock saturate"), SETTLE (15 s of quiet
# before each scenario), CORPUS_ARGS, SERVICE_ARGS (more options for the service, e.g.
# "--verbatim.limits.expensive-searches=1").
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
PORT=${PORT:-8101}
PG_PORT=${PG_PORT:-5441}
PG_DATA=${PG_DATA:-/tmp/rel-db-pg}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
RATE=${RATE:-35}
SEARCHERS=${SEARCHERS:-50}
SEARCH=${SEARCH:-/api/v1/quotes?q=farmers&sort=relevance}
SCENARIOS=${SCENARIOS:-outage-10s outage-40s lock saturate}
CORPUS_ARGS=${CORPUS_ARGS:---verbatim.corpus.articles=30000 --verbatim.corpus.quotes=300000 --verbatim.corpus.people=6000 --verbatim.corpus.events=60000}
LABEL=${LABEL:-$(git rev-parse --short HEAD)}
JAR=${JAR:-$ROOT/target/verbatim-0.1.0-SNAPSHOT.jar}
OUT=${OUT:-$ROOT/.data/faults/$LABEL-$(date +%Y%m%d-%H%M%S)}
if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
export PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=postgres PGDATABASE=verbatim
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }
as_postgres() { if [[ $(id -u) == 0 ]]; then su postgres -c "$*"; else bash -c "$*"; fi; }
PG_START="$PG_BIN/pg_ctl -D $PG_DATA -w -t 60 -l $PG_DATA.log -o '-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1' start >/dev/null"
PG_STOP="$PG_BIN/pg_ctl -D $PG_DATA -w -m fast stop >/dev/null"

service_pid=
cleanup() {
    [[ -n $service_pid ]] && kill "$service_pid" 2>/dev/null && wait "$service_pid" 2>/dev/null || true
    as_postgres "$PG_BIN/pg_ctl -D $PG_DATA status >/dev/null 2>&1 && $PG_STOP" || true
}
trap cleanup EXIT

if [[ -z "${SKIP_BUILD:-}" && $JAR == "$ROOT/target/verbatim-0.1.0-SNAPSHOT.jar" ]]; then
    log "building the jar"
    timeout 900 ./mvnw -q -B package -DskipTests
fi
[[ -f $JAR ]] || die "no $JAR"
mkdir -p "$OUT"

if [[ ! -f $PG_DATA/PG_VERSION ]]; then
    log "initialising PostgreSQL 15 in $PG_DATA"
    mkdir -p "$PG_DATA" && chown postgres: "$PG_DATA" 2>/dev/null || true
    as_postgres "$PG_BIN/initdb -D $PG_DATA -U postgres --auth=trust -E UTF8 --locale=C >/dev/null"
    as_postgres "printf '%s\n' 'shared_buffers = 512MB' 'max_connections = 50' >> $PG_DATA/postgresql.conf"
fi
as_postgres "$PG_BIN/pg_ctl -D $PG_DATA status >/dev/null 2>&1" || as_postgres "$PG_START"
psql -X -q -d postgres -tc "select 1 from pg_database where datname = 'verbatim'" | grep -q 1 \
    || psql -X -q -d postgres -c "create database verbatim"

export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/verbatim" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=postgres
log "generating the corpus ($CORPUS_ARGS), unless it is there"
set +e
# shellcheck disable=SC2086
timeout 1200 "$JAVA" -Xmx1g -jar "$JAR" --spring.main.web-application-type=none --spring.main.banner-mode=off \
    --verbatim.corpus.generate=true $CORPUS_ARGS > "$OUT/generate.log" 2>&1
status=$?
set -e
case $status in
    0) grep -E 'Corpus loaded' "$OUT/generate.log" | sed 's/.*: //' >&2 ;;
    2) log "a corpus is already there; kept it" ;;
    *) tail -n 30 "$OUT/generate.log" >&2; die "the generator failed ($status)" ;;
esac

log "starting the service ($JAR) on 127.0.0.1:$PORT"
# shellcheck disable=SC2086
"$JAVA" -Xmx256m -XX:+UseSerialGC -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 \
    --spring.main.banner-mode=off ${SERVICE_ARGS:-} > "$OUT/service.log" 2>&1 &
service_pid=$!
ready() { [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health/readiness") == 200 ]]; }
for _ in $(seq 240); do ready && break; sleep 0.5; done
ready || { tail -n 40 "$OUT/service.log" >&2; die "the service did not become ready"; }

token="vbt_faultbench$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
hash=$(printf '%s' "$token" | sha256sum | cut -d' ' -f1)
psql -X -q -c "insert into api_token (name, role, token_hash) values ('fault bench $LABEL', 'EDITOR', '$hash')"
# Warm up: the JIT, the pool, the article model in memory.
for _ in $(seq 200); do curl -s -o /dev/null "http://127.0.0.1:$PORT/api/v1/people/ilham-aliyev"; \
    curl -s -o /dev/null "http://127.0.0.1:$PORT/api/v1/articles/vestnik-kavkaza-nazarbayev-baku"; done

base="http://127.0.0.1:$PORT"
load=("$JAVA" "$ROOT/bench/FaultLoad.java")
if [[ $(id -u) == 0 ]]; then
    stop="su postgres -c \"$PG_STOP\"" start="su postgres -c \"$PG_START\""
else
    stop=$PG_STOP start=$PG_START
fi
{
    echo "# Fault benchmark: $LABEL ($(date -u +%Y-%m-%dT%H:%MZ))"
    echo
    echo "jar: $JAR; PostgreSQL 15 on 127.0.0.1:$PG_PORT; corpus: $CORPUS_ARGS; $(nproc) cores"
} > "$OUT/summary.md"
for scenario in $SCENARIOS; do
    # Each scenario starts from a service that has drained the previous one's backlog.
    for _ in $(seq 120); do ready && break; sleep 0.5; done
    sleep "${SETTLE:-15}"
    log "scenario $scenario"
    case $scenario in
        outage-10s) "${load[@]}" outage "$base" "$token" "$OUT/$scenario" 35 "$RATE" 10 10 "$stop" "$start" "$OUT/service.log" ;;
        outage-40s) "${load[@]}" outage "$base" "$token" "$OUT/$scenario" 65 "$RATE" 10 40 "$stop" "$start" "$OUT/service.log" ;;
        lock) "${load[@]}" outage "$base" "$token" "$OUT/$scenario" 35 "$RATE" 10 15 \
                  "(psql -X -q -c 'begin; lock table quote in access exclusive mode; select pg_sleep(15); commit;' >/dev/null &)" "true" "$OUT/service.log" ;;
        saturate) "${load[@]}" saturate "$base" "$OUT/$scenario" "$SEARCHERS" 20 20 "$SEARCH" ;;
        *) die "unknown scenario $scenario" ;;
    esac
    { echo; sed -n '1,200p' "$OUT/$scenario/report.md"; } >> "$OUT/summary.md"
done
{
    echo
    echo "Service log: $(grep -c ' WARN ' "$OUT/service.log") WARN lines, $(grep -c ' ERROR ' "$OUT/service.log") ERROR lines, $(grep -cE '^\s+at ' "$OUT/service.log") stack-trace lines."
} >> "$OUT/summary.md"
log "done: $OUT/summary.md"
