import type { LibraryView } from '../../src-main/contract/article-page.ts'

// Kept apart from the library's code (types only): the page's first script (main.tsx → first-screen.ts) starts this read.

/** Rows per library read: the pane shows 10–25, so a read covers the screen and a margin. */
export const LIBRARY_PAGE = 100

/** What the library pane shows at first: the whole library, newest import first (library-filter.ts builds the same). */
export const defaultLibraryView: LibraryView = { sort: { column: 'importedAt', desc: true } }

/** A view's first page with its count: what the first screen starts early and App reads. */
export const firstPageOf = (view: LibraryView) => ({ view, offset: 0, limit: LIBRARY_PAGE, count: true })
