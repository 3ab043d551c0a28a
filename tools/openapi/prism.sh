#!/usr/bin/env bash
# Stoplight Prism as a validating proxy in front of a running service: ~30 ordinary requests over
# every resource and format (JSON, JSON-LD, ninjs, CSV, problem answers), each request and
# answer checked against the service's own /v3/api-docs. Fails if Prism reports any violation.
#   tools/openapi/prism.sh [BASE-URL]        (default: http://localhost:8080)
#   OPENAPI_DOCUMENT=FILE tools/openapi/prism.sh …   holds the answers to a saved document instead
# Starts Prism only (on PRISM_PORT, default 4010), never the service; stops Prism at the end.
set -euo pipefail
base="${1:-http://localhost:8080}"
port="${PRISM_PORT:-4010}"
work="$(mktemp -d)"
prism=""
trap '[[ -n "$prism" ]] && kill -- -"$prism" 2>/dev/null || true; [[ -n "${PRISM_LOG:-}" ]] && cp "$work/prism.log" "$PRISM_LOG"; rm -rf "$work"' EXIT
# OPENAPI_DOCUMENT=FILE checks the answers against a saved document instead (to measure an old one).
if [[ -n "${OPENAPI_DOCUMENT:-}" ]]; then cp "$OPENAPI_DOCUMENT" "$work/openapi.json"; else curl -fsS "$base/v3/api-docs" -o "$work/openapi.json"; fi

# In a session of its own, so that stopping it stops npx's node child too.
setsid npx --yes @stoplight/prism-cli@5.16.0 proxy "$work/openapi.json" "$base" --port "$port" --errors=false > "$work/prism.log" 2>&1 &
prism=$!
for _ in $(seq 1 60); do curl -fs -o /dev/null "http://127.0.0.1:$port/api/v1/articles" && break; sleep 1; done

proxy="http://127.0.0.1:$port"
seed=/api/v1/articles/vestnik-kavkaza-nazarbayev-baku
first() { curl -fsS "$base$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["'"${2:-id}"'"])'; }
quote=$(first /api/v1/quotes); event=$(first /api/v1/events); resolution=$(first /api/v1/resolutions)
person=$(first /api/v1/people); place=$(first /api/v1/places); organization=$(first /api/v1/organizations); topic=$(first /api/v1/topics)

# "BAD" marks a request made wrong on purpose, to see its problem answer: Prism rightly says the
# request violates the document; only its answer is held to it.
requests=(
  "application/json $seed"
  "application/ld+json $seed"
  "application/ninjs+json $seed"
  "application/json $seed/history"
  "application/json /api/v1/articles"
  "application/json /api/v1/articles?q=Baku"
  "application/json /api/v1/quotes"
  "application/ld+json /api/v1/quotes"
  "text/csv /api/v1/quotes"
  "application/json /api/v1/quotes?q=territories"
  "application/json /api/v1/quotes/$quote"
  "application/ld+json /api/v1/quotes/$quote"
  "application/json /api/v1/people"
  "application/json /api/v1/people/$person"
  "application/json /api/v1/people/$person/quotes"
  "text/csv /api/v1/people/$person/quotes"
  "application/json /api/v1/events"
  "text/csv /api/v1/events"
  "application/ld+json /api/v1/events/$event"
  "application/json /api/v1/events/$event"
  "application/json /api/v1/resolutions"
  "application/json /api/v1/resolutions/$resolution"
  "application/json /api/v1/places/$place"
  "application/json /api/v1/organizations/$organization"
  "application/json /api/v1/topics/$topic"
  "application/json /api/v1/topics"
  "application/json /api/v1/changes?size=5"
  "application/json /api/v1/articles/no-such-article"
  "application/json /api/v1/quotes?size=many BAD"
  "text/plain $seed"
  "application/json /api/v1/tokens BAD"
)
offset=$(grep -ac 'Request received' "$work/prism.log" || true)
bad=""
printf '%-4s %-7s %-25s %s\n' n status type request
i=0
for r in "${requests[@]}"; do
  i=$((i + 1))
  set -- $r
  accept=$1; path=$2
  [[ "${3:-}" == BAD ]] && bad="$bad $((offset + i))"
  code=$(curl -sS -o /dev/null -w '%{http_code} %{content_type}' -H "Accept: $accept" "$proxy$path")
  printf '%-4s %-7s %-25s %s\n' "$i" "${code%% *}" "${code#* }" "$path ($accept)${3:+ (made wrong on purpose)}"
done
sleep 3
# Which request each violation belongs to: the n-th "Request received" before it.
sed 's/\x1b\[[0-9;]*m//g' "$work/prism.log" | awk -v offset="$offset" -v bad="$bad" '
  BEGIN { split(bad, list, " "); for (k in list) wrong[list[k]] = 1 }
  /Request received/ { n++; request = $0; sub(/.*\[HTTP SERVER\] /, "", request); sub(/ [^ ]*  info.*/, "", request) }
  /Violation/ && n > offset {
    line = $0; sub(/.*Violation: /, "", line)
    if ((n in wrong) && line ~ /^request/) { expected++; next }
    print "#" (n - offset) " " request ": " line; if (!(n in hit)) { hit[n] = 1; requests++ }; v++ }
  END { printf "%d violations in %d requests (%d expected ones of requests made wrong on purpose)\n", v, requests, expected > "/dev/stderr" }' \
  > "$work/violations.txt" 2> "$work/summary.txt"
head -80 "$work/violations.txt"
violations=$(wc -l < "$work/violations.txt")
echo "${#requests[@]} requests through Prism: $(cat "$work/summary.txt")"
[[ "$violations" -eq 0 ]]
