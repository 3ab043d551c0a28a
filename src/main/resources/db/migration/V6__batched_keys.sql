-- Keys the service can hand out in blocks, so Hibernate batches its inserts: an article document
-- is about 200 rows (spans of quotes, mentions, events…), which identity keys forced into 200
-- single-row statements and round trips, each firing V5's change trigger. Each table's key now
-- comes from a plain sequence that steps by 50, Hibernate's allocation size: one nextval hands the
-- service the 50 keys up to the value returned. A plain INSERT still gets its key from the
-- sequence (a value the service never uses). (Hibernate's schema validation does not see the
-- sequences behind identity columns, hence plain sequences rather than a new step for those.)
DO $$
DECLARE
    t text;
    top bigint;
BEGIN
    FOREACH t IN ARRAY ARRAY['article', 'paragraph', 'text_note', 'person', 'person_mention', 'catalog_entry',
                             'catalog_mention', 'quote', 'resolution', 'resolution_mention', 'event', 'event_evidence',
                             'api_token', 'audit_event'] LOOP
        EXECUTE format('ALTER TABLE %I ALTER COLUMN id DROP IDENTITY', t);
        EXECUTE format('CREATE SEQUENCE %I INCREMENT BY 50 OWNED BY %I.id', t || '_id_seq', t);
        EXECUTE format('SELECT coalesce(max(id), 0) FROM %I', t) INTO top;
        -- The next nextval returns top + 50: the service then uses top + 1 … top + 50.
        PERFORM setval(t || '_id_seq', top + 50, false);
        EXECUTE format('ALTER TABLE %I ALTER COLUMN id SET DEFAULT nextval(%L)', t, t || '_id_seq');
    END LOOP;
END $$;
