import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../testing/temp-db.ts'
import { testCore } from '../../testing/test-core.ts'
import { claimColumns, claimRowsFromColumns } from '../../../contract/claims.ts'
import { listClaimColumns, listClaims } from './claim-query.ts'

const tempDir = useTempDir()

async function withClaims(dir: string) {
  const core = await testCore(dir, false)
  const { sqlite } = core.database
  const art = (title: string, published: string) =>
    Number(
      sqlite
        .prepare("INSERT INTO articles (title, body, content_hash, format, published) VALUES (?, 'x', ?, 'txt', ?)")
        .run(title, title, published).lastInsertRowid
    )
  const a = art('Older report', '2024-01-01')
  const b = art('Newer report', '2025-01-01')
  const claim = sqlite.prepare(
    'INSERT INTO claims (article_id, start, "end", quote, confidence, attributed_to, note) VALUES (?, ?, ?, ?, ?, ?, ?)'
  )
  claim.run(a, 10, 20, 'We assess 3,000 troops', 'assess', 'John Kirby', '')
  claim.run(a, 0, 5, 'There is evidence', 'evidence', 'Lloyd Austin', 'growth 50% in a week')
  claim.run(b, 0, 5, 'We do not yet know', 'do not yet know', 'john kirby', '')
  claim.run(b, 6, 9, 'Untagged fact', null, '', '')
  return core
}

describe('the claim query shared by the views, the CLI and export', () => {
  it('orders by newest article first, then position in the text', async () => {
    const core = await withClaims(tempDir())
    expect(listClaims(core.database, {}).map((c) => c.quote)).toEqual([
      'We do not yet know',
      'Untagged fact',
      'There is evidence',
      'We assess 3,000 troops'
    ])
    await core.close()
  })

  it('filters by any of several tags, including untagged', async () => {
    const core = await withClaims(tempDir())
    expect(
      listClaims(core.database, { confidence: ['assess', 'none'] })
        .map((c) => c.quote)
        .sort()
    ).toEqual(['Untagged fact', 'We assess 3,000 troops'])
    await core.close()
  })

  it('matches the speaker regardless of case and text literally (no wildcards)', async () => {
    const core = await withClaims(tempDir())
    expect(listClaims(core.database, { speaker: 'JOHN KIRBY' })).toHaveLength(2)
    expect(listClaims(core.database, { text: '50%' }).map((c) => c.quote)).toEqual(['There is evidence'])
    expect(listClaims(core.database, { text: '5_%' })).toHaveLength(0)
    await core.close()
  })

  it('sorts by a chosen column and keeps a stable order for ties', async () => {
    const core = await withClaims(tempDir())
    const rows = listClaims(core.database, { sort: [{ column: 'quote', desc: true }] })
    expect(rows.map((c) => c.quote)).toEqual(['We do not yet know', 'We assess 3,000 troops', 'Untagged fact', 'There is evidence'])
    expect(rows[0]).toMatchObject({
      articleTitle: 'Newer report',
      confidence: 'do not yet know',
      attributedTo: 'john kirby',
      sourceReliability: null
    })
    await core.close()
  })

  it('gives the same rows column by column, without prefix and suffix, each title once', async () => {
    const core = await withClaims(tempDir())
    for (const q of [{}, { text: 'kirby' }, { sort: [{ column: 'quote' as const, desc: true }] }, { text: 'nothing like it' }]) {
      const columns = listClaimColumns(core.database, q)
      expect(claimColumns.parse(columns)).toEqual(columns)
      expect(claimRowsFromColumns(columns)).toEqual(listClaims(core.database, q).map((r) => ({ ...r, prefix: '', suffix: '' })))
    }
    expect(Object.values(listClaimColumns(core.database, {}).articleTitles).sort()).toEqual(['Newer report', 'Older report'])
    await core.close()
  })

  it('answers again from the last read while nothing was written, and reads again after any write', async () => {
    const dir = tempDir()
    const core = await withClaims(dir)
    const first = listClaimColumns(core.database, {})
    expect(listClaimColumns(core.database, {})).toBe(first)
    expect(listClaimColumns(core.database, { text: 'kirby' }).id).toHaveLength(2) // another query reads
    core.database.sqlite.prepare("UPDATE claims SET note = 'edited' WHERE quote = 'Untagged fact'").run()
    const edited = listClaimColumns(core.database, {})
    expect(edited).not.toBe(first)
    expect(edited.note).toContain('edited')
    // a write by another connection (another process on the same file)
    const other = new Sqlite(core.database.sqlite.name)
    other.prepare("UPDATE claims SET note = 'from elsewhere' WHERE quote = 'Untagged fact'").run()
    other.close()
    expect(listClaimColumns(core.database, {}).note).toContain('from elsewhere')
    await core.close()
  })
})
