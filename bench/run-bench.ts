// `npm run bench [-- --quick] [-- --scale] [-- --json] [-- --out FILE] [-- --only a,b]`
//
// Measures every speed analysts feel on a seeded synthetic corpus (10k articles of
// 1–5 KB, 100k claims; --quick: 300 articles, 3k claims), as ratios against raw
// SQLite where a baseline exists, run in the same process and the same run. Prints
// a table (stderr with --json, which prints one JSON object on stdout) and writes
// bench/results.json (or --out). --only runs some parts: import, search, export,
// suggest, compare, renderer, tag, busy. --scale (issue 18): import, search, export and renderer at 100k reports
// and 1M claims (--scale --quick: 1k reports), one run each, as scale_* figures.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { startCore } from '../src-main/core/core.ts'
import { claimQuerySql } from '../src-main/core/db/sqlite/claim-query.ts'
import { buildBenchDb, FULL, QUICK, SCALE, SCALE_QUICK, type BenchSize } from './bench-db.ts'
import { generateCorpus } from './corpus-generator.ts'
import { measureExportRatio } from './export-csv-ratio.ts'
import { measureSearchLatency, searchQueries } from './fts-latency.ts'
import { measureImportRatio } from './import-ratio.ts'
import { markdownTable, METRICS, meetsTarget, textTable, type Figures } from './metrics.ts'
import { measureRenderer } from './renderer-metrics.ts'
import { measureBusyTag } from './busy-latency.ts'
import { measureCompare } from './compare-latency.ts'
import { measureSuggest } from './suggest-latency.ts'
import { measureTagCommit } from './tag-latency.ts'

const PARTS = ['import', 'search', 'export', 'suggest', 'compare', 'renderer', 'tag', 'busy'] as const
/** What `--scale` measures (issue 18). */
const SCALE_PARTS: readonly Part[] = ['import', 'search', 'export', 'renderer']
/** The parts that run on the shared bench database (the others build their own). */
const ON_BENCH_DB: readonly Part[] = ['search', 'export', 'suggest', 'renderer', 'tag']
type Part = (typeof PARTS)[number]

interface Args {
  /** the corpus (default: FULL, or QUICK with --quick) */
  size?: BenchSize
  quick: boolean
  /** issue 18: the same measures at 100k reports and 1M claims, reported as scale_* */
  scale: boolean
  json: boolean
  markdown: boolean
  out: string
  only: Set<Part>
}

function parseArgs(argv: string[]): Args {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name)
    return i >= 0 ? argv[i + 1] : undefined
  }
  const scale = argv.includes('--scale')
  const only = value('--only')?.split(',') ?? (scale ? [...SCALE_PARTS] : [...PARTS])
  const unknown = only.filter((p) => !(PARTS as readonly string[]).includes(p))
  if (unknown.length) throw new Error(`--only takes ${PARTS.join(', ')}; not ${unknown.join(', ')}`)
  return {
    quick: argv.includes('--quick'),
    scale,
    json: argv.includes('--json'),
    markdown: argv.includes('--markdown'),
    out: value('--out') ?? join(import.meta.dirname, 'results.json'),
    only: new Set(only as Part[])
  }
}

const round1 = (x: number): number => Math.round(x * 10) / 10

const sqlite3Available = (): boolean => spawnSync('sqlite3', ['-version'], { stdio: 'ignore' }).status === 0

export async function runBench(args: Args, log: (line: string) => void): Promise<Record<string, unknown>> {
  if (args.scale) return scaleFigures(await runBench({ ...args, scale: false, size: args.quick ? SCALE_QUICK : SCALE }, log))
  const size = args.size ?? (args.quick ? QUICK : FULL)
  const runs = args.quick || args.size ? 1 : 3 // at scale one run of each: a run is minutes
  const figures: Figures = {}
  const skipped: Record<string, string> = {}
  // the machine's 1-minute load average at the start and the end (2 cores shared: the figures vary with it)
  const info: Record<string, unknown> = { load_average: [round1(loadavg()[0]!)] }
  const dir = mkdtempSync(join(tmpdir(), 'workbench-bench-'))
  const step = (what: string): void => log(`… ${what}`)
  try {
    if (args.only.has('import')) {
      const importRuns = args.quick || args.size ? 1 : 5
      step(`import ratio (${size.articles} reports, ${importRuns} runs)`)
      const r = await measureImportRatio([...generateCorpus(size.articles)], dir, importRuns)
      const { import_ratio, raw_import_ms, app_import_ms, import_cpu_ratio } = r
      Object.assign(figures, { import_ratio, raw_import_ms, app_import_ms, import_cpu_ratio })
    }

    if (args.only.has('busy')) {
      const busy = args.quick ? { files: 100, reportBytes: 20_000 } : { files: 1000, reportBytes: 200_000 }
      step(`tag changes through the HTTP bridge while ${busy.files} files import and two ${busy.reportBytes / 1000} KB reports compare`)
      const r = await measureBusyTag(dir, busy)
      Object.assign(figures, {
        busy_tag_commit_p95_ms: r.busy_tag_commit_p95_ms,
        busy_tag_commit_median_ms: r.busy_tag_commit_median_ms,
        busy_tag_commit_max_ms: r.busy_tag_commit_max_ms,
        busy_load_ms: r.busy_load_ms
      })
      info.busy_tag_changes = r.busy_tag_changes
    }
    if (args.only.has('compare')) {
      step('two 15 KB reports compared through the dispatcher')
      const r = await measureCompare(dir, runs)
      Object.assign(figures, r)
    }
    if (!ON_BENCH_DB.some((p) => args.only.has(p))) return finish(figures, skipped, info, args, size, null)

    step(`bench database (${size.articles} articles × ${size.claimsPerArticle} claims)`)
    const built = await benchDb(dir, size)
    const core = await startCore(built.path, { transport: 'direct', seed: false })
    const claims = core.database.sqlite.prepare('SELECT count(*) FROM claims').pluck().get() as number
    info.sqlite = core.database.sqlite.prepare('SELECT sqlite_version()').pluck().get()
    try {
      if (args.only.has('search')) {
        step('library search (200 searches)')
        const r = await measureSearchLatency(core, built.queries)
        Object.assign(figures, { fts_p95_ms: r.fts_p95_ms, fts_median_ms: r.fts_median_ms, fts_cpu_p95_ms: r.fts_cpu_p95_ms })
      }
      if (args.only.has('export')) {
        if (sqlite3Available()) {
          step(`CSV export (${claims} claims, ${runs} runs)`)
          const r = await measureExportRatio(core.database, dir, runs)
          Object.assign(figures, {
            export_ratio: r.export_ratio,
            sqlite3_csv_ms: r.sqlite3_s * 1000,
            export_ms: r.export_s * 1000,
            csv_stringify_ratio: r.csv_stringify_ratio
          })
        } else {
          skipped.export_ratio = 'the sqlite3 command is not installed (apt-get install sqlite3), so there is no baseline to divide by'
          figures.export_ratio = null
          log(`!!! export_ratio SKIPPED: ${skipped.export_ratio}`)
        }
      }
      if (args.only.has('suggest')) {
        step('suggester on a 200 KB paragraph')
        figures.suggest_200kb_ms = (await measureSuggest(core, 200_000, runs)).suggest_200kb_ms
      }
      if (args.only.has('renderer')) {
        step(`renderer in Chromium (${size.articles} articles, ${claims} claims)`)
        const count = core.database.sqlite.prepare(claimQuerySql({ text: '?' }, 'count(*)').sql.replace(/ ORDER BY .*$/, '')).pluck()
        const r = await measureRenderer({
          dbPath: built.path,
          articles: size.articles,
          claims,
          filterWords: args.quick ? ['kirby'] : ['belmora', 'kirby', 'drones', 'unclear'],
          countFor: (text) => {
            const { params } = claimQuerySql({ text: text.trim() })
            return (params.length ? count.get(...params) : claims) as number
          },
          runs,
          scrollSteps: args.quick ? 5 : 25,
          tagPresses: args.quick ? 10 : 60
        })
        const { chromium, ...metrics } = r
        info.chromium = chromium
        Object.assign(figures, metrics)
      }
      if (args.only.has('tag')) {
        step('tag changes through the dispatcher (200)')
        const r = await measureTagCommit(core, args.quick ? 50 : 200)
        Object.assign(figures, { tag_commit_p95_ms: r.tag_commit_p95_ms, tag_commit_median_ms: r.tag_commit_median_ms })
      }
    } finally {
      await core.close()
    }
    return finish(figures, skipped, info, args, size, claims)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The bench database and the library searches drawn from its corpus; the corpus itself is not kept (see fts-latency.ts). */
async function benchDb(dir: string, size: BenchSize): Promise<{ path: string; queries: { warmUp: string[]; timed: string[] } }> {
  const { database, articles, path } = buildBenchDb(dir, size)
  await database.close()
  return { path, queries: { warmUp: searchQueries(articles, 20, 12), timed: searchQueries(articles, 200, 11) } }
}

function finish(
  figures: Figures,
  skipped: Record<string, string>,
  info: Record<string, unknown>,
  args: Args,
  size: BenchSize,
  claims: number | null
) {
  const loads = info.load_average as number[]
  loads.push(round1(loadavg()[0]!))
  const targets = Object.fromEntries(
    METRICS.filter((m) => m.target !== undefined && m.key in figures).map((m) => [
      m.key,
      { target: m.target, op: m.op, met: meetsTarget(m, figures[m.key]) }
    ])
  )
  return {
    ...figures,
    mode: args.quick ? 'quick' : 'full',
    corpus: { articles: size.articles, claims, seed: 'bench/corpus-generator.ts default' },
    skipped,
    targets,
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memory_gb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      os: `${platform()} ${release()}`,
      ...info
    },
    date: new Date().toISOString()
  }
}

/** `--scale`: the run's figures under the scale_* names issue 18 asks for, with the corpus size. */
function scaleFigures(result: Record<string, unknown>): Record<string, unknown> {
  const corpus = result.corpus as { articles: number; claims: number }
  const renamed: Record<string, unknown> = { scale_articles: corpus.articles, scale_claims: corpus.claims }
  const keys = [
    'import_ratio',
    'raw_import_ms',
    'app_import_ms',
    'import_cpu_ratio',
    'export_ratio',
    'sqlite3_csv_ms',
    'export_ms',
    'fts_p95_ms',
    'fts_median_ms',
    'fts_cpu_p95_ms'
  ]
  for (const key of [...keys, 'interactive_ms', 'claims_view_ms', 'filter_ms', 'filter_count_ms', 'heap_mb']) {
    if (key in result) renamed[`scale_${key}`] = result[key]
  }
  const skipped = Object.fromEntries(Object.entries(result.skipped as Record<string, string>).map(([k, v]) => [`scale_${k}`, v]))
  const targets = Object.fromEntries(
    METRICS.filter((m) => m.target !== undefined && m.key in renamed).map((m) => [
      m.key,
      { target: m.target, op: m.op, met: meetsTarget(m, renamed[m.key] as number | null) }
    ])
  )
  return {
    ...renamed,
    mode: result.mode === 'quick' ? 'scale-quick' : 'scale',
    corpus,
    skipped,
    targets,
    machine: result.machine,
    date: result.date
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  const log = (line: string): void => void process.stderr.write(line + '\n')
  const result = await runBench(args, log)
  writeFileSync(args.out, JSON.stringify(result, null, 2) + '\n')
  const figures = Object.fromEntries(METRICS.filter((m) => m.key in result).map((m) => [m.key, result[m.key] as number | null]))
  const m = result.machine as { cores: number; cpu: string; node: string }
  const kind = args.quick
    ? `QUICK ${args.scale ? 'scale ' : ''}run (small corpus: not comparable with the targets)`
    : args.scale
      ? 'Scale run'
      : 'Full run'
  const load = (result.machine as { load_average: number[] }).load_average.join(' → ')
  const table = `\n${kind}: ${m.cores} cores (${m.cpu}), Node ${m.node}, load average ${load}\n${textTable(figures)}\n`
  if (args.json) {
    log(table)
    process.stdout.write(JSON.stringify(result) + '\n')
  } else process.stdout.write(table)
  if (args.markdown) process.stdout.write('\n' + markdownTable(figures) + '\n')
  log(`written to ${args.out}`)
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
