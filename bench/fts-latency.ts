// fts_p95_ms: 200 varied library searches through the dispatcher (`articles.search`,
// asking for what the library's search box asks for: LIBRARY_SEARCH), timed one by one.
import { LIBRARY_SEARCH } from '../src-main/contract/library.ts'
import type { Core } from '../src-main/core/core.ts'
import type { GeneratedArticle } from './corpus-generator.ts'
import { seeded, pick, type Rng } from './random.ts'
import { median, now, quantile, since } from './stats.ts'

export interface SearchLatency {
  searches: number
  fts_median_ms: number
  fts_p95_ms: number
  /** the process's CPU time per search, p95: the core runs in the bench's thread, so this is the search's own work, whatever the load */
  fts_cpu_p95_ms: number
  /** hits per search, median (shows the queries are not all empty) */
  fts_median_hits: number
}

const words = (text: string): string[] => text.match(/[\p{L}\p{N}]{3,}/gu) ?? []

/** A query of the kind an analyst types, drawn from the corpus itself: words, pairs, phrases, prefixes, names, rare title ids. */
function query(r: Rng, articles: GeneratedArticle[]): string {
  const a = pick(r, articles)
  const s = pick(r, a.sentences)
  const ws = words(s.text)
  const w = pick(r, ws)
  switch (Math.floor(r() * 6)) {
    case 0:
      return w
    case 1:
      return `${w} ${pick(r, ws)}`
    case 2: {
      const i = Math.floor(r() * Math.max(1, ws.length - 2))
      return `"${ws.slice(i, i + 2).join(' ')}"`
    }
    case 3:
      return w.slice(0, Math.max(3, Math.ceil(w.length / 2))) // search as you type: the last word is a prefix
    case 4:
      return s.speaker || w
    default:
      return /\(([a-z0-9]+)\)$/.exec(a.title)?.[1] ?? w // the title's rare id: one hit
  }
}

/** `count` queries drawn from the corpus (made before measuring, so the corpus need not stay in memory meanwhile). */
export function searchQueries(articles: GeneratedArticle[], count: number, seed: number): string[] {
  const r = seeded(seed)
  return Array.from({ length: count }, () => query(r, articles))
}

/**
 * Times the searches (after other queries of the same kinds as a warm-up) and returns their p95 and median. The caller
 * drops the corpus first: at 100k reports its ~1 GB of strings made the searches' garbage collections pause 100+ ms.
 */
export async function measureSearchLatency(core: Core, queries: { warmUp: string[]; timed: string[] }): Promise<SearchLatency> {
  const search = async (q: string): Promise<number> => {
    const result = await core.dispatch('articles.search', { query: q, ...LIBRARY_SEARCH })
    if (!result.ok) throw new Error(`articles.search ${JSON.stringify(q)} failed: ${result.error.message}`)
    return (result.value as unknown[]).length
  }
  for (const q of queries.warmUp) await search(q)
  const times: number[] = []
  const cpu: number[] = []
  const hits: number[] = []
  for (const q of queries.timed) {
    const t0 = now()
    const c0 = process.cpuUsage()
    hits.push(await search(q))
    times.push(since(t0))
    const c = process.cpuUsage(c0)
    cpu.push((c.user + c.system) / 1000)
  }
  return {
    searches: queries.timed.length,
    fts_median_ms: median(times),
    fts_p95_ms: quantile(times, 0.95),
    fts_cpu_p95_ms: quantile(cpu, 0.95),
    fts_median_hits: median(hits)
  }
}
