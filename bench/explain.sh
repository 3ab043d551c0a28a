#!/usr/bin/env bash
# bench/explain.sh — EXPLAIN (ANALYZE, BUFFERS) of the hot queries, as the service sends them
# (QuoteSearch, People) and as the limits send them (bench/sql/*.sql), for heavy inputs: the
# most-quoted speaker, a common and a rare word, a typed name. Each statement runs twice and the
# second plan is kept (warm caches). Writes $BENCH_DATA/explain/<time>.txt and prints it.
# Needs the service's database (bench/setup.sh). Read-only; takes a few seconds.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$BENCH_ROOT"
OUT=$BENCH_DATA/explain
mkdir -p "$OUT"
FILE=$OUT/$(date +%Y%m%d-%H%M%S).txt

top=$("${PSQL[@]}" -At -c "select p.slug from quote q join person p on p.id = q.speaker_id group by p.slug order by count(*) desc limit 1")
top_id=$("${PSQL[@]}" -At -c "select id from person where slug = '$top'")
common=${COMMON_WORD:-farmers}
rare=${RARE_WORD:-harbour}
typed=${TYPED_NAME:-volkof}

explain() {
    local title=$1 sql=$2
    {
        echo "=== $title"
        echo "$sql" | sed 's/^/    /'
        echo
        "${PSQL[@]}" -c "$sql" > /dev/null 2>&1 || true
        "${PSQL[@]}" -c "SET pg_trgm.word_similarity_threshold = 0.4" -c "EXPLAIN (ANALYZE, BUFFERS) $sql"
        echo
    } >> "$FILE"
}

SNIPPET="'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"'"

{
    echo "EXPLAIN (ANALYZE, BUFFERS), $(date -u +%FT%TZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo "most-quoted speaker: $top ($("${PSQL[@]}" -At -c "select count(*) from quote where speaker_id = $top_id") quotes)"
    echo "'$common' matches $("${PSQL[@]}" -At -c "select count(*) from quote where search @@ websearch_to_tsquery('english', '$common')") quotes, '$rare' $("${PSQL[@]}" -At -c "select count(*) from quote where search @@ websearch_to_tsquery('english', '$rare')")"
    echo
} > "$FILE"

# Scenario 1, the service: the speaker's keys (People.keysNamedBy), the count and the page (QuoteSearch).
explain "s1 service: People.keysNamedBy('$top')" "select p.id from person p
where lower(p.slug) = lower('$top') or lower(p.name) = lower('$top')
   or exists (select 1 from person_alias a where a.person_id = p.id and lower(a.alias) = lower('$top'))"
explain "s1 service: QuoteSearch count" "select count(*) from quote q join article a on a.id = q.article_id where q.speaker_id = any('{$top_id}'::bigint[])"
explain "s1 service: QuoteSearch page" "select q.id, 0.0 as rank, '' as snippet from quote q join article a on a.id = q.article_id
where q.speaker_id = any('{$top_id}'::bigint[])
order by a.published_earliest desc nulls last, a.id desc, q.ordinal, q.id limit 20 offset 0"
explain "s1 limit: the count without the join to article" "select count(*) from quote where speaker_id = $top_id"

# Scenario 2: the service's count and page for a common and a rare word.
for word in "$common" "$rare"; do
    explain "s2 service: QuoteSearch count, q=$word" "select count(*) from quote q join article a on a.id = q.article_id, websearch_to_tsquery('english', '$word') query where q.search @@ query"
    explain "s2 service: QuoteSearch page, q=$word" "select q.id, ts_rank_cd(q.search, query) as rank,
       ts_headline('english', replace(replace(replace(q.content_text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), query, $SNIPPET) as snippet
from quote q join article a on a.id = q.article_id, websearch_to_tsquery('english', '$word') query
where q.search @@ query
order by rank desc, a.published_earliest desc nulls last, a.id desc, q.ordinal, q.id limit 20 offset 0"
done

# Scenario 4: the service's people search (People.findByName), and the same match as a UNION.
MATCHES="from (select p.id, p.name, greatest(word_similarity('$typed', lower(p.name)),
          coalesce((select max(word_similarity('$typed', lower(a.alias))) from person_alias a where a.person_id = p.id), 0)) as score
      from person p
      where ('$typed' <% lower(p.name)
             or p.id in (select a.person_id from person_alias a where '$typed' <% lower(a.alias)))) m"
explain "s4 service: People.findByName count, name=$typed" "select count(*) $MATCHES"
explain "s4 service: People.findByName page, name=$typed" "select m.id $MATCHES order by m.score desc, m.name, m.id limit 20 offset 0"
explain "s4 limit: the match as a UNION of two trigram index scans" "select count(*) from (select id from person where '$typed' <% lower(name)
    union select person_id from person_alias where '$typed' <% lower(alias)) m"

cat "$FILE"
log "written to $FILE"
