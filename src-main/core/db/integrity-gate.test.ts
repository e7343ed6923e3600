import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { WorkbenchError } from '../../contract/errors.ts'
import { startCore } from '../core.ts'
import { makeDamagedDatabase } from '../testing/damaged-db.ts'
import { dbIn, useTempDir } from '../testing/temp-db.ts'
import type { RunningCheck } from './integrity-gate.ts'
import { openDatabase } from './open.ts'

const tempDir = useTempDir()
const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')

/** A check the test answers itself (the real one on a 1 GB file takes seconds). */
function heldCheck(): RunningCheck & { answer: (report: string) => void } {
  let answer: (report: string) => void = () => undefined
  const report = new Promise<string>((resolve) => (answer = resolve))
  return { report, answer, stop: async () => undefined }
}

async function libraryWithOneArticle(path: string): Promise<number> {
  const made = openDatabase(path)
  const id = made.sqlite.prepare("INSERT INTO articles (title, body, content_hash, format) VALUES ('Kept', 'One. Two.', 'h1', 'txt')").run()
  await made.close()
  return Number(id.lastInsertRowid)
}

const count = (path: string, table: string): number => {
  const reader = new Sqlite(path, { readonly: true })
  try {
    return reader.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
  } finally {
    reader.close()
  }
}

describe('the integrity check in the background (the app opens a large file at once)', () => {
  it('answers reads while the check runs; writes wait for it and are stored once it passes', async () => {
    const path = dbIn(tempDir())
    const articleId = await libraryWithOneArticle(path)
    const check = heldCheck()
    const core = await startCore(path, { transport: 'direct', seed: false, integrityCheck: 'background', runCheck: () => check })
    try {
      expect(core.database.integrity.state).toBe('checking')
      const list = await core.dispatch('articles.list', {})
      expect(list).toMatchObject({ ok: true, value: [expect.objectContaining({ id: articleId, title: 'Kept' })] })
      // a write in a transaction (a claim) and one outside any (the saved place)
      const claim = core.dispatch('claims.create', { articleId, start: 0, end: 4, confidence: 'assess' })
      const place = core.dispatch('place.set', { view: 'claims' })
      expect(await core.dispatch('articles.get', { id: articleId })).toMatchObject({ ok: true })
      expect(count(path, 'claims')).toBe(0)
      expect(count(path, "settings WHERE key LIKE '%place%'")).toBe(0)

      check.answer('ok')
      expect(await claim).toMatchObject({ ok: true, value: { articleId, confidence: 'assess' } })
      expect(await place).toEqual({ ok: true, value: {} })
      expect(core.database.integrity.state).toBe('ok')
      expect(await core.dispatch('place.get', {})).toEqual({ ok: true, value: { view: 'claims' } })
      expect(count(path, 'claims')).toBe(1)
    } finally {
      await core.close()
    }
  })

  it('refuses every call once its thread finds the file damaged, naming it, and leaves the file as it was', async () => {
    const path = dbIn(tempDir())
    await makeDamagedDatabase(path)
    const before = sha(path)
    const core = await startCore(path, { transport: 'direct', seed: false, integrityCheck: 'background' })
    const article = (await core.dispatch('articles.list', {})) as { ok: true; value: { id: number }[] }
    const write = core.dispatch('claims.create', { articleId: article.value[0]!.id, start: 0, end: 4 })
    const error = await core.database.integrity.passed.then(
      () => null,
      (err: unknown) => err
    )
    expect(error).toBeInstanceOf(WorkbenchError)
    expect(error).toMatchObject({
      code: 'db_damaged',
      message: expect.stringContaining(`${path} cannot be used: the integrity check reports`)
    })
    for (const answer of [await write, await core.dispatch('articles.list', {}), await core.dispatch('place.set', { view: 'read' })]) {
      expect(answer).toMatchObject({ ok: false, error: { code: 'db_damaged', message: expect.stringContaining(path) } })
    }
    await core.close()
    expect(sha(path)).toBe(before)
    if (existsSync(`${path}-wal`)) expect(readFileSync(`${path}-wal`)).toHaveLength(0)
  })

  it('passes a sound file on its thread and lets writes through', async () => {
    const path = dbIn(tempDir())
    const articleId = await libraryWithOneArticle(path)
    const core = await startCore(path, { transport: 'direct', seed: false, integrityCheck: 'background' })
    try {
      const claim = await core.dispatch('claims.create', { articleId, start: 5, end: 9 })
      expect(claim).toMatchObject({ ok: true })
      expect(core.database.integrity.state).toBe('ok')
    } finally {
      await core.close()
    }
  })

  it('checks before opening a file it would migrate, so a damaged one is refused unchanged', async () => {
    const path = dbIn(tempDir())
    await makeDamagedDatabase(path, 10)
    const before = sha(path)
    expect(() => openDatabase(path, { integrityCheck: 'background' })).toThrow(/cannot be used: the integrity check reports/)
    expect(sha(path)).toBe(before)
  })
})
