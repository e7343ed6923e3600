import { cpSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportStatus } from '../../contract/import.ts'
import type { Core } from '../core.ts'
import { importFixture } from '../testing/import-fixtures.ts'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'
import { call } from '../testing/call.ts'

const tempDir = useTempDir()

/** Follows a job by long polling, as the UI does, collecting its results. */
async function follow(core: Core, jobId: string): Promise<ImportStatus> {
  const results: ImportStatus['results'] = []
  for (;;) {
    const s = await call<ImportStatus>(core, 'import.status', { jobId, resultsFrom: results.length, waitMs: 5000 })

    results.push(...s.results)
    if (s.finished) return { ...s, results }
  }
}

describe('import jobs over the contract', () => {
  it('imports a folder of every format, reporting each file', async () => {
    const dir = tempDir()
    const folder = join(dir, 'reports')
    cpSync(join(importFixture('.'), '.'), folder, { recursive: true })
    writeFileSync(join(folder, 'zzz-empty.txt'), '')
    const core = await testCore(dir, false)
    const { jobId } = await call<{ jobId: string }>(core, 'import.start', { paths: [folder] })
    const done = await follow(core, jobId)
    const byFile = Object.fromEntries(
      done.results.map((r) => [r.path.slice(folder.length + 1), r.status === 'rejected' ? r.error!.slice(folder.length + 1) : r.status])
    )
    expect(byFile).toEqual({
      'field-notes.md': 'imported',
      'hostile.html': 'imported',
      'no-text.fodt':
        'no-text.fodt: unsupported format (.fodt); the importer reads .txt, .md, .markdown, .html, .htm, .pdf, .docx, .jsonld, .qdpx.',
      'no-text.pdf': 'no-text.pdf: has no text layer (a scanned image?); run it through OCR first.',
      'password.pdf': 'password.pdf: is password-protected; remove the password and import it again.',
      'report.docx': 'imported',
      'report.fodt':
        'report.fodt: unsupported format (.fodt); the importer reads .txt, .md, .markdown, .html, .htm, .pdf, .docx, .jsonld, .qdpx.',
      'report.pdf': 'imported',
      'report.txt': 'imported',
      'zzz-empty.txt': 'zzz-empty.txt: is empty.'
    })
    expect(done).toMatchObject({
      total: 10,
      done: 10,
      imported: 5,
      duplicates: 0,
      rejected: 5,
      finished: true,
      cancelled: false,
      error: null
    })
    await core.close()
  })

  it('imports uploaded bytes (browser mode) and reports a re-upload as duplicates', async () => {
    const core = await testCore(tempDir(), false)
    const files = [{ name: 'a.txt', dataBase64: Buffer.from('Alpha\n\nFirst text.').toString('base64') }]
    const first = await follow(core, (await call<{ jobId: string }>(core, 'import.start', { files })).jobId)
    const second = await follow(core, (await call<{ jobId: string }>(core, 'import.start', { files })).jobId)
    expect(first.results).toEqual([{ path: 'a.txt', status: 'imported', id: 1, title: 'Alpha' }])
    expect(second.results).toEqual([{ path: 'a.txt', status: 'duplicate', id: 1, title: 'Alpha' }])
    await core.close()
  })

  it('can be cancelled while it runs; files already read stay imported', async () => {
    const dir = tempDir()
    const files = Array.from({ length: 400 }, (_, i) => ({
      name: `r${i}.txt`,
      dataBase64: Buffer.from(`Report ${i}\n\nText ${i}.`).toString('base64')
    }))
    const core = await testCore(dir, false)
    const { jobId } = await call<{ jobId: string }>(core, 'import.start', { files })
    const first = await call<ImportStatus>(core, 'import.status', { jobId, waitMs: 5000 })
    expect(await call(core, 'import.cancel', { jobId })).toEqual({ cancelled: true })
    const end = await follow(core, jobId)
    expect(first.finished).toBe(false)
    expect(end.cancelled).toBe(true)
    expect(end.done).toBeLessThan(400)
    const stored = core.database.sqlite.prepare('SELECT count(*) FROM articles').pluck().get()
    expect(stored).toBe(end.imported)
    expect(end.imported).toBe(end.results.length)
    expect(await call(core, 'import.cancel', { jobId })).toEqual({ cancelled: false })
    await core.close()
  })

  it('answers not_found for an unknown job and invalid_input for a malformed request', async () => {
    const core = await testCore(tempDir(), false)
    expect(await core.dispatch('import.status', { jobId: 'abcdef123456' })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await core.dispatch('import.start', { paths: [] })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await core.dispatch('import.start', { paths: ['a'], files: [] })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    await core.close()
  })
})
