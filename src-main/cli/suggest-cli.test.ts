import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dbIn, useTempDir } from '../core/testing/temp-db.ts'
import { workbench } from './testing/run-workbench.ts'

const tempDir = useTempDir()

describe('workbench suggest', () => {
  it('is listed in --help', async () => {
    expect((await workbench(['--help'])).stdout).toMatch(/^\s+suggest\b/m)
  })

  it('prints suggestions for a report file as JSON with snake_case keys', async () => {
    const dir = tempDir()
    const file = join(dir, 'brief.md')
    writeFileSync(file, '# Brief\n\nWe assess that the yard is expanding. "It is unclear why," said Ilse Varga.\n')
    const { code, stdout, stderr } = await workbench(['suggest', '--file', file, '--db', dbIn(dir), '--json', '--no-samples'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const rows = JSON.parse(stdout) as Record<string, unknown>[]
    expect(rows.map((r) => Object.keys(r).sort())[0]).toEqual(['attributed_to', 'confidence', 'cue', 'end', 'quote', 'score', 'start'])
    expect(rows.map((r) => [r.confidence, r.attributed_to])).toEqual([
      ['assess', ''],
      ['do not yet know', 'Ilse Varga']
    ])
  })

  it('reads --file with the importer: control characters removed (with a warning) before suggesting and storing', async () => {
    const dir = tempDir()
    const db = dbIn(dir)
    const file = join(dir, 'brief.txt')
    writeFileSync(file, 'Brief\n\nWe assess that\u0001 the yard is expanding.\n')
    const shown = await workbench(['suggest', '--file', file, '--db', db, '--json', '--no-samples'])
    expect(shown.stderr).toContain('brief.txt: warning: 1 control character was removed.')
    expect((JSON.parse(shown.stdout) as { quote: string }[]).map((r) => r.quote)).toEqual(['We assess that the yard is expanding.'])
    const stored = await workbench(['suggest', '--file', file, '--db', db, '--json', '--accept', '--no-samples'])
    expect(stored.code).toBe(0)
    expect(stored.stderr).toMatch(/Imported .*brief\.txt as article 1\./)
    const claims = JSON.parse((await workbench(['claims', '--db', db, '--json', '--no-samples'])).stdout) as { quote: string }[]
    expect(claims.map((c) => c.quote)).toEqual(['We assess that the yard is expanding.'])
  })

  it('stores the suggestions of a stored article as claims with --accept', async () => {
    const db = dbIn(tempDir())
    const list = JSON.parse((await workbench(['list', '--db', db, '--json'])).stdout) as { id: number; title: string }[]
    const customs = list.find((a) => a.title.startsWith('Customs officers'))!
    const accepted = await workbench(['suggest', String(customs.id), '--db', db, '--accept', '--json'])
    expect(accepted.code).toBe(0)
    const count = (JSON.parse(accepted.stdout) as unknown[]).length
    expect(accepted.stderr).toContain(`stored ${count} claims for article ${customs.id}`)
    const after = JSON.parse((await workbench(['list', '--db', db, '--json'])).stdout) as { id: number; claims: number }[]
    expect(after.find((a) => a.id === customs.id)!.claims).toBe(count)
    expect(JSON.parse((await workbench(['suggest', String(customs.id), '--db', db, '--json'])).stdout)).toEqual([])
  })

  it('explains bad input on stderr and exits 1', async () => {
    const dir = tempDir()
    const pdf = join(dir, 'report.pdf')
    writeFileSync(pdf, '%PDF-1.4')
    const wrongType = await workbench(['suggest', '--file', pdf, '--db', dbIn(dir)])
    expect(wrongType.code).toBe(1)
    expect(wrongType.stderr).toContain('report.pdf: is not a readable PDF')
    const missing = await workbench(['suggest', '--file', join(dir, 'nope.txt'), '--db', dbIn(dir)])
    expect(missing.stderr).toContain('nope.txt: does not exist')
    const neither = await workbench(['suggest', '--db', dbIn(dir)])
    expect(neither.code).toBe(1)
    expect(neither.stderr).toContain('give either an article id or --file PATH')
  })
})
