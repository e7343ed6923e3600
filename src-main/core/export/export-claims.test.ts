import { Writable } from 'node:stream'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import type { Core } from '../core.ts'
import { listClaims } from '../db/sqlite/claim-query.ts'
import { addArticle, addClaim } from '../testing/claim-fixtures.ts'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'
import { exportClaims, type ExportRequest } from './export-claims.ts'
import { exportText as exportTextOf } from '../testing/export-text.ts'

const tempDir = useTempDir()

function corpus(core: Core) {
  const db = core.database
  const older = addArticle(db, {
    title: 'Customs seizure at the port',
    body: 'Officials said records show 40 crates were seized. We assess that more shipments are likely. It is unclear whether the buyer knew.',
    source: 'Sample Wire',
    url: 'https://example.org/customs',
    published: '2024-03-01'
  })
  const newer = addArticle(db, {
    title: 'Troops at the border',
    body: 'There is evidence that units moved. We do not yet know why.',
    published: '2025-01-02'
  })
  const ids = {
    records: addClaim(db, older, {
      quote: 'records show 40 crates were seized',
      confidence: 'evidence',
      attributedTo: 'Officials',
      sourceReliability: 'B',
      claimCredibility: 2
    }),
    assess: addClaim(db, older, {
      quote: 'We assess that more shipments are likely',
      confidence: 'assess',
      attributedTo: 'Customs office',
      note: '=cmd|x, "check"'
    }),
    unclear: addClaim(db, older, { quote: 'It is unclear whether the buyer knew', confidence: 'do not yet know' }),
    units: addClaim(db, newer, {
      quote: 'There is evidence that units moved',
      confidence: 'evidence',
      attributedTo: 'Officials',
      cue: 'There is evidence'
    }),
    why: addClaim(db, newer, { quote: 'We do not yet know why', note: '-3 units?' })
  }
  return { older, newer, ids }
}

const exportText = (core: Core, request: ExportRequest): Promise<string> => exportTextOf(core.database, request)

const csvRows = (text: string): Record<string, string>[] => parse(text, { bom: true, columns: true }) as Record<string, string>[]

describe('exporting claims as CSV', () => {
  it("writes the documented columns, with the article's title, source, date and address", async () => {
    const core = await testCore(tempDir(), false)
    const { ids } = corpus(core)
    const text = await exportText(core, { format: 'csv', selection: { query: {} } })
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFclaim_id,article_title,article_source,article_published,article_url,quote,confidence,cue,attributed_to,source_reliability,claim_credibility,note,start,end,created_at,updated_at,codes'
    )
    const row = csvRows(text).find((r) => r.claim_id === String(ids.records))!
    expect(row).toMatchObject({
      article_title: 'Customs seizure at the port',
      article_source: 'Sample Wire',
      article_published: '2024-03-01',
      article_url: 'https://example.org/customs',
      quote: 'records show 40 crates were seized',
      confidence: 'evidence',
      attributed_to: 'Officials',
      source_reliability: 'B',
      claim_credibility: '2',
      note: '',
      cue: ''
    })
    expect(Number(row.end) - Number(row.start)).toBe(row.quote!.length)
    expect(csvRows(text).find((r) => r.claim_id === String(ids.assess))!.note).toBe('\'=cmd|x, "check"')
    await core.close()
  })

  it('exports exactly the rows and order of a claim query, as the claims view shows them', async () => {
    const core = await testCore(tempDir(), false)
    corpus(core)
    const query = { confidence: ['evidence' as const, 'assess' as const], sort: [{ column: 'quote' as const, desc: true }] }
    const text = await exportText(core, { format: 'csv', selection: { query } })
    expect(csvRows(text).map((r) => Number(r.claim_id))).toEqual(listClaims(core.database, query).map((c) => c.id))
    expect(csvRows(text)).toHaveLength(3)
    await core.close()
  })

  it('exports one article, or given ids in exactly the given order, skipping claims deleted since', async () => {
    const core = await testCore(tempDir(), false)
    const { older, ids } = corpus(core)
    const one = csvRows(await exportText(core, { format: 'csv', selection: { query: { articleId: older } } }))
    expect(one.map((r) => r.article_title)).toEqual(Array(3).fill('Customs seizure at the port'))
    core.database.sqlite.prepare('DELETE FROM claims WHERE id = ?').run(ids.unclear)
    const order = [ids.why, ids.unclear, ids.records, ids.units]
    const picked = csvRows(await exportText(core, { format: 'csv', selection: { ids: order } }))
    expect(picked.map((r) => Number(r.claim_id))).toEqual([ids.why, ids.records, ids.units])
    await core.close()
  })

  it("keeps the ids' order across the chunks it reads them in", async () => {
    const core = await testCore(tempDir(), false)
    const article = addArticle(core.database, {
      title: 'Many',
      body: Array.from({ length: 1200 }, (_, i) => `claim number ${i}.`).join(' ')
    })
    const all = core.database.sqlite.transaction(() =>
      Array.from({ length: 1200 }, (_, i) => addClaim(core.database, article, { quote: `claim number ${i}.` }))
    )()
    const shuffled = all
      .map((id, i) => ({ id, key: (i * 7919) % 1201 }))
      .sort((a, b) => a.key - b.key)
      .map((x) => x.id)
    const rows = csvRows(await exportText(core, { format: 'csv', selection: { ids: shuffled } }))
    expect(rows.map((r) => Number(r.claim_id))).toEqual(shuffled)
    await core.close()
  })

  it('omits the byte order mark on request', async () => {
    const core = await testCore(tempDir(), false)
    corpus(core)
    expect((await exportText(core, { format: 'csv', selection: { query: {} }, bom: false })).startsWith('claim_id,')).toBe(true)
    await core.close()
  })

  it('leaves the app free to read and save while a slow download streams, and writes one consistent snapshot', async () => {
    const core = await testCore(tempDir(), false)
    const article = addArticle(core.database, {
      title: 'Big',
      body: Array.from({ length: 3000 }, (_, i) => `fact ${i} is noted.`).join(' ')
    })
    core.database.sqlite.transaction(() => {
      for (let i = 0; i < 3000; i++) addClaim(core.database, article, { quote: `fact ${i} is noted.` })
    })()
    const chunks: Buffer[] = []
    let release: (() => void) | undefined
    const firstChunk = new Promise<void>((resolve) => {
      release = resolve
    })
    let hold: (() => void) | undefined
    const out = new Writable({
      highWaterMark: 1,
      write(chunk: Buffer, _enc, done) {
        chunks.push(chunk)
        if (chunks.length === 1) {
          hold = done // the reader on the other end is slow: stall after the first chunk
          release!()
        } else done()
      }
    })
    const running = exportClaims(core.database, { format: 'csv', selection: { query: {} } }, out, { chunkBytes: 4096 })
    await firstChunk
    // mid-export: the app's connection still answers and saves
    const list = await core.dispatch('claims.list', { text: 'fact 1 is' })
    expect(list).toMatchObject({ ok: true })
    addClaim(core.database, article, { quote: 'fact 2999 is noted.', note: 'added during the export' }) // sorts last: not yet written
    hold!()
    expect(await running).toBe(3000)
    const rows = csvRows(Buffer.concat(chunks).toString('utf8'))
    expect(rows).toHaveLength(3000)
    expect(rows.some((r) => r.note === 'added during the export')).toBe(false)
    await core.close()
  })
})
