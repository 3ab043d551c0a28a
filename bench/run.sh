#!/usr/bin/env bash
# bench/run.sh — the scenarios, 1 to 4 each against the service and, in the same run, against its limit:
#   1. a page of 20 quotes of one speaker  GET /api/v1/people/{id}/quotes   vs pgbench, same JSON built in SQL
#   2. full-text search, a page of 20      GET /api/v1/quotes?q=…           vs pgbench, same JSON built in SQL
#   3. the whole article model             GET /api/v1/articles/{slug}      vs nginx serving the same bytes from files
#   4. approximate people search           GET /api/v1/people?name=…        vs pgbench, same JSON built in SQL
#   (2 is also measured with one client, service and pgbench, for its latency without queueing)
#   5. the mixed workload, service only: in one wrk run (bench/mixed.lua) 70 % article models, 20 %
#      speaker pages, 10 % people searches (scenarios 3, 1 and 4's inputs), with the article-model
#      cache's hit ratio over the run from its Prometheus counter on the management port. A read
#      that moves the cache's epoch (issue 12: a people search in a read-write transaction) shows
#      as a hit ratio near 0 and a p99 far above scenario 3's.
# Inputs come from the corpus (bench/sql/inputs.sql): speakers drawn like the data (weighted by their
# quotes), words drawn from quote texts, articles uniformly, names as typed (half with a typo). The
# service and its limit get the same inputs; a check with jq first proves each SQL statement returns
# the service's JSON document for a sample input.
# Reports req/s, p50 and p99 (wrk --latency; pgbench per-transaction log), the service's CPU (from
# /proc/<pid>/stat; 100 % = one core) and resident memory (VmRSS, sampled every second), the whole
# machine's CPU, non-2xx answers and socket errors, and each ratio to its limit; writes
# $BENCH_DATA/results/<time>/results.md (and .tsv, raw outputs).
# Needs bench/setup.sh first (the service on 127.0.0.1:$PORT). Loopback only; bounded: each
# measurement runs DURATION seconds (default 20) after WARMUP seconds of the same load on the service
# (default 15: the JIT needs that long on 2 cores; 5 s gave half the req/s), the whole run 5 to 6 minutes.
# Settings (environment): DURATION, WARMUP, CONNECTIONS (wrk, 16), THREADS (wrk, 2), PG_CLIENTS
# (pgbench, 10 = the service's pool), SCENARIOS ("1 2 3 4 5"), MGMT_PORT (the service's management
# port, 8081), MIX (scenario 5's shares, "70 20 10"), PROFILE=1 (records JFR during each
# service measurement and summarises it; for profiling runs, not for the reported numbers).
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$BENCH_ROOT"

DURATION=${DURATION:-20}
WARMUP=${WARMUP:-15}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PG_CLIENTS=${PG_CLIENTS:-10}
SCENARIOS=${SCENARIOS:-1 2 3 4 5}
MGMT_PORT=${MGMT_PORT:-8081}
MIX=${MIX:-70 20 10}
PROFILE=${PROFILE:-}

pid=$(service_pid) || die "the service is not running: bench/setup.sh first"
for tool in wrk pgbench psql jq curl; do command -v $tool >/dev/null || die "$tool is missing: bench/setup.sh installs it"; done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
BASE=http://127.0.0.1:$PORT
OUT=$BENCH_DATA/results/$(date +%Y%m%d-%H%M%S)
mkdir -p "$OUT"
log "results in $OUT"

# ------------------------------------------------------------------------------------------------
# The machine and the corpus, for the record.
{
    echo "date: $(date -u +%FT%TZ)"
    echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with local changes)')"
    echo "cpu: $(nproc) × $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
    echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
    echo "kernel: $(uname -r)"
    echo "java: $("$JAVA" -version 2>&1 | head -n 1)"
    echo "service: pid $pid, options: ${SERVICE_JAVA_OPTS:-(JVM defaults)}"
    echo "postgresql: $("${PSQL[@]}" -At -c 'show server_version') (embedded), shared_buffers $("${PSQL[@]}" -At -c 'show shared_buffers')"
    echo "tools: $(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2), $(pgbench --version), $("$NGINX" -v 2>&1)"
    echo "corpus: $("${PSQL[@]}" -At -F', ' -c "select (select count(*) from article) || ' articles', (select count(*) from quote) || ' quotes', (select count(*) from person) || ' people', (select count(*) from event) || ' events', pg_size_pretty(pg_database_size(current_database()))")"
    echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "busiest other processes before the run (%CPU since start, command):"
    ps -eo pid=,pcpu=,args= --sort=-pcpu | awk -v self="$pid" '$1 != self { printf "    %5s %s\n", $2, substr($0, index($0, $3), 100) }' | head -n 5
    echo "settings: DURATION=$DURATION WARMUP=$WARMUP CONNECTIONS=$CONNECTIONS THREADS=$THREADS PG_CLIENTS=$PG_CLIENTS"
} > "$OUT/machine.txt"
cat "$OUT/machine.txt" >&2

# ------------------------------------------------------------------------------------------------
# Inputs: drawn in the database, exported as URL paths for wrk; pgbench reads the same rows.
log "drawing the inputs (bench/sql/inputs.sql)"
"${PSQL[@]}" -f bench/sql/inputs.sql 2>&1 | grep -v NOTICE || true
"${PSQL[@]}" -At -c "select '/api/v1/people/' || slug || '/quotes' from bench.s1 order by n" > "$OUT/s1.paths"
"${PSQL[@]}" -At -c "select '/api/v1/quotes?q=' || bench.urlencode(q) from bench.s2 order by n" > "$OUT/s2.paths"
"${PSQL[@]}" -At -c "select '/api/v1/articles/' || slug from bench.s3 order by n" > "$OUT/s3.paths"
"${PSQL[@]}" -At -c "select '/api/v1/people?name=' || bench.urlencode(name) from bench.s4 order by n" > "$OUT/s4.paths"

{
    echo "scenario 2 inputs, quotes matched by the first 500 queries (p10 p25 p50 p75 p90 p95 p99): $("${PSQL[@]}" -At -c "
        select array_to_string(percentile_disc(array[0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99]) within group (order by c), ' ')
        from (select (select count(*) from quote where search @@ websearch_to_tsquery('english', q)) as c from bench.s2 where n <= 500) x")"
    echo "scenario 1 inputs: $("${PSQL[@]}" -At -c "select count(distinct slug) || ' distinct speakers in ' || count(*) || ' draws; the most drawn: ' || (select slug || ' ' || round(100.0 * count(*) / 50000, 1) || ' %' from bench.s1 group by slug order by count(*) desc limit 1) from bench.s1")"
} >> "$OUT/machine.txt"
tail -n 2 "$OUT/machine.txt" >&2

# A pgbench script run by psql for one input: the \set line becomes "\set n <input>", and the
# statements see :name as psql's literal :'name' (the \gset sets the variables they use).
psql_run() {
    local file=$1 n=$2
    sed -e "s/^\\\\set n .*/\\\\set n $n/" -e "s/:\\([a-z_][a-z_]*\\)/:'\\1'/g" -e "s/::'\\([a-z_]*\\)'/::\\1/g" \
        -e "s/^\\\\if :'\\([a-z_]*\\)'/\\\\if :\\1/" "$file" \
        | "${PSQL[@]}" -At -f - | tail -n 1
}
# Equal JSON, ranks aside (float4 in SQL, the same value widened to a double in Java).
NORMALISE='del(.. | .rank?) | (.. | numbers) |= (. * 100000 | round)'
same_json() {
    local name=$1 sql=$2 n=$3 path=$4
    psql_run "$sql" "$n" | jq -S "$NORMALISE" > "$OUT/$name.sql.json"
    curl -sf "$BASE$path" | jq -S "$NORMALISE" > "$OUT/$name.service.json"
    if cmp -s "$OUT/$name.sql.json" "$OUT/$name.service.json"; then
        log "$name: the SQL returns the service's JSON for $path"
    else
        die "$name: the SQL's JSON differs from the service's for $path (see $OUT/$name.*.json)"
    fi
}
# pgbench gets the database at its best: a plan for each input's actual values (a generic plan for
# "the quotes of speaker $1" cannot know that one speaker has 91 000 of them and another 3), and the
# trigram threshold the service sets for its people search.
export PGOPTIONS='-c plan_cache_mode=force_custom_plan -c pg_trgm.word_similarity_threshold=0.4'
same_json s1 bench/sql/s1-quotes-by-speaker.sql 1 "$(sed -n 1p "$OUT/s1.paths")"
# Scenario 2 for a narrow query (ranked by relevance) and a broad one (more than 1 000 matches:
# newest first, its total a lower bound).
s2_first() {
    "${PSQL[@]}" -At -c "select n from bench.s2 where (select count(*) from (select 1 from quote
        where search @@ websearch_to_tsquery('english', q) limit 1001) c) $1 order by n limit 1"
}
narrow=$(s2_first "between 2 and 1000")
broad=$(s2_first "> 1000")
same_json s2 bench/sql/s2-quote-search.sql "$narrow" "$(sed -n "${narrow}p" "$OUT/s2.paths")"
same_json s2-broad bench/sql/s2-quote-search.sql "$broad" "$(sed -n "${broad}p" "$OUT/s2.paths")"
same_json s4 bench/sql/s4-people-search.sql 1 "$(sed -n 1p "$OUT/s4.paths")"

# ------------------------------------------------------------------------------------------------
# Scenario 3's limit: nginx serving the service's own answers, saved byte for byte.
NGINX_DIR=$BENCH_DATA/nginx
start_nginx() {
    port_busy "$NGINX_PORT" && die "port $NGINX_PORT is in use; choose another with NGINX_PORT="
    rm -rf "$NGINX_DIR"
    mkdir -p "$NGINX_DIR/root/api/v1/articles" "$NGINX_DIR/tmp"
    log "saving the article models nginx will serve"
    awk -v base="$BASE" -v root="$NGINX_DIR/root" '{ printf "url = \"%s%s\"\noutput = \"%s%s\"\n", base, $0, root, $0 }' \
        "$OUT/s3.paths" > "$NGINX_DIR/fetch.curl"
    curl -sf --no-progress-meter --parallel --parallel-max 4 -K "$NGINX_DIR/fetch.curl"
    chmod -R a+rX "$NGINX_DIR"
    cat > "$NGINX_DIR/nginx.conf" <<CONF
worker_processes auto;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    types { }
    default_type application/json;
    client_body_temp_path $NGINX_DIR/tmp/body;
    proxy_temp_path $NGINX_DIR/tmp/proxy;
    fastcgi_temp_path $NGINX_DIR/tmp/fastcgi;
    uwsgi_temp_path $NGINX_DIR/tmp/uwsgi;
    scgi_temp_path $NGINX_DIR/tmp/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $NGINX_DIR/root;
    }
}
CONF
    "$NGINX" -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -e "$NGINX_DIR/error.log"
    for _ in $(seq 1 50); do curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT$(sed -n 1p "$OUT/s3.paths")" && break; sleep 0.1; done
    local differ=0
    while read -r path; do
        cmp -s <(curl -sf "http://127.0.0.1:$NGINX_PORT$path") <(curl -sf "$BASE$path") || differ=$((differ + 1))
    done < <(head -n 20 "$OUT/s3.paths")
    ((differ == 0)) || die "nginx's bytes differ from the service's for $differ of 20 articles"
    log "nginx on 127.0.0.1:$NGINX_PORT serves the same bytes as the service ($(du -sh "$NGINX_DIR/root" | cut -f1) in $(wc -l < "$OUT/s3.paths") files)"
}
stop_nginx() {
    if [[ -f $NGINX_DIR/nginx.pid ]]; then
        kill "$(cat "$NGINX_DIR/nginx.pid")" 2>/dev/null || true
        rm -f "$NGINX_DIR/nginx.pid"
    fi
}
cleanup() {
    stop_nginx
    local jobs
    jobs=$(jobs -p)
    [[ -z $jobs ]] || kill $jobs 2>/dev/null || true
}
trap cleanup EXIT

# ------------------------------------------------------------------------------------------------
# Measurement.

# Samples the service's CPU ticks and VmRSS, and the machine's busy and total ticks, every second.
sample() {
    local out=$1
    while kill -0 "$pid" 2>/dev/null && kill -0 $$ 2>/dev/null; do
        local stat rss machine
        read -r -a stat < "/proc/$pid/stat"
        rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
        machine=$(awk '/^cpu / {busy = $2 + $3 + $4 + $7 + $8 + $9; print busy, busy + $5 + $6}' /proc/stat)
        echo "$(date +%s.%N) $((stat[13] + stat[14])) $rss $machine"
        sleep 1
    done > "$out"
}

# "cpu% rss_avg_mb rss_max_mb machine_busy%" from a sample file.
summarise_samples() {
    awk -v hz="$(getconf CLK_TCK)" -v cores="$(nproc)" '
        NR == 1 { t0 = $1; c0 = $2; b0 = $4; a0 = $5 }
        { t1 = $1; c1 = $2; b1 = $4; a1 = $5; rss += $3; n++; if ($3 > max) max = $3 }
        END {
            if (n < 2) { print "- - - -"; exit }
            printf "%.0f %.0f %.0f %.0f\n", (c1 - c0) / hz / (t1 - t0) * 100, rss / n / 1024, max / 1024,
                   (b1 - b0) / (a1 - a0) * 100 * cores
        }' "$1"
}

to_ms() { awk '{ v = $1; if (v ~ /us$/) printf "%.2f", v / 1000; else if (v ~ /ms$/) printf "%.2f", v + 0; else if (v ~ /s$/) printf "%.2f", v * 1000; else print v }'; }

# Runs wrk and prints "req/s p50 p99 non2xx errors" (latencies in ms).
wrk_run() {
    local name=$1 base=$2 paths=$3 seconds=$4
    WRK_PATHS=$paths wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s --latency -s bench/paths.lua "$base" > "$OUT/$name.wrk.txt" 2>&1
    local rps p50 p99 non2xx errors
    rps=$(awk '/^Requests\/sec/ {printf "%.0f", $2}' "$OUT/$name.wrk.txt")
    p50=$(awk '$1 == "50%" {print $2}' "$OUT/$name.wrk.txt" | to_ms)
    p99=$(awk '$1 == "99%" {print $2}' "$OUT/$name.wrk.txt" | to_ms)
    non2xx=$(awk '/Non-2xx/ {print $NF}' "$OUT/$name.wrk.txt")
    errors=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$OUT/$name.wrk.txt")
    echo "$rps $p50 $p99 ${non2xx:-0} ${errors:-0}"
}

# Runs pgbench with a script and prints "tps p50 p99 failed -" (latencies from the transaction log, ms).
pgbench_run() {
    local name=$1 script=$2 seconds=$3
    rm -f "$OUT/$name".pgbench.log*
    pgbench -n -M prepared -c "$PG_CLIENTS" -j $((PG_CLIENTS < 2 ? PG_CLIENTS : 2)) -T "$seconds" -f "$script" -l --log-prefix="$OUT/$name.pgbench.log" \
        > "$OUT/$name.pgbench.txt" 2>&1 || { cat "$OUT/$name.pgbench.txt" >&2; die "pgbench failed"; }
    local tps failed
    tps=$(awk '/^tps/ {printf "%.0f", $3}' "$OUT/$name.pgbench.txt")
    failed=$(awk '/number of failed transactions/ {print $5}' "$OUT/$name.pgbench.txt")
    cat "$OUT/$name".pgbench.log* | awk '{print $3}' | sort -n > "$OUT/$name.latencies"
    local n p50 p99
    n=$(wc -l < "$OUT/$name.latencies")
    p50=$(awk -v k="$(( (n + 1) / 2 ))" 'NR == k {printf "%.2f", $1 / 1000}' "$OUT/$name.latencies")
    p99=$(awk -v k="$(( (n * 99 + 99) / 100 ))" 'NR == k {printf "%.2f", $1 / 1000}' "$OUT/$name.latencies")
    rm -f "$OUT/$name".pgbench.log*
    echo "$tps $p50 $p99 ${failed:-0} -"
}

# Measures one target with the samplers on; appends a row to results.tsv.
RESULTS=$OUT/results.tsv
printf 'scenario\ttarget\treq/s\tp50 ms\tp99 ms\tnon-2xx\tsocket errors\tservice CPU %%\tservice RSS avg MB\tservice RSS max MB\tmachine CPU %%\n' > "$RESULTS"
measure() {
    local scenario=$1 target=$2; shift 2
    local samples=$OUT/$scenario-$target.samples
    sample "$samples" &
    local sampler=$!
    local result
    result=$("$@") || die "$scenario $target: the measurement failed"
    kill "$sampler" 2>/dev/null || true
    wait "$sampler" 2>/dev/null || true
    read -r rps p50 p99 bad errors <<< "$result"
    read -r cpu rss_avg rss_max machine <<< "$(summarise_samples "$samples")"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$scenario" "$target" "$rps" "$p50" "$p99" "$bad" "$errors" \
        "$cpu" "$rss_avg" "$rss_max" "$machine" >> "$RESULTS"
    log "$scenario $target: $rps req/s, p50 $p50 ms, p99 $p99 ms, non-2xx $bad, errors $errors, service CPU $cpu %, RSS $rss_avg/$rss_max MB, machine CPU $machine %"
}

profile_start() {
    [[ -n $PROFILE ]] || return 0
    # Whole stacks: a request on a virtual thread is deeper than JFR's default 64 frames.
    "$JCMD" "$pid" JFR.configure stackdepth=512 > /dev/null 2>&1 || true
    "$JCMD" "$pid" JFR.start name="$1" settings=profile duration="${DURATION}s" filename="$OUT/$1.jfr" > /dev/null
}
profile_summary() {
    [[ -n $PROFILE ]] || return 0
    sleep 2
    "$JFR" view --width 200 hot-methods "$OUT/$1.jfr" > "$OUT/$1.hot-methods.txt" 2>&1 || true
    # Samples by layer (the innermost frame of a known layer), and by the innermost frame of our code.
    "$JFR" print --events jdk.ExecutionSample --stack-depth 512 "$OUT/$1.jfr" > "$OUT/$1.samples.txt" 2>&1 || true
    {
        awk -f bench/jfr-layers.awk "$OUT/$1.samples.txt"
        echo
        echo "by the innermost method of our code on the stack:"
        awk '/stackTrace = \[/ { inside = 1; ours = ""; next }
             inside && /^[ \t]*\]/ { inside = 0; n++; c[ours == "" ? "(none)" : ours]++; next }
             inside && ours == "" { f = $1; sub(/\(.*/, "", f); if (f ~ /^app\.verbatim\./) ours = f }
             END { for (k in c) printf "%6.1f%%  %s\n", c[k] * 100 / n, k | "sort -rn | head -n 15" }' "$OUT/$1.samples.txt"
    } > "$OUT/$1.profile.txt"
    rm -f "$OUT/$1.samples.txt"
    log "profile: $OUT/$1.profile.txt, $OUT/$1.hot-methods.txt"
}

# Runs one wrk of the mixed workload and prints "req/s p50 p99 non2xx errors", as wrk_run does.
wrk_mixed_run() {
    local name=$1 seconds=$2
    WRK_MODEL_PATHS=$OUT/s3.paths WRK_SPEAKER_PATHS=$OUT/s1.paths WRK_PEOPLE_PATHS=$OUT/s4.paths WRK_MIX=$MIX \
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s --latency -s bench/mixed.lua "$BASE" > "$OUT/$name.wrk.txt" 2>&1
    local rps p50 p99 non2xx errors
    rps=$(awk '/^Requests\/sec/ {printf "%.0f", $2}' "$OUT/$name.wrk.txt")
    p50=$(awk '$1 == "50%" {print $2}' "$OUT/$name.wrk.txt" | to_ms)
    p99=$(awk '$1 == "99%" {print $2}' "$OUT/$name.wrk.txt" | to_ms)
    non2xx=$(awk '/Non-2xx/ {print $NF}' "$OUT/$name.wrk.txt")
    errors=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$OUT/$name.wrk.txt")
    echo "$rps $p50 $p99 ${non2xx:-0} ${errors:-0}"
}

# The article-model cache's counters, "hit confirmed miss" (verbatim_article_model_cache_total by result).
model_cache() {
    curl -sf "http://127.0.0.1:$MGMT_PORT/actuator/prometheus" | awk '
        /^verbatim_article_model_cache_total\{/ { if (match($0, /result="[a-z]+"/)) c[substr($0, RSTART + 8, RLENGTH - 9)] += $NF }
        END { printf "%d %d %d\n", c["hit"], c["confirmed"], c["miss"] }' || echo "- - -"
}

mixed_scenario() {
    log "s5: warming up the service for $WARMUP s (mix $MIX)"
    wrk_mixed_run s5-warmup "$WARMUP" > /dev/null
    local before after
    before=$(model_cache)
    profile_start s5
    measure s5 service wrk_mixed_run s5-service "$DURATION"
    profile_summary s5
    after=$(model_cache)
    read -r h0 c0 m0 <<< "$before"
    read -r h1 c1 m1 <<< "$after"
    if [[ $h0 == - || $h1 == - ]]; then
        log "s5: no cache counters on http://127.0.0.1:$MGMT_PORT/actuator/prometheus (MGMT_PORT?)"
        echo "s5 article-model cache: not read (management port $MGMT_PORT)" >> "$OUT/cache.txt"
    else
        awk -v h=$((h1 - h0)) -v c=$((c1 - c0)) -v m=$((m1 - m0)) 'BEGIN {
            t = h + c + m
            printf "s5 article-model cache over the run: %d model answers, %d hits (%.1f %%), %d confirmed by one look-up (%.1f %%), %d rebuilt (%.1f %%)\n",
                   t, h, t ? 100 * h / t : 0, c, t ? 100 * c / t : 0, m, t ? 100 * m / t : 0 }' | tee -a "$OUT/cache.txt" >&2
    fi
    awk '/^mixed:/ { printf "s5 requests sent: %s %s\n", $2, $3 }' "$OUT/s5-service.wrk.txt" | tee -a "$OUT/cache.txt" >&2
}

service_scenario() {
    local scenario=$1
    log "$scenario: warming up the service for $WARMUP s"
    wrk_run "$scenario-warmup" "$BASE" "$OUT/$scenario.paths" "$WARMUP" > /dev/null
    profile_start "$scenario"
    measure "$scenario" service wrk_run "$scenario-service" "$BASE" "$OUT/$scenario.paths" "$DURATION"
    profile_summary "$scenario"
}

for s in $SCENARIOS; do
    case $s in
        1) service_scenario s1
           measure s1 pgbench pgbench_run s1-pgbench bench/sql/s1-quotes-by-speaker.sql "$DURATION" ;;
        2) service_scenario s2
           measure s2 pgbench pgbench_run s2-pgbench bench/sql/s2-quote-search.sql "$DURATION"
           # Its latency without queueing: one client at a time. At 16 connections on 2 cores a closed
           # loop's latency is mostly the wait for the others (Little's law: 16 / throughput).
           log "s2c1: one client"
           CONNECTIONS=1 THREADS=1 measure s2c1 service wrk_run s2c1-service "$BASE" "$OUT/s2.paths" "$DURATION"
           PG_CLIENTS=1 measure s2c1 pgbench pgbench_run s2c1-pgbench bench/sql/s2-quote-search.sql "$DURATION" ;;
        3) start_nginx
           service_scenario s3
           wrk_run s3-nginx-warmup "http://127.0.0.1:$NGINX_PORT" "$OUT/s3.paths" 2 > /dev/null
           measure s3 nginx wrk_run s3-nginx "http://127.0.0.1:$NGINX_PORT" "$OUT/s3.paths" "$DURATION"
           stop_nginx ;;
        4) service_scenario s4
           measure s4 pgbench pgbench_run s4-pgbench bench/sql/s4-people-search.sql "$DURATION" ;;
        5) mixed_scenario ;;
        *) die "no scenario $s" ;;
    esac
done

# ------------------------------------------------------------------------------------------------
# The table.
awk -F'\t' '
    BEGIN {
        name["s1"] = "1. quotes of one speaker"; name["s2"] = "2. full-text search"; name["s2c1"] = "2. full-text search, one client"
        name["s3"] = "3. article model"; name["s4"] = "4. people search"
        name["s5"] = "5. mixed: 70 % models, 20 % speakers, 10 % people search"
        print "| scenario | service req/s | p50 ms | p99 ms | non-2xx | limit | limit req/s | limit p50 ms | limit p99 ms | ratio | service CPU % | service RSS avg / max MB |"
        print "|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|"
    }
    NR == 1 { next }
    $2 == "service" { order[++n] = $1; rps[$1] = $3; p50[$1] = $4; p99[$1] = $5; bad[$1] = $6 + $7; cpu[$1] = $8; rss[$1] = $9 " / " $10; next }
    { limit[$1] = $2; lrps[$1] = $3; lp50[$1] = $4; lp99[$1] = $5 }
    END {
        for (i = 1; i <= n; i++) {
            s = order[i]
            ratio = lrps[s] > 0 ? sprintf("%.3f", rps[s] / lrps[s]) : "-"
            printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", name[s], rps[s], p50[s], p99[s], bad[s],
                   (s in limit ? limit[s] : "-"), (s in limit ? lrps[s] : "-"), (s in limit ? lp50[s] : "-"), (s in limit ? lp99[s] : "-"), ratio, cpu[s], rss[s]
        }
    }' "$RESULTS" > "$OUT/results.md"
{ [[ -f $OUT/cache.txt ]] && { echo; cat "$OUT/cache.txt"; }; echo; cat "$OUT/machine.txt"; } >> "$OUT/results.md"
echo
cat "$OUT/results.md"
