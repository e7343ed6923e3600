-- 0004: reviewing suggestions.
-- Changes made together (accepting all of an article's suggestions) share a batch
-- number in the history, so one undo takes them all back.
ALTER TABLE claim_history ADD COLUMN batch INTEGER;
CREATE INDEX claim_history_by_batch ON claim_history (batch) WHERE batch IS NOT NULL;

-- Suggestions the analyst rejected stay rejected (until the text of that span changes).
CREATE TABLE rejected_suggestions (
  article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  start       INTEGER NOT NULL,
  "end"       INTEGER NOT NULL,
  quote       TEXT NOT NULL,
  rejected_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (article_id, start, "end")
) WITHOUT ROWID;
