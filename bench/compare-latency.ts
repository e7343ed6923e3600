// compare_15kb_ms (issue 18): two reports of 15 KB each, neither with stored claims (so each side's claims are
// suggested first, as for two fresh imports), compared end to end through the dispatcher (`compare.articles`) on
// the app's worker pool. Each run compares a new pair of texts, so nothing kept from an earlier comparison helps;
// compare_again_ms is the last pair compared once more (what reopening the view or exporting its CSV costs).
import { join } from 'node:path'
import { startCore } from '../src-main/core/core.ts'
import { insertArticle } from '../src-main/core/services/articles.ts'
import { generateArticle } from './corpus-generator.ts'
import { seeded } from './random.ts'
import { median, now, since } from './stats.ts'

export interface CompareLatency {
  compare_15kb_ms: number
  compare_again_ms: number
  /** CPU time of the whole process (core and worker threads) per fresh comparison: steadier than the wall clock on a busy machine */
  compare_15kb_cpu_ms: number
}

const cpuMs = (): number => {
  const c = process.cpuUsage()
  return (c.user + c.system) / 1000
}

const WARM_UP = 4

export async function measureCompare(dir: string, runs = 3, bytes = 15_000): Promise<CompareLatency> {
  const core = await startCore(join(dir, 'compare.sqlite'), { transport: 'direct', seed: false, cpuPool: true })
  try {
    const r = seeded(15)
    const store = async (n: number): Promise<number> => {
      const a = generateArticle(r, bytes)
      const fields = { title: a.title, body: a.body, source: a.source, url: null, published: a.published }
      return (await insertArticle(core.database, { ...fields, format: 'txt', fileName: `c${n}.txt`, warnings: [] })).id
    }
    const cpu: number[] = []
    const compare = async (leftId: number, rightId: number): Promise<number> => {
      const [t0, c0] = [now(), cpuMs()]
      const result = await core.dispatch('compare.articles', { leftId, rightId })
      const ms = since(t0)
      cpu.push(cpuMs() - c0)
      if (!result.ok) throw new Error(`compare.articles failed: ${result.error.message}`)
      if ((result.value as { pairs: unknown[] }).pairs.length === 0) throw new Error('the bench comparison found no claims')
      return ms
    }
    let pair: [number, number] = [0, 0]
    // warm-up: each worker thread loads the language tools, and compromise's tagger takes a few texts to get fast
    for (let i = 0; i < WARM_UP; i++) await compare(await store(-2 * i - 2), await store(-2 * i - 1))
    cpu.length = 0
    const times: number[] = []
    for (let i = 0; i < runs; i++) {
      pair = [await store(2 * i + 2), await store(2 * i + 3)]
      times.push(await compare(...pair))
    }
    const fresh = median(cpu)
    const again: number[] = []
    for (let i = 0; i < runs; i++) again.push(await compare(...pair))
    return { compare_15kb_ms: median(times), compare_again_ms: median(again), compare_15kb_cpu_ms: fresh }
  } finally {
    await core.close()
  }
}
