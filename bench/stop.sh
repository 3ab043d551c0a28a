#!/usr/bin/env bash
# bench/stop.sh — stops the service bench/setup.sh started (by its pid file; SIGTERM, so its
# embedded PostgreSQL shuts down cleanly) and nginx if bench/run.sh left it running.
set -euo pipefail
source "$(dirname "$0")/common.sh"
if [[ -f $BENCH_DATA/nginx/nginx.pid ]]; then
    kill "$(cat "$BENCH_DATA/nginx/nginx.pid")" 2>/dev/null || true
fi
if pid=$(service_pid); then
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && die "pid $pid still running after 60 s"
    log "stopped the service (pid $pid)"
fi
rm -f "$BENCH_DATA/service.pid"
