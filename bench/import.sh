#!/usr/bin/env bash
# bench/import.sh — the bulk import against the loader, side by side in one run:
#   1. the corpus generator (COPY) loads N distinct articles into a fresh embedded database;
#      its rate is N / the load's own time ("Corpus loaded in … s": rows, indexes, VACUUM ANALYZE);
#   2. the same service keeps serving that database, and every generated article's model is
#      exported (GET /api/v1/articles/{slug}) and stripped of what the server owns: the documents;
#   3. a second service on another fresh embedded database imports, in one POST /api/v1/articles/import
#      (NDJSON) each, with an editor's token: first a copy of the N documents under other slugs and
#      with other people and entries (the cold JVM's figure), then the N documents themselves; the
#      import's rate is N / the second request's time (the first is reported beside it);
#   4. prints both rates, the ratio, and checks the import stored what the generator did
#      (quotes, events, mentions, people), one audit event per article and the change log.
# Usage: bench/import.sh [N=2000]. Settings (environment): PORT (8150; the management port is
# PORT+1), PG_PORT (54150; the import's database PG_PORT+1), SERVICE_JAVA_OPTS, JFR=1 (a flight
# recording of the importing service, $WORK/import.jfr), KEEP=1 (keep $WORK), ONE_BY_ONE=K (then K more
# documents through POST /api/v1/articles, one request each: the single-document path's latency). Each import's CPU
# time is reported too, from /proc: the service's JIT compilers, its garbage collector and the
# rest of it, and its database's processes (less sensitive to a busy machine than the rates). Needs the jar
# (./mvnw -q package -DskipTests), python3, curl, psql. Loopback only; stops what it starts.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-2000}
PORT=${PORT:-8150}
PG_PORT=${PG_PORT:-54150}
if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAR=${JAR:-$(ls target/verbatim-*.jar | head -1)}
SERVICE_JAVA_OPTS=${SERVICE_JAVA_OPTS--Xmx512m}
WORK=${WORK:-$(mktemp -d /tmp/verbatim-import.XXXXXX)}
rm -rf "$WORK/generated" "$WORK/imported"
mkdir -p "$WORK"
PID=
stop() {
    if [[ -n $PID ]]; then
        kill "$PID" 2>/dev/null || true
        wait "$PID" 2>/dev/null || true
        PID=
    fi
}
trap 'stop; [[ -n "${KEEP:-}" ]] || rm -rf "$WORK"' EXIT
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# People, events and quotes in the generator's default proportions (100 000 articles: 1 000 000
# quotes, 20 000 people, 200 000 events).
CORPUS=(--verbatim.corpus.articles="$N" --verbatim.corpus.quotes=$((N * 10))
        --verbatim.corpus.people=$((N / 5 > 0 ? N / 5 : 1)) --verbatim.corpus.events=$((N * 2)))
COMMON=(--spring.main.banner-mode=off --management.server.port=$((PORT + 1)) --server.address=127.0.0.1)

# What both databases must hold for the generated articles: quotes, events, person and catalog mentions, people quoted.
# The import's database also holds a renamed copy of the documents (step 3), every slug ending in COLD.
COLD=-cold
CORPUS_ARTICLES="select id from article where url like 'https://corpus.verbatim.invalid/%' and slug not like '%$COLD'"
COUNTS="select (select count(*) from quote where article_id in ($CORPUS_ARTICLES)),
    (select count(*) from event where article_id in ($CORPUS_ARTICLES)),
    (select count(*) from person_mention where article_id in ($CORPUS_ARTICLES)),
    (select count(*) from catalog_mention where article_id in ($CORPUS_ARTICLES)),
    (select count(distinct speaker_id) from quote where article_id in ($CORPUS_ARTICLES))"

wait_ready() {
    for _ in $(seq 1 180); do
        curl -sf "http://127.0.0.1:$PORT/readyz" > /dev/null && return 0
        kill -0 "$PID" 2>/dev/null || { tail -n 40 "$1" >&2; echo "the service exited; see $1" >&2; exit 1; }
        sleep 1
    done
    echo "not ready in 3 minutes; see $1" >&2
    exit 1
}

log "1. the generator: $N articles (${CORPUS[*]}) into a fresh database on :$PG_PORT"
# shellcheck disable=SC2086
"$JAVA" $SERVICE_JAVA_OPTS -jar "$JAR" "${COMMON[@]}" --server.port="$PORT" \
    --verbatim.embedded-postgres.data-dir="$WORK/generated" --verbatim.embedded-postgres.port="$PG_PORT" \
    --verbatim.corpus.generate=true --verbatim.corpus.then-serve=true "${CORPUS[@]}" > "$WORK/generate.log" 2>&1 &
PID=$!
wait_ready "$WORK/generate.log"
loaded=$(grep -o 'Corpus loaded in [0-9.]* s (rows [0-9.]* s' "$WORK/generate.log" | head -1)
gen_s=$(sed -E 's/Corpus loaded in ([0-9.]+) s.*/\1/' <<< "$loaded")
gen_rows_s=$(sed -E 's/.*\(rows ([0-9.]+) s/\1/' <<< "$loaded")
log "   $loaded"

log "2. exporting the $N generated articles' models as documents"
export PGHOST=127.0.0.1 PGUSER=postgres PGPASSWORD=postgres PGDATABASE=postgres
PGPORT=$PG_PORT psql -X -At -c "select slug from article where url like 'https://corpus.verbatim.invalid/%' order by id" > "$WORK/slugs"
generated_counts=$(PGPORT=$PG_PORT psql -X -At -F ' ' -c "$COUNTS")
python3 - "$PORT" "$WORK/slugs" "$WORK/documents.ndjson" <<'PY'
import http.client, json, sys
port, slugs, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
conn = http.client.HTTPConnection("127.0.0.1", port)
with open(slugs) as s, open(out, "w") as f:
    for slug in s.read().split():
        conn.request("GET", f"/api/v1/articles/{slug}", headers={"Accept": "application/json"})
        r = conn.getresponse()
        body = r.read()
        if r.status != 200:
            sys.exit(f"GET {slug}: {r.status} {body[:200]!r}")
        doc = json.loads(body)
        for k in ("createdAt", "updatedAt", "version"):
            doc.pop(k, None)
        for records in ("quotes", "events", "resolutions"):
            for r_ in doc[records]:
                for k in ("id", "article", "version", "updatedAt", "match"):
                    r_.pop(k, None)
        for e in doc["events"]:
            if isinstance(e.get("place"), dict):
                e["place"].pop("name", None)
        f.write(json.dumps(doc, ensure_ascii=False) + "\n")
PY
stop
log "   $(wc -l < "$WORK/documents.ndjson") documents, $(du -h "$WORK/documents.ndjson" | cut -f1)"
# The same documents under other slugs and with other people, places, organizations and topics: the
# first import, into the empty database, is of these. It is timed too (the cold figure: a JVM that
# has never run an import spends about as much CPU compiling it as running it); the second, of the
# documents themselves, meets the same work in the database (every person and entry new to it) in
# a service that has imported before (the warm figure, what a service that is up meets).
# renamed SOURCE TARGET SUFFIX: the documents with SUFFIX after every id and slug (article, people, entries).
renamed() {
    python3 - "$1" "$2" "$3" <<'PY'
import json, sys
suffix = sys.argv[3]
def other(o):
    if isinstance(o, dict):
        return {k: v + suffix if k in ("id", "slug") and isinstance(v, str) else other(v) for k, v in o.items()}
    return [other(x) for x in o] if isinstance(o, list) else o
with open(sys.argv[1]) as f, open(sys.argv[2], "w") as out:
    for line in f:
        out.write(json.dumps(other(json.loads(line)), ensure_ascii=False) + "\n")
PY
}
renamed "$WORK/documents.ndjson" "$WORK/cold.ndjson" "$COLD"

log "3. the import: a fresh database on :$((PG_PORT + 1)), one POST /api/v1/articles/import"
IMPORT=(--verbatim.embedded-postgres.data-dir="$WORK/imported" --verbatim.embedded-postgres.port=$((PG_PORT + 1)))
TOKEN=$("$JAVA" -jar "$JAR" token create --role=editor --name=bench "${IMPORT[@]}" 2>/dev/null | grep '^vbt_')
JFR_OPTS=()
if [[ -n "${JFR:-}" ]]; then
    JFR_OPTS=(-XX:StartFlightRecording=filename="$WORK/import.jfr",settings=profile)
fi
# shellcheck disable=SC2086
"$JAVA" $SERVICE_JAVA_OPTS "${JFR_OPTS[@]}" -jar "$JAR" "${COMMON[@]}" --server.port="$PORT" "${IMPORT[@]}" > "$WORK/import.log" 2>&1 &
PID=$!
wait_ready "$WORK/import.log"
PG_PID=$(pgrep -o -f -- "-D $WORK/imported" || true)
# CPU seconds so far, from /proc: "c2 c1 gc jvm-total postgres" (the JVM's threads by name; the
# database as its postmaster with the children it has reaped, and the ones alive).
cpu() {
    python3 - "$PID" "${PG_PID:-0}" <<'PY'
import os, sys
tick = os.sysconf("SC_CLK_TCK")
def stat(path):
    try:
        with open(path) as f:
            text = f.read()
    except OSError:
        return None
    name = text[text.index("(") + 1:text.rindex(")")]
    fields = text[text.rindex(")") + 2:].split()
    return name, fields
jvm, pg = sys.argv[1], sys.argv[2]
c2 = c1 = gc = 0
for task in os.listdir(f"/proc/{jvm}/task"):
    s = stat(f"/proc/{jvm}/task/{task}/stat")
    if s:
        t = int(s[1][11]) + int(s[1][12])
        c2 += t if s[0].startswith("C2 ") else 0
        c1 += t if s[0].startswith("C1 ") else 0
        gc += t if s[0].startswith(("G1 ", "GC ")) else 0
_, f = stat(f"/proc/{jvm}/stat")
total = int(f[11]) + int(f[12])
db = 0
if pg != "0":
    for p in os.listdir("/proc"):
        if p.isdigit():
            s = stat(f"/proc/{p}/stat")
            if s and (p == pg or s[1][1] == pg):
                db += int(s[1][11]) + int(s[1][12]) + (int(s[1][13]) + int(s[1][14]) if p == pg else 0)
print(" ".join(f"{v / tick:.2f}" for v in (c2, c1, gc, total, db)))
PY
}
# What the CPU did between two snapshots of cpu().
cpu_spent() {
    python3 - "$1" "$2" <<'PY'
import sys
a, b = [list(map(float, x.split())) for x in sys.argv[1:3]]
c2, c1, gc, jvm, db = (y - x for x, y in zip(a, b))
print(f"CPU s: service {jvm:.1f} (C2 {c2:.1f}, C1 {c1:.1f}, GC {gc:.1f}, the rest {jvm - c2 - c1 - gc:.1f}), database {db:.1f}")
PY
}
# One timed POST of an NDJSON file: sets ms (the request's time), created (its 201 lines) and spent (its CPU).
timed_import() {
    local start before
    before=$(cpu)
    start=$(date +%s%N)
    curl -sS -X POST "http://127.0.0.1:$PORT/api/v1/articles/import" -H "Authorization: Bearer $TOKEN" \
        -H 'Content-Type: application/x-ndjson' --data-binary "@$1" > "$2"
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    spent=$(cpu_spent "$before" "$(cpu)")
    created=$(grep -c '"status":201' "$2" || true)
}
timed_import "$WORK/cold.ndjson" "$WORK/outcomes-cold.ndjson"
cold_ms=$ms cold_created=$created cold_spent=$spent
timed_import "$WORK/documents.ndjson" "$WORK/outcomes.ndjson"
import_ms=$ms import_spent=$spent
if [[ -n "${JFR:-}" ]]; then
    "${JAVA_HOME:+$JAVA_HOME/bin/}jcmd" "$PID" JFR.dump filename="$WORK/import.jfr" > /dev/null
fi
imported_counts=$(PGPORT=$((PG_PORT + 1)) psql -X -At -F ' ' -c "$COUNTS")
trail=$(PGPORT=$((PG_PORT + 1)) psql -X -At -F ' ' -c "select (select count(*) from audit_event where resource_type = 'article'
    and action = 'CREATE' and article_slug <> 'vestnik-kavkaza-nazarbayev-baku' and article_slug not like '%$COLD'),
    (select count(*) from change where kind = 'article' and action = 'create' and record_id <> 'vestnik-kavkaza-nazarbayev-baku'
    and record_id not like '%$COLD'), (select count(*) from change where coalesce(article_slug, '') not like '%$COLD'
    and record_id not like '%$COLD')")
# 5. With ONE_BY_ONE=K: K more documents, each in a POST /api/v1/articles of its own (the single-document path, which the
# bulk import falls back to for a refused batch), a third copy under other slugs, after the counts above were taken.
one_by_one=
if [[ -n "${ONE_BY_ONE:-}" ]]; then
    renamed "$WORK/documents.ndjson" "$WORK/single.ndjson" -single
    one_by_one=$(python3 - "$PORT" "$TOKEN" "$WORK/single.ndjson" "$ONE_BY_ONE" <<'PY'
import http.client, sys, time
port, token, docs, k = int(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
conn = http.client.HTTPConnection("127.0.0.1", port)
ms = []
with open(docs, "rb") as f:
    for body in list(f)[:k]:
        start = time.perf_counter()
        conn.request("POST", "/api/v1/articles", body=body,
                     headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
        r = conn.getresponse()
        r.read()
        ms.append((time.perf_counter() - start) * 1000)
        if r.status != 201:
            sys.exit(f"POST /api/v1/articles: {r.status}")
ms.sort()
print(f"{len(ms)} documents, p50 {ms[len(ms) // 2]:.1f} ms, p90 {ms[int(len(ms) * 0.9)]:.1f} ms, mean {sum(ms) / len(ms):.1f} ms")
PY
)
fi
stop

python3 - "$N" "$gen_s" "$gen_rows_s" "$import_ms" "$created" "$generated_counts" "$imported_counts" "$trail" "$cold_ms" "$cold_created" <<'PY'
import sys
n, gen_s, gen_rows_s, import_ms, created = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
gen, imp, trail = sys.argv[6].split(), sys.argv[7].split(), sys.argv[8].split()
cold_ms, cold_created = int(sys.argv[9]), int(sys.argv[10])
gen_rate, imp_rate = n / gen_s, n / (import_ms / 1000)
print(f"generator (COPY):  {n} articles in {gen_s:.2f} s (rows alone {gen_rows_s:.2f} s) -> {gen_rate:.1f} articles/s")
cold_rate = n / (cold_ms / 1000)
print(f"import, cold JVM:  {cold_created} of {n} created in {cold_ms / 1000:.2f} s -> {cold_rate:.1f} articles/s (the renamed copy, first)")
print(f"import (POST):     {created} of {n} created in {import_ms / 1000:.2f} s -> {imp_rate:.1f} articles/s (the documents, second)")
print(f"ratio:             {imp_rate / gen_rate:.3f} x the generator (cold JVM: {cold_rate / gen_rate:.3f} x)")
print("stored (quotes events person-mentions catalog-mentions speakers): generator", " ".join(gen), "| import", " ".join(imp),
      "| same" if gen == imp else "| DIFFERENT")
print(f"audit events for imported articles: {trail[0]}; change-log creates of articles: {trail[1]}; change-log rows: {trail[2]}")
PY
echo "cold JVM's import:  $cold_spent"
echo "the second import:  $import_spent"
if [[ -n $one_by_one ]]; then
    echo "one by one (POST /api/v1/articles): $one_by_one"
fi
