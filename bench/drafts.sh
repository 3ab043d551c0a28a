#!/usr/bin/env bash
# bench/drafts.sh — the drafter's speed and memory, against the budget of issue 11:
#   - start-up to readiness of this build and of main's (no drafter): the models load lazily, so
#     start-up must not wait for them; and how long the first draft takes (it loads them);
#   - one 600-word article's draft latency once warm, one client (p50 target ≤ 150 ms);
#   - throughput through POST /drafts/bulk on 2 cores (target ≥ 20 articles/s);
#   - resident memory of the service with the drafter loaded (target ≤ 1 GB RSS).
# Texts: bench/draft-texts.py (the project's own templates), about 600 words each.
#
# Settings (environment): PORT (8103), CPUS (the cores the service may use, 0,1), TEXTS (300),
# WARMUP (150), BULK (400), JAVA_OPTS_DRAFTS ("-Xmx512m -XX:+UseSerialGC"), BASELINE (1: also
# build and time main's jar), BENCH_DATA. Results: $BENCH_DATA/drafts/results-<time>.md.
set -euo pipefail
export PORT=${PORT:-8103}
source "$(dirname "$0")/common.sh"
CPUS=${CPUS:-0,1}
TEXTS=${TEXTS:-300}
WARMUP=${WARMUP:-150}
BULK=${BULK:-400}
BASELINE=${BASELINE:-1}
JAVA_OPTS_DRAFTS=${JAVA_OPTS_DRAFTS--Xmx512m -XX:+UseSerialGC}
WORK=$BENCH_DATA/drafts
mkdir -p "$WORK"
RESULTS=$WORK/results-$(date -u +%Y%m%dT%H%M%SZ).md
PID=

cleanup() {
    if [[ -n $PID ]] && kill -0 "$PID" 2>/dev/null; then
        kill "$PID"
        for _ in $(seq 1 60); do kill -0 "$PID" 2>/dev/null || break; sleep 0.5; done
    fi
}
trap cleanup EXIT

port_busy "$PORT" && die "port $PORT is in use; choose another with PORT="
cd "$BENCH_ROOT"
if [[ ! -f $JAR || -n $(find src pom.xml -newer "$JAR" -type f -print -quit) ]]; then
    log "building $JAR"
    ./mvnw -q -B -DskipTests package
fi

log "writing $TEXTS + $BULK texts of about 600 words"
python3 bench/draft-texts.py "$TEXTS" 1 > "$WORK/texts.ndjson"
python3 bench/draft-texts.py "$BULK" 2 > "$WORK/bulk.ndjson"
python3 bench/draft-texts.py --one 7 > "$WORK/article.txt"

# Starts a jar on the bench database; STARTUP is the seconds from exec to readiness UP.
STARTUP=
start_service() {
    local jar=$1 started
    started=$(date +%s.%N)
    # shellcheck disable=SC2086
    taskset -c "$CPUS" "$JAVA" $JAVA_OPTS_DRAFTS -jar "$jar" --server.port="$PORT" --server.address=127.0.0.1 \
        --verbatim.embedded-postgres.data-dir="$WORK/pg" > "$WORK/service.log" 2>&1 &
    PID=$!
    until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null; do
        kill -0 "$PID" 2>/dev/null || { tail -n 30 "$WORK/service.log" >&2; die "the service exited"; }
        sleep 0.05
    done
    STARTUP=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
}

stop_service() {
    cleanup
    PID=
}

if [[ ! -d $WORK/pg ]]; then
    log "first start: a new embedded database in $WORK/pg"
    start_service "$JAR"
    stop_service
fi
if [[ ! -s $WORK/token ]]; then
    "$JAVA" -jar "$JAR" token create --role=editor --name=drafts-bench --verbatim.embedded-postgres.data-dir="$WORK/pg" \
        2>/dev/null | grep -o 'vbt_[A-Za-z0-9_-]*' > "$WORK/token"
fi
TOKEN=$(cat "$WORK/token")

baseline_jar=
if [[ $BASELINE == 1 ]]; then
    baseline_jar=$WORK/main/target/verbatim-0.1.0-SNAPSHOT.jar
    if [[ ! -f $baseline_jar || $(cat "$WORK/main.commit" 2>/dev/null) != $(git rev-parse main) ]]; then
        log "building main ($(git rev-parse --short main)) for the start-up baseline"
        rm -rf "$WORK/main" && mkdir -p "$WORK/main"
        git archive main | tar -x -C "$WORK/main"
        (cd "$WORK/main" && ./mvnw -q -B -DskipTests package)
        git rev-parse main > "$WORK/main.commit"
    fi
fi

startup_this=()
startup_main=()
for round in 1 2 3; do
    if [[ -n $baseline_jar ]]; then
        start_service "$baseline_jar"
        startup_main+=("$STARTUP")
        stop_service
    fi
    start_service "$JAR"
    startup_this+=("$STARTUP")
    if [[ $round -lt 3 ]]; then
        stop_service
    fi
done
log "start-up to readiness: this build ${startup_this[*]} s; main ${startup_main[*]:-(not measured)} s"

# The service of the last round stays up for the rest.
python3 - "$PORT" "$TOKEN" "$WORK" "$WARMUP" "$PID" > "$WORK/measure.txt" <<'EOF'
import http.client, json, os, statistics, sys, time
port, token, work, warmup, pid = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
auth = {"Authorization": "Bearer " + token}

def rss():
    fields = dict(line.split(":", 1) for line in open(f"/proc/{pid}/status"))
    return int(fields["VmRSS"].split()[0]) // 1024, int(fields["VmHWM"].split()[0]) // 1024

TICK = os.sysconf("SC_CLK_TCK")
def stat(process):
    fields = open(f"/proc/{process}/stat").read().rsplit(")", 1)[1].split()
    return fields  # fields[1] is the ppid; [11:15] utime, stime, cutime, cstime
def cpu():
    """CPU seconds used so far by the service's JVM, and by its PostgreSQL (postmaster, reaped and live backends)."""
    jvm = sum(int(x) for x in stat(pid)[11:13]) / TICK
    postmaster = open(f"{work}/pg/postmaster.pid").readline().strip()
    pg = sum(int(x) for x in stat(postmaster)[11:15])
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = stat(entry)
            except OSError:
                continue
            if fields[1] == postmaster:
                pg += sum(int(x) for x in fields[11:13])
    return jvm, pg / TICK

connection = http.client.HTTPConnection("127.0.0.1", int(port), timeout=600)
def draft(body):
    started = time.perf_counter()
    connection.request("POST", "/api/v1/drafts", body=json.dumps(body).encode(), headers={**auth, "Content-Type": "application/json"})
    response = connection.getresponse()
    answer = response.read()
    elapsed = time.perf_counter() - started
    assert response.status == 200, (response.status, answer[:300])
    return elapsed, json.loads(answer)

texts = [json.loads(line) for line in open(f"{work}/texts.ndjson")]
before = rss()
first, sample = draft(texts[0])
print(f"first draft (loads the models): {first * 1000:.0f} ms; RSS before it {before[0]} MB")
for text in texts[1:1 + warmup]:
    draft(text)
times = []
quotes = 0
cpu_before = cpu()
for text in texts[1 + warmup:] + texts[1:1 + warmup]:
    elapsed, answer = draft(text)
    times.append(elapsed * 1000)
    quotes += len(answer["document"]["quotes"])
cpu_after = cpu()
per_draft = [(after - before) * 1000 / len(times) for before, after in zip(cpu_before, cpu_after)]
times.sort()
q = lambda p: times[min(len(times) - 1, int(round(p * (len(times) - 1))))]
words = statistics.mean(len(t["body"].split()) for t in texts)
print(f"latency, one client, {len(times)} drafts of {words:.0f} words on average (after {warmup} to warm up): "
      f"p50 {q(0.5):.1f} ms, p90 {q(0.9):.1f} ms, p99 {q(0.99):.1f} ms, max {times[-1]:.1f} ms; {quotes / len(times):.1f} quotes a draft")
print(f"CPU a draft, one client: service {per_draft[0]:.1f} ms, its PostgreSQL {per_draft[1]:.1f} ms")

body = open(f"{work}/bulk.ndjson", "rb").read()
for run in (1, 2):
    bulk = http.client.HTTPConnection("127.0.0.1", int(port), timeout=600)
    cpu_before = cpu()
    started = time.perf_counter()
    bulk.request("POST", "/api/v1/drafts/bulk", body=body, headers={**auth, "Content-Type": "application/x-ndjson"})
    response = bulk.getresponse()
    lines = response.read().decode().splitlines()
    elapsed = time.perf_counter() - started
    statuses = {}
    for line in lines:
        status = json.loads(line)["status"]
        statuses[status] = statuses.get(status, 0) + 1
    used = [(after - before) * 1000 / len(lines) for before, after in zip(cpu_before, cpu())]
    print(f"bulk run {run}: {len(lines)} texts in {elapsed:.2f} s = {len(lines) / elapsed:.1f} articles/s; statuses {statuses}; "
          f"CPU a text: service {used[0]:.1f} ms, PostgreSQL {used[1]:.1f} ms "
          f"(so {2000 / (used[0] + used[1]):.0f} articles/s if both had 2 cores to themselves)")
now = rss()
print(f"resident memory of the service after all this: RSS {now[0]} MB, peak (VmHWM) {now[1]} MB")
EOF
cat "$WORK/measure.txt" >&2

{
    echo "# Drafts benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo
    echo "- commit $(git rev-parse --short HEAD) (main $(git rev-parse --short main)); $(nproc) cores on the machine, the service on cores $CPUS"
    echo "- service: $("$JAVA" -version 2>&1 | head -1), options: ${JAVA_OPTS_DRAFTS:-(JVM defaults)}, embedded PostgreSQL in $WORK/pg"
    echo "- load average when done: $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared; wall-clock figures suffer from it, CPU figures much less)"
    echo "- start-up to readiness, three starts: this build ${startup_this[*]} s; main without the drafter ${startup_main[*]:-(not measured)} s"
    sed 's/^/- /' "$WORK/measure.txt"
} > "$RESULTS"
log "results in $RESULTS"
cat "$RESULTS"
