import type { ArticleSummary, SearchHit } from '../../../src-main/contract/index.ts'

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

const CLAIMS: Record<LibraryFilter['claims'], (a: ArticleSummary) => boolean> = {
  all: () => true,
  with: (a) => a.claims > 0,
  without: (a) => a.claims === 0,
  untagged: (a) => a.tagCounts.untagged > 0
}

/** The sources in the library, for the filter menu, in alphabetical order. */
export const sourcesOf = (articles: ArticleSummary[]): string[] =>
  [...new Set(articles.map((a) => a.source).filter((s): s is string => !!s))].sort((a, b) => a.localeCompare(b))

/**
 * The rows the grid shows: the library (or, while searching, the hits in rank
 * order, taken from the library by id), narrowed by the filter.
 */
export function visibleArticles(articles: ArticleSummary[], hits: SearchHit[] | null, filter: LibraryFilter): ArticleSummary[] {
  let rows = articles
  if (hits) {
    const byId = new Map(articles.map((a) => [a.id, a]))
    rows = hits.map((h) => byId.get(h.id)).filter((a): a is ArticleSummary => !!a)
  }
  return rows.filter((a) => (!filter.source || a.source === filter.source) && CLAIMS[filter.claims](a))
}
