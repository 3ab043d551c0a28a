-- The change log behind GET /api/v1/changes: one row for every create, update and delete of a
-- record with its own resource (article, person, place, organization, topic, quote, event,
-- resolution). The parts of an article (paragraphs, notes, mentions) and of a record (aliases,
-- topics of a quote, participants, evidence) have no resource of their own: a change to them
-- is a write of the record they belong to, which moves that record's version and is logged.
--
-- Order and visibility. A sequence alone is not commit order: T1 can take seq 10, T2 seq 11 and
-- commit, and a reader that handed out 11 as its cursor would skip 10 when T1 commits later.
-- So each row carries the id of the transaction that wrote it (xid8, 64 bits: it never wraps),
-- the log is ordered by (xid, seq), and a reader returns only rows of transactions older than
-- the oldest one still running (pg_snapshot_xmin of its snapshot): every such transaction has
-- committed or rolled back, so nothing can ever appear before a cursor once it was handed out.
-- The price: a change waits in the log until every transaction that began writing before it
-- has ended (milliseconds for this service's transactions; a long one holds the log back).
--
-- Statement-level triggers with transition tables: a batch of inserts (Hibernate sends one
-- multi-row INSERT per batch) or a bulk statement costs one INSERT … SELECT here, not one per row.
-- A session may switch the log off (SET LOCAL verbatim.change_log = 'off'): the corpus generator
-- does, and moves the horizon instead, so every earlier cursor is told to resynchronise.
CREATE TABLE change (
    seq bigint GENERATED ALWAYS AS IDENTITY,
    xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    kind text NOT NULL,
    record_id text NOT NULL,
    action text NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    version integer,
    article_slug text,
    at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (xid, seq)
);
CREATE INDEX change_at ON change (at);

-- The last cursor purged (or skipped by a bulk load): a cursor before it may have missed changes.
CREATE TABLE change_horizon (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    xid xid8 NOT NULL,
    seq bigint NOT NULL
);
INSERT INTO change_horizon (xid, seq) VALUES ('0', 0);

CREATE FUNCTION verbatim_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    act text := CASE TG_OP WHEN 'INSERT' THEN 'create' WHEN 'UPDATE' THEN 'update' ELSE 'delete' END;
BEGIN
    IF current_setting('verbatim.change_log', true) = 'off' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN
        IF TG_TABLE_NAME = 'article' THEN
            INSERT INTO change (kind, record_id, action, version, article_slug)
            SELECT 'article', r.slug, act, r.version, r.slug FROM old_rows r ORDER BY r.id;
        ELSIF TG_TABLE_NAME = 'person' THEN
            INSERT INTO change (kind, record_id, action, version)
            SELECT 'person', r.slug, act, r.version FROM old_rows r ORDER BY r.id;
        ELSIF TG_TABLE_NAME = 'catalog_entry' THEN
            INSERT INTO change (kind, record_id, action, version)
            SELECT lower(r.type), r.slug, act, r.version FROM old_rows r ORDER BY r.id;
        ELSE
            -- Rows whose article is gone were deleted with it (ON DELETE CASCADE): the article's
            -- trigger below logged them while it could still name the article.
            INSERT INTO change (kind, record_id, action, version, article_slug)
            SELECT TG_TABLE_NAME, r.id::text, act, r.version, a.slug
            FROM old_rows r JOIN article a ON a.id = r.article_id ORDER BY r.id;
        END IF;
    ELSE
        IF TG_TABLE_NAME = 'article' THEN
            INSERT INTO change (kind, record_id, action, version, article_slug)
            SELECT 'article', r.slug, act, r.version, r.slug FROM new_rows r ORDER BY r.id;
        ELSIF TG_TABLE_NAME = 'person' THEN
            INSERT INTO change (kind, record_id, action, version)
            SELECT 'person', r.slug, act, r.version FROM new_rows r ORDER BY r.id;
        ELSIF TG_TABLE_NAME = 'catalog_entry' THEN
            INSERT INTO change (kind, record_id, action, version)
            SELECT lower(r.type), r.slug, act, r.version FROM new_rows r ORDER BY r.id;
        ELSE
            INSERT INTO change (kind, record_id, action, version, article_slug)
            SELECT TG_TABLE_NAME, r.id::text, act, r.version, a.slug
            FROM new_rows r LEFT JOIN article a ON a.id = r.article_id ORDER BY r.id;
        END IF;
    END IF;
    RETURN NULL;
END $$;

-- An article deleted with its records still in place (DELETE FROM article in psql; the service
-- deletes the records first): log their tombstones while the article's slug can still be read.
CREATE FUNCTION verbatim_log_cascade() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('verbatim.change_log', true) = 'off' THEN
        RETURN OLD;
    END IF;
    INSERT INTO change (kind, record_id, action, version, article_slug)
    SELECT kind, id::text, 'delete', version, OLD.slug FROM (
        SELECT 'quote' AS kind, id, version FROM quote WHERE article_id = OLD.id
        UNION ALL SELECT 'event', id, version FROM event WHERE article_id = OLD.id
        UNION ALL SELECT 'resolution', id, version FROM resolution WHERE article_id = OLD.id
    ) records ORDER BY kind, id;
    RETURN OLD;
END $$;

CREATE TRIGGER article_cascade_logged BEFORE DELETE ON article FOR EACH ROW EXECUTE FUNCTION verbatim_log_cascade();

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['article', 'person', 'catalog_entry', 'quote', 'event', 'resolution'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION verbatim_log_change()', t || '_created_logged', t);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION verbatim_log_change()', t || '_updated_logged', t);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION verbatim_log_change()', t || '_deleted_logged', t);
    END LOOP;
END $$;
