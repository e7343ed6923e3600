import { describe, expect, it } from 'vitest'
import type { CodeRow } from '../../contract/codes.ts'
import type { ImportResult } from '../../contract/import.ts'
import type { Core } from '../core.ts'
import type { Database } from '../db/open.ts'
import { importEntries } from '../import/import-entries.ts'
import { call } from '../testing/call.ts'
import { addArticle, addClaim } from '../testing/claim-fixtures.ts'
import { exportBytes } from '../testing/export-text.ts'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'
import { validateQde } from '../testing/xmllint.ts'
import { openQdpx } from './qdpx-archive.ts'
import { readQde } from './qde-reader.ts'
import { CONFIDENCE_CODES } from './vocabulary.ts'

const tempDir = useTempDir()
const NOW = new Date('2025-06-01T09:30:00.000Z')

const EMOJI_BODY =
  '😀 Breaking: 𝔸lpha units crossed the river. We assess with moderate confidence that 3,000 troops moved. 👩‍👩‍👧 Families fled north. It is unclear whether the bridge still stands.'
const RTL_BODY = 'قال المسؤولون إن الأدلة تظهر تحركات. We do not yet know who ordered it.'

/** Two articles (astral characters before claims, right-to-left text), claims with every field, a nested codebook. */
async function richCorpus(core: Core) {
  const db = core.database
  const a1 = addArticle(db, {
    title: 'Units cross the river',
    body: EMOJI_BODY,
    source: 'Sample Wire',
    url: 'https://example.org/river',
    published: '2025-02-03',
    format: 'pdf'
  })
  const a2 = addArticle(db, { title: 'تحركات', body: RTL_BODY })
  addArticle(db, { title: 'No claims here', body: 'Nothing was marked in this report.' })
  const assess = addClaim(db, a1, {
    quote: 'We assess with moderate confidence that 3,000 troops moved',
    confidence: 'assess',
    attributedTo: 'Ilse Varga',
    note: '=1+1, "quoted"\r\nsecond line',
    sourceReliability: 'B',
    claimCredibility: 2,
    cue: 'We assess',
    createdAt: '2025-02-04T10:00:00.000Z',
    updatedAt: '2025-02-05T11:30:00.123Z'
  })
  const families = addClaim(db, a1, { quote: 'Families fled north', createdAt: '2025-02-04T10:01:00.000Z' })
  addClaim(db, a1, {
    quote: 'It is unclear whether the bridge still stands',
    confidence: 'do not yet know',
    sourceReliability: 'F',
    cue: '',
    createdAt: '2025-02-04T10:02:00.000Z'
  })
  const alpha = addClaim(db, a1, {
    quote: '𝔸lpha units crossed the river',
    confidence: 'evidence',
    claimCredibility: 6,
    note: 'bad \u0000 char',
    createdAt: '2025-02-04T10:03:00.000Z'
  })
  addClaim(db, a1, {
    quote: '𝔸lpha units crossed the river',
    confidence: 'assess',
    attributedTo: 'second "analyst"',
    createdAt: '2025-02-04T10:04:00.000Z'
  })
  const rtl = addClaim(db, a2, {
    quote: 'We do not yet know who ordered it',
    confidence: 'do not yet know',
    attributedTo: 'المسؤولون',
    note: '-3',
    createdAt: '2025-02-04T10:05:00.000Z'
  })
  const military = await call<CodeRow>(core, 'codes.create', { name: 'Military', color: '#AA3300', description: 'Forces & <their> moves' })
  const troops = await call<CodeRow>(core, 'codes.create', { name: 'Troop movements', parentId: military.id })
  const civilians = await call<CodeRow>(core, 'codes.create', { name: 'Civilians' })
  await call(core, 'codes.create', { name: 'Unused', parentId: troops.id })
  await call(core, 'codes.assign', { codeId: troops.id, claimIds: [assess, alpha] })
  await call(core, 'codes.assign', { codeId: civilians.id, claimIds: [families, assess, rtl] })
  return { a1, assess, troops, civilians }
}

const qdpxOf = (database: Database) => exportBytes(database, { format: 'qdpx', selection: { query: {} } }, { now: NOW })

async function importFile(database: Database, name: string, bytes: Uint8Array): Promise<ImportResult> {
  const { results } = await importEntries(database, [{ name, load: async () => bytes }])
  return results[0]!
}

/** Everything a round trip must keep, without the ids of this database. */
function stored(database: Database) {
  const q = (sql: string) => database.sqlite.prepare(sql).all()
  return {
    articles: q('SELECT content_hash, title, body, source, url, published, format FROM articles ORDER BY content_hash'),
    claims:
      q(`SELECT a.content_hash, c.start, c."end", c.quote, c.prefix, c.suffix, c.confidence, c.attributed_to, c.note, c.source_reliability,
      c.claim_credibility, c.cue, c.created_at, c.updated_at FROM claims c JOIN articles a ON a.id = c.article_id ORDER BY c.created_at, c.start`),
    codes: q(
      'SELECT k.guid, k.name, k.color, k.description, k.position, p.guid AS parent FROM codes k LEFT JOIN codes p ON p.id = k.parent_id ORDER BY k.guid'
    ),
    codings: q(
      'SELECT c.created_at, c.start, k.guid FROM claim_codes cc JOIN claims c ON c.id = cc.claim_id JOIN codes k ON k.id = cc.code_id ORDER BY 1, 2, 3'
    )
  }
}

describe('exporting a REFI-QDA project (.qdpx)', () => {
  it('writes a project.qde valid against the schema: codebook with the tags, one coded selection per claim at code-point positions, texts in sources/', async () => {
    const core = await testCore(tempDir(), false)
    const { troops, civilians } = await richCorpus(core)
    const bytes = await qdpxOf(core.database)
    const archive = openQdpx(bytes)
    const check = await validateQde(archive.qde)
    expect(check.messages).toContain('validates')
    expect(check.valid).toBe(true)

    const p = readQde(archive.qde)
    expect(p.origin).toMatch(/^Analyst Workbench \d/)
    expect(p.codes.map((c) => c.name)).toEqual(['Confidence', 'Military', 'Civilians'])
    expect(p.codes[0]!.children.map((c) => c.name)).toEqual(['evidence', 'assess', 'do not yet know'])
    expect(p.codes[1]).toMatchObject({
      color: '#aa3300',
      description: 'Forces & <their> moves',
      children: [{ name: 'Troop movements', children: [{ name: 'Unused' }] }]
    })
    expect(p.textSources.map((s) => s.name)).toEqual(['Units cross the river', 'تحركات', 'No claims here']) // every article, for an unfiltered export
    const river = p.textSources[0]!
    expect(river.variables).toEqual([
      { name: 'Outlet', value: 'Sample Wire' },
      { name: 'URL', value: 'https://example.org/river' },
      { name: 'Published', value: '2025-02-03' },
      { name: 'Original format', value: 'pdf' }
    ])
    const text = new TextDecoder().decode(archive.internalFile(river.plainTextPath!))
    expect(text).toBe(EMOJI_BODY)
    // positions are code points: the emoji before the claim counts once
    const assess = river.selections.find((s) => s.description.startsWith('Speaker: Ilse Varga'))!
    const quote = 'We assess with moderate confidence that 3,000 troops moved'
    expect(Array.from(text).slice(Number(assess.start), Number(assess.end)).join('')).toBe(quote)
    expect(Number(assess.start)).toBe(EMOJI_BODY.indexOf(quote) - 2)
    expect(assess.description).toBe('Speaker: Ilse Varga\nSource reliability: B\nInformation credibility: 2\nCue: We assess')
    expect(assess.codeGuids).toEqual([CONFIDENCE_CODES[1]!.guid, troops.guid, civilians.guid])
    expect(p.notes.get(assess.noteGuids[0]!)!.plainTextContent).toBe('=1+1, "quoted"\r\nsecond line')
    expect(river.selections.map((s) => Number(s.start))).toEqual([...river.selections.map((s) => Number(s.start))].sort((x, y) => x - y))
    await core.close()
  })

  it('writes only the claims asked for, with their articles', async () => {
    const core = await testCore(tempDir(), false)
    const { a1 } = await richCorpus(core)
    const bytes = await exportBytes(core.database, { format: 'qdpx', selection: { query: { articleId: a1, confidence: ['evidence'] } } })
    const p = readQde(openQdpx(bytes).qde)
    expect(p.textSources.map((s) => [s.name, s.selections.length])).toEqual([['Units cross the river', 1]])
    expect((await validateQde(openQdpx(bytes).qde)).valid).toBe(true)
    await core.close()
  })
})

describe('importing a .qdpx written by this app', () => {
  it('round-trips losslessly: export → import into a new database → export gives the same bytes and the same rows', async () => {
    const source = await testCore(tempDir(), false)
    await richCorpus(source)
    const first = await qdpxOf(source.database)
    const target = await testCore(tempDir(), false)
    const result = await importFile(target.database, 'project.qdpx', first)
    expect(result).toMatchObject({ status: 'imported', title: 'Units cross the river (+2 more): 3 articles, 6 claims, 4 codes' })
    expect(result.warnings).toBeUndefined()
    expect(stored(target.database)).toEqual(stored(source.database))
    expect((await qdpxOf(target.database)).equals(first)).toBe(true)
    await source.close()
    await target.close()
  })

  it('reports a second import of the same file as a duplicate and changes nothing', async () => {
    const core = await testCore(tempDir(), false)
    await richCorpus(core)
    const before = stored(core.database)
    const result = await importFile(core.database, 'again.qdpx', await qdpxOf(core.database))
    expect(result).toMatchObject({ status: 'duplicate', title: 'Units cross the river (+2 more): 3 articles, 0 claims, 4 codes' })
    expect(stored(core.database)).toEqual(before)
    await core.close()
  })
})
