import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Envelope } from '../../contract/errors.ts'
import { startHttpBridge, type HttpBridge } from '../../transports/http.ts'
import { dbIn, useTempDir } from '../testing/temp-db.ts'
import { startCoreWorker, type CoreClient } from './core-host.ts'

const tempDir = useTempDir()
let client: CoreClient | undefined
let bridge: HttpBridge | undefined
afterEach(async () => {
  await bridge?.close()
  await client?.close()
  client = bridge = undefined
})

const value = <T>(r: Envelope<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value as T
}

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
      res.on('error', reject)
    })
      .on('error', reject)
      .end()
  })
}

describe('the core on its own thread', () => {
  it('answers the app and its page as the core in this thread does, and closes the database cleanly', async () => {
    const dir = tempDir()
    const reports = join(dir, 'reports')
    mkdirSync(reports)
    writeFileSync(join(reports, 'dam.txt'), 'Dam holds\n\nWe assess that the dam will hold through the spring.\n')
    client = await startCoreWorker(dbIn(dir), { transport: 'direct', seed: false, checkOutput: true })
    expect(client.path).toBe(dbIn(dir))
    expect(value(await client.dispatch('articles.list', {}))).toEqual([])
    expect(await client.pageDispatch('import.start', { paths: [reports] })).toMatchObject({ ok: false, error: { code: 'rejected' } })
    const { jobId } = value<{ jobId: string }>(await client.dispatch('import.start', { paths: [reports] }))
    const status = value<{ finished: boolean; imported: number }>(await client.dispatch('import.status', { jobId, waitMs: 10_000 }))
    const done = status.finished ? status : value<{ imported: number }>(await client.dispatch('import.status', { jobId, waitMs: 10_000 }))
    expect(done.imported).toBe(1)
    const [article] = value<{ id: number; title: string }[]>(await client.dispatch('articles.list', {}))
    expect(article!.title).toBe('Dam holds')
    expect(value(await client.pageDispatch('suggest.article', { articleId: article!.id }))).toEqual([
      expect.objectContaining({ quote: 'We assess that the dam will hold through the spring.', confidence: 'assess' })
    ])
    expect(await client.dispatch('no.such.call', {})).toMatchObject({ ok: false, error: { code: 'unknown_call' } })
    await client.close()
    client = undefined
    expect(!existsSync(dbIn(dir) + '-wal') || statSync(dbIn(dir) + '-wal').size === 0).toBe(true) // checkpointed on close
  })

  it('streams a prepared export through the HTTP bridge and relays the desktop save dialog', async () => {
    const dir = tempDir()
    const chosen = join(dir, 'claims.csv')
    const asked: string[] = []
    const finished: string[] = []
    client = await startCoreWorker(dbIn(dir), {
      transport: 'http',
      host: { chooseSaveFile: async (name) => (asked.push(name), chosen), onSaveFinished: () => finished.push('done') }
    })
    bridge = await startHttpBridge({ dispatch: client.pageDispatch, downloads: (id) => client!.download(id) })
    const [article] = value<{ id: number; body: string }[]>(await client.dispatch('articles.list', {}))
    const { body } = value<{ body: string }>(await client.dispatch('articles.get', { id: article!.id }))
    value(await client.dispatch('claims.create', { articleId: article!.id, start: 0, end: body.indexOf(' '), confidence: 'evidence' }))

    const started = value<{ exportId: string }>(await client.dispatch('export.start', { format: 'csv', selection: { query: {} } }))
    const csv = await get(`http://127.0.0.1:${bridge.port}/download/${started.exportId}?token=${bridge.token}`)
    expect(csv.status).toBe(200)
    expect(csv.body.split('\n')[1]).toContain(body.slice(0, body.indexOf(' ')))
    expect((await get(`http://127.0.0.1:${bridge.port}/download/${started.exportId}?token=${bridge.token}`)).status).toBe(404) // once each

    const again = value<{ exportId: string }>(await client.dispatch('export.start', { format: 'csv', selection: { query: {} } }))
    expect(await client.dispatch('export.save', { exportId: again.exportId })).toMatchObject({ ok: true })
    expect(asked).toEqual([expect.stringMatching(/\.csv$/)])
    expect(finished).toEqual(['done'])
    expect(readFileSync(chosen, 'utf8')).toBe(csv.body)
  })

  it('answers calls waiting on a crashed core with worker_failed, and the next call finds the data on a new thread', async () => {
    const dir = tempDir()
    let dialogOpen: () => void = () => undefined
    const asked = new Promise<void>((resolve) => (dialogOpen = resolve))
    // the save dialog stays open, so export.save is still waiting on the core's thread when that thread dies
    client = await startCoreWorker(dbIn(dir), { transport: 'direct', host: { chooseSaveFile: () => (dialogOpen(), new Promise(() => undefined)) } })
    const [article] = value<{ id: number }[]>(await client.dispatch('articles.list', {}))
    const claim = value<{ id: number }>(await client.dispatch('claims.create', { articleId: article!.id, start: 0, end: 3, confidence: 'assess' }))
    const { exportId } = value<{ exportId: string }>(await client.dispatch('export.start', { format: 'csv', selection: { query: {} } }))
    const waiting = client.dispatch('export.save', { exportId })
    await asked
    await client.kill()
    expect(await waiting).toMatchObject({ ok: false, error: { code: 'worker_failed', message: expect.stringContaining('restarted') } })
    expect(value(await client.dispatch('claims.list', { articleId: article!.id }))).toEqual([expect.objectContaining({ id: claim.id, confidence: 'assess' })])
  })

  it('refuses to start on a file that is not a workbench database, saying why', async () => {
    const path = join(tempDir(), 'notes.sqlite')
    writeFileSync(path, 'shopping list: milk, eggs\n'.repeat(200))
    await expect(startCoreWorker(path, { transport: 'direct' })).rejects.toMatchObject({ code: expect.stringMatching(/db_damaged|rejected/), message: expect.stringContaining('notes.sqlite') })
    expect(readFileSync(path, 'utf8')).toBe('shopping list: milk, eggs\n'.repeat(200))
  })
})
