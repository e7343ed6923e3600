-- team 0001: the team server's schema (PostgreSQL). Analysts with hashed tokens,
-- the articles they share (by canonical-text hash, searchable), and the
-- append-only log of their judgment events in the server's order (seq).

CREATE TABLE team_settings (
  key   text PRIMARY KEY,
  value text NOT NULL
);
INSERT INTO team_settings (key, value) VALUES ('blind', 'false');

CREATE TABLE analysts (
  id         serial PRIMARY KEY,
  name       text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
  -- sha256 of the token, hex; the token itself is shown once and never stored
  token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

CREATE TABLE articles (
  hash      text PRIMARY KEY CHECK (hash ~ '^[0-9a-f]{64}$'),
  title     text NOT NULL,
  body      text NOT NULL,
  source    text,
  url       text,
  published text,
  format    text NOT NULL,
  shared_by integer NOT NULL REFERENCES analysts (id),
  shared_at timestamptz NOT NULL DEFAULT now(),
  search    tsvector GENERATED ALWAYS AS (
              setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', body), 'B')
            ) STORED
);
CREATE INDEX articles_search ON articles USING gin (search);

CREATE TABLE events (
  -- the server's order: pulls page by it. Pushes take a lock before inserting, so a
  -- higher seq never commits before a lower one and no pull cursor skips an event.
  seq          bigserial PRIMARY KEY,
  id           text NOT NULL UNIQUE CHECK (id ~ '^[0-9a-f]{32}$'),
  analyst_id   integer NOT NULL REFERENCES analysts (id),
  device       text NOT NULL,
  hlc          text NOT NULL,
  article_hash text NOT NULL REFERENCES articles (hash),
  claim        text,
  kind         text NOT NULL,
  payload      jsonb NOT NULL,
  received_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_done ON events (analyst_id, article_hash) WHERE kind = 'article.done';
CREATE INDEX events_by_article ON events (article_hash, seq);
