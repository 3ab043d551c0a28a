-- bench/sql/inputs.sql — the inputs of every scenario, drawn deterministically from the corpus into
-- schema "bench" (the service never reads it). bench/run.sh exports them as URL paths for wrk, and
-- pgbench reads the same rows, so the service and its limit answer exactly the same questions.
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;

-- Percent-encodes a query-string value (UTF-8).
CREATE FUNCTION bench.urlencode(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT coalesce(string_agg(CASE WHEN c ~ '^[A-Za-z0-9_.~-]$' THEN c
                               ELSE upper(regexp_replace(encode(convert_to(c, 'UTF8'), 'hex'), '(..)', '%\1', 'g')) END,
                               '' ORDER BY i), '')
    FROM regexp_split_to_table($1, '') WITH ORDINALITY AS t(c, i)
$$;

-- A deterministic stand-in for random(): a number in [0, 1) from a key.
CREATE FUNCTION bench.u(text) RETURNS float8 LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT ('x' || substr(md5($1), 1, 8))::bit(32)::bigint / 4294967296.0
$$;

-- Scenario 1: speakers drawn like the data. Draw k picks the speaker of quote number
-- ceil(u(k) × quotes), so a person with 9 % of the quotes is 9 % of the draws.
CREATE TABLE bench.s1 AS
WITH q AS (SELECT id, speaker_id, row_number() OVER (ORDER BY id) AS r FROM quote),
     n AS (SELECT count(*) AS total FROM quote)
SELECT k AS n, p.slug
FROM generate_series(1, 50000) AS k, n
     JOIN LATERAL (SELECT speaker_id FROM q WHERE q.r = 1 + floor(bench.u('s1:' || k) * n.total)::bigint) pick ON true
     JOIN person p ON p.id = pick.speaker_id;
ALTER TABLE bench.s1 ADD PRIMARY KEY (n);

-- Scenario 2: full-text queries of words drawn from the corpus's vocabulary: every distinct word of
-- the quote texts (in a 5 % sample of the quotes; numbers, emoji and stop words left out) is as
-- likely as any other, as when people search for something specific rather than for "would". 30 %
-- of the queries add the word that follows it in the first sampled quote that has it (when that
-- word is not a stop word), so a two-word query always matches something. bench/run.sh reports how many quotes the queries match.
CREATE TABLE bench.words AS
SELECT quote.id AS quote_id, i, lower(btrim(t, '.,;:!?“”"’''()–—')) AS w
FROM quote, regexp_split_to_table(content_text, '[\s\u00a0]+') WITH ORDINALITY AS s(t, i)
WHERE bench.u('s2s:' || quote.id) < 0.05;
DELETE FROM bench.words WHERE NOT (w ~ '^[a-z\u00C0-\u024F-]{3,}$' AND to_tsvector('english', w) <> ''::tsvector);

CREATE TABLE bench.vocabulary AS
SELECT row_number() OVER (ORDER BY bench.u('s2v:' || w), w) AS i, w, next
FROM (SELECT DISTINCT ON (a.w) a.w, b.w AS next
      FROM bench.words a LEFT JOIN bench.words b ON b.quote_id = a.quote_id AND b.i = a.i + 1
      ORDER BY a.w, a.quote_id, a.i) x;

CREATE TABLE bench.s2 AS
SELECT k AS n, CASE WHEN bench.u('s2two:' || k) < 0.3 AND v.next IS NOT NULL THEN v.w || ' ' || v.next ELSE v.w END AS q
FROM generate_series(1, 5000) AS k
     JOIN bench.vocabulary v ON v.i = 1 + floor(bench.u('s2:' || k) * (SELECT count(*) FROM bench.vocabulary))::bigint;
ALTER TABLE bench.s2 ADD PRIMARY KEY (n);
DROP TABLE bench.words;

-- Scenario 3: articles, uniformly.
CREATE TABLE bench.s3 AS
SELECT row_number() OVER (ORDER BY bench.u('s3:' || id), id) AS n, slug
FROM article ORDER BY bench.u('s3:' || id), id LIMIT 1000;
ALTER TABLE bench.s3 ADD PRIMARY KEY (n);

-- Scenario 4: names as people type them: a last name, an alias or a full name, lower case,
-- half of them with a typo (a letter dropped or two swapped).
CREATE TABLE bench.s4 AS
WITH people AS (
    SELECT k, p.id, p.name
    FROM generate_series(1, 5000) AS k,
         LATERAL (SELECT id, name FROM person ORDER BY id
                  OFFSET floor(bench.u('s4:' || k) * (SELECT count(*) FROM person))::bigint LIMIT 1) p),
forms AS (
    SELECT k, lower(CASE WHEN bench.u('s4f:' || k) < 0.2 THEN name
                         ELSE coalesce((SELECT alias FROM person_alias a WHERE a.person_id = people.id
                                        ORDER BY bench.u('s4a:' || k || ':' || a.ordinal) LIMIT 1), name) END) AS f
    FROM people),
typos AS (
    SELECT k, f, 1 + floor(bench.u('s4p:' || k) * greatest(char_length(f) - 1, 1))::int AS at, bench.u('s4t:' || k) AS t
    FROM forms)
SELECT k AS n,
       CASE WHEN t < 0.25 AND char_length(f) > 4 THEN overlay(f PLACING '' FROM at FOR 1)
            WHEN t < 0.5 AND char_length(f) > 4 THEN overlay(f PLACING substr(f, at + 1, 1) || substr(f, at, 1) FROM at FOR 2)
            ELSE f END AS name
FROM typos;
ALTER TABLE bench.s4 ADD PRIMARY KEY (n);

ANALYZE bench.s1, bench.s2, bench.s3, bench.s4, bench.vocabulary;
