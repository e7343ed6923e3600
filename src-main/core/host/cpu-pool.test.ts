import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Envelope } from '../../contract/errors.ts'
import { startCore } from '../core.ts'
import { waitForImportJob } from '../import/import-jobs.ts'
import { dbIn, useTempDir } from '../testing/temp-db.ts'
import { CpuPool } from './cpu-pool.ts'
import { workerModule } from './worker-module.ts'

const tempDir = useTempDir()
const value = <T>(r: Envelope<unknown>): T => {
  if (!r.ok) throw new Error(r.error.message)
  return r.value as T
}

const PAGE = `<!doctype html><html><head><title>Dam holds | Lindvale Courier</title></head><body><nav>Home</nav>
<article><h1>Dam holds</h1><p>We assess that the dam will hold through the spring floods, the water authority said.</p>
<p>Engineers counted 40 cracks in the spillway.</p></article><footer>© Courier</footer></body></html>`

describe('the core with its CPU work on worker threads', () => {
  it('suggests, compares and imports exactly as in one thread', async () => {
    const pooled = await startCore(dbIn(tempDir()), { transport: 'direct', checkOutput: true, cpuPool: true })
    const inline = await startCore(dbIn(tempDir()), { transport: 'direct', checkOutput: true })
    try {
      const text = 'Intro.\nWe assess that the dam will hold. "There is evidence that 40 tanks moved," Ivo Lind said.'
      expect(value(await pooled.dispatch('suggest.text', { text }))).toEqual(value(await inline.dispatch('suggest.text', { text })))
      const [a, b] = value<{ id: number }[]>(await inline.dispatch('articles.list', {}))
      const input = { leftId: a!.id, rightId: b!.id }
      expect(
        value<{ id: number }[]>(await pooled.dispatch('articles.list', {}))
          .slice(0, 2)
          .map((x) => x.id)
      ).toEqual([a!.id, b!.id])
      expect(value(await pooled.dispatch('compare.articles', input))).toEqual(value(await inline.dispatch('compare.articles', input)))
      expect(value(await pooled.dispatch('compare.csv', input))).toEqual(value(await inline.dispatch('compare.csv', input)))
      const article = { articleId: a!.id }
      expect(value(await pooled.dispatch('suggest.article', article))).toEqual(value(await inline.dispatch('suggest.article', article)))

      const files = [
        { name: 'dam.html', dataBase64: Buffer.from(PAGE).toString('base64') },
        { name: 'broken.pdf', dataBase64: Buffer.from('%PDF-1.7 not really').toString('base64') }
      ]
      const results = await Promise.all(
        [pooled, inline].map(async (core) => {
          const { jobId } = value<{ jobId: string }>(await core.dispatch('import.start', { files }))
          return (await waitForImportJob(core.database, jobId)).results.map(({ id: _id, ...r }) => r)
        })
      )
      expect(results[0]).toEqual(results[1])
      expect(results[0]).toEqual([
        expect.objectContaining({ path: 'dam.html', status: 'imported', title: 'Dam holds' }),
        { path: 'broken.pdf', status: 'rejected', error: 'broken.pdf: is not a readable PDF (Invalid PDF structure.).' }
      ])
    } finally {
      await Promise.all([pooled.close(), inline.close()])
    }
  })

  it('answers a crashed worker with worker_failed and runs the next task on a fresh thread', async () => {
    const file = join(tempDir(), 'crashing-worker.mjs')
    writeFileSync(file, "export default (task) => { if (task.text === 'crash') process.exit(3); return task.text.length }\n")
    const pool = new CpuPool({ threads: 1, module: { filename: pathToFileURL(file).href, workerData: {} } })
    try {
      await expect(pool.run({ kind: 'suggest', text: 'crash', cues: [] })).rejects.toMatchObject({
        code: 'worker_failed',
        message: 'The worker thread suggesting claims stopped unexpectedly; it was restarted, so the call can be tried again.'
      })
      expect(await pool.run({ kind: 'suggest', text: 'fine', cues: [] })).toBe(4)
    } finally {
      await pool.close()
    }
  })

  it('answers a worker that runs out of memory with worker_failed; the core and the next call go on', async () => {
    const pool = new CpuPool({ threads: 1, module: workerModule('cpu-worker'), resourceLimits: { maxOldGenerationSizeMb: 32 } })
    const cues = [{ confidence: 'assess' as const, phrase: 'we assess that' }]
    const paragraph = Array.from({ length: 40_000 }, (_, i) => `"We assess that ${i} tanks moved near Halden," Ivo Lind said.`).join(' ')
    try {
      await expect(pool.run({ kind: 'suggest', text: paragraph, cues })).rejects.toMatchObject({
        code: 'worker_failed',
        message: expect.stringContaining('ran out of memory')
      })
      const after = await pool.run({ kind: 'suggest', text: 'We assess that the dam will hold.', cues })
      expect(after).toEqual([expect.objectContaining({ quote: 'We assess that the dam will hold.', confidence: 'assess' })])
    } finally {
      await pool.close()
    }
  })
})
