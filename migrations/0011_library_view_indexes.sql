-- 0011: the library pane reads its view from the core a window at a time (contract/article-page.ts), sorted in SQL
-- (core/db/sqlite/article-page-sql.ts). The default order (newest import first) and the sort by source get an index in
-- the view's order, so a window is read from the index instead of a sort of every article (each direction the exact
-- reverse of the other: one index serves both). Title has articles_by_title (0010), the date articles_for_list (0005).
-- (A prefix index for search as you type was measured and left out: at 100k reports it tripled the search index,
-- 135 → 441 MB, doubled every import's CPU and took minutes to build at the first start, for ≈ 25 % of the search's p95.)
CREATE INDEX articles_by_imported ON articles (imported_at, id);
CREATE INDEX articles_by_source ON articles (source COLLATE NOCASE, id);
