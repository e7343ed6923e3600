import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dbIn, useTempDir } from '../core/testing/temp-db.ts'
import { workbench } from './testing/run-workbench.ts'

const tempDir = useTempDir()

describe('the workbench command', () => {
  it('lists its commands in --help', async () => {
    const { code, stdout } = await workbench(['--help'])
    expect(code).toBe(0)
    for (const cmd of ['list', 'show', 'serve', 'claim', 'claims']) expect(stdout).toMatch(new RegExp(`^\\s+${cmd}\\b`, 'm'))
  })

  it('prints the articles as JSON, on a database it shares with the app', async () => {
    const db = dbIn(tempDir())
    const { code, stdout, stderr } = await workbench(['list', '--db', db, '--json'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const rows = JSON.parse(stdout) as { id: number; title: string }[]
    expect(rows).toHaveLength(7)
    expect(Object.keys(rows[0]!).sort()).toEqual(['claims', 'id', 'published', 'source', 'title', 'url'])
    const show = await workbench(['show', String(rows[0]!.id), '--db', db, '--json'])
    expect(JSON.parse(show.stdout)).toMatchObject({ id: rows[0]!.id, title: rows[0]!.title, body: expect.any(String) })
  })

  it('leaves a new database empty with --no-samples', async () => {
    const { stdout } = await workbench(['list', '--db', dbIn(tempDir()), '--json', '--no-samples'])
    expect(JSON.parse(stdout)).toEqual([])
  })

  it('adds a claim by its quote and lists it as JSON', async () => {
    const db = dbIn(tempDir())
    const articles = JSON.parse((await workbench(['list', '--db', db, '--json'])).stdout) as { id: number; title: string }[]
    const id = articles.find((a) => a.title.startsWith('Pentagon chief'))!.id
    const quote = 'We do not yet know whether these soldiers will enter into combat alongside the Russian military'
    const add = await workbench([
      'claim',
      'add',
      '--db',
      db,
      '--article',
      String(id),
      '--quote',
      quote,
      '--confidence',
      'do not yet know',
      '--by',
      'John Kirby'
    ])
    expect(add.code).toBe(0)
    const claims = JSON.parse((await workbench(['claims', '--db', db, '--json', '--article', String(id)])).stdout)
    expect(claims).toEqual([
      expect.objectContaining({
        article_id: id,
        quote,
        confidence: 'do not yet know',
        attributed_to: 'John Kirby',
        note: '',
        end: expect.any(Number)
      })
    ])
    expect(claims[0].end - claims[0].start).toBe(quote.length)
    const missing = await workbench(['claim', 'add', '--db', db, '--article', String(id), '--quote', 'eleven thousand soldiers'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('is not in the article')
  })

  it('finds a typed quote in text with non-breaking spaces and curly quotes, and says what differed when it cannot', async () => {
    const dir = tempDir()
    const db = dbIn(dir)
    const file = join(dir, 'wire.txt')
    writeFileSync(file, 'Port strike\n\nThe minister said\u00A0the “deal” was signed on 3\u00A0March.\n')
    const imported = JSON.parse((await workbench(['import', '--db', db, '--no-samples', '--json', file])).stdout) as { id: number }[]
    const id = String(imported[0]!.id)
    const add = await workbench([
      'claim',
      'add',
      '--db',
      db,
      '--no-samples',
      '--article',
      id,
      '--quote',
      'the "deal" was signed on 3 March',
      '--json'
    ])
    expect(add.code).toBe(0)
    expect(JSON.parse(add.stdout)).toMatchObject({ quote: 'the “deal” was signed on 3\u00A0March' })
    const off = await workbench(['claim', 'add', '--db', db, '--no-samples', '--article', id, '--quote', 'the deal was signed'])
    expect(off.code).toBe(1)
    expect(off.stderr).toContain('It matches up to "the "; then the quote has "d" (U+0064) where the article has "“" (U+201C).')
  })

  it('exits 1 with a clear message on stderr for a missing article', async () => {
    const { code, stdout, stderr } = await workbench(['show', '12345', '--db', dbIn(tempDir())])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toContain('There is no article 12345.')
  })
})
