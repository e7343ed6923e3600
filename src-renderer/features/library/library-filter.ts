import type { SortingState } from '@tanstack/react-table'
import type { LibraryView } from '../../../src-main/contract/index.ts'
import { librarySortColumns } from '../../../src-main/contract/index.ts'

export const claimFilters = {
  all: 'All articles',
  with: 'With claims',
  without: 'Without claims',
  untagged: 'With untagged claims'
} as const

export interface LibraryFilter {
  /** '' = every source */
  source: string
  claims: keyof typeof claimFilters
}

export const noFilter: LibraryFilter = { source: '', claims: 'all' }

/** Newest import first; articles imported together in the order they were stored, last first. */
export const defaultLibrarySort: SortingState = [{ id: 'importedAt', desc: true }]

const sortable = (id: string): id is (typeof librarySortColumns)[number] => (librarySortColumns as readonly string[]).includes(id)

/**
 * The view the pane shows (contract/article-page.ts: the core filters, sorts and searches it in SQL): the search words,
 * the filter, the column sort (none while searching: best match first). Keys in one order, so equal views are equal JSON.
 */
export function libraryViewOf(query: string, filter: LibraryFilter, sorting: SortingState): LibraryView {
  const view: LibraryView = {}
  const q = query.trim()
  if (q) view.query = q
  if (filter.source) view.source = filter.source
  if (filter.claims !== 'all') view.claims = filter.claims
  const by = sorting[0]
  if (by && sortable(by.id)) view.sort = { column: by.id, desc: by.desc }
  return view
}
