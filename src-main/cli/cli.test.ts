import { describe, expect, it } from 'vitest'
import { dbIn, useTempDir } from '../core/testing/temp-db.ts'
import { workbench } from './testing/run-workbench.ts'

const tempDir = useTempDir()

describe('the workbench command', () => {
  it('lists its commands in --help', async () => {
    const { code, stdout } = await workbench(['--help'])
    expect(code).toBe(0)
    for (const cmd of ['list', 'show', 'serve']) expect(stdout).toMatch(new RegExp(`^\\s+${cmd}\\b`, 'm'))
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

  it('exits 1 with a clear message on stderr for a missing article', async () => {
    const { code, stdout, stderr } = await workbench(['show', '12345', '--db', dbIn(tempDir())])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toContain('There is no article 12345.')
  })
})
