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
        local settings=(-c "SET pg_trgm.word_similarity_threshold = 0.4")
        if [[ $title == *"scans off"* || $title == *"enable_seqscan"* ]]; then
            settings+=(-c "SET enable_seqscan = off" -c "SET enable_bitmapscan = off")
        fi
        "${PSQL[@]}" "${settings[@]}" -c "EXPLAIN (ANALYZE, BUFFERS) $sql"
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

# Scenario 1, the service (Quotes.bySpeaker → QuoteSearch): the id's key, the count, the page.
explain "s1 service: People.keyOf('$top')" "select id from person where slug = '$top'"
explain "s1 service: QuoteSearch count" "select count(*) from quote q where q.speaker_id = $top_id"
explain "s1 service: QuoteSearch page (ids in order, then whole rows)" "select q.id, a.slug, sp.slug,
       array(select t.slug from quote_topic qt join catalog_entry t on t.id = qt.topic_id where qt.quote_id = q.id order by qt.ordinal) as topics
from unnest(array(select q.id from quote q where q.speaker_id = $top_id
                  order by q.article_published desc nulls last, q.article_id desc, q.ordinal, q.id limit 20 offset 0)) with ordinality as p(id, n)
join quote q on q.id = p.id join article a on a.id = q.article_id join person sp on sp.id = q.speaker_id
order by p.n"

# Scenario 2, the service (QuoteSearch with q and no sort): one pass over at most 1 001 matches;
# a rare word is ranked from it, a common word is answered newest first (scans off, as the service sets).
for word in "$common" "$rare"; do
    explain "s2 service: the pass over at most 1 001 matches, q=$word" "with m as materialized (select q.id, ts_rank_cd(q.search, query) as rank,
       q.article_published, q.article_id, q.ordinal
   from quote q, websearch_to_tsquery('english', '$word') query where (q.search @@ query) limit 1001)
select (select count(*) from m) as total, array(select id from m order by rank desc, article_published desc nulls last,
       article_id desc, ordinal, id limit 20 offset 0) as ids"
done
explain "s2 service: the newest-first page of a broad query, q=$common (enable_seqscan and enable_bitmapscan off)" "select q.id, ts_rank_cd(q.search, query) as rank,
       ts_headline('english', replace(replace(replace(q.content_text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), query, $SNIPPET) as snippet
from unnest(array(select q.id from quote q, websearch_to_tsquery('english', '$common') query where (q.search @@ query) is true
                  order by q.article_published desc nulls last, q.article_id desc, q.ordinal, q.id limit 20 offset 0)) with ordinality as p(id, n)
join quote q on q.id = p.id, websearch_to_tsquery('english', '$common') query
order by p.n"

# Scenario 4: the service's people search (People.findByName), and the same match as a UNION.
MATCHES="from (select p.id, p.name, greatest(word_similarity('$typed', lower(p.name)),
          coalesce((select max(word_similarity('$typed', lower(a.alias))) from person_alias a where a.person_id = p.id), 0)) as score
      from person p
      where p.id in (select p2.id from person p2 where '$typed' <% lower(p2.name)
                     union select a.person_id from person_alias a where '$typed' <% lower(a.alias))) m"
explain "s4 service: People.findByName count, name=$typed" "select count(*) $MATCHES"
explain "s4 service: People.findByName page, name=$typed" "select m.id $MATCHES order by m.score desc, m.name, m.id limit 20 offset 0"
explain "s4 limit: the match as a UNION of two trigram index scans" "select count(*) from (select id from person where '$typed' <% lower(name)
    union select person_id from person_alias where '$typed' <% lower(alias)) m"

cat "$FILE"
log "written to $FILE"
