import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { addArticle, addClaim } from '../testing/claim-fixtures.ts'
import { exportText } from '../testing/export-text.ts'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'
import { zipEntry } from '../testing/zip-entry.ts'

// A real spreadsheet opens the CSV. Needs LibreOffice (`apt-get install -y libreoffice-calc-nogui`);
// where it is missing this suite is skipped, and says so loudly.
const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' })
const haveSoffice = soffice.status === 0
if (!haveSoffice) {
  console.warn(
    '\n*** LibreOffice (soffice) is NOT installed: the spreadsheet test of the CSV export is SKIPPED. Install libreoffice-calc-nogui to run it. ***\n'
  )
}

const tempDir = useTempDir()

/** Converts a CSV to .ods the way an analyst's LibreOffice opens it (UTF-8, comma, double quote) and returns content.xml. */
function openInLibreOffice(csvPath: string, dir: string): string {
  const r = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--headless',
      '--infilter=CSV:44,34,76,1',
      '--convert-to',
      'ods',
      '--outdir',
      dir,
      csvPath
    ],
    { encoding: 'utf8', timeout: 120_000 }
  )
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`)
  return zipEntry(readFileSync(csvPath.replace(/\.csv$/, '.ods')), 'content.xml').toString('utf8')
}

interface Cell {
  text: string
  type: string | null
  formula: string | null
}

/** The sheet's rows of cells as LibreOffice shows them (repeated cells expanded; <text:s>, <text:tab>, line breaks restored). */
function sheetRows(contentXml: string): Cell[][] {
  const doc = new JSDOM(contentXml, { contentType: 'application/xml' }).window.document
  const textOf = (node: Node): string => {
    let s = ''
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) s += child.textContent
      else if (child.nodeName === 'text:s') s += ' '.repeat(Number((child as Element).getAttribute('text:c') ?? 1))
      else if (child.nodeName === 'text:tab') s += '\t'
      else if (child.nodeName === 'text:line-break') s += '\n'
      else s += textOf(child)
    }
    return s
  }
  return Array.from(doc.getElementsByTagName('table:table-row')).map((row) =>
    Array.from(row.children)
      .filter((c) => c.nodeName === 'table:table-cell')
      .flatMap((c) => {
        const cell: Cell = {
          text: Array.from(c.getElementsByTagName('text:p')).map(textOf).join('\n'),
          type: c.getAttribute('office:value-type'),
          formula: c.getAttribute('table:formula')
        }
        return Array.from({ length: Number(c.getAttribute('table:number-columns-repeated') ?? 1) }, () => cell)
      })
  )
}

const HOSTILE = [
  '=1+1',
  "+cmd|' /C calc'!A0",
  '@SUM(1)',
  '-2+3',
  '\t=1+1',
  '\r=1+1',
  '＝1+1',
  '＋1',
  '－2+3',
  '＠SUM(1)',
  '  =1+1',
  '=HYPERLINK("http://evil.example","click")',
  '-3'
]

// CI installs LibreOffice (.ci/run): there, a missing soffice is a failure, not a skip.
it.runIf(!!process.env.CI)('LibreOffice is installed where CI runs, so the spreadsheet test below runs', () => {
  expect(haveSoffice, `soffice --version failed: ${soffice.error?.message ?? soffice.stderr}`).toBe(true)
})

describe.skipIf(!haveSoffice)('the CSV export opened in LibreOffice Calc', () => {
  it('shows every cell as written, creates no formula even for hostile cells, and keeps Unicode intact', async () => {
    const dir = tempDir()
    const core = await testCore(dir, false)
    const body = `${HOSTILE.map((h, i) => `Claim ${i} here.`).join(' ')} 😀 Families fled, "they said". שלום עולם. Line one`
    const article = addArticle(core.database, {
      title: '=HYPERLINK("http://evil.example","Report")',
      body,
      source: '@wire',
      published: '2025-02-03'
    })
    HOSTILE.forEach((h, i) =>
      addClaim(core.database, article, { quote: `Claim ${i} here.`, attributedTo: h, note: h, confidence: 'assess' })
    )
    addClaim(core.database, article, {
      quote: '😀 Families fled, "they said".',
      note: 'two\nlines, and a "quote"',
      attributedTo: 'שלום עולם'
    })
    const csv = await exportText(core.database, { format: 'csv', selection: { query: {} } })
    await core.close()
    const csvPath = join(dir, 'claims.csv')
    writeFileSync(csvPath, csv)

    const xml = openInLibreOffice(csvPath, dir)
    expect(xml).not.toContain('table:formula')
    const sheet = sheetRows(xml).filter((r) => r.some((c) => c.text !== ''))
    const expected = parse(csv, { bom: true }) as string[][]
    expect(sheet).toHaveLength(expected.length)
    expect(sheet[0]!.slice(0, expected[0]!.length).map((c) => c.text)).toEqual(expected[0])
    const header = expected[0]!
    const textColumns = ['article_title', 'article_source', 'quote', 'attributed_to', 'note'].map((name) => header.indexOf(name))
    expected.slice(1).forEach((row, r) => {
      for (const c of textColumns) {
        const cell = sheet[r + 1]![c]!
        expect(cell.formula).toBeNull()
        // a spreadsheet cell has line breaks, not CR or CRLF: LibreOffice shows any of them as one
        if (row[c] !== '') expect({ text: cell.text, type: cell.type }).toEqual({ text: row[c]!.replace(/\r\n?/g, '\n'), type: 'string' })
      }
    })
    // the analyst sees each hostile text after an apostrophe, nothing evaluated
    const notes = sheet.slice(1).map((row) => row[header.indexOf('note')]!.text)
    for (const h of HOSTILE) expect(notes).toContain("'" + h.replace(/\r/g, '\n'))
    expect(notes).toContain('two\nlines, and a "quote"')
    expect(sheet.slice(1).map((row) => row[header.indexOf('quote')]!.text)).toContain('😀 Families fled, "they said".')
    expect(sheet[1]![header.indexOf('article_title')]!.text).toBe('\'=HYPERLINK("http://evil.example","Report")')
  }, 180_000)

  it('would have run a formula from an unprotected cell (so the check above can fail)', () => {
    const dir = tempDir()
    const csvPath = join(dir, 'raw.csv')
    writeFileSync(csvPath, '\uFEFFnote\r\n=1+1\r\n')
    const xml = openInLibreOffice(csvPath, dir)
    expect(xml).toContain('table:formula="of:=1+1"')
  }, 180_000)
})
