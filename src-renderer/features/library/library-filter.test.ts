import { describe, expect, it } from 'vitest'
import { defaultLibraryView } from '../../api/library-first-page.ts'
import { defaultLibrarySort, libraryViewOf, noFilter } from './library-filter.ts'

describe('the library view the pane asks the core for', () => {
  it('carries the search, the filter and the sort, and leaves out what narrows nothing', () => {
    expect(libraryViewOf('  ', noFilter, defaultLibrarySort)).toEqual({ sort: { column: 'importedAt', desc: true } })
    expect(libraryViewOf(' convoy north ', { source: 'Wire', claims: 'untagged' }, [])).toEqual({
      query: 'convoy north',
      source: 'Wire',
      claims: 'untagged'
    })
    expect(libraryViewOf('', { source: '', claims: 'with' }, [{ id: 'claims', desc: false }])).toEqual({
      claims: 'with',
      sort: { column: 'claims', desc: false }
    })
  })

  it('gives equal views equal keys, however the state was built (the first screen’s early read is the pane’s)', () => {
    const built = libraryViewOf('', { claims: 'all', source: '' }, [{ desc: true, id: 'importedAt' }])
    expect(JSON.stringify(built)).toBe(JSON.stringify(defaultLibraryView))
  })
})
