// Measures the CSV export against `sqlite3 -csv` of the same columns, rows and order,
// in the same run, on a synthetic corpus (10k articles, 100k claims by default), and
// csv-stringify for comparison. Ratios, not absolute times: the machines are noisy.
//
//   npx tsx bench/export-csv-ratio.ts [--claims N] [--runs N] [--json]
//
// Issue #10's `npm run bench` can reuse makeExportCorpus() and measureExportRatio().
import { spawnSync } from 'node:child_process'
import { createWriteStream, mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify'
import { startCore } from '../src-main/core/core.ts'
import type { Database } from '../src-main/core/db/open.ts'
import { neutralizeFormula } from '../src-main/core/export/csv-cell.ts'
import { CSV_HEADER, CSV_SELECT } from '../src-main/core/export/csv-columns.ts'
import { exportClaims } from '../src-main/core/export/export-claims.ts'
import { contentHash } from '../src-main/core/services/canonical-text.ts'
import { claimQuerySql } from '../src-main/core/db/sqlite/claim-query.ts'

/** Small deterministic PRNG (mulberry32), so every run exports the same corpus. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS =
  'officials said the ministry troops border imagery shows evidence that we assess likely analysts report, "according to" sources 3,000 units near port village convoy'.split(
    ' '
  )
const SPEAKERS = ['Lloyd Austin', 'John Kirby', 'Ilse Varga', 'a ministry spokesperson', '', 'Анна Петрова', 'محمد علي']
const NOTES = [
  '',
  '',
  '',
  'check against imagery',
  '=1+1 looks odd',
  '-3 units?',
  'follow up with "desk"\nnext week',
  '@desk please verify'
]
const TAGS = ['evidence', 'assess', 'do not yet know', null]

/** Fills `database` with `articles` articles of 1–5 KB and `claims` claims spread over them. */
export function makeExportCorpus(database: Database, articles: number, claims: number, seed = 7): void {
  const rnd = random(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!
  const sentence = (n: number): string => Array.from({ length: n }, () => pick(WORDS)).join(' ')
  const { sqlite } = database
  const addArticle = sqlite.prepare(
    "INSERT INTO articles (title, body, content_hash, source, url, published, format) VALUES (?, ?, ?, ?, ?, ?, 'txt')"
  )
  const addClaim =
    sqlite.prepare(`INSERT INTO claims (article_id, start, "end", quote, prefix, suffix, confidence, attributed_to, note, source_reliability, claim_credibility, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  sqlite.transaction(() => {
    const bodies: string[] = []
    for (let a = 0; a < articles; a++) {
      let body = ''
      const size = 1000 + Math.floor(rnd() * 4000)
      while (body.length < size) body += sentence(8 + Math.floor(rnd() * 20)) + '.\n'
      bodies.push(body)
      const day = `2024-${String(1 + (a % 12)).padStart(2, '0')}-${String(1 + (a % 28)).padStart(2, '0')}`
      addArticle.run(
        `Report ${a}: ${sentence(6)}`,
        body,
        contentHash(body),
        pick(['Reuters', 'AP', 'Sample Wire', null]),
        `https://example.org/r/${a}`,
        day
      )
    }
    for (let c = 0; c < claims; c++) {
      const a = c % articles
      const body = bodies[a]!
      const start = Math.floor(rnd() * (body.length - 200))
      const end = start + 40 + Math.floor(rnd() * 150)
      const time = new Date(Date.UTC(2025, 0, 1) + c * 1000).toISOString()
      addClaim.run(
        a + 1,
        start,
        end,
        body.slice(start, end),
        body.slice(Math.max(0, start - 32), start),
        body.slice(end, end + 32),
        pick(TAGS),
        pick(SPEAKERS),
        pick(NOTES),
        pick(['A', 'B', 'C', null]),
        pick([1, 2, 3, null]),
        time,
        time
      )
    }
  })()
}

const seconds = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e9
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

export interface ExportRatio {
  claims: number
  sqlite3_s: number
  export_s: number
  csv_stringify_s: number
  jsonld_s: number
  export_ratio: number
  csv_stringify_ratio: number
}

/** Times each way of writing the same CSV `runs` times (interleaved) and returns the medians and ratios. */
export async function measureExportRatio(database: Database, dir: string, runs = 3): Promise<ExportRatio> {
  const { sql } = claimQuerySql({}, CSV_SELECT)
  const times = { sqlite3: [] as number[], ours: [] as number[], stringify: [] as number[], jsonld: [] as number[] }
  let claims = 0
  for (let run = 0; run < runs; run++) {
    const cliFile = join(dir, 'sqlite3.csv')
    const fd = openSync(cliFile, 'w')
    let t0 = process.hrtime.bigint()
    const cli = spawnSync('sqlite3', ['-csv', '-header', '-readonly', database.path, sql], { stdio: ['ignore', fd, 'inherit'] })
    times.sqlite3.push(seconds(t0))
    closeSync(fd)
    if (cli.status !== 0) throw new Error('sqlite3 failed (is the sqlite3 command installed?)')

    const ourFile = join(dir, 'ours.csv')
    t0 = process.hrtime.bigint()
    let out = createWriteStream(ourFile)
    claims = await exportClaims(database, { format: 'csv', selection: { query: {} } }, out)
    out.end()
    await finished(out)
    times.ours.push(seconds(t0))

    t0 = process.hrtime.bigint()
    const reader = database.openReader()
    const csv = stringify({ bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ })
    out = createWriteStream(join(dir, 'csv-stringify.csv'))
    csv.pipe(out)
    csv.write(CSV_HEADER)
    for (const row of reader.prepare(sql).raw(true).iterate() as IterableIterator<unknown[]>) {
      if (!csv.write(row.map((v) => (typeof v === 'string' ? neutralizeFormula(v) : v)))) await new Promise((r) => csv.once('drain', r))
    }
    csv.end()
    await finished(out)
    reader.close()
    times.stringify.push(seconds(t0))

    t0 = process.hrtime.bigint()
    out = createWriteStream(join(dir, 'claims.jsonld'))
    await exportClaims(database, { format: 'jsonld', selection: { query: {} } }, out)
    out.end()
    await finished(out)
    times.jsonld.push(seconds(t0))

    if (run === 0) {
      // same rows, same order: compare the claim ids column of both files
      const ids = (file: string): string =>
        (parse(readFileSync(file), { bom: true, from_line: 2 }) as string[][]).map((r) => r[0]).join(',')
      if (ids(ourFile) !== ids(cliFile)) throw new Error('the export and sqlite3 -csv wrote different rows')
    }
  }
  const [cli, ours, str] = [median(times.sqlite3), median(times.ours), median(times.stringify)]
  return {
    claims,
    sqlite3_s: cli,
    export_s: ours,
    csv_stringify_s: str,
    jsonld_s: median(times.jsonld),
    export_ratio: ours / cli,
    csv_stringify_ratio: str / cli
  }
}

async function main(): Promise<void> {
  const arg = (name: string, fallback: number): number => {
    const i = process.argv.indexOf(name)
    return i > 0 ? Number(process.argv[i + 1]) : fallback
  }
  const claims = arg('--claims', 100_000)
  const dir = mkdtempSync(join(tmpdir(), 'workbench-bench-'))
  try {
    const core = await startCore(join(dir, 'bench.sqlite'), { transport: 'direct', seed: false })
    makeExportCorpus(core.database, Math.max(1, Math.round(claims / 10)), claims)
    const result = await measureExportRatio(core.database, dir, arg('--runs', 3))
    await core.close()
    if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(result) + '\n')
    else {
      const f = (s: number): string => `${s.toFixed(3)} s`
      process.stdout.write(
        `CSV export of ${result.claims} claims × ${CSV_HEADER.length} columns (median of runs)\n` +
          `  sqlite3 -csv       ${f(result.sqlite3_s)}\n` +
          `  workbench export   ${f(result.export_s)}  = ${result.export_ratio.toFixed(2)}× sqlite3 (target ≤ 3)\n` +
          `  csv-stringify      ${f(result.csv_stringify_s)}  = ${result.csv_stringify_ratio.toFixed(2)}× sqlite3\n` +
          `  JSON-LD export     ${f(result.jsonld_s)}\n`
      )
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
