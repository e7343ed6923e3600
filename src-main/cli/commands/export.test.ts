import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { appRoot } from '../../core/app-root.ts'
import { startCore } from '../../core/core.ts'
import { addArticle, addClaim } from '../../core/testing/claim-fixtures.ts'
import { dbIn, useTempDir } from '../../core/testing/temp-db.ts'

const run = promisify(execFile)
const bin = join(appRoot(), 'bin', 'workbench.js')
const tempDir = useTempDir()

async function workbench(args: string[]): Promise<{ code: number; stdout: Buffer; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, WORKBENCH_DB: '' },
      encoding: 'buffer'
    })
    return { code: 0, stdout, stderr: stderr.toString() }
  } catch (err) {
    const e = err as { code: number; stdout: Buffer; stderr: Buffer }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr.toString() }
  }
}

/** A database file with two articles and four claims, closed again so the CLI can open it. */
async function database(dir: string): Promise<{ db: string; first: number }> {
  const db = dbIn(dir)
  const core = await startCore(db, { transport: 'direct', seed: false })
  const first = addArticle(core.database, {
    title: 'Imagery of the air base',
    body: 'Imagery shows 12 jets. We assess they are fighters. Nobody yet knows who flies them.',
    published: '2025-09-14'
  })
  const second = addArticle(core.database, {
    title: 'Ministry denies',
    body: 'The ministry said no aircraft arrived. Officials assess the claim is false.',
    published: '2025-09-15'
  })
  addClaim(core.database, first, { quote: 'Imagery shows 12 jets', confidence: 'evidence', attributedTo: 'Ilse Varga' })
  addClaim(core.database, first, {
    quote: 'We assess they are fighters',
    confidence: 'assess',
    attributedTo: 'Ilse Varga',
    note: '@analyst: =check'
  })
  addClaim(core.database, first, { quote: 'Nobody yet knows who flies them', confidence: 'do not yet know' })
  addClaim(core.database, second, { quote: 'Officials assess the claim is false', confidence: 'assess', attributedTo: 'Officials' })
  await core.close()
  return { db, first }
}

const rows = (csv: Buffer): Record<string, string>[] => parse(csv, { bom: true, columns: true }) as Record<string, string>[]

describe('workbench export', () => {
  it('writes CSV with a byte order mark to standard output, newest article first, and says how many on stderr', async () => {
    const { db } = await database(tempDir())
    const { code, stdout, stderr } = await workbench(['export', '--db', db, '--format', 'csv'])
    expect(code).toBe(0)
    expect(stdout.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    expect(rows(stdout).map((r) => r.quote)).toEqual([
      'Officials assess the claim is false',
      'Imagery shows 12 jets',
      'We assess they are fighters',
      'Nobody yet knows who flies them'
    ])
    expect(rows(stdout)[2]!.note).toBe("'@analyst: =check")
    expect(stderr).toBe('Exported 4 claims.\n')
  })

  it('filters by article, tag and speaker, and leaves out the byte order mark on request', async () => {
    const { db, first } = await database(tempDir())
    const r = await workbench([
      'export',
      '--db',
      db,
      '--format',
      'csv',
      '--no-bom',
      '--article',
      String(first),
      '--confidence',
      'assess,evidence',
      '--by',
      'ilse varga'
    ])
    expect(r.code).toBe(0)
    expect(r.stdout.toString().startsWith('claim_id,article_title,')).toBe(true)
    expect(rows(r.stdout).map((x) => x.quote)).toEqual(['Imagery shows 12 jets', 'We assess they are fighters'])
    const untagged = await workbench(['export', '--db', db, '--format', 'csv', '--confidence', 'do not yet know', '--confidence', 'none'])
    expect(rows(untagged.stdout).map((x) => x.quote)).toEqual(['Nobody yet knows who flies them'])
  })

  it('writes a Web Annotation file with --out, its articles included', async () => {
    const dir = tempDir()
    const { db } = await database(dir)
    const out = join(dir, 'claims.jsonld')
    const { code, stdout, stderr } = await workbench(['export', '--db', db, '--format', 'jsonld', '--out', out])
    expect(code).toBe(0)
    expect(stdout.length).toBe(0)
    expect(stderr).toBe(`Exported 4 claims to ${out}.\n`)
    const file = JSON.parse(readFileSync(out, 'utf8'))
    expect(file).toMatchObject({ type: 'AnnotationCollection', total: 4 })
    expect(file['awb:articles'].map((a: { 'awb:title': string }) => a['awb:title']).sort()).toEqual([
      'Imagery of the air base',
      'Ministry denies'
    ])
  })

  it.each([
    ['no --format', [], /required option '--format <format>' not specified/],
    ['an unknown format', ['--format', 'xlsx'], /argument 'xlsx' is invalid. Allowed choices are csv, jsonld, qdpx/],
    ['an unknown tag', ['--format', 'csv', '--confidence', 'probably'], /"probably" is not a tag/],
    ['a missing article', ['--format', 'csv', '--article', '999'], /There is no article 999\./]
  ])('exits 1 with a message for %s, writing nothing to stdout', async (_label, args, message) => {
    const { db } = await database(tempDir())
    const r = await workbench(['export', '--db', db, ...args])
    expect(r.code).toBe(1)
    expect(r.stdout.length).toBe(0)
    expect(r.stderr).toMatch(message)
  })

  it('reports a folder that does not exist and leaves no file behind', async () => {
    const dir = tempDir()
    const { db } = await database(dir)
    const out = join(dir, 'no-such-folder', 'claims.csv')
    const r = await workbench(['export', '--db', db, '--format', 'csv', '--out', out])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(`workbench: Cannot write ${out}: the folder ${join(dir, 'no-such-folder')} does not exist.\n`)
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false)
  })
})
