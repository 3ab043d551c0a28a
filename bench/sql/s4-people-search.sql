-- Scenario 4's limit for pgbench: GET /api/v1/people?name=… (page 0, size 20) as one SQL statement
-- returning the same JSON. Both arms of the match use their trigram index (a UNION, where the
-- service's OR with a sub-select scans every person). Needs pg_trgm.word_similarity_threshold=0.4
-- for the session (bench/run.sh sets PGOPTIONS). Run with -M prepared.
\set n random(1, 5000)
SELECT name AS typed FROM bench.s4 WHERE n = :n \gset
WITH m AS (
    SELECT id FROM person WHERE :typed <% lower(name)
    UNION
    SELECT person_id FROM person_alias WHERE :typed <% lower(alias)),
page AS (
    SELECT p.*, greatest(word_similarity(:typed, lower(p.name)),
                         coalesce((SELECT max(word_similarity(:typed, lower(a.alias))) FROM person_alias a WHERE a.person_id = p.id), 0)) AS score
    FROM person p JOIN m ON m.id = p.id
    ORDER BY score DESC, p.name, p.id
    LIMIT 20),
total AS (SELECT count(*) AS n FROM m)
SELECT json_build_object(
    'items', coalesce((SELECT json_agg(json_build_object(
        'id', p.slug, 'name', p.name, 'role', p.role, 'country', p.country,
        'aliases', (SELECT coalesce(json_agg(a.alias ORDER BY a.ordinal), '[]'::json) FROM person_alias a WHERE a.person_id = p.id),
        'wikidataId', p.wikidata_id,
        'updatedAt', replace(to_char(p.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24.MI.SS"Z"'), '.', chr(58)),
        'version', p.version)
        ORDER BY p.score DESC, p.name, p.id) FROM page p), '[]'::json),
    'page', 0, 'size', 20, 'totalElements', total.n, 'totalPages', (total.n + 19) / 20)
FROM total;
