-- Scenario 1's limit for pgbench: GET /api/v1/people/{speaker}/quotes (page 0, size 20) as one SQL
-- statement that returns the same JSON document, aggregated in PostgreSQL. Run with -M prepared.
\set n random(1, 50000)
SELECT p.id AS speaker_id, p.slug AS speaker, p.name AS speaker_name FROM bench.s1 JOIN person p USING (slug) WHERE n = :n \gset
-- The speaker's key is a parameter, not a sub-select, so the planner sees how many quotes they have:
-- for the most quoted, it walks the articles newest first and stops after 20 quotes.
WITH page AS (
    SELECT q.id, q.article_id, q.ordinal, a.published_earliest AS a_published
    FROM quote q JOIN article a ON a.id = q.article_id
    WHERE q.speaker_id = :speaker_id
    ORDER BY a.published_earliest DESC NULLS LAST, a.id DESC, q.ordinal, q.id
    LIMIT 20),
total AS (SELECT count(*) AS n FROM quote WHERE speaker_id = :speaker_id)
SELECT json_build_object(
    'items', coalesce((SELECT json_agg(json_build_object(
        'id', p.id,
        'article', json_build_object('id', a.slug, 'name', a.headline),
        'kind', lower(q.kind),
        'speaker', json_build_object('id', :speaker::text, 'name', :speaker_name::text),
        'source', json_build_object('start', q.source_start, 'end', q.source_end, 'text', q.source_text, 'prefix', q.source_prefix, 'suffix', q.source_suffix),
        'cue', json_build_object('start', q.cue_start, 'end', q.cue_end, 'text', q.cue_text, 'prefix', q.cue_prefix, 'suffix', q.cue_suffix),
        'content', json_build_object('start', q.content_start, 'end', q.content_end, 'text', q.content_text, 'prefix', q.content_prefix, 'suffix', q.content_suffix),
        'channel', CASE WHEN q.channel_name IS NULL THEN NULL ELSE json_build_object('name', q.channel_name,
            'span', json_build_object('start', q.channel_span_start, 'end', q.channel_span_end, 'text', q.channel_span_text,
                                      'prefix', q.channel_span_prefix, 'suffix', q.channel_span_suffix)) END,
        'topics', coalesce((SELECT json_agg(json_build_object('id', t.slug, 'name', t.name) ORDER BY qt.ordinal)
                            FROM quote_topic qt JOIN catalog_entry t ON t.id = qt.topic_id WHERE qt.quote_id = q.id), '[]'::json),
        'updatedAt', replace(to_char(q.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24.MI.SS"Z"'), '.', chr(58)),
        'version', q.version)
        ORDER BY p.a_published DESC NULLS LAST, p.article_id DESC, p.ordinal, p.id)
        FROM page p JOIN quote q ON q.id = p.id JOIN article a ON a.id = q.article_id), '[]'::json),
    'page', 0, 'size', 20, 'totalElements', total.n, 'totalPages', (total.n + 19) / 20)
FROM total;
