import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Core } from '../core.ts'
import { stripControlCharacters } from '../import/decode-text.ts'
import { canonicalText } from '../services/canonical-text.ts'
import { addArticle } from '../testing/claim-fixtures.ts'
import { exportText } from '../testing/export-text.ts'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'
import { importWebAnnotation } from './import.ts'

const tempDir = useTempDir()

/**
 * Words of every kind of Unicode trouble: astral letters and emoji (surrogate pairs), ZWJ families, flags, skin tones, combining marks,
 * RTL.
 */
const piece = fc.oneof(
  fc.constantFrom(
    'troops',
    'said',
    'الأدلة',
    '서울',
    '𝔸lpha',
    '😀',
    '👩‍👩‍👧',
    '🇺🇸🇬🇧',
    '👍🏽',
    'e\u0301',
    'n\u0303o',
    'क्षि',
    '🚀',
    '—',
    '“quoted”'
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 })
)
// as the importer stores text: canonical, without control characters
const text = fc.array(piece, { minLength: 8, maxLength: 60 }).map((parts) => canonicalText(stripControlCharacters(parts.join(' ')).text))

type Json = { first: { items: unknown[] }; 'awb:articles': unknown }
const exportFile = (core: Core): Promise<string> => exportText(core.database, { format: 'jsonld', selection: { query: {} } })

describe('JSON-LD export → import → export on random Unicode', () => {
  it('gives the same file back, whatever characters stand beside the claims', async () => {
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('evidence', 'assess', 'do not yet know', null)), {
          minLength: 1,
          maxLength: 6
        }),
        async (body, spans) => {
          fc.pre(body.trim().length > 1)
          const codePoints = [...body]
          const source = await testCore(tempDir(), false)
          const target = await testCore(tempDir(), false)
          try {
            const articleId = addArticle(source.database, { title: 'Random Unicode', body })
            for (const [a, b, confidence] of spans) {
              // any code point boundaries (not only whole words), through the same call the app makes
              const [from, to] = [a % codePoints.length, b % codePoints.length].sort((x, y) => x - y) as [number, number]
              const start = codePoints.slice(0, from).join('').length
              const end = codePoints.slice(0, to + 1).join('').length
              if (body.slice(start, end).trim() === '') continue
              const created = await source.dispatch('claims.create', { articleId, start, end, confidence })
              expect(created.ok).toBe(true)
            }
            const file = await exportFile(source)
            if (!body.includes('\uFFFD')) expect(file).not.toContain('\uFFFD') // no half of a surrogate pair written as UTF-8
            await importWebAnnotation(target.database, file, 'random.jsonld')
            const again = await exportFile(target)
            const [first, second] = [JSON.parse(file) as Json, JSON.parse(again) as Json]
            expect(second.first.items).toEqual(first.first.items)
            expect(second['awb:articles']).toEqual(first['awb:articles'])
          } finally {
            await source.close()
            await target.close()
          }
        }
      ),
      { numRuns: 30 }
    )
  })

  it('exports claims stored with half an emoji at the edge of their context (before the cut was fixed) as a file it imports', async () => {
    const source = await testCore(tempDir(), false)
    const target = await testCore(tempDir(), false)
    const body = 'Rockets 🚀🚀 hit the depot, officials said 🚀 at noon.'
    const articleId = addArticle(source.database, { title: 'Depot', body })
    const start = body.indexOf('hit the depot')
    const end = start + 'hit the depot'.length
    // what the old cut stored: code units counted back and forward, through the middle of a rocket on each side
    // (SQLite keeps the lone halves as U+FFFD)
    source.database.sqlite
      .prepare('INSERT INTO claims (article_id, start, "end", quote, prefix, suffix, confidence) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(articleId, start, end, body.slice(start, end), body.slice(start - 4, start), body.slice(end, end + 18), 'evidence')
    const file = await exportFile(source)
    expect(file).not.toContain('\uFFFD')
    expect((await importWebAnnotation(target.database, file, 'old.jsonld')).claims).toEqual({ created: 1, skipped: 0 })
    await source.close()
    await target.close()
  })
})
