import { describe, expect, it } from 'vitest'
import type { ArticleSummary, SearchHit } from '../../../src-main/contract/index.ts'
import { noFilter, sourcesOf, visibleArticles } from './library-filter.ts'

const article = (id: number, source: string | null, claims = 0, untagged = 0): ArticleSummary => ({
  id,
  title: `A${id}`,
  source,
  published: null,
  url: null,
  format: 'txt',
  importedAt: '',
  claims,
  tagCounts: { evidence: claims - untagged, assess: 0, 'do not yet know': 0, untagged }
})
const hit = (id: number): SearchHit => ({
  id,
  title: '',
  source: null,
  published: null,
  rank: 1,
  snippet: '',
  highlights: [],
  titleHighlights: []
})

const library = [article(1, 'Wire', 2), article(2, 'Paper'), article(3, 'Wire', 3, 1), article(4, null)]

describe('the rows the library shows', () => {
  it('filters by source and by claims', () => {
    expect(visibleArticles(library, null, { source: 'Wire', claims: 'all' }).map((a) => a.id)).toEqual([1, 3])
    expect(visibleArticles(library, null, { source: '', claims: 'without' }).map((a) => a.id)).toEqual([2, 4])
    expect(visibleArticles(library, null, { source: '', claims: 'untagged' }).map((a) => a.id)).toEqual([3])
  })

  it('shows search hits in rank order, skipping ones the list does not have yet, still filtered', () => {
    expect(visibleArticles(library, [hit(3), hit(9), hit(1), hit(2)], noFilter).map((a) => a.id)).toEqual([3, 1, 2])
    expect(visibleArticles(library, [hit(3), hit(2)], { source: 'Paper', claims: 'all' }).map((a) => a.id)).toEqual([2])
  })

  it('lists each source once, sorted', () => {
    expect(sourcesOf(library)).toEqual(['Paper', 'Wire'])
  })
})
