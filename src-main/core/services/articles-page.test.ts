import { describe, expect, it } from 'vitest'
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
})
