-- 0008: deleting articles becomes a step on the undo stack, kept here (a trash) instead of the page
-- holding the deleted rows. The history may also hold steps on articles, and a step that can no
-- longer apply is retired ('skipped') instead of being offered again forever.

-- an article deleted by a 'trash' step of the history, with every row deleted with it, until the step is
-- undone (the row goes) or redone (a new row)
CREATE TABLE article_trash (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL,
  title       TEXT NOT NULL,
  -- {"tables": [{"table": "articles", "rows": [{…}]}, {"table": "claims", "rows": […]}, …]}, parents first
  snapshot    TEXT NOT NULL CHECK (json_valid(snapshot)),
  deleted_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- claim_history again, now also with article steps (kind trash/restore: claim_id NULL, trash_id the trash
-- row while the article is deleted) and the state 'skipped'. SQLite cannot change a CHECK in place.
CREATE TABLE claim_history_0008 (
  id         INTEGER PRIMARY KEY,
  claim_id   INTEGER,                   -- no FK: history outlives a deleted claim; NULL for an article step
  article_id INTEGER NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('create', 'update', 'delete', 'trash', 'restore')),
  before     TEXT CHECK (before IS NULL OR json_valid(before)),
  after      TEXT CHECK (after IS NULL OR json_valid(after)),
  cause      TEXT NOT NULL DEFAULT 'edit' CHECK (cause IN ('edit', 'undo', 'redo')),
  -- skipped: the step could no longer apply (its article gone for good, its text imported again)
  state      TEXT CHECK (state IN ('done', 'undone', 'dropped', 'skipped')),
  at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  batch      INTEGER,
  trash_id   INTEGER,
  CHECK ((cause = 'edit') = (state IS NOT NULL)),
  CHECK ((kind IN ('trash', 'restore')) = (claim_id IS NULL))
);
INSERT INTO claim_history_0008 (id, claim_id, article_id, kind, before, after, cause, state, at, batch)
  SELECT id, claim_id, article_id, kind, before, after, cause, state, at, batch FROM claim_history;
DROP TABLE claim_history;
ALTER TABLE claim_history_0008 RENAME TO claim_history;
CREATE INDEX claim_history_by_claim ON claim_history (claim_id, id);
CREATE INDEX claim_history_by_state ON claim_history (state, id) WHERE state IS NOT NULL;
CREATE INDEX claim_history_by_batch ON claim_history (batch) WHERE batch IS NOT NULL;
CREATE INDEX claim_history_by_article ON claim_history (article_id, id);
