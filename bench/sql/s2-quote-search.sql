-- Scenario 2's limit for pgbench: GET /api/v1/quotes?q=… (page 0, size 20, by relevance) as one SQL
-- statement returning the same JSON, with rank and snippet. Run with -M prepared.
\set n random(1, 5000)
SELECT q AS words FROM bench.s2 WHERE n = :n \gset
WITH query AS (SELECT websearch_to_tsquery('english', :words) AS query),
hits AS (
    SELECT q.id, q.article_id, q.ordinal, ts_rank_cd(q.search, query.query) AS rank
    FROM quote q, query WHERE q.search @@ query.query),
total AS (SELECT count(*) AS n FROM hits),
page AS (
    SELECT h.id, h.rank, a.published_earliest AS a_published, a.id AS a_id, h.ordinal
    FROM hits h JOIN article a ON a.id = h.article_id
    ORDER BY h.rank DESC, a.published_earliest DESC NULLS LAST, a.id DESC, h.ordinal, h.id
    LIMIT 20)
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
        ORDER BY p.rank DESC, p.a_published DESC NULLS LAST, p.a_id DESC, p.ordinal, p.id)
        FROM page p JOIN quote q ON q.id = p.id JOIN article a ON a.id = q.article_id JOIN person sp ON sp.id = q.speaker_id, query),
        '[]'::json),
    'page', 0, 'size', 20, 'totalElements', total.n, 'totalPages', (total.n + 19) / 20)
FROM total;
