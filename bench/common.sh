# Shared settings for bench/*.sh; sourced, not run. Every value can be overridden from the environment.
# Loopback only: the service, nginx and PostgreSQL all listen on 127.0.0.1.

BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PORT=${PORT:-8095}                       # the service
PG_PORT=${PG_PORT:-54095}                # its embedded PostgreSQL (user, password and database: postgres)
NGINX_PORT=${NGINX_PORT:-8097}           # nginx serving saved article models (scenario 3's limit)
BENCH_DATA=${BENCH_DATA:-$BENCH_ROOT/.data/bench}   # database files, logs, exported inputs, results
JAR=${JAR:-$BENCH_ROOT/target/verbatim-0.1.0-SNAPSHOT.jar}
# PostgreSQL's own cache; its default (128 MB) holds a sixth of the quote table. pgbench measures
# the same server, so both sides of every ratio get it.
PG_SHARED_BUFFERS=${PG_SHARED_BUFFERS:-1GB}
# Heap and GC of the service under test; see docs/benchmarks.md for why these.
SERVICE_JAVA_OPTS=${SERVICE_JAVA_OPTS--Xmx256m -XX:+UseSerialGC}

if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JCMD=${JAVA_HOME:+$JAVA_HOME/bin/}jcmd
JFR=${JAVA_HOME:+$JAVA_HOME/bin/}jfr

export PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=postgres PGPASSWORD=postgres PGDATABASE=postgres
PSQL=(psql -X -q -v ON_ERROR_STOP=1)

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

port_busy() { ss -ltnH "sport = :$1" | grep -q .; }

service_pid() { [[ -f $BENCH_DATA/service.pid ]] && kill -0 "$(cat "$BENCH_DATA/service.pid")" 2>/dev/null && cat "$BENCH_DATA/service.pid"; }
