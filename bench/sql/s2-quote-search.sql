-- Scenario 2's limit for pgbench: GET /api/v1/quotes?q=… (page 0, size 20, the service's default
-- order) returning the same JSON, with rank and snippet, in the same steps as the service. Run with
-- -M prepared.
-- 1. One pass over at most 1 001 matches: how many, and the best 20 of them by relevance.
-- 2. At most 1 000: that page, ranked among all matches (the total is a count). More: newest first (the
--    total is a lower bound), walking the newest-first index and testing each quote; as the
--    service does, this step turns off sequential and bitmap scans for its transaction, since the
--    planner's estimate of a multi-word match is often far too low and would pick them.
\set n random(1, 5000)
SELECT q AS words FROM bench.s2 WHERE n = :n \gset
WITH m AS MATERIALIZED (
    SELECT q.id, ts_rank_cd(q.search, query) AS rank, q.article_published, q.article_id, q.ordinal
    FROM quote q, websearch_to_tsquery('english', :words) query WHERE q.search @@ query LIMIT 1001)
SELECT count(*) AS matched, (count(*) > 1000)::int AS broad,
       (SELECT coalesce(array_agg(id), '{}') FROM (SELECT id FROM m ORDER BY rank DESC, article_published DESC NULLS LAST,
                                   article_id DESC, ordinal, id LIMIT 20) p) AS ids
FROM m \gset
\if :broad
BEGIN;
SET LOCAL enable_seqscan = off;
SET LOCAL enable_bitmapscan = off;
\endif
WITH query AS (SELECT websearch_to_tsquery('english', :words) AS query),
ranked AS (
    SELECT q.id, ts_rank_cd(q.search, query.query) AS rank, q.article_published AS a_published, q.article_id AS a_id, q.ordinal
    FROM unnest(:ids::bigint[]) p(id) JOIN quote q ON q.id = p.id, query WHERE :broad = 0),
newest AS (
    SELECT q.id, ts_rank_cd(q.search, query.query) AS rank, q.article_published AS a_published, q.article_id AS a_id, q.ordinal
    FROM quote q, query WHERE (q.search @@ query.query) IS TRUE AND :broad = 1
    ORDER BY q.article_published DESC NULLS LAST, q.article_id DESC, q.ordinal, q.id
    LIMIT 20),
page AS (SELECT * FROM ranked UNION ALL SELECT * FROM newest)
SELECT json_build_object(
    'items', coalesce((SELECT json_agg(json_build_object(
        'id', q.id,
        'article', json_build_object('id', a.slug, 'name', a.headline),
        'kind', lower(q.kind),
        'speaker', json_build_object('id', sp.slug, 'name', sp.name),
        'source', json_build_object('start', q.source_start, 'end', q.source_end, 'text', q.source_text, 'prefix', q.source_prefix, 'suffix', q.source_suffix),
        'cue', json_build_object('start', q.cue_start, 'end', q.cue_end, 'text', q.cue_text, 'prefix', q.cue_prefix, 'suffix', q.cue_suffix),
        'content', json_build_object('start', q.content_start, 'end', q.content_end, 'text', q.content_text, 'prefix', q.content_prefix, 'suffix', q.content_suffix),
        'channel', CASE WHEN q.channel_name IS NULL THEN NULL ELSE json_build_object('name', q.channel_name,
            'span', json_build_object('start', q.channel_span_start, 'end', q.channel_span_end, 'text', q.channel_span_text,
                                      'prefix', q.channel_span_prefix, 'suffix', q.channel_span_suffix)) END,
        'topics', coalesce((SELECT json_agg(json_build_object('id', t.slug, 'name', t.name) ORDER BY qt.ordinal)
                            FROM quote_topic qt JOIN catalog_entry t ON t.id = qt.topic_id WHERE qt.quote_id = q.id), '[]'::json),
        'updatedAt', replace(to_char(q.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24.MI.SS"Z"'), '.', chr(58)),
        'version', q.version,
        'match', json_build_object('rank', p.rank, 'snippet', ts_headline('english',
            replace(replace(replace(q.content_text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), query.query,
            'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "')))
        ORDER BY CASE WHEN :broad = 1 THEN 0 ELSE p.rank END DESC, p.a_published DESC NULLS LAST, p.a_id DESC, p.ordinal, p.id)
        FROM page p JOIN quote q ON q.id = p.id JOIN article a ON a.id = q.article_id JOIN person sp ON sp.id = q.speaker_id, query),
        '[]'::json),
    'page', 0, 'size', 20, 'totalElements', :matched::bigint, 'totalPages', (:matched::bigint + 19) / 20)::jsonb
    || CASE WHEN :broad = 1 THEN '{"totalRelation": "gte", "sort": "newest"}'::jsonb ELSE '{"sort": "relevance"}'::jsonb END;
\if :broad
COMMIT;
\endif
