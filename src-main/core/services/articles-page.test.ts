import { describe, expect, it } from 'vitest'
import type { LibraryView } from '../../contract/article-page.ts'
import { invoke } from '../../cli/run-core.ts'
import { addArticle, addClaim } from '../testing/claim-fixtures.ts'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'

const tempDir = useTempDir()

describe('articles.page: the library list a window at a time', () => {
  it('gives articles.list’s rows and counts window by window, by offset and by cursor, stable under inserts', async () => {
    const core = await testCore(tempDir(), false)
    for (let i = 0; i < 45; i++) {
      const id = addArticle(core.database, {
        title: `Report ${i}`,
        body: `One said. Two said. Three said.`.replace('One', `One ${i}`),
        published: i % 7 === 0 ? null : `2026-01-${String(1 + (i % 5)).padStart(2, '0')}` // ties and undated ones
      })
      if (i % 3 === 0) addClaim(core.database, id, { quote: 'Two said.', confidence: 'evidence' })
      if (i % 4 === 0) addClaim(core.database, id, { quote: 'Three said.' })
    }
    const all = await invoke(core, 'articles.list', {})
    const byCursor = []
    let page = await invoke(core, 'articles.page', { offset: 0, limit: 10 })
    expect(page.total).toBe(45)
    while (page.rows.length > 0) {
      byCursor.push(...page.rows)
      const last = page.rows.at(-1)!
      page = await invoke(core, 'articles.page', { after: [last.published, last.id], limit: 10 })
    }
    expect(byCursor).toEqual(all)
    expect((await invoke(core, 'articles.page', { offset: 20, limit: 7 })).rows).toEqual(all.slice(20, 27))

    // a new newest article: the cursor's next page is the same, the offset's shifts by one
    const cut = all[9]!
    const next = await invoke(core, 'articles.page', { after: [cut.published, cut.id], limit: 5 })
    addArticle(core.database, { title: 'Newest', body: 'Newest said.', published: '2026-02-01' })
    expect((await invoke(core, 'articles.page', { after: [cut.published, cut.id], limit: 5 })).rows).toEqual(next.rows)
    expect((await invoke(core, 'articles.page', { offset: 10, limit: 5 })).rows[0]).toEqual(all[9])
    await core.close()
  })

  it('sorts, filters and searches a view in SQL, counts it, and finds an article’s row and a range’s ids', async () => {
    const core = await testCore(tempDir(), false)
    const sources = ['Wire', 'Paper', 'wire desk', null]
    for (let i = 0; i < 40; i++) {
      const id = addArticle(core.database, {
        title: `${i % 3 === 0 ? 'convoy' : 'Report'} ${String.fromCharCode(65 + ((i * 7) % 26))}${i}`,
        body: `Body ${i} said. Two said. ${i % 5 === 0 ? 'The convoy moved north.' : 'Nothing moved.'}`,
        source: sources[i % 4],
        published: i % 6 === 0 ? null : `2026-01-${String(1 + (i % 9)).padStart(2, '0')}`
      })
      if (i % 2 === 0) addClaim(core.database, id, { quote: 'Two said.', confidence: i % 4 === 0 ? 'evidence' : null })
      if (i % 7 === 0) addClaim(core.database, id, { quote: `Body ${i} said.`, confidence: 'assess' })
    }
    const all = await invoke(core, 'articles.list', {})
    const page = (view: LibraryView) => invoke(core, 'articles.page', { view, offset: 0, limit: 500 })

    // sorted by the claim count, most first, ties by id (newest first): the same rows as the whole list, reordered
    const byClaims = await page({ sort: { column: 'claims', desc: true } })
    expect(byClaims.total).toBe(40)
    expect(byClaims.rows.map((a) => a.id)).toEqual([...all].sort((a, b) => b.claims - a.claims || b.id - a.id).map((a) => a.id))
    // by date: newest first, undated last; ascending is the exact reverse
    const newest = (await page({ sort: { column: 'published', desc: true } })).rows
    const dated = newest.filter((a) => a.published !== null)
    expect(newest.slice(dated.length).every((a) => a.published === null)).toBe(true)
    const dates = dated.map((a) => a.published!)
    expect(dates).toEqual([...dates].sort((a, b) => b.localeCompare(a)))
    expect((await page({ sort: { column: 'published', desc: false } })).rows).toEqual([...newest].reverse())
    const bySource = (await page({ sort: { column: 'source', desc: true } })).rows
    expect(bySource.map((a) => a.source?.toLowerCase() ?? '')).toEqual(
      bySource.map((a) => a.source?.toLowerCase() ?? '').sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))
    )
    const titles = (await page({ sort: { column: 'title', desc: false } })).rows.map((a) => a.title.toLowerCase())
    expect(titles).toEqual([...titles].sort())
    const imported = (await page({ sort: { column: 'importedAt', desc: true } })).rows.map((a) => a.id)
    expect(imported).toEqual(all.map((a) => a.id).sort((a, b) => b - a))

    // each filter keeps exactly the rows the list says it should, counted by the core
    const cases = [
      [{ source: 'Wire' }, (a: (typeof all)[number]) => a.source === 'Wire'],
      [{ claims: 'with' }, (a: (typeof all)[number]) => a.claims > 0],
      [{ claims: 'without' }, (a: (typeof all)[number]) => a.claims === 0],
      [{ claims: 'untagged', source: 'wire desk' }, (a: (typeof all)[number]) => a.tagCounts.untagged > 0 && a.source === 'wire desk']
    ] as const
    for (const [filter, keep] of cases) {
      const got = await page({ ...filter })
      expect(got.rows).toEqual(all.filter(keep))
      expect(got.total).toBe(got.rows.length)
      expect(got.rows.length).toBeGreaterThan(0)
    }

    // a search: the hits articles.search gives, in its order; narrowed by a filter; counted
    const hits = await invoke(core, 'articles.search', { query: 'convoy', limit: 500 })
    const found = await page({ query: 'convoy' })
    expect(found.rows.map((a) => a.id)).toEqual(hits.map((h) => h.id))
    expect(found.total).toBe(hits.length)
    const wired = await page({ query: 'conv', source: 'Wire', sort: { column: 'title', desc: true } })
    expect(wired.rows.every((a) => a.source === 'Wire' && hits.some((h) => h.id === a.id))).toBe(true)
    expect((await page({ query: '!!' })).total).toBe(0)

    // the second page continues the first; an article's position and a range's ids agree with the pages
    const view = { claims: 'with' as const, sort: { column: 'title' as const, desc: true } }
    const first = await invoke(core, 'articles.page', { view, offset: 0, limit: 7, count: false })
    const second = await invoke(core, 'articles.page', { view, offset: 7, limit: 7 })
    expect(first.total).toBeNull()
    const ids = await invoke(core, 'articles.ids', { view, offset: 0, limit: 14 })
    expect(ids).toEqual([...first.rows, ...second.rows].map((a) => a.id))
    expect(await invoke(core, 'articles.position', { view, id: second.rows[2]!.id })).toEqual({ index: 9 })
    const without = all.find((a) => a.claims === 0)!
    expect(await invoke(core, 'articles.position', { view, id: without.id })).toEqual({ index: null })
    expect(await invoke(core, 'articles.sources', {})).toEqual(['Paper', 'Wire', 'wire desk'])
    await core.close()
  })
})
