import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { sampleCorpusDir } from '../core/services/sample-corpus.ts'
import { dbIn, useTempDir } from '../core/testing/temp-db.ts'
import { workbench } from './testing/run-workbench.ts'

const tempDir = useTempDir()
const sample = (f: string) => join(sampleCorpusDir(), f)

interface Side {
  quote: string
  start: number
  end: number
  confidence: string | null
}
interface Json {
  left: { id: number; title: string }
  right: { id: number; title: string }
  sharedEntities: { name: string }[]
  pairs: {
    relation: string
    left: Side | null
    right: Side | null
    conflicts: { kind: string; left: string; right: string }[]
    similarity: number | null
  }[]
}

// each run starts Node, tsx and the language tools: on a loaded two-core machine that is seconds
describe('workbench compare', { timeout: 90_000 }, () => {
  it('imports two report files, compares them and prints JSON; a second run reuses the articles', async () => {
    const db = dbIn(tempDir())
    const args = [
      'compare',
      '--db',
      db,
      '--no-samples',
      '--json',
      sample('us-confirms-dprk-troops.txt'),
      sample('kyiv-kursk-dprk-units.txt')
    ]
    const first = await workbench(args)
    expect(first.code).toBe(0)
    expect(first.stderr).toMatch(/Imported .*us-confirms-dprk-troops\.txt as article 1\.\n.*as article 2\./)
    const c = JSON.parse(first.stdout) as Json
    expect(c.left).toMatchObject({ id: 1, title: 'Pentagon chief confirms North Korean soldiers are in Russia' })
    expect(c.right).toMatchObject({ id: 2, title: 'Kyiv says North Korean units have reached the Kursk front' })
    expect(c.sharedEntities.map((e) => e.name)).toContain('Volodymyr Zelensky')
    const conflict = c.pairs.find((p) => p.left?.quote.includes('at least 3,000 soldiers') && p.right?.quote.includes('about 11,000'))
    expect(conflict).toMatchObject({
      relation: 'conflicts',
      conflicts: [{ kind: 'number', left: 'at least 3,000 soldiers', right: 'about 11,000 North Korean soldiers' }]
    })
    expect(Object.keys(conflict!.left!)).toEqual(expect.arrayContaining(['quote', 'start', 'end', 'confidence']))
    expect(c.pairs.every((p) => ['agrees', 'conflicts', 'only left', 'only right'].includes(p.relation))).toBe(true)

    const again = await workbench(args)
    expect(again.stderr).toMatch(/is already article 1\.\n.*is already article 2\./)
    expect(JSON.parse(again.stdout)).toEqual(c)
    const byId = await workbench(['compare', '--db', db, '--json', '1', '2'])
    expect(JSON.parse(byId.stdout)).toEqual(c)
    expect(JSON.parse((await workbench(['list', '--db', db, '--json'])).stdout)).toHaveLength(2)
  })

  it('prints a table for people and CSV with --csv', async () => {
    const db = dbIn(tempDir())
    const table = await workbench(['compare', '--db', db, sample('airbase-imagery.txt'), sample('airbase-ministry-denial.txt')])
    expect(table.code).toBe(0)
    expect(table.stdout).toMatch(/^Shared: Belmora, Calder$/m)
    expect(table.stdout).toMatch(/^conflicts\s+number: at least 12 fighter aircraft ≠ eight aircraft/m)
    const csv = await workbench([
      'compare',
      '--db',
      db,
      '--csv',
      '--conflicts',
      sample('airbase-imagery.txt'),
      sample('airbase-ministry-denial.txt')
    ])
    const rows = parse(csv.stdout) as string[][]
    expect(rows[0]!.slice(0, 3)).toEqual(['relation', 'conflicts', 'left quote'])
    expect(rows.slice(1).map((r) => r[0])).toEqual(rows.slice(1).map(() => 'conflicts'))
  })

  it('refuses a missing file, an unknown id or an unsupported file with a message naming it, storing nothing', async () => {
    const dir = tempDir()
    const db = dbIn(dir)
    const pdf = join(dir, 'report.pdf')
    writeFileSync(pdf, '%PDF-1.4')
    for (const [side, message] of [
      [join(dir, 'nope.txt'), 'nope.txt: no such file, and not an article id.'],
      ['99', 'There is no article 99.'],
      [pdf, 'report.pdf: is not a readable PDF']
    ] as const) {
      const r = await workbench(['compare', '--db', db, '--no-samples', sample('airbase-imagery.txt'), side])
      expect(r.code).toBe(1)
      expect(r.stdout).toBe('')
      expect(r.stderr).toContain(message)
    }
  })

  it('reads report files with the importer: UTF-16, control characters removed with a warning, any format it reads', async () => {
    const dir = tempDir()
    const db = dbIn(dir)
    const left = join(dir, 'notepad.txt')
    writeFileSync(left, Buffer.from('\uFEFFPort strike\n\nOfficials said\u0007 at least 3,000 dockers walked out on Monday.\n', 'utf16le'))
    const right = join(dir, 'wire.html')
    writeFileSync(
      right,
      '<html><head><title>Dock walkout</title></head><body><p>Officials said about 11,000 dockers walked out on Monday.</p></body></html>'
    )
    const r = await workbench(['compare', '--db', db, '--no-samples', '--json', left, right])
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('notepad.txt: warning: 1 control character was removed.')
    const c = JSON.parse(r.stdout) as Json
    expect(c.left.title).toBe('Port strike')
    expect(c.right.title).toBe('Dock walkout')
    const shown = JSON.parse((await workbench(['show', String(c.left.id), '--db', db, '--json'])).stdout) as { body: string }
    expect(shown.body).toBe('Officials said at least 3,000 dockers walked out on Monday.')
  })
})
