-- 0002: the history of every claim change (what, old -> new, when), which is
-- also the undo/redo stack, so undo survives a restart.
--
-- kind:   create | update | delete
-- before/after: the claim's fields as JSON (NULL before a create / after a delete)
-- cause:  edit (a user change) | undo | redo (replays, logged for the claim's history)
-- state:  for edits: done (can be undone) | undone (can be redone) | dropped (a new
--         edit after an undo ended its redo branch); NULL for undo/redo log rows.
CREATE TABLE claim_history (
  id         INTEGER PRIMARY KEY,
  claim_id   INTEGER NOT NULL,          -- no FK: history outlives a deleted claim
  article_id INTEGER NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('create', 'update', 'delete')),
  before     TEXT CHECK (before IS NULL OR json_valid(before)),
  after      TEXT CHECK (after IS NULL OR json_valid(after)),
  cause      TEXT NOT NULL DEFAULT 'edit' CHECK (cause IN ('edit', 'undo', 'redo')),
  state      TEXT CHECK (state IN ('done', 'undone', 'dropped')),
  at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK ((cause = 'edit') = (state IS NOT NULL))
);
CREATE INDEX claim_history_by_claim ON claim_history (claim_id, id);
CREATE INDEX claim_history_by_state ON claim_history (state, id) WHERE state IS NOT NULL;

-- speakers are looked up for autocomplete and filters
CREATE INDEX claims_by_speaker ON claims (attributed_to COLLATE NOCASE);
