-- 0009: one filter rule for the claims table and export. A claim's quote, note and speaker folded by
-- contract/text-fold.ts (written from JavaScript: SQLite's lower() and NOCASE know only ASCII) and
-- searched with LIKE on the folded needle. NULL: not folded yet; core/db/sqlite/claim-folds.ts fills
-- them (after this migration, and before a filtered query), so any writer, the app or another tool, is seen.
ALTER TABLE claims ADD COLUMN search_text TEXT;
ALTER TABLE claims ADD COLUMN speaker_key TEXT;
CREATE INDEX claims_unfolded ON claims (id) WHERE search_text IS NULL;
CREATE INDEX claims_by_speaker_key ON claims (speaker_key);

-- a changed quote, note or speaker is folded again
CREATE TRIGGER claims_refold AFTER UPDATE OF quote, note, attributed_to ON claims BEGIN
  UPDATE claims SET search_text = NULL, speaker_key = NULL WHERE id = new.id;
END;
