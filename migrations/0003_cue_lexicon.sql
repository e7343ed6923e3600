-- 0003: the cue lexicon the claim suggester reads. Built-in phrases come from
-- resources/cue-lexicon.json (inserted and kept in step by the app at start);
-- users add their own and switch any phrase off.

CREATE TABLE cue_phrases (
  id         INTEGER PRIMARY KEY,
  confidence TEXT NOT NULL CHECK (confidence IN ('evidence', 'assess', 'do not yet know')),
  -- a phrase in the lexicon's pattern syntax (see src-main/core/suggest/RULES.md), stored trimmed and
  -- lower-case; user phrases are limited to 200 characters by the API, built-in patterns may be longer
  phrase     TEXT NOT NULL CHECK (length(phrase) BETWEEN 1 AND 2000),
  builtin    INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
  enabled    INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (confidence, phrase)
);
