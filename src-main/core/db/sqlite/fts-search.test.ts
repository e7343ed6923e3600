import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../testing/temp-db.ts'
import { testCore } from '../../testing/test-core.ts'
import { addArticle } from '../../testing/claim-fixtures.ts'
import { searchArticles, searchSnippets, unmark } from './fts-search.ts'

const tempDir = useTempDir()

async function library(dir: string) {
  const core = await testCore(dir, false)
  const add = (title: string, body: string) => addArticle(core.database, { title, body })
  return { core, add }
}

const marked = (text: string, ranges: [number, number][]) => ranges.map(([s, e]) => text.slice(s, e))

describe('searching the library', () => {
  it('ranks a title match above a body match and highlights the matched words', async () => {
    const { core, add } = await library(tempDir())
    const inBody = add('Port strike enters second week', 'Officials said the reservoir was tested twice.')
    const inTitle = add('Reservoir contamination ruled out', 'Engineers took samples on Monday.')
    const hits = searchArticles(core.database, 'reservoir')
    expect(hits.map((h) => h.id)).toEqual([inTitle, inBody])
    expect(hits[0]!.rank).toBeGreaterThan(hits[1]!.rank)
    expect(marked(hits[0]!.title, hits[0]!.titleHighlights)).toEqual(['Reservoir'])
    expect(marked(hits[1]!.snippet!, hits[1]!.highlights)).toEqual(['reservoir'])
    await core.close()
  })

  it('ranks every match up to the bound; past it, the newest that many, best first', async () => {
    const { core, add } = await library(tempDir())
    const oldest = add('Convoy seen at the border', 'The convoy was long.')
    const ids = [oldest, ...[1, 2, 3, 4].map((i) => add(`Report ${i}`, `${'Filler. '.repeat(i * 5)}A convoy passed.`))]
    expect(searchArticles(core.database, 'convoy', 10, 10, 5).map((h) => h.id)).toEqual(ids)
    expect(searchArticles(core.database, 'convoy', 10, 10, 3).map((h) => h.id)).toEqual(ids.slice(2))
    expect(searchArticles(core.database, 'convoy', 2, 2, 3).map((h) => h.id)).toEqual(ids.slice(2, 4))
    expect(searchArticles(core.database, 'convoy').map((h) => h.id)).toEqual(ids)
    await core.close()
  })

  it('gives snippets to the best hits asked for; the others get theirs, the same, when asked by id', async () => {
    const { core, add } = await library(tempDir())
    for (let i = 0; i < 6; i++) add(`Convoy report ${i}`, `${'Filler. '.repeat(i * 10)}The convoy crossed the river at ${i} o'clock.`)
    add('Unrelated', 'Nothing about it here.')
    const all = searchArticles(core.database, 'convoy', 10)
    const some = searchArticles(core.database, 'convoy', 10, 2)
    expect(some.map((h) => h.id)).toEqual(all.map((h) => h.id))
    expect(some.slice(0, 2)).toEqual(all.slice(0, 2))
    expect(some.slice(2).every((h) => h.snippet === null && h.highlights.length === 0)).toBe(true)
    const rest = all.slice(2)
    const unrelated = searchArticles(core.database, 'nothing')[0]!.id
    const filled = searchSnippets(core.database, 'convoy', [...rest.map((h) => h.id), unrelated, 9999])
    expect(filled).toEqual(rest.map(({ id, snippet, highlights, titleHighlights }) => ({ id, snippet, highlights, titleHighlights })))
    expect(searchSnippets(core.database, '"', [rest[0]!.id])).toEqual([])
    await core.close()
  })

  it('gives a plain-text snippet around the match, page and line breaks as spaces', async () => {
    const { core, add } = await library(tempDir())
    add(
      'Long report',
      `${'Filler words here. '.repeat(60)}\nThe <b>convoy</b> crossed the river\f at night.\n${'More filler. '.repeat(60)}`
    )
    const [hit] = searchArticles(core.database, 'convoy')
    expect(hit!.snippet).toMatch(/^…/)
    expect(hit!.snippet).toContain('The <b>convoy</b> crossed the river  at night.')
    expect(marked(hit!.snippet!, hit!.highlights)).toEqual(['convoy'])
    await core.close()
  })

  it('matches the last word as a prefix while typing, and a quoted phrase exactly', async () => {
    const { core, add } = await library(tempDir())
    const a = add('A', 'We do not yet know whether troops crossed.')
    add('B', 'We know the troops did not cross yet.')
    expect(searchArticles(core.database, 'troo').length).toBe(2)
    expect(searchArticles(core.database, '"do not yet know"').map((h) => h.id)).toEqual([a])
    await core.close()
  })

  it('finds Korean, Arabic and accented words, whatever the accents typed', async () => {
    const { core, add } = await library(tempDir())
    const ko = add('서울 발표', '발사는 새벽에 탐지되었다.')
    const ar = add('Cairo', 'بيان رسمي من الوزارة')
    const fr = add('Note', 'Le café était fermé.')
    expect(searchArticles(core.database, '서울').map((h) => h.id)).toEqual([ko])
    expect(searchArticles(core.database, 'رسمي').map((h) => h.id)).toEqual([ar])
    expect(searchArticles(core.database, 'cafe etait').map((h) => h.id)).toEqual([fr])
    await core.close()
  })

  it('never fails on any input: operators, quotes and punctuation are just text', async () => {
    const { core, add } = await library(tempDir())
    add('Sample', 'NEAR the border, troops AND tanks.')
    for (const q of ['AND', 'NEAR(', '"', '*', 'a OR', '-troops', 'title:', "'; DROP TABLE articles; --", '^start', '(((', 'x"y"z']) {
      expect(() => searchArticles(core.database, q)).not.toThrow()
    }
    expect(searchArticles(core.database, 'NEAR(').length).toBe(1)
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (q) => Array.isArray(searchArticles(core.database, q))))
    expect(core.database.sqlite.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1)
    await core.close()
  })

  it('finds a renamed article by its new title', async () => {
    const { core, add } = await library(tempDir())
    const id = add('Old name', 'Body text.')
    core.database.sqlite.prepare('UPDATE articles SET title = ? WHERE id = ?').run('Quarterly grain outlook', id)
    expect(searchArticles(core.database, 'grain').map((h) => h.id)).toEqual([id])
    expect(searchArticles(core.database, 'old name')).toEqual([])
    await core.close()
  })
})

describe('reading FTS5 markers', () => {
  it('turns markers into ranges over the plain text, across surrogate pairs', () => {
    expect(unmark('🚀 \u0002hit\u0003 and \u0002more\u0003')).toEqual({
      text: '🚀 hit and more',
      ranges: [
        [3, 6],
        [11, 15]
      ]
    })
  })
})
