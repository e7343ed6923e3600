// busy_tag_commit_p95_ms: a tag change's round trip through the HTTP bridge (as browser mode serves the page)
// while the core is busy: a 1,000-file import (half web pages, half text) and a compare of two 200 KB reports
// run at the same time, both started through the bridge as the page starts them. Tag changes go
// at a steady pace (one every 100 ms) until both have finished; the figure is the p95 of their round trips.
// BENCH_TRACE=1 prints each change (sent at ms, took ms) and when the import and the compare finished, to stderr.
import { request } from 'node:http'
import { join } from 'node:path'
import { startCore } from '../src-main/core/core.ts'
import { insertArticle } from '../src-main/core/services/articles.ts'
import { TOKEN_HEADER } from '../src-main/transports/http-guard.ts'
import { generateArticle, generateCorpus, type GeneratedArticle } from './corpus-generator.ts'
import { seeded } from './random.ts'
import { serveForBench } from './busy-server.ts'
import { median, now, quantile, since } from './stats.ts'

export interface BusyLatency {
  busy_tag_changes: number
  busy_tag_commit_p95_ms: number
  busy_tag_commit_median_ms: number
  busy_tag_commit_max_ms: number
  busy_load_ms: number
}

export interface BusySize {
  files: number
  reportBytes: number
}

const TAGS = ['evidence', 'assess', 'do not yet know', null] as const
/** One tag change every this many milliseconds while the load runs. */
const KEY_INTERVAL_MS = 100

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')

/**
 * One POST on its own connection: a core that blocks its event loop for seconds makes the server's keep-alive
 * timer close sockets the client is just reusing (ECONNRESET), which would end the bench instead of measuring it.
 */
function post(url: string, token: string, json: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
        res.on('error', reject)
      }
    )
    req.on('error', reject)
    req.end(json)
  })
}

/** A news page around the report: navigation and footer chrome that Readability has to see past. */
const htmlPage = (a: GeneratedArticle): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(a.title)} | ${escapeHtml(a.source)}</title>` +
  `<meta property="og:site_name" content="${escapeHtml(a.source)}"><meta property="article:published_time" content="${a.published}"></head>` +
  `<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${escapeHtml(a.title)}</h1>` +
  a.body
    .split('\n')
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('') +
  `</article><footer>© ${escapeHtml(a.source)}</footer></body></html>`

/** The upload the page sends for the import (browser mode cannot name paths). */
function uploads(count: number): { name: string; dataBase64: string }[] {
  return [...generateCorpus(count, 4242)].map((a, i) => {
    const name = i % 2 ? `busy-${i}.html` : `busy-${i}.txt`
    const text = i % 2 ? htmlPage(a) : `${a.title}\n\n${a.body}\n`
    return { name, dataBase64: Buffer.from(text).toString('base64') }
  })
}

/** A fresh database with two large reports to compare and a few small ones with claims to retag. */
async function prepareDb(path: string, reportBytes: number): Promise<{ left: number; right: number; claimIds: number[] }> {
  const core = await startCore(path, { transport: 'direct', seed: false })
  try {
    const r = seeded(11)
    const store = async (a: GeneratedArticle, n: number): Promise<number> =>
      (
        await insertArticle(core.database, {
          title: a.title,
          body: a.body,
          source: a.source,
          url: null,
          published: a.published,
          format: 'txt',
          fileName: `r${n}.txt`,
          warnings: []
        })
      ).id
    const left = await store(generateArticle(r, reportBytes), 1)
    const right = await store(generateArticle(r, reportBytes), 2)
    const claimIds: number[] = []
    for (let i = 0; i < 20; i++) {
      const a = generateArticle(r, 2000)
      const id = await store(a, 10 + i)
      for (const s of a.sentences.slice(0, 5)) {
        const made = await core.dispatch('claims.create', { articleId: id, start: s.start, end: s.end, confidence: null })
        if (!made.ok) throw new Error(`claims.create failed: ${made.error.message}`)
        claimIds.push((made.value as { id: number }).id)
      }
    }
    return { left, right, claimIds }
  } finally {
    await core.close()
  }
}

export async function measureBusyTag(dir: string, size: BusySize): Promise<BusyLatency> {
  const dbPath = join(dir, 'busy.sqlite')
  const { left, right, claimIds } = await prepareDb(dbPath, size.reportBytes)
  const files = uploads(size.files)
  const server = await serveForBench(dbPath)
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const body = JSON.parse(await post(`${server.base}/api/${name}`, server.token, JSON.stringify(input))) as {
      ok: boolean
      value?: T
      error?: { message: string }
    }
    if (!body.ok) throw new Error(`${name} failed: ${body.error?.message}`)
    return body.value as T
  }
  try {
    let n = 0
    const traceStart = now()
    const change = async (): Promise<number> => {
      const i = n++
      const id = claimIds[i % claimIds.length]!
      const confidence = TAGS[i % TAGS.length]!
      const t0 = now()
      const row = await call<{ confidence: string | null }>('claims.update', { id, patch: { confidence } })
      const ms = since(t0)
      if (process.env.BENCH_TRACE) process.stderr.write(`tag ${(t0 - traceStart).toFixed(0)} ${ms.toFixed(0)}\n`)
      if (row.confidence !== confidence) throw new Error(`claim ${id} came back as ${row.confidence}, not ${String(confidence)}`)
      return ms
    }
    for (let i = 0; i < 20; i++) await change() // warm-up

    const t0 = now()
    let busy = true
    const importing = (async () => {
      const { jobId } = await call<{ jobId: string }>('import.start', { files })
      for (;;) {
        const status = await call<{ finished: boolean; imported: number; error: string | null }>('import.status', {
          jobId,
          resultsFrom: 1e9,
          waitMs: 2000
        })
        if (status.error) throw new Error(status.error)
        if (status.finished) {
          if (process.env.BENCH_TRACE) process.stderr.write(`import done ${(now() - traceStart).toFixed(0)}\n`)
          return status.imported
        }
      }
    })()
    // the comparison's answer is read as text here: decoding tens of megabytes is the page's work, in the browser,
    // and on this thread (which also serves the bridge) it would stall the bridge the bench is measuring
    const comparing = post(`${server.base}/api/compare.articles`, server.token, JSON.stringify({ leftId: left, rightId: right })).then(
      (c) => {
        if (process.env.BENCH_TRACE) process.stderr.write(`compare done ${(now() - traceStart).toFixed(0)}\n`)
        return c
      }
    )
    const load = Promise.all([importing, comparing]).finally(() => (busy = false))
    load.catch(() => undefined)
    // An analyst keying tags at a steady pace (open loop): each change is sent on time whether or not the ones
    // before it have been answered, so a core that stalls for seconds shows in every change sent meanwhile.
    const changes: Promise<number>[] = []
    while (busy) {
      changes.push(change())
      await new Promise((resolve) => setTimeout(resolve, KEY_INTERVAL_MS))
    }
    const times = await Promise.all(changes)
    const [imported, comparison] = await load
    const loadMs = since(t0)
    if (imported !== size.files) throw new Error(`the busy import stored ${imported} of ${size.files} files`)
    if (!comparison.startsWith('{"ok":true') || !comparison.includes('"relation":'))
      throw new Error(`the busy compare failed: ${comparison.slice(0, 300)}`)
    return {
      busy_tag_changes: times.length,
      busy_tag_commit_p95_ms: quantile(times, 0.95),
      busy_tag_commit_median_ms: median(times),
      busy_tag_commit_max_ms: Math.max(...times),
      busy_load_ms: loadMs
    }
  } finally {
    await server.close()
  }
}
