-- "Newest first" sorts quotes by their article's publication date. Kept on the quote itself
-- (by triggers, so it can never disagree with the article), one index serves a speaker's page
-- of 20 without sorting every quote the speaker ever gave.
ALTER TABLE quote ADD COLUMN article_published date;

UPDATE quote q SET article_published = a.published_earliest FROM article a WHERE a.id = q.article_id;

CREATE FUNCTION quote_article_published() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT a.published_earliest INTO NEW.article_published FROM article a WHERE a.id = NEW.article_id;
    RETURN NEW;
END $$;

CREATE TRIGGER quote_article_published BEFORE INSERT OR UPDATE OF article_id ON quote
    FOR EACH ROW EXECUTE FUNCTION quote_article_published();

CREATE FUNCTION article_published_to_quotes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE quote SET article_published = NEW.published_earliest WHERE article_id = NEW.id;
    RETURN NEW;
END $$;

CREATE TRIGGER article_published_to_quotes AFTER UPDATE OF published_earliest ON article
    FOR EACH ROW WHEN (OLD.published_earliest IS DISTINCT FROM NEW.published_earliest)
    EXECUTE FUNCTION article_published_to_quotes();

CREATE INDEX quote_newest ON quote (article_published DESC NULLS LAST, article_id DESC, ordinal, id);
CREATE INDEX quote_speaker_newest ON quote (speaker_id, article_published DESC NULLS LAST, article_id DESC, ordinal, id);
