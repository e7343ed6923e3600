-- 0006: topic codes on claims. A codebook of nested codes (with colour and description), any number of
-- codes per claim beside its confidence tag. Codes keep a REFI-QDA GUID so a .qdpx export and import
-- (ATLAS.ti, MAXQDA, NVivo, QualCoder) recognise them.
CREATE TABLE codes (
  id          INTEGER PRIMARY KEY,
  guid        TEXT NOT NULL UNIQUE CHECK (length(guid) = 36 AND guid = upper(guid)),
  parent_id   INTEGER REFERENCES codes (id) ON DELETE CASCADE,      -- deleting a code deletes its sub-codes
  name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200 AND name = trim(name)),
  color       TEXT CHECK (color IS NULL OR (length(color) = 7 AND color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]')),
  description TEXT NOT NULL DEFAULT '',
  position    INTEGER NOT NULL DEFAULT 0,                          -- order among its siblings
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE UNIQUE INDEX codes_sibling_names ON codes (coalesce(parent_id, 0), name COLLATE NOCASE);
CREATE INDEX codes_by_parent ON codes (parent_id, position);

-- Which claims carry which codes. A repeated insert is a no-op (restoring deleted articles puts rows back
-- that the unpark trigger below may already have put back).
CREATE TABLE claim_codes (
  claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  code_id  INTEGER NOT NULL REFERENCES codes (id) ON DELETE CASCADE,
  PRIMARY KEY (claim_id, code_id) ON CONFLICT IGNORE
) WITHOUT ROWID;
CREATE INDEX claim_codes_by_code ON claim_codes (code_id, claim_id);

-- A deleted claim's codes wait here, so that undoing the delete (which puts the same claim back with the
-- same id and created_at) brings its codes back too. A new claim that happens to get a deleted claim's id
-- (a different created_at) clears what waited under that id.
CREATE TABLE claim_codes_parked (
  claim_id   INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  code_id    INTEGER NOT NULL REFERENCES codes (id) ON DELETE CASCADE,
  PRIMARY KEY (claim_id, code_id)
) WITHOUT ROWID;
CREATE INDEX claim_codes_parked_by_code ON claim_codes_parked (code_id);

CREATE TRIGGER claim_codes_park BEFORE DELETE ON claims BEGIN
  DELETE FROM claim_codes_parked WHERE claim_id = old.id;
  INSERT INTO claim_codes_parked (claim_id, created_at, code_id) SELECT old.id, old.created_at, code_id FROM claim_codes WHERE claim_id = old.id;
END;
CREATE TRIGGER claim_codes_unpark AFTER INSERT ON claims BEGIN
  INSERT INTO claim_codes (claim_id, code_id) SELECT new.id, code_id FROM claim_codes_parked WHERE claim_id = new.id AND created_at = new.created_at;
  DELETE FROM claim_codes_parked WHERE claim_id = new.id;
END;
