-- Verbatim's records. Every span is [start, end) in Unicode code points into article.body,
-- with the exact text there; the service checks each against the body before it is stored.
-- Records that come from one article (paragraphs, notes, quotes, events, resolutions, mentions)
-- go when the article goes; people and the catalog are shared across articles and stay.

CREATE TABLE article (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    headline text NOT NULL,
    publisher text,
    url text,
    language text NOT NULL,
    published_earliest date,
    published_latest date,
    published_precision text CHECK (published_precision IN ('DAY', 'MONTH', 'YEAR', 'APPROXIMATE')),
    published_span_start integer,
    published_span_end integer,
    published_span_text text,
    published_span_prefix text,
    published_span_suffix text,
    CONSTRAINT published_span_span_ordered CHECK (published_span_start >= 0 AND published_span_end >= published_span_start),
    published_stated boolean,
    published_source text,
    CONSTRAINT published_range CHECK (published_earliest IS NULL OR published_latest IS NULL OR published_earliest <= published_latest),
    CONSTRAINT published_inferred_has_source CHECK (published_stated IS NOT FALSE OR published_source IS NOT NULL),
    body text NOT NULL,
    content_hash text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    version integer NOT NULL DEFAULT 0
);
CREATE INDEX article_newest ON article (published_earliest DESC NULLS LAST, id DESC);

CREATE TABLE paragraph (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id bigint NOT NULL REFERENCES article ON DELETE CASCADE,
    ordinal integer NOT NULL,
    kind text NOT NULL,
    span_start integer NOT NULL,
    span_end integer NOT NULL,
    span_text text NOT NULL,
    span_prefix text,
    span_suffix text,
    CONSTRAINT span_span_ordered CHECK (span_start >= 0 AND span_end >= span_start),
    UNIQUE (article_id, ordinal)
);

CREATE TABLE text_note (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id bigint NOT NULL REFERENCES article ON DELETE CASCADE,
    ordinal integer NOT NULL,
    kind text NOT NULL,
    span_start integer NOT NULL,
    span_end integer NOT NULL,
    span_text text NOT NULL,
    span_prefix text,
    span_suffix text,
    CONSTRAINT span_span_ordered CHECK (span_start >= 0 AND span_end >= span_start),
    note text NOT NULL,
    UNIQUE (article_id, ordinal)
);

CREATE TABLE person (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name text NOT NULL,
    role text,
    country text,
    wikidata_id text CHECK (wikidata_id ~ '^Q[1-9][0-9]*$'),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    version integer NOT NULL DEFAULT 0
);
CREATE INDEX person_name ON person (lower(name));

CREATE TABLE person_alias (
    person_id bigint NOT NULL REFERENCES person ON DELETE CASCADE,
    ordinal integer NOT NULL,
    alias text NOT NULL,
    PRIMARY KEY (person_id, ordinal)
);
CREATE INDEX person_alias_lower ON person_alias (lower(alias));

CREATE TABLE person_mention (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id bigint NOT NULL REFERENCES article ON DELETE CASCADE,
    person_id bigint NOT NULL REFERENCES person,
    span_start integer NOT NULL,
    span_end integer NOT NULL,
    span_text text NOT NULL,
    span_prefix text,
    span_suffix text,
    CONSTRAINT span_span_ordered CHECK (span_start >= 0 AND span_end >= span_start)
);
CREATE INDEX person_mention_article ON person_mention (article_id, span_start);
CREATE INDEX person_mention_person ON person_mention (person_id);

-- Places, organizations and topics differ only in their kinds, so they share a table.
CREATE TABLE catalog_entry (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type text NOT NULL CHECK (type IN ('PLACE', 'ORGANIZATION', 'TOPIC')),
    slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name text NOT NULL,
    kind text,
    country text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    version integer NOT NULL DEFAULT 0,
    UNIQUE (type, slug)
);
CREATE INDEX catalog_entry_listing ON catalog_entry (type, name, id);

CREATE TABLE catalog_mention (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id bigint NOT NULL REFERENCES article ON DELETE CASCADE,
    entry_id bigint NOT NULL REFERENCES catalog_entry,
    span_start integer NOT NULL,
    span_end integer NOT NULL,
    span_text text NOT NULL,
    span_prefix text,
    span_suffix text,
    CONSTRAINT span_span_ordered CHECK (span_start >= 0 AND span_end >= span_start)
);
CREATE INDEX catalog_mention_article ON catalog_mention (article_id, span_start);
CREATE INDEX catalog_mention_entry ON catalog_mention (entry_id);

CREATE TABLE quote (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id bigint NOT NULL REFERENCES article ON DELETE CASCADE,
    ordinal integer NOT NULL,
    speaker_id bigint NOT NULL REFERENCES person,
    kind text NOT NULL CHECK (kind IN ('DIRECT', 'INDIRECT')),
    source_start integer NOT NULL,
    source_end integer NOT NULL,
    source_text text NOT NULL,
    source_prefix text,
    source_suffix text,
    CONSTRAINT source_span_ordered CHECK (source_start >= 0 AND source_end >= source_start),
    cue_start integer NOT NULL,
    cue_end integer NOT NULL,
    cue_text text NOT NULL,
    cue_prefix text,
    cue_suffix text,
    CONSTRAINT cue_span_ordered CHECK (cue_start >= 0 AND cue_end >= cue_start),
    content_start integer NOT NULL,
    content_end integer NOT NULL,
    content_text text NOT NULL,
    content_prefix text,
    content_suffix text,
    CONSTRAINT content_span_ordered CHECK (content_start >= 0 AND content_end >= content_start),
    channel_name text,
    channel_span_start integer,
    channel_span_end integer,
    channel_span_text text,
    channel_span_prefix text,
    channel_span_suffix text,
    CONSTRAINT channel_span_span_ordered CHECK (channel_span_start >= 0 AND channel_span_end >= channel_span_start),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    version integer NOT NULL DEFAULT 0,
    UNIQUE (article_id, ordinal)
);
CREATE INDEX quote_listing ON quote (article_id DESC, ordinal, id);
CREATE INDEX quote_by_speaker ON quote (speaker_id, article_id DESC, ordinal, id);

CREATE TABLE quote_topic (
    quote_id bigint NOT NULL REFERENCES quote ON DELETE CASCADE,
    ordinal integer NOT NULL,
    topic_id bigint NOT NULL REFERENCES catalog_entry,
    PRIMARY KEY (quote_id, ordinal)
);
CREATE INDEX quote_topic_topic ON quote_topic (topic_id);

CREATE TABLE resolution (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id bigint NOT NULL REFERENCES article ON DELETE CASCADE,
    ordinal integer NOT NULL,
    issuer text NOT NULL,
    kind text NOT NULL,
    title text NOT NULL,
    identifier_value text,
    identifier_stated boolean NOT NULL DEFAULT true,
    identifier_source text,
    adopted_earliest date,
    adopted_latest date,
    adopted_precision text CHECK (adopted_precision IN ('DAY', 'MONTH', 'YEAR', 'APPROXIMATE')),
    adopted_span_start integer,
    adopted_span_end integer,
    adopted_span_text text,
    adopted_span_prefix text,
    adopted_span_suffix text,
    CONSTRAINT adopted_span_span_ordered CHECK (adopted_span_start >= 0 AND adopted_span_end >= adopted_span_start),
    adopted_stated boolean,
    adopted_source text,
    CONSTRAINT adopted_range CHECK (adopted_earliest IS NULL OR adopted_latest IS NULL OR adopted_earliest <= adopted_latest),
    CONSTRAINT adopted_inferred_has_source CHECK (adopted_stated IS NOT FALSE OR adopted_source IS NOT NULL),
    demands_text text,
    demands_span_start integer,
    demands_span_end integer,
    demands_span_text text,
    demands_span_prefix text,
    demands_span_suffix text,
    CONSTRAINT demands_span_span_ordered CHECK (demands_span_start >= 0 AND demands_span_end >= demands_span_start),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    version integer NOT NULL DEFAULT 0,
    UNIQUE (article_id, ordinal),
    CONSTRAINT identifier_inferred_has_source CHECK (identifier_stated OR identifier_source IS NOT NULL)
);

CREATE TABLE resolution_mention (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    resolution_id bigint NOT NULL REFERENCES resolution ON DELETE CASCADE,
    article_id bigint NOT NULL REFERENCES article ON DELETE CASCADE,
    span_start integer NOT NULL,
    span_end integer NOT NULL,
    span_text text NOT NULL,
    span_prefix text,
    span_suffix text,
    CONSTRAINT span_span_ordered CHECK (span_start >= 0 AND span_end >= span_start)
);
CREATE INDEX resolution_mention_resolution ON resolution_mention (resolution_id);
CREATE INDEX resolution_mention_article ON resolution_mention (article_id);

CREATE TABLE event (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id bigint NOT NULL REFERENCES article ON DELETE CASCADE,
    ordinal integer NOT NULL,
    kind text NOT NULL,
    title text NOT NULL,
    status text NOT NULL CHECK (status IN ('PAST', 'ONGOING', 'PLANNED')),
    happens_earliest date,
    happens_latest date,
    happens_precision text NOT NULL CHECK (happens_precision IN ('DAY', 'MONTH', 'YEAR', 'APPROXIMATE')),
    happens_span_start integer,
    happens_span_end integer,
    happens_span_text text,
    happens_span_prefix text,
    happens_span_suffix text,
    CONSTRAINT happens_span_span_ordered CHECK (happens_span_start >= 0 AND happens_span_end >= happens_span_start),
    happens_stated boolean NOT NULL,
    happens_source text,
    CONSTRAINT happens_range CHECK (happens_earliest IS NULL OR happens_latest IS NULL OR happens_earliest <= happens_latest),
    CONSTRAINT happens_inferred_has_source CHECK (happens_stated IS NOT FALSE OR happens_source IS NOT NULL),
    place_id bigint REFERENCES catalog_entry,
    place_stated boolean NOT NULL DEFAULT true,
    place_source text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    version integer NOT NULL DEFAULT 0,
    UNIQUE (article_id, ordinal),
    CONSTRAINT place_inferred_has_source CHECK (place_stated OR place_source IS NOT NULL)
);
CREATE INDEX event_timeline ON event ((coalesce(happens_earliest, happens_latest)), happens_latest, article_id, ordinal, id);
CREATE INDEX event_place ON event (place_id);
CREATE INDEX event_article ON event (article_id, ordinal);

CREATE TABLE event_participant (
    event_id bigint NOT NULL REFERENCES event ON DELETE CASCADE,
    ordinal integer NOT NULL,
    person_id bigint NOT NULL REFERENCES person,
    PRIMARY KEY (event_id, ordinal)
);
CREATE INDEX event_participant_person ON event_participant (person_id);

CREATE TABLE event_evidence (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id bigint NOT NULL REFERENCES event ON DELETE CASCADE,
    article_id bigint NOT NULL REFERENCES article ON DELETE CASCADE,
    span_start integer NOT NULL,
    span_end integer NOT NULL,
    span_text text NOT NULL,
    span_prefix text,
    span_suffix text,
    CONSTRAINT span_span_ordered CHECK (span_start >= 0 AND span_end >= span_start)
);
CREATE INDEX event_evidence_event ON event_evidence (event_id);
CREATE INDEX event_evidence_article ON event_evidence (article_id);
