-- 0011: search as you type at 100k reports. The library search's last word is a prefix ("var" finds "various"); without a
-- prefix index FTS5 reads and merges the lists of every word it begins (≈ 100 ms for a common three-letter start at 100k
-- reports, more the shorter it is, twice a search). Prefix indexes of 2, 3 and 4 characters store those merged lists,
-- so such a prefix reads one list, like a word. A one-character word is searched as a word (fts-query.ts), and prefixes
-- of 5 characters and more, which begin few words, are expanded as before. The index is rebuilt from the articles
-- (minutes at 100k reports); its triggers (0001) write by name and keep working.
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, body,
  content = 'articles', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
