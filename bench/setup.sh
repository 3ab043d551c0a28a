#!/usr/bin/env bash
# bench/setup.sh — get a machine ready for bench/run.sh, from a fresh clone:
#   1. installs wrk, nginx-light, psql and pgbench from Debian's packages if they are missing (root);
#   2. builds the jar (./mvnw package -DskipTests; SKIP_BUILD=1 reuses target/);
#   3. generates the default corpus (100 000 articles, 1 000 000 quotes, 20 000 people, 200 000 events,
#      seed 42) into $BENCH_DATA/pg unless it is already there, and prints how long the load took;
#   4. starts the service on 127.0.0.1:$PORT (8095) with its embedded PostgreSQL on $PG_PORT (54095),
#      and waits until it is ready. bench/stop.sh stops it.
# Settings (environment): PORT, PG_PORT, BENCH_DATA (default .data/bench), SERVICE_JAVA_OPTS,
# CORPUS_ARGS (extra generator options, e.g. "--verbatim.corpus.articles=1000 --verbatim.corpus.quotes=10000").
# Bounded: the build, the load (GENERATE_TIMEOUT seconds, default 900; the 5× corpus, docs/scaling.md,
# needs about five times that) and the start-up (2 min) each have a time limit.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$BENCH_ROOT"

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || need+=(nginx-light)
command -v psql >/dev/null || need+=(postgresql-client)
command -v pgbench >/dev/null || need+=(postgresql-contrib)
if ((${#need[@]})); then
    log "installing ${need[*]}"
    [[ $(id -u) == 0 ]] || die "run as root to install ${need[*]}, or install them first"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
[[ -x "$JAVA" ]] || command -v "$JAVA" >/dev/null || die "no java: set JAVA_HOME to a JDK 21 or newer"

if [[ -z "${SKIP_BUILD:-}" ]]; then
    log "building the jar"
    timeout 600 ./mvnw -q -B package -DskipTests
fi
[[ -f $JAR ]] || die "no $JAR"

mkdir -p "$BENCH_DATA"
if pid=$(service_pid); then
    die "the service is already running (pid $pid); bench/stop.sh first"
fi
for p in "$PORT" "$PG_PORT"; do
    port_busy "$p" && die "port $p is in use; choose another with PORT= / PG_PORT="
done

log "generating the corpus into $BENCH_DATA/pg (refused, harmlessly, if it is already there)"
start=$(date +%s.%N)
set +e
# shellcheck disable=SC2086
timeout "${GENERATE_TIMEOUT:-900}" "$JAVA" -jar "$JAR" --spring.main.web-application-type=none --spring.main.banner-mode=off \
    --verbatim.embedded-postgres.data-dir="$BENCH_DATA/pg" --verbatim.embedded-postgres.port="$PG_PORT" \
    --verbatim.corpus.generate=true ${CORPUS_ARGS:-} > "$BENCH_DATA/generate.log" 2>&1
status=$?
set -e
end=$(date +%s.%N)
case $status in
    0) grep -E 'Corpus loaded' "$BENCH_DATA/generate.log" | sed 's/.*: //' >&2
       awk -v s="$start" -v e="$end" 'BEGIN { printf "generator process, start to exit: %.1f s\n", e - s }' | tee "$BENCH_DATA/generate.time" >&2 ;;
    2) log "a corpus is already there; kept it" ;;
    *) tail -n 30 "$BENCH_DATA/generate.log" >&2; die "the generator failed (status $status); see $BENCH_DATA/generate.log" ;;
esac

log "starting the service on 127.0.0.1:$PORT"
# shellcheck disable=SC2086
nohup "$JAVA" $SERVICE_JAVA_OPTS -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 \
    --verbatim.embedded-postgres.data-dir="$BENCH_DATA/pg" --verbatim.embedded-postgres.port="$PG_PORT" \
    --verbatim.embedded-postgres.settings.shared_buffers="$PG_SHARED_BUFFERS" \
    > "$BENCH_DATA/service.log" 2>&1 &
echo $! > "$BENCH_DATA/service.pid"
for _ in $(seq 1 120); do
    if curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null; then
        log "ready: pid $(cat "$BENCH_DATA/service.pid"), $("${PSQL[@]}" -At -c 'select count(*) from quote') quotes"
        exit 0
    fi
    kill -0 "$(cat "$BENCH_DATA/service.pid")" 2>/dev/null || { tail -n 30 "$BENCH_DATA/service.log" >&2; die "the service exited"; }
    sleep 1
done
die "the service did not get ready in 2 minutes; see $BENCH_DATA/service.log"
