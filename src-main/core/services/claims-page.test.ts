import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import type { ClaimPage, ClaimView } from '../../contract/claim-page.ts'
import { invoke } from '../../cli/run-core.ts'
import type { Core } from '../core.ts'
import { addArticle, addClaim } from '../testing/claim-fixtures.ts'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'
import { claimSearchText, foldText } from '../../contract/text-fold.ts'

const tempDir = useTempDir()

const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliett']
const TAGS = ['evidence', 'assess', 'do not yet know', null] as const

/** `articles` articles (published one day apart, the newest last) of `per` claims each. */
function corpus(core: Core, articles: number, per: number): void {
  for (let a = 0; a < articles; a++) {
    const sentences = Array.from({ length: per }, (_, i) => `${WORDS[i % WORDS.length]} ${a}-${i} said.`)
    const id = addArticle(core.database, {
      title: `Report ${a}`,
      body: sentences.join(' '),
      published: `2026-01-${String(1 + (a % 28)).padStart(2, '0')}`
    })
    sentences.forEach((quote, i) =>
      addClaim(core.database, id, { quote, confidence: TAGS[(a + i) % 4], attributedTo: i % 3 === 0 ? 'Kirby' : '' })
    )
  }
}

/** The quotes a CSV export of the selection writes, in order. */
async function exportedQuotes(core: Core, view: ClaimView): Promise<string[]> {
  const { exportId } = await core.exports.start({ format: 'csv', selection: { view } })
  const chunks: Buffer[] = []
  await core.exports.run(exportId, new Writable({ write: (c, _e, done) => (chunks.push(Buffer.from(c)), done()) }))
  const lines = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .slice(1)
  return lines.map((line) => line.split(',').find((cell) => / said\.$/.test(cell))!)
}

/** Every row of a view, read a window at a time by cursor. */
async function walk(core: Core, view: ClaimView, limit: number): Promise<number[]> {
  const ids: number[] = []
  let page: ClaimPage = await invoke(core, 'claims.page', { view, offset: 0, limit })
  while (page.rows.length > 0) {
    ids.push(...page.rows.map((r) => r.id))
    page = await invoke(core, 'claims.page', { view, after: page.cursors.at(-1)!, limit })
  }
  return ids
}

describe('claims.page: All claims a window at a time from SQL', () => {
  it('reads the same rows in the same order as claims.list, by offset and by cursor, forwards and back', async () => {
    const core = await testCore(tempDir(), false)
    corpus(core, 12, 9)
    const all = (await invoke(core, 'claims.list', {})).map((c) => c.id)
    expect(all).toHaveLength(108)
    expect(await walk(core, {}, 10)).toEqual(all)
    const window = await invoke(core, 'claims.page', { view: {}, offset: 40, limit: 25, count: true })
    expect(window.rows.map((r) => r.id)).toEqual(all.slice(40, 65))
    expect(window).toMatchObject({ offset: 40, total: 108 })
    expect(window.rows[0]).toMatchObject({ articleTitle: expect.stringMatching(/^Report /), prefix: '', suffix: '' })
    // scrolling up: the rows before a cursor, still in view order
    const before = await invoke(core, 'claims.page', { view: {}, before: window.cursors[0]!, limit: 15 })
    expect(before.rows.map((r) => r.id)).toEqual(all.slice(25, 40))
    await core.close()
  })

  it.each<[string, ClaimView]>([
    ['sorted by quote', { sort: [{ column: 'quote', desc: false }] }],
    ['sorted by confidence, descending', { sort: [{ column: 'confidence', desc: true }] }],
    ['sorted by confidence', { sort: [{ column: 'confidence', desc: false }] }],
    ['sorted by article title', { sort: [{ column: 'articleTitle', desc: true }] }],
    ['sorted by created', { sort: [{ column: 'createdAt', desc: true }] }],
    ['grouped by confidence', { groupBy: 'confidence' }],
    ['grouped by speaker, sorted by quote', { groupBy: 'attributedTo', sort: [{ column: 'quote', desc: true }] }]
  ])('a view %s walks by cursor exactly as by offset, every claim once', async (_name, view) => {
    const core = await testCore(tempDir(), false)
    corpus(core, 6, 7)
    const byOffset = (await invoke(core, 'claims.page', { view, offset: 0, limit: 500 })).rows
    expect(new Set(byOffset.map((r) => r.id)).size).toBe(42)
    expect(await walk(core, view, 4)).toEqual(byOffset.map((r) => r.id))
    if (view.sort?.[0]?.column === 'confidence') {
      const tags = byOffset.map((r) => r.confidence)
      expect(tags.slice(-tags.filter((t) => t === null).length)).toEqual(tags.filter((t) => t === null)) // untagged last
    }
    await core.close()
  })

  it('a cursor stays on its row when claims are added and deleted before it (an offset would shift)', async () => {
    const core = await testCore(tempDir(), false)
    corpus(core, 5, 6)
    const first = await invoke(core, 'claims.page', { view: {}, offset: 0, limit: 12 })
    const next = await invoke(core, 'claims.page', { view: {}, after: first.cursors.at(-1)!, limit: 6 })
    // a new article (newest: first in the view) and a deleted claim of the first page, both before the cursor
    const id = addArticle(core.database, { title: 'Newest', body: 'zulu one said. zulu two said.', published: '2026-02-01' })
    addClaim(core.database, id, { quote: 'zulu one said.' })
    addClaim(core.database, id, { quote: 'zulu two said.' })
    await invoke(core, 'claims.delete', { id: first.rows[3]!.id })
    const again = await invoke(core, 'claims.page', { view: {}, after: first.cursors.at(-1)!, limit: 6 })
    expect(again.rows.map((r) => r.id)).toEqual(next.rows.map((r) => r.id))
    const shifted = await invoke(core, 'claims.page', { view: {}, offset: 12, limit: 6 })
    expect(shifted.rows.map((r) => r.id)).not.toEqual(next.rows.map((r) => r.id))
    await core.close()
  })

  it('filters non-ASCII names by the one fold rule (contract/text-fold.ts), and a speaker by all its variants', async () => {
    const core = await testCore(tempDir(), false)
    const body =
      'Müller said it. MÜLLER said it. Muller said it. Ødegaard scored. İstanbul said it. Fowler said so. Don Fowler said no. ' +
      "O'Brien said yes. Conan O'Brien said maybe."
    const a = addArticle(core.database, { title: 'Names', body })
    const claims = [
      { quote: 'Müller said it.', attributedTo: 'Müller' },
      { quote: 'MÜLLER said it.', attributedTo: 'MÜLLER' },
      { quote: 'Muller said it.', attributedTo: 'Muller' },
      { quote: 'Ødegaard scored.', note: 'İLSE' },
      { quote: 'İstanbul said it.', attributedTo: 'Işık' },
      { quote: 'Fowler said so.', attributedTo: 'Fowler' },
      { quote: 'Don Fowler said no.', attributedTo: 'Don Fowler' },
      { quote: "O'Brien said yes.", attributedTo: "O'Brien" },
      { quote: "Conan O'Brien said maybe.", attributedTo: "Conan O'Brien" }
    ]
    for (const c of claims) addClaim(core.database, a, c)
    const rows = await invoke(core, 'claims.list', { articleId: a })
    for (const text of ['müller', 'MULLER', 'odegaard', 'ØDEGAARD', 'istanbul', 'ilse', 'isik', 'ß', '50%']) {
      const page = await invoke(core, 'claims.page', { view: { text }, offset: 0, limit: 100, count: true })
      // the renderer's rule (features/claims/filter-claims.ts): the folded needle in the folded quote, note or speaker
      const renderer = rows.filter((r) => claimSearchText(r.quote, r.note, r.attributedTo).includes(foldText(text)))
      expect(page.rows.map((r) => r.quote).sort(), text).toEqual(renderer.map((r) => r.quote).sort())
      expect(page.total).toBe(renderer.length)
    }
    // one person: the speakers list names "Don Fowler" with both forms; the filter takes every variant
    const fowler = (await invoke(core, 'claims.speakers', {})).find((s) => s.name === 'Don Fowler')!
    expect(fowler.variants.sort()).toEqual(['Don Fowler', 'Fowler'])
    const page = await invoke(core, 'claims.page', { view: { speakers: fowler.variants }, offset: 0, limit: 10, count: true })
    expect(page.rows.map((r) => r.attributedTo).sort()).toEqual(['Don Fowler', 'Fowler'])
    expect(page.total).toBe(2)
    const muller = await invoke(core, 'claims.count', { view: { speakers: ['MULLER'] } })
    expect(muller.total).toBe(3)
    // grouped by speaker: one group per person, under its name, with all its forms' claims together
    const people = (await invoke(core, 'claims.speakers', {})).map((s) => ({ name: s.name, forms: s.variants }))
    const view: ClaimView = { groupBy: 'attributedTo', people }
    const groups = await invoke(core, 'claims.groups', { view: { ...view, groupBy: 'attributedTo' } })
    expect(groups.find((g) => g.group === 'Don Fowler')?.count).toBe(2)
    expect(groups.filter((g) => /fowler/i.test(g.group))).toHaveLength(1)
    expect(groups.filter((g) => /o'brien/i.test(g.group))).toEqual([{ group: "Conan O'Brien", count: 2 }]) // a quote in a name
    expect(groups.filter((g) => /m[üu]ller/i.test(g.group))).toEqual([{ group: expect.any(String), count: 3 }])
    const grouped = (await invoke(core, 'claims.page', { view, offset: 0, limit: 50 })).rows.map((r) => r.attributedTo)
    expect(grouped.join('|')).toMatch(/(Don Fowler\|Fowler|Fowler\|Don Fowler)/) // together
    expect(await walk(core, view, 2)).toEqual((await invoke(core, 'claims.page', { view, offset: 0, limit: 50 })).rows.map((r) => r.id))
    await core.close()
  })

  it('exports a view in the core: its rows in its order, filtered, sorted and grouped', async () => {
    const core = await testCore(tempDir(), false)
    corpus(core, 5, 8)
    const view: ClaimView = {
      confidence: ['evidence', 'none'],
      speakers: ['KIRBY'],
      groupBy: 'confidence',
      sort: [{ column: 'quote', desc: true }]
    }
    const page = await invoke(core, 'claims.page', { view, offset: 0, limit: 500, count: true })
    expect(page.total).toBeGreaterThan(3)
    expect(await exportedQuotes(core, view)).toEqual(page.rows.map((r) => r.quote))
    await core.close()
  })

  it('counts groups in row order, filters by code, and refuses two starting points', async () => {
    const core = await testCore(tempDir(), false)
    corpus(core, 4, 4)
    const groups = await invoke(core, 'claims.groups', { view: { groupBy: 'confidence' } })
    expect(groups.map((g) => g.group)).toEqual(['assess', 'do not yet know', 'evidence', 'none'])
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(16)
    const rows = (await invoke(core, 'claims.page', { view: { groupBy: 'confidence' }, offset: 0, limit: 100 })).rows
    expect(rows.map((r) => r.confidence ?? 'none')).toEqual(groups.flatMap((g) => Array<string>(g.count).fill(g.group)))

    const code = await invoke(core, 'codes.create', { name: 'Sanctions' })
    await invoke(core, 'codes.assign', { claimIds: [rows[0]!.id, rows[5]!.id], codeId: code.id })
    const coded = await invoke(core, 'claims.page', { view: { codes: { kind: 'any', ids: [code.id] } }, offset: 0, limit: 10, count: true })
    expect(coded.rows.map((r) => r.id).sort()).toEqual([rows[0]!.id, rows[5]!.id].sort())
    expect((await invoke(core, 'claims.count', { view: { codes: { kind: 'none' } } })).total).toBe(14)

    // grouped by code: a claim's codes' paths in codebook order, as the grid labels them; claims without one last
    const military = await invoke(core, 'codes.create', { name: 'Military' })
    const troops = await invoke(core, 'codes.create', { name: "Troops' moves", parentId: military.id })
    await invoke(core, 'codes.assign', { claimIds: [rows[0]!.id, rows[1]!.id], codeId: troops.id })
    const byCode: ClaimView = { groupBy: 'codes' }
    expect(await invoke(core, 'claims.groups', { view: { groupBy: 'codes' } })).toEqual([
      { group: "Military / Troops' moves", count: 1 },
      { group: 'Sanctions', count: 1 },
      { group: "Sanctions · Military / Troops' moves", count: 1 }, // codebook order: Sanctions came first
      { group: '(no code)', count: 13 }
    ])
    const coded2 = (await invoke(core, 'claims.page', { view: byCode, offset: 0, limit: 100 })).rows.map((r) => r.id)
    expect(coded2.slice(0, 3).sort()).toEqual([rows[0]!.id, rows[1]!.id, rows[5]!.id].sort())
    expect(await walk(core, byCode, 3)).toEqual(coded2)

    await expect(invoke(core, 'claims.page', { view: {}, offset: 3, after: [1], limit: 5 })).rejects.toThrow(/at most one of offset/)
    await core.close()
  })
})
