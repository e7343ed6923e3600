import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CodeRow } from '../../contract/codes.ts'
import { importEntries } from '../import/import-entries.ts'
import { stripControlCharacters } from '../import/decode-text.ts'
import { insertArticle } from '../services/articles.ts'
import { canonicalText } from '../services/canonical-text.ts'
import { call } from '../testing/call.ts'
import { exportBytes } from '../testing/export-text.ts'
import { fuzzRuns } from '../testing/fuzz-runs.ts'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'
import { validateQde } from '../testing/xmllint.ts'
import { openQdpx } from './qdpx-archive.ts'

const tempDir = useTempDir()
const NOW = new Date('2025-06-01T09:30:00.000Z')

/** Report-like text with astral characters (emoji, ZWJ sequences, math letters), combining marks, right-to-left script, page breaks. */
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
  fc.constantFrom('😀', '👩‍👩‍👧', '𝔸', '𓀀', 'e\u0301', 'a\u0308\u0323', '\u0301', 'ﷺ', 'قال', ' ', '\n', '\n\n', '\f', 'We assess ', 'troops. ')
)
const body = fc
  .array(piece, { minLength: 1, maxLength: 40 })
  .map((p) => canonicalText(stripControlCharacters(p.join('')).text))
  .filter((b) => b.length > 0)

/** Code-point boundaries of a text, as UTF-16 offsets. */
const boundaries = (text: string): number[] => {
  const out = [0]
  for (const ch of text) out.push(out.at(-1)! + ch.length)
  return out
}

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('', '"q"', 'a\nb', ' x ', '\r\n', '=1+1', '\u0000', 'Speaker: x')
)
const claimFields = fc.record({
  span: fc.tuple(fc.nat(), fc.nat()),
  confidence: fc.constantFrom(null, 'evidence', 'assess', 'do not yet know'),
  attributedTo: text.map((s) => s.trim()),
  note: text,
  sourceReliability: fc.constantFrom(null, 'A', 'C', 'F'),
  claimCredibility: fc.constantFrom(null, 1, 4, 6),
  cue: fc.option(text, { nil: null }),
  codes: fc.subarray([0, 1, 2])
})
const corpus = fc.array(fc.record({ body, claims: fc.array(claimFields, { maxLength: 6 }) }), { minLength: 1, maxLength: 3 })

describe('REFI-QDA round trip, property', () => {
  it('random Unicode texts with random claims and codes survive export → import → export unchanged, each project.qde valid', async () => {
    await fc.assert(
      fc.asyncProperty(corpus, async (articles) => {
        const source = await testCore(tempDir(), false)
        const target = await testCore(tempDir(), false)
        try {
          const top = await call<CodeRow>(source, 'codes.create', { name: 'Subjects', color: '#123abc' })
          const codes = [
            top,
            await call<CodeRow>(source, 'codes.create', { name: 'Troops 😀', parentId: top.id }),
            await call<CodeRow>(source, 'codes.create', { name: 'Ceasefire', description: 'a\r\nb' })
          ]
          const insert = source.database.sqlite.prepare(
            `INSERT INTO claims (article_id, start, "end", quote, confidence, attributed_to, note, source_reliability, claim_credibility, cue, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
          )
          let n = 0
          for (const a of articles) {
            const { id, status } = await insertArticle(source.database, { title: `Report ${n}`, body: a.body, format: 'txt' })
            if (status === 'duplicate') continue
            const cuts = boundaries(a.body)
            for (const c of a.claims) {
              const [x, y] = [cuts[c.span[0] % cuts.length]!, cuts[c.span[1] % cuts.length]!].sort((p, q) => p - q)
              if (x === y) continue
              const at = new Date(Date.UTC(2025, 0, 1, 0, 0, n++)).toISOString()
              const claim = Number(
                insert.run(
                  id,
                  x,
                  y,
                  a.body.slice(x, y),
                  c.confidence,
                  c.attributedTo,
                  c.note,
                  c.sourceReliability,
                  c.claimCredibility,
                  c.cue,
                  at,
                  at
                ).lastInsertRowid
              )
              for (const k of c.codes) await call(source, 'codes.assign', { codeId: codes[k]!.id, claimIds: [claim] })
            }
          }
          const first = await exportBytes(source.database, { format: 'qdpx', selection: { query: {} } }, { now: NOW })
          const check = await validateQde(openQdpx(first).qde)
          expect(check.messages).toContain('validates')
          const { results } = await importEntries(target.database, [{ name: 'p.qdpx', load: async () => first }])
          expect(results[0]).toMatchObject({ status: 'imported' })
          expect(results[0]!.warnings).toBeUndefined()
          const again = await exportBytes(target.database, { format: 'qdpx', selection: { query: {} } }, { now: NOW })
          expect(openQdpx(again).qde).toBe(openQdpx(first).qde)
          expect(again.equals(first)).toBe(true)
        } finally {
          await source.close()
          await target.close()
        }
      }),
      { numRuns: fuzzRuns(30) }
    )
  }, 120_000)
})
