-- A change feed for caches kept in the service (the article model's JSON): every statement that
-- changes a record an article model shows sends one NOTIFY on the channel verbatim_change,
-- delivered to listeners when its transaction commits (and not at all when it rolls back).
-- Statement-level, so a bulk COPY or a 200-row insert costs one notification, and PostgreSQL
-- folds equal notifications of one transaction into one. The payload names the table.
CREATE FUNCTION verbatim_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('verbatim_change', TG_TABLE_NAME);
    RETURN NULL;
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['article', 'paragraph', 'text_note', 'person', 'person_alias', 'person_mention',
                             'catalog_entry', 'catalog_mention', 'quote', 'quote_topic', 'resolution',
                             'resolution_mention', 'event', 'event_participant', 'event_evidence'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
                        FOR EACH STATEMENT EXECUTE FUNCTION verbatim_notify_change()', t || '_changed', t);
    END LOOP;
END $$;
