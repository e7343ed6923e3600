import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { WorkbenchError } from '../../contract/errors.ts'
import type { Core } from '../core.ts'
import { addArticle, addClaim } from '../testing/claim-fixtures.ts'
import { exportText } from '../testing/export-text.ts'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'
import { importWebAnnotation } from './import.ts'

const tempDir = useTempDir()

const EMOJI_BODY =
  '😀 Breaking: 𝔸lpha units crossed the river. We assess with moderate confidence that 3,000 troops moved. 👩‍👩‍👧 Families fled north. It is unclear whether the bridge still stands.'
const RTL_BODY = 'قال المسؤولون إن الأدلة تظهر تحركات. We do not yet know who ordered it.'

/**
 * A database with every kind of claim field: tagged and not, graded fully, partly or not, notes that attack spreadsheets, astral text
 * before claims.
 */
function richCorpus(core: Core) {
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
  addClaim(db, a1, {
    quote: 'We assess with moderate confidence that 3,000 troops moved',
    confidence: 'assess',
    attributedTo: 'Ilse Varga',
    note: '=1+1, "quoted"\nsecond line',
    sourceReliability: 'B',
    claimCredibility: 2,
    cue: 'We assess',
    createdAt: '2025-02-04T10:00:00.000Z',
    updatedAt: '2025-02-05T11:30:00.123Z'
  })
  addClaim(db, a1, { quote: 'Families fled north', createdAt: '2025-02-04T10:01:00.000Z' })
  addClaim(db, a1, {
    quote: 'It is unclear whether the bridge still stands',
    confidence: 'do not yet know',
    sourceReliability: 'F',
    cue: '',
    createdAt: '2025-02-04T10:02:00.000Z'
  })
  addClaim(db, a1, {
    quote: '𝔸lpha units crossed the river',
    confidence: 'evidence',
    claimCredibility: 6,
    createdAt: '2025-02-04T10:03:00.000Z'
  })
  // the same span marked twice, by two analysts
  addClaim(db, a1, {
    quote: '𝔸lpha units crossed the river',
    confidence: 'assess',
    attributedTo: 'second analyst',
    createdAt: '2025-02-04T10:04:00.000Z'
  })
  addClaim(db, a2, {
    quote: 'We do not yet know who ordered it',
    confidence: 'do not yet know',
    attributedTo: 'المسؤولون',
    note: '-3',
    createdAt: '2025-02-04T10:05:00.000Z'
  })
  addClaim(db, a2, { quote: 'الأدلة تظهر تحركات', confidence: 'evidence', createdAt: '2025-02-04T10:06:00.000Z' })
  return { a1, a2 }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test walks the exported JSON-LD freely
type Json = Record<string, any>
const exportJson = async (core: Core): Promise<Json> =>
  JSON.parse(await exportText(core.database, { format: 'jsonld', selection: { query: {} } }))
const count = (core: Core, table: 'articles' | 'claims'): number =>
  core.database.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
const csvWithoutIds = async (core: Core): Promise<string[][]> =>
  (parse(await exportText(core.database, { format: 'csv', selection: { query: {} } }), { bom: true }) as string[][]).map((r) => r.slice(1))

describe('the W3C Web Annotation export', () => {
  it('writes each claim as an Annotation with quote and position selectors and tagged bodies, with its articles', async () => {
    const core = await testCore(tempDir(), false)
    richCorpus(core)
    const file = await exportJson(core)
    expect(file['@context']).toEqual(['http://www.w3.org/ns/anno.jsonld', { awb: 'urn:analyst-workbench:vocab:' }])
    expect(file).toMatchObject({ type: 'AnnotationCollection', total: 7, first: { type: 'AnnotationPage' } })
    const items = file.first.items as Json[]
    const assess = items.find((a) => a.body?.some((b: Json) => b.value === 'Ilse Varga'))!
    expect(assess).toMatchObject({
      type: 'Annotation',
      motivation: 'tagging',
      created: '2025-02-04T10:00:00.000Z',
      modified: '2025-02-05T11:30:00.123Z',
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'assess' },
        { type: 'TextualBody', purpose: 'awb:attributing', value: 'Ilse Varga' },
        { type: 'TextualBody', purpose: 'commenting', value: '=1+1, "quoted"\nsecond line', format: 'text/plain' },
        { type: 'TextualBody', purpose: 'awb:grading', value: 'B2', 'awb:sourceReliability': 'B', 'awb:claimCredibility': 2 },
        { type: 'TextualBody', purpose: 'awb:cueing', value: 'We assess' }
      ]
    })
    expect(assess.id).toMatch(/^urn:analyst-workbench:claim:[0-9a-f]{32}$/)
    const [quote, position] = assess.target.selector
    expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: 'We assess with moderate confidence that 3,000 troops moved' })
    expect(position.type).toBe('TextPositionSelector')
    // W3C positions count characters: two astral characters before the claim make them differ from UTF-16 offsets
    expect(Array.from(EMOJI_BODY).slice(position.start, position.end).join('')).toBe(quote.exact)
    expect(EMOJI_BODY.indexOf(quote.exact) - position.start).toBe(2)
    const articles = file['awb:articles'] as Json[]
    expect(articles).toHaveLength(2)
    expect(articles.find((a) => a.id === assess.target.source)).toMatchObject({
      type: 'Text',
      format: 'text/plain',
      'awb:title': 'Units cross the river',
      'awb:publisher': 'Sample Wire',
      'awb:url': 'https://example.org/river',
      'awb:published': '2025-02-03',
      'awb:originalFormat': 'pdf',
      'awb:text': EMOJI_BODY
    })
    const untagged = items.find((a) => a.target.selector[0].exact === 'Families fled north')!
    expect(untagged.motivation).toBe('highlighting')
    expect(untagged.body).toBeUndefined()
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length)
    await core.close()
  })
})

describe('importing a Web Annotation file', () => {
  it('round-trips losslessly: export → import into a new database → export gives the same claims', async () => {
    const source = await testCore(tempDir(), false)
    richCorpus(source)
    const exported = await exportJson(source)
    const target = await testCore(tempDir(), false)
    const result = await importWebAnnotation(target.database, JSON.stringify(exported), 'claims.jsonld')
    expect(result).toEqual({
      articles: { created: 2, reused: 0 },
      claims: { created: 7, skipped: 0 },
      stored: [expect.objectContaining({ id: expect.any(Number) }), expect.objectContaining({ id: expect.any(Number) })],
      warnings: []
    })
    const again = await exportJson(target)
    expect(again.first.items).toEqual(exported.first.items)
    expect(again['awb:articles']).toEqual(exported['awb:articles'])
    expect(await csvWithoutIds(target)).toEqual(await csvWithoutIds(source))
    // and the stored rows themselves, field by field (null and '' kept apart)
    const rows = (core: Core) =>
      core.database.sqlite
        .prepare(
          `SELECT a.content_hash, a.title, a.source, a.url, a.published, c.start, c."end", c.quote, c.prefix, c.suffix, c.confidence, c.attributed_to, c.note,
          c.source_reliability, c.claim_credibility, c.cue, c.created_at, c.updated_at FROM claims c JOIN articles a ON a.id = c.article_id ORDER BY c.created_at`
        )
        .all()
    expect(rows(target)).toEqual(rows(source))
    const stored = target.database.sqlite.prepare('SELECT format, file_name FROM articles ORDER BY id').all()
    expect(stored).toEqual([
      { format: 'pdf', file_name: 'claims.jsonld' },
      { format: 'txt', file_name: 'claims.jsonld' }
    ])
    await source.close()
    await target.close()
  })

  it('reuses an article whose text is already stored, and skips claims already there', async () => {
    const core = await testCore(tempDir(), false)
    richCorpus(core)
    const file = JSON.stringify(await exportJson(core))
    expect(await importWebAnnotation(core.database, file, 'again.jsonld')).toMatchObject({
      articles: { created: 0, reused: 2 },
      claims: { created: 0, skipped: 7 }
    })
    expect(count(core, 'claims')).toBe(7)

    const other = await testCore(tempDir(), false)
    const existing = addArticle(other.database, { title: 'Our own title for it', body: EMOJI_BODY })
    expect(await importWebAnnotation(other.database, file, 'claims.jsonld')).toMatchObject({
      articles: { created: 1, reused: 1 },
      claims: { created: 7 }
    })
    const onExisting = other.database.sqlite.prepare('SELECT count(*) FROM claims WHERE article_id = ?').pluck().get(existing)
    expect(onExisting).toBe(5)
    expect(other.database.sqlite.prepare('SELECT title FROM articles WHERE id = ?').pluck().get(existing)).toBe('Our own title for it')
    await core.close()
    await other.close()
  })

  const broken: [string, (f: Json) => void, RegExp][] = [
    [
      'a quote that is not in the text',
      (f) => (f.first.items[3].target.selector[0].exact = 'Families fled south'),
      /annotation urn:analyst-workbench:claim:\w+ \(item 4\): its quote "Families fled south" does not match the article text at \d+–\d+, which reads/
    ],
    [
      'a position past the end',
      (f) => (f.first.items[0].target.selector[1] = { type: 'TextPositionSelector', start: 5000, end: 5010 }),
      /item 1\): position 5000–5010 lies beyond the end/
    ],
    [
      'a prefix that is not before the quote',
      (f) => (f.first.items[2].target.selector[0].prefix = 'nowhere '),
      /item 3\): its prefix "nowhere " is not the text just before the quote/
    ],
    [
      'an unknown article',
      (f) => (f.first.items[1].target.source = 'urn:example:missing'),
      /item 2\) points into urn:example:missing, which is not among the file's articles/
    ],
    ['text that is not canonical', (f) => (f['awb:articles'][0]['awb:text'] += '\r\n'), /is not in the app's canonical form/],
    [
      'a tag outside the three',
      (f) => (f.first.items.find((a: Json) => a.body?.[0]?.purpose === 'tagging').body[0].value = 'maybe'),
      /has a bad tagging body: value: Invalid option/
    ],
    [
      'a grade outside A–F',
      (f) =>
        (f.first.items
          .find((a: Json) => a.body?.some((b: Json) => b.purpose === 'awb:grading'))
          .body.find((b: Json) => b.purpose === 'awb:grading')['awb:sourceReliability'] = 'Z'),
      /has a bad awb:grading body/
    ],
    [
      'no TextPositionSelector',
      (f) => f.first.items[0].target.selector.pop(),
      /item 1\) needs exactly one TextPositionSelector \(found 0\)/
    ],
    [
      'another vocabulary under awb',
      (f) => (f['@context'] = ['http://www.w3.org/ns/anno.jsonld', { awb: 'https://elsewhere.example/' }]),
      /not an Analyst Workbench Web Annotation file: @context: the @context must define "awb"/
    ],
    ['not a collection', (f) => (f.type = 'Annotation'), /type: type must be AnnotationCollection/]
  ]

  it.each(broken)('rejects %s with a message naming the file and the annotation, and stores nothing', async (_label, breakIt, message) => {
    const source = await testCore(tempDir(), false)
    richCorpus(source)
    const file = await exportJson(source)
    breakIt(file)
    const target = await testCore(tempDir(), false)
    let error: unknown
    try {
      await importWebAnnotation(target.database, JSON.stringify(file), 'shared/claims.jsonld')
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(WorkbenchError)
    expect((error as WorkbenchError).code).toBe('rejected')
    expect((error as WorkbenchError).message).toMatch(/^shared\/claims\.jsonld: /)
    expect((error as WorkbenchError).message).toMatch(message)
    expect([count(target, 'articles'), count(target, 'claims')]).toEqual([0, 0])
    await source.close()
    await target.close()
  })

  it('rejects a file that is not JSON', async () => {
    const core = await testCore(tempDir(), false)
    await expect(importWebAnnotation(core.database, '{"@context": ', 'x.jsonld')).rejects.toThrow(/^x\.jsonld: not valid JSON/)
    await core.close()
  })

  it("imports what it understands from other tools' bodies and says what it ignored", async () => {
    const source = await testCore(tempDir(), false)
    richCorpus(source)
    const file = await exportJson(source)
    file.first.items[0].body = [
      ...(file.first.items[0].body ?? []),
      { type: 'TextualBody', purpose: 'describing', value: 'from another tool' }
    ]
    const target = await testCore(tempDir(), false)
    const result = await importWebAnnotation(target.database, file, 'mixed.jsonld')
    expect(result.claims.created).toBe(7)
    expect(result.warnings).toEqual([expect.stringMatching(/item 1\): ignored a body with purpose "describing"/)])
    await source.close()
    await target.close()
  })
})
