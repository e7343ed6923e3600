-- 0001: articles with their canonical text, a full-text index kept in sync by
-- triggers, claims anchored into an article's text, and app settings.

CREATE TABLE articles (
  id           INTEGER PRIMARY KEY,
  title        TEXT NOT NULL,
  -- canonical plain text (NFC, \n line ends); claim offsets index into it, never changed after import
  body         TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,       -- sha256 of body, hex
  source       TEXT,
  url          TEXT,
  published    TEXT,                       -- ISO date
  format       TEXT NOT NULL CHECK (format IN ('txt', 'md', 'html', 'pdf', 'docx', 'jsonld')),
  file_name    TEXT,
  warnings     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(warnings)),
  imported_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, body,
  content = 'articles', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
  INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TABLE claims (
  id                 INTEGER PRIMARY KEY,
  article_id         INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  -- TextPositionSelector: UTF-16 code-unit offsets into articles.body
  start              INTEGER NOT NULL CHECK (start >= 0),
  "end"              INTEGER NOT NULL CHECK ("end" > start),
  -- TextQuoteSelector
  quote              TEXT NOT NULL,
  prefix             TEXT NOT NULL DEFAULT '',
  suffix             TEXT NOT NULL DEFAULT '',
  confidence         TEXT CHECK (confidence IN ('evidence', 'assess', 'do not yet know')),
  attributed_to      TEXT NOT NULL DEFAULT '',
  note               TEXT NOT NULL DEFAULT '',
  source_reliability TEXT CHECK (source_reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
  claim_credibility  INTEGER CHECK (claim_credibility BETWEEN 1 AND 6),
  cue                TEXT,
  created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX claims_by_article ON claims (article_id, start);

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
