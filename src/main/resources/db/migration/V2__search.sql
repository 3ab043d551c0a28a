-- Full-text search over quotes and articles, approximate search over people's names.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- 'english' stems "railways" to "railway"; simple would not. The column is generated, so it can
-- never disagree with the text it indexes.
ALTER TABLE quote ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('english', content_text)) STORED;
CREATE INDEX quote_search ON quote USING gin (search);

ALTER TABLE article ADD COLUMN search tsvector
    GENERATED ALWAYS AS (setweight(to_tsvector('english', headline), 'A') || setweight(to_tsvector('english', body), 'B')) STORED;
CREATE INDEX article_search ON article USING gin (search);

CREATE INDEX person_name_trgm ON person USING gin (lower(name) gin_trgm_ops);
CREATE INDEX person_alias_trgm ON person_alias USING gin (lower(alias) gin_trgm_ops);

-- Filters of the query API.
CREATE INDEX quote_cue ON quote (lower(cue_text));
CREATE INDEX quote_updated ON quote (updated_at);
CREATE INDEX event_updated ON event (updated_at);
CREATE INDEX article_updated ON article (updated_at);
CREATE INDEX person_updated ON person (updated_at);
CREATE INDEX catalog_entry_updated ON catalog_entry (updated_at);
CREATE INDEX resolution_updated ON resolution (updated_at);
CREATE INDEX event_status ON event (status);
