import { Writable } from 'node:stream'
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { csvField, isFormulaRisk } from './csv-cell.ts'
import { writeCsv } from './csv-writer.ts'

/** The characters a spreadsheet may start a formula with (the rule in csv-cell.ts, restated for the oracle). */
const FORMULA_CHARS = new Set(['=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\uFE66', '\uFE62', '\uFE63', '\uFE6B'])
const ignorable = (ch: string): boolean => /^[\s\p{Cf}]$/u.test(ch)

/** True if a spreadsheet would see a formula start: the oracle the writer is held to. */
function startsLikeFormula(cell: string): boolean {
  if (cell[0] === '\t' || cell[0] === '\r' || cell[0] === '\n') return true
  for (const ch of cell) {
    if (FORMULA_CHARS.has(ch)) return true
    if (!ignorable(ch)) return false
  }
  return false
}

/** UTF-8 cannot carry a lone surrogate: it arrives as U+FFFD (the decision documented in csv-cell.ts's tests). */
const wellFormed = (s: string): string => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')

const specials = [
  '"',
  ',',
  '\r',
  '\n',
  '\r\n',
  '""',
  '=',
  '+',
  '-',
  '@',
  '\t',
  ' ',
  '  ',
  '\u00A0',
  '\u3000',
  '\uFEFF',
  '＝',
  '＋',
  '－',
  '＠',
  '﹦',
  '﹣',
  '=1+1',
  "+cmd|' /C calc'!A0",
  '@SUM(1)',
  '-2+3',
  '😀',
  '👩‍👩‍👧',
  '🇺🇦',
  'שלום',
  'مرحبا',
  '\u200F',
  '\u200E',
  '\u202E',
  '\u2066',
  '\u200B',
  '\uD800',
  '\uDC00',
  "'",
  '0',
  '-3',
  'é',
  'e\u0301',
  'x',
  'ABC',
  ';',
  '\u2028'
]
const cell = fc
  .array(
    fc.oneof(fc.constantFrom(...specials), fc.string({ unit: 'binary', maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 4 })),
    { maxLength: 6 }
  )
  .map((parts) => parts.join(''))
const table = (columns: number) => fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { maxLength: 20 })
const tables = fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(fc.constant(Array.from({ length: n }, (_, i) => `col${i}`)), table(n)))

/** Collects everything written, as bytes, the way a file or download would hold it. */
function bytesSink(): { out: Writable; text: () => string; bytes: () => Buffer } {
  const chunks: Buffer[] = []
  const out = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk)
      done()
    }
  })
  return { out, bytes: () => Buffer.concat(chunks), text: () => Buffer.concat(chunks).toString('utf8') }
}

async function toCsv(header: string[], rows: unknown[][], bom = true, chunkBytes = 64): Promise<Buffer> {
  const sink = bytesSink()
  await writeCsv(rows, sink.out, { header, bom, chunkBytes }) // small chunks: rows cross chunk ends, some rows exceed one
  return sink.bytes()
}

const reference = (header: string[], rows: unknown[][], bom = true): string =>
  stringify([header, ...rows], { bom, record_delimiter: 'windows', quoted_match: /[\r\n]/ })

describe('CSV cells', () => {
  it('survive write → UTF-8 bytes → csv-parse unchanged, except an apostrophe before a formula start', async () => {
    await fc.assert(
      fc.asyncProperty(tables, async ([header, rows]) => {
        const parsed = parse(await toCsv(header, rows), { bom: true }) as string[][]
        expect(parsed).toHaveLength(rows.length + 1)
        expect(parsed[0]).toEqual(header)
        rows.forEach((row, r) =>
          row.forEach((original, c) => {
            const expected = wellFormed(original)
            expect(parsed[r + 1]![c]).toBe(startsLikeFormula(original) ? "'" + expected : expected)
          })
        )
      }),
      { numRuns: 400 }
    )
  })

  it('never begin with a formula character once parsed, even after white space or invisible marks', async () => {
    await fc.assert(
      fc.asyncProperty(tables, async ([header, rows]) => {
        const parsed = parse(await toCsv(header, rows), { bom: true }) as string[][]
        for (const value of parsed.flat()) expect(startsLikeFormula(value), JSON.stringify(value)).toBe(false)
      }),
      { numRuns: 400 }
    )
  })

  it('are byte for byte what csv-stringify writes, wherever no cell needs neutralizing', async () => {
    const safeTables = tables.map(([h, rows]) => [h, rows.map((row) => row.map((c) => (startsLikeFormula(c) ? 'x' + c : c)))] as const)
    await fc.assert(
      fc.asyncProperty(safeTables, fc.boolean(), async ([header, rows], bom) => {
        const ours = (await toCsv(header, rows, bom)).toString('utf8')
        expect(ours).toBe(Buffer.from(reference(header, rows, bom), 'utf8').toString('utf8'))
      }),
      { numRuns: 400 }
    )
  })

  it('write null as empty and numbers as digits, like csv-stringify', async () => {
    const rows = [[1, null, 'a', 0, 12.5, undefined]]
    const header = ['a', 'b', 'c', 'd', 'e', 'f']
    expect((await toCsv(header, rows, false)).toString()).toBe(reference(header, rows, false))
  })

  it('neutralize the classic attacks by prefixing an apostrophe and keep the text readable', () => {
    expect(csvField('=1+1')).toBe("'=1+1")
    expect(csvField("+cmd|' /C calc'!A0")).toBe("'+cmd|' /C calc'!A0")
    expect(csvField('@SUM(1)')).toBe("'@SUM(1)")
    expect(csvField('-2+3')).toBe("'-2+3")
    expect(csvField('\t=1')).toBe("'\t=1")
    expect(csvField('\r=1')).toBe('"\'\r=1"')
    expect(csvField('  =1+1')).toBe("'  =1+1")
    expect(csvField('\u200F=1+1')).toBe("'\u200F=1+1")
    expect(csvField('＝1+1')).toBe("'＝1+1")
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"')
    expect(csvField(-3)).toBe("'-3")
    // ordinary text, including inner formula characters, is left alone
    for (const s of ['We assess 3,000', 'a=b', 'x-1', 'john@example.org', "'quoted", '', '2024-10-23']) expect(isFormulaRisk(s)).toBe(false)
  })

  it('quote fields with commas, quotes and line breaks (RFC 4180) and end records with CRLF', async () => {
    const text = (await toCsv(['h'], [['a,b'], ['say "hi"'], ['two\nlines'], ['cr\ronly'], ['plain']], false)).toString()
    expect(text).toBe('h\r\n"a,b"\r\n"say ""hi"""\r\n"two\nlines"\r\n"cr\ronly"\r\nplain\r\n')
  })
})
