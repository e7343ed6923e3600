-- 0010: All claims is read a window at a time from the core (contract/claim-page.ts), sorted in SQL. Each sortable
-- column gets an index whose order is the view's (core/db/sqlite/claim-page-sql.ts): the column, then the claim's id
-- (a rowid, in every index), so a window sorted by it reads its rows and not a sort of every claim. A column that can be
-- empty sorts its empty values last through (x IS NULL) first. Speaker (claims_by_speaker, 0001) and the unsorted order
-- (articles_for_list with claims_by_article) have theirs already; the article title sort walks articles by title.
CREATE INDEX claims_by_quote ON claims (quote COLLATE NOCASE);
CREATE INDEX claims_by_note ON claims (note COLLATE NOCASE);
CREATE INDEX claims_by_created ON claims (created_at);
CREATE INDEX claims_by_updated ON claims (updated_at);
CREATE INDEX claims_by_confidence ON claims ((confidence IS NULL), confidence);
CREATE INDEX claims_by_reliability ON claims ((source_reliability IS NULL), source_reliability);
CREATE INDEX claims_by_credibility ON claims ((claim_credibility IS NULL), claim_credibility);
CREATE INDEX articles_by_title ON articles (title COLLATE NOCASE, id);
