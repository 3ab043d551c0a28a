-- API tokens: only a SHA-256 of each token is kept. Tokens are 256 random bits, so a fast hash
-- is enough (no dictionary to guess from), and it keeps every request's check cheap.
CREATE TABLE api_token (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    role text NOT NULL CHECK (role IN ('EDITOR', 'ADMIN')),
    token_hash text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz
);

-- Every write: who, when, what, and the version before and after.
CREATE TABLE audit_event (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    token_id bigint REFERENCES api_token,
    action text NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE')),
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    article_slug text,
    version_before integer,
    version_after integer,
    summary text NOT NULL
);
CREATE INDEX audit_event_article ON audit_event (article_slug, at DESC, id DESC);
