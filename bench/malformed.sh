#!/usr/bin/env bash
# bench/malformed.sh — 10 000 malformed requests of every kind against a service of its own,
# counting status codes, 5xx, answers that are not problem documents, and whether the stored
# data is byte-identical afterwards (every row of every table, as PostgreSQL prints it).
#
#   bench/malformed.sh                       # builds nothing: uses target/verbatim-0.1.0-SNAPSHOT.jar
#   JAR=/tmp/before/target/verbatim-0.1.0-SNAPSHOT.jar bench/malformed.sh
#   REQUESTS=2000 SEED=7 bench/malformed.sh
#
# It starts the jar on 127.0.0.1:$MALFORMED_PORT with a fresh embedded PostgreSQL on
# $MALFORMED_PG_PORT (data in $BENCH_DATA/malformed, emptied first), issues an editor token
# through the token command, runs bench/malformed.py, and stops the service. The report is
# printed and kept in $BENCH_DATA/malformed/results.md. Exit status 1 when a request got an
# untyped 5xx or a 4xx without a problem document, or the data changed.
set -euo pipefail
source "$(dirname "$0")/common.sh"

MALFORMED_PORT=${MALFORMED_PORT:-8102}
MALFORMED_PG_PORT=${MALFORMED_PG_PORT:-54102}
REQUESTS=${REQUESTS:-10000}
SEED=${SEED:-42}
THREADS=${THREADS:-4}
DIR=$BENCH_DATA/malformed
export PGPORT=$MALFORMED_PG_PORT

[[ -f $JAR ]] || die "no $JAR: build it first (./mvnw -DskipTests package)"
port_busy "$MALFORMED_PORT" && die "port $MALFORMED_PORT is taken"
port_busy "$MALFORMED_PG_PORT" && die "port $MALFORMED_PG_PORT is taken"
rm -rf "$DIR"
mkdir -p "$DIR"
# The jar may be rebuilt while this runs; run a copy of it.
cp "$JAR" "$DIR/service.jar"
ARGS=(--verbatim.embedded-postgres.data-dir="$DIR/postgres" --verbatim.embedded-postgres.port="$MALFORMED_PG_PORT")

log "issuing an editor token"
TOKEN=$("$JAVA" -jar "$DIR/service.jar" "${ARGS[@]}" --logging.level.root=WARN token create --role=editor --name=malformed \
    2>"$DIR/token.log" | grep -o 'vbt_[A-Za-z0-9_-]*' | head -1)
[[ -n $TOKEN ]] || die "no token; see $DIR/token.log"

log "starting $JAR on 127.0.0.1:$MALFORMED_PORT"
# shellcheck disable=SC2086
"$JAVA" $SERVICE_JAVA_OPTS -jar "$DIR/service.jar" "${ARGS[@]}" --server.address=127.0.0.1 --server.port="$MALFORMED_PORT" \
    >"$DIR/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$MALFORMED_PORT/actuator/health/readiness" >/dev/null 2>&1 && break
    kill -0 $PID 2>/dev/null || die "the service exited; see $DIR/service.log"
    sleep 1
done
curl -fs "http://127.0.0.1:$MALFORMED_PORT/actuator/health/readiness" >/dev/null || die "the service is not ready"

dump() {
    local tables
    tables=$("${PSQL[@]}" -At -c "select table_name from information_schema.tables where table_schema = 'public'
        and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history' order by 1")
    for t in $tables; do
        echo "## $t"
        "${PSQL[@]}" -c "\\copy (select x::text from \"$t\" x order by 1) to stdout"
    done
}

dump >"$DIR/before.txt"
log "sending $REQUESTS malformed requests (seed $SEED)"
set +e
python3 "$(dirname "$0")/malformed.py" --port "$MALFORMED_PORT" --token "$TOKEN" --requests "$REQUESTS" --seed "$SEED" \
    --threads "$THREADS" >"$DIR/report.md"
STATUS=$?
set -e
dump >"$DIR/after.txt"

{
    echo "Jar: $JAR ($(sha256sum "$JAR" | cut -c1-12)), $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo
    cat "$DIR/report.md"
    echo
    if cmp -s "$DIR/before.txt" "$DIR/after.txt"; then
        echo "Stored data: byte-identical ($(wc -l <"$DIR/before.txt") lines, sha256 $(sha256sum <"$DIR/before.txt" | cut -c1-16))."
    else
        echo "Stored data: CHANGED; rows that differ (diff before after):"
        echo
        echo '```'
        diff "$DIR/before.txt" "$DIR/after.txt" | grep '^[<>]' | cut -c1-160 | head -20
        echo "… $(diff "$DIR/before.txt" "$DIR/after.txt" | grep -c '^[<>]') differing lines in all"
        echo '```'
        STATUS=1
    fi
    echo
    echo "Service log: $(grep -c ' ERROR ' "$DIR/service.log" || true) ERROR lines, $(grep -c '^\s*at ' "$DIR/service.log" || true) stack-trace lines."
} | tee "$DIR/results.md"
exit $STATUS
