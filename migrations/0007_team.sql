-- 0007: team mode on this laptop. (Lead: renumber at merge if another migration lands first.)
-- The link to a team server and this analyst's identity on it; a global id per claim;
-- triggers that capture every change to this analyst's claims while a team is linked
-- (whichever path made it: edit, undo, redo, accepted suggestions, article delete);
-- the event log (this analyst's outbox and everyone's pulled events); and the replica
-- of others' claims and the adjudicated layer.

CREATE TABLE team_link (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  url         TEXT NOT NULL,
  analyst     TEXT NOT NULL,
  token       TEXT NOT NULL,
  device      TEXT NOT NULL CHECK (length(device) = 16),
  -- the hybrid logical clock: the latest stamp made or seen here
  clock       TEXT,
  -- the server's sequence number up to which events have been pulled
  cursor      INTEGER NOT NULL DEFAULT 0,
  blind       INTEGER NOT NULL DEFAULT 0,
  analysts    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(analysts)),
  joined_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  last_sync_at TEXT,
  last_error  TEXT
);

-- a claim's id across laptops (32 hex digits); given when a team is linked or the claim is made
ALTER TABLE claims ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX claims_by_uid ON claims (uid);

-- changes to this analyst's claims not yet turned into events (core/team/client/outbox.ts does that)
CREATE TABLE team_changes (
  id           INTEGER PRIMARY KEY,
  op           TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
  uid          TEXT NOT NULL,
  article_hash TEXT NOT NULL,
  after        TEXT CHECK (after IS NULL OR json_valid(after)),
  before       TEXT CHECK (before IS NULL OR json_valid(before)),
  at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TRIGGER team_claim_insert AFTER INSERT ON claims WHEN EXISTS (SELECT 1 FROM team_link) BEGIN
  -- always a new id: a claim put back (undo of a delete, a restored article) is a new claim to the team,
  -- since a deletion there is final
  UPDATE claims SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
  INSERT INTO team_changes (op, uid, article_hash, after)
    SELECT 'insert', c.uid, a.content_hash,
           json_object('start', c.start, 'end', c."end", 'quote', c.quote, 'prefix', c.prefix, 'suffix', c.suffix,
                       'confidence', c.confidence, 'attributedTo', c.attributed_to, 'note', c.note,
                       'sourceReliability', c.source_reliability, 'claimCredibility', c.claim_credibility)
    FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id = new.id;
END;

CREATE TRIGGER team_claim_update AFTER UPDATE OF confidence, attributed_to, note, source_reliability, claim_credibility ON claims
WHEN new.uid IS NOT NULL AND EXISTS (SELECT 1 FROM team_link) BEGIN
  INSERT INTO team_changes (op, uid, article_hash, after, before)
    SELECT 'update', new.uid, a.content_hash,
           json_object('confidence', new.confidence, 'attributedTo', new.attributed_to, 'note', new.note,
                       'sourceReliability', new.source_reliability, 'claimCredibility', new.claim_credibility),
           json_object('confidence', old.confidence, 'attributedTo', old.attributed_to, 'note', old.note,
                       'sourceReliability', old.source_reliability, 'claimCredibility', old.claim_credibility)
    FROM articles a WHERE a.id = new.article_id;
END;

-- a claim deleted on its own (its article is still there)
CREATE TRIGGER team_claim_delete AFTER DELETE ON claims
WHEN old.uid IS NOT NULL AND EXISTS (SELECT 1 FROM team_link) BEGIN
  INSERT INTO team_changes (op, uid, article_hash)
    SELECT 'delete', old.uid, a.content_hash FROM articles a WHERE a.id = old.article_id;
END;

-- an article deleted with its claims: the cascade runs after the article row is gone, so record them first
CREATE TRIGGER team_article_delete BEFORE DELETE ON articles WHEN EXISTS (SELECT 1 FROM team_link) BEGIN
  INSERT INTO team_changes (op, uid, article_hash)
    SELECT 'delete', c.uid, old.content_hash FROM claims c WHERE c.article_id = old.id AND c.uid IS NOT NULL;
END;

-- the event log: this analyst's events (pushed = 0 until the server has them) and everyone else's
CREATE TABLE team_events (
  id           TEXT PRIMARY KEY,
  seq          INTEGER,
  analyst      TEXT NOT NULL,
  device       TEXT NOT NULL,
  hlc          TEXT NOT NULL,
  article_hash TEXT NOT NULL,
  claim        TEXT,
  kind         TEXT NOT NULL,
  payload      TEXT NOT NULL CHECK (json_valid(payload)),
  pushed       INTEGER NOT NULL DEFAULT 1 CHECK (pushed IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX team_events_outbox ON team_events (hlc) WHERE pushed = 0;
CREATE INDEX team_events_done ON team_events (article_hash, analyst) WHERE kind = 'article.done';

-- articles whose text the server has from this laptop (so a push carries each text once)
CREATE TABLE team_shared_articles (
  hash TEXT PRIMARY KEY
) WITHOUT ROWID;

-- others' claims and the adjudicated layer, as replayed from events (core/team/replica.ts); read-only here
CREATE TABLE team_claims (
  uid          TEXT PRIMARY KEY,
  analyst      TEXT NOT NULL,
  layer        TEXT NOT NULL CHECK (layer IN ('analyst', 'adjudicated')),
  article_hash TEXT NOT NULL,
  visible      INTEGER NOT NULL CHECK (visible IN (0, 1)),
  state        TEXT NOT NULL CHECK (json_valid(state))
) WITHOUT ROWID;
CREATE INDEX team_claims_by_article ON team_claims (article_hash, layer) WHERE visible = 1;
