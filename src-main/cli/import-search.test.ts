import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appRoot } from '../core/app-root.ts'
import { importFixture } from '../core/testing/import-fixtures.ts'
import { dbIn, useTempDir } from '../core/testing/temp-db.ts'
import { workbench } from './testing/run-workbench.ts'

const tempDir = useTempDir()

type Row = { path: string; status: string; id?: number; title?: string; warnings?: string[]; error?: string }

function folderOf(dir: string, files: Record<string, string | Buffer>): string {
  const folder = join(dir, 'in')
  mkdirSync(folder, { recursive: true })
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content)
  return folder
}

describe('workbench import', () => {
  it('imports every file, prints one JSON row per file and exits 0', async () => {
    const dir = tempDir()
    const db = dbIn(dir)
    for (const f of ['report.txt', 'report.pdf', 'report.docx', 'hostile.html']) copyFileSync(importFixture(f), join(dir, f))
    const files = ['report.txt', 'report.pdf', 'report.docx', 'hostile.html'].map((f) => join(dir, f))
    const { code, stdout, stderr } = await workbench(['import', '--db', db, '--no-samples', '--json', ...files])
    expect(code).toBe(0)
    const rows = JSON.parse(stdout) as Row[]
    expect(rows.map((r) => [r.path, r.status, r.id])).toEqual(files.map((f, i) => [f, 'imported', i + 1]))
    expect(Object.keys(rows[0]!).sort()).toEqual(['id', 'path', 'status', 'title'])
    expect(stderr).toContain('imported 4, duplicates 0, rejected 0')

    const again = await workbench(['import', '--db', db, '--json', files[0]!])
    expect(again.code).toBe(0)
    expect(JSON.parse(again.stdout)).toEqual([
      { path: files[0], status: 'duplicate', id: 1, title: 'Harbour pilots strike for a second day' }
    ])
  })

  it('imports the good files around bad ones, exits 2 and names each bad file with its reason', async () => {
    const dir = tempDir()
    const folder = folderOf(dir, {
      'a-good.txt': 'First report\n\nThe first text.',
      'b-binary.txt': Buffer.from([0x00, 0x01, 0x02, 0x03]),
      'c-bad-utf8.txt': Buffer.concat([Buffer.from('Second report\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' closed.')]),
      'd-image.png': 'png',
      'e-empty.md': ''
    })
    const { code, stdout } = await workbench(['import', '--db', dbIn(dir), '--no-samples', '--json', folder])
    expect(code).toBe(2)
    const rows = JSON.parse(stdout) as Row[]
    expect(rows.map((r) => [r.path.slice(folder.length + 1), r.status])).toEqual([
      ['a-good.txt', 'imported'],
      ['b-binary.txt', 'rejected'],
      ['c-bad-utf8.txt', 'imported'],
      ['d-image.png', 'rejected'],
      ['e-empty.md', 'rejected']
    ])
    expect(rows[1]!.error).toBe(`${join(folder, 'b-binary.txt')}: looks like a binary file, not text (it contains NUL or control bytes).`)
    expect(rows[2]!.warnings).toEqual([expect.stringContaining('not valid UTF-8')])
    expect(rows[3]!.error).toContain('d-image.png: unsupported format (.png)')
    expect(rows[4]!.error).toBe(`${join(folder, 'e-empty.md')}: is empty.`)
    const list = await workbench(['list', '--db', dbIn(dir), '--json'])
    expect((JSON.parse(list.stdout) as { title: string }[]).map((a) => a.title).sort()).toEqual(['First report', 'Second report'])
  })

  it('reports a missing path as rejected (exit 2) and a database it cannot open as fatal (exit 1)', async () => {
    const dir = tempDir()
    const missing = await workbench(['import', '--db', dbIn(dir), '--json', join(dir, 'nope.txt')])
    expect(missing.code).toBe(2)
    expect(JSON.parse(missing.stdout)).toEqual([
      { path: join(dir, 'nope.txt'), status: 'rejected', error: `${join(dir, 'nope.txt')}: does not exist.` }
    ])

    const notADb = join(dir, 'not-a-db.sqlite')
    writeFileSync(notADb, 'this is not a database '.repeat(100))
    const fatal = await workbench(['import', '--db', notADb, '--json', importFixture('report.txt')])
    expect(fatal.code).toBe(1)
    expect(fatal.stdout).toBe('')
    expect(fatal.stderr).toContain('cannot be used')
  })

  it('needs at least one path', async () => {
    const { code, stderr } = await workbench(['import', '--db', dbIn(tempDir())])
    expect(code).toBe(1)
    expect(stderr).toContain("missing required argument 'paths'")
  })
})

describe('workbench search', () => {
  it('finds articles by their words, best first, as {id, title, snippet, rank}', async () => {
    const dir = tempDir()
    const db = dbIn(dir)
    const { stdout } = await workbench(['search', '--db', db, '--json', 'troops', 'russia'])
    const hits = JSON.parse(stdout) as { id: number; title: string; snippet: string; rank: number }[]
    expect(hits.length).toBeGreaterThan(0)
    expect(Object.keys(hits[0]!).sort()).toEqual(['id', 'rank', 'snippet', 'title'])
    expect(hits[0]!.title).toBe('Pentagon chief confirms North Korean soldiers are in Russia')
    expect(hits.map((h) => h.rank)).toEqual([...hits.map((h) => h.rank)].sort((a, b) => b - a))
    expect(hits.every((h) => /troops/i.test(h.snippet) || /russia/i.test(h.title + h.snippet))).toBe(true)
  })

  it('takes any text as a query without error, and prints [] when nothing matches', async () => {
    const { code, stdout } = await workbench(['search', '--db', dbIn(tempDir()), '--json', '--', 'NEAR(("', 'OR', '*', 'zzqqxx'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual([])
  })
})

describe('cancelling workbench import', () => {
  it('stops at Ctrl-C after the current file, keeps what was imported, and exits 130', async () => {
    const dir = tempDir()
    const folder = folderOf(
      dir,
      Object.fromEntries(
        Array.from({ length: 3000 }, (_, i) => [`r${String(i).padStart(4, '0')}.txt`, `Report ${i}\n\nText of report ${i}.`])
      )
    )
    const child = spawn(
      process.execPath,
      [join(appRoot(), 'bin', 'workbench.js'), 'import', '--db', dbIn(dir), '--no-samples', '--json', folder],
      { env: { ...process.env, WORKBENCH_DB: '' } }
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d))
    child.stderr.on('data', (d: Buffer) => {
      stderr += d
      if (stderr.includes('importing:') && !child.killed) child.kill('SIGINT') // at its first progress report
    })
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    expect(code).toBe(130)
    expect(stderr).toMatch(/cancelled: \d+ files were not read/)
    const rows = JSON.parse(stdout) as Row[]
    expect(rows.length).toBeLessThan(3000)
    const list = await workbench(['list', '--db', dbIn(dir), '--no-samples', '--json'])
    expect(JSON.parse(list.stdout)).toHaveLength(rows.filter((r) => r.status === 'imported').length)
  })
})
