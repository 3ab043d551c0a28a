#!/usr/bin/env bash
# What a write costs: imports N copies of the seed article (each under its own slug) through
#   1. the bulk stream (POST /api/v1/articles/import, NDJSON), and
#   2. one POST /api/v1/articles per document,
# against a service started here on a fresh embedded database, and prints ms per article.
# Usage: bench/write-cost.sh [N=200] [PORT=8097]. Needs the jar (./mvnw -q package -DskipTests),
# python3 and curl; JAVA_HOME pointing at a JDK 21+. Loopback only; stops the service at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-200}
PORT=${2:-8097}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
JAR=$(ls target/verbatim-*.jar | head -1)
WORK=$(mktemp -d)
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT

TOKEN=$("$JAVA" -jar "$JAR" token create --role=editor --name=bench --verbatim.embedded-postgres.data-dir="$WORK/pg" 2>/dev/null | grep '^vbt_')
"$JAVA" -Xmx512m -jar "$JAR" --server.port="$PORT" --verbatim.embedded-postgres.data-dir="$WORK/pg" > "$WORK/service.log" 2>&1 &
PID=$!
for _ in $(seq 1 120); do curl -sf "localhost:$PORT/actuator/health/readiness" > /dev/null && break; sleep 1; done

python3 - "$N" "$WORK" <<'PY'
import json, sys
n, work = int(sys.argv[1]), sys.argv[2]
seed = json.load(open("src/main/resources/seed/vestnik-kavkaza-nazarbayev-baku.json"))
with open(f"{work}/bulk.ndjson", "w") as bulk:
    for i in range(n):
        seed["slug"] = f"bulk-copy-{i}"
        bulk.write(json.dumps(seed, ensure_ascii=False) + "\n")
for i in range(n):
    seed["slug"] = f"single-copy-{i}"
    json.dump(seed, open(f"{work}/single-{i}.json", "w"), ensure_ascii=False)
PY

# Warm up the JIT on a few documents first; they are not counted.
head -n 20 "$WORK/bulk.ndjson" | sed 's/bulk-copy-/warm-copy-/' | curl -s -o /dev/null -X POST "localhost:$PORT/api/v1/articles/import" \
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/x-ndjson' --data-binary @-

start=$(date +%s%N)
curl -s -X POST "localhost:$PORT/api/v1/articles/import" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/x-ndjson' --data-binary "@$WORK/bulk.ndjson" > "$WORK/bulk.out"
bulk_ms=$(( ($(date +%s%N) - start) / 1000000 ))
created=$(grep -c '"status":201' "$WORK/bulk.out" || true)

start=$(date +%s%N)
for i in $(seq 0 $((N - 1))); do
  curl -s -o /dev/null -w '%{http_code}\n' -X POST "localhost:$PORT/api/v1/articles" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' --data-binary "@$WORK/single-$i.json"
done > "$WORK/single.out"
single_ms=$(( ($(date +%s%N) - start) / 1000000 ))
single_created=$(grep -c '^201' "$WORK/single.out" || true)

echo "documents: $N copies of the seed (14 quotes, 9 events, 5 resolutions, 2 people, 23 catalog entries, ~200 spans each)"
echo "bulk stream:  $created created in ${bulk_ms} ms -> $(python3 -c "print(f'{$bulk_ms/$N:.1f}')") ms per article"
echo "one POST each: $single_created created in ${single_ms} ms -> $(python3 -c "print(f'{$single_ms/$N:.1f}')") ms per article (curl process start included)"
