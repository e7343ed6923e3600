// import_ratio: the app's import (a folder of .txt reports through `import.start`,
// the same job the desktop app and `workbench import` run: read, decode, canonical
// text, hash, duplicate check, batched transactions, FTS by the schema's triggers)
// ÷ raw better-sqlite3 prepared inserts of the same titles and bodies, with the same
// FTS triggers, in one transaction. Same process, same run, interleaved.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startCore } from '../src-main/core/core.ts'
import { openDatabase } from '../src-main/core/db/open.ts'
import { waitForImportJob } from '../src-main/core/import/import-jobs.ts'
import type { GeneratedArticle } from './corpus-generator.ts'
import { rawInsertArticles } from './seed-db.ts'
import { median, now, since } from './stats.ts'

export interface ImportRatio {
  articles: number
  raw_import_ms: number
  app_import_ms: number
  import_ratio: number
  /** the same ratio in the process's CPU time (both run in this thread): what the load does not change */
  import_cpu_ratio: number
}

/** Writes each article as a plain-text report (title, blank line, body), as an analyst's folder of reports would be. */
export function writeReportFiles(articles: GeneratedArticle[], dir: string): string {
  mkdirSync(dir, { recursive: true })
  articles.forEach((a, i) => writeFileSync(join(dir, `report-${String(i).padStart(6, '0')}.txt`), `${a.title}\n\n${a.body}\n`))
  return dir
}

interface Run {
  ms: number
  cpuMs: number
}

const cpuMsSince = (c0: NodeJS.CpuUsage): number => {
  const c = process.cpuUsage(c0)
  return (c.user + c.system) / 1000
}

/** The raw baseline on a fresh database: prepared inserts in one transaction (FTS by trigger). */
function rawRun(articles: GeneratedArticle[], path: string): Run {
  const database = openDatabase(path)
  const t0 = now()
  const c0 = process.cpuUsage()
  rawInsertArticles(database, articles)
  const run = { ms: since(t0), cpuMs: cpuMsSince(c0) }
  void database.close()
  return run
}

/** The app's import of the folder on a fresh database, through the dispatcher, until the job has finished. */
async function appRun(folder: string, expected: number, path: string): Promise<Run> {
  const core = await startCore(path, { transport: 'direct', seed: false })
  try {
    const t0 = now()
    const c0 = process.cpuUsage()
    const started = await core.dispatch('import.start', { paths: [folder] })
    if (!started.ok) throw new Error(`import.start failed: ${started.error.message}`)
    const status = await waitForImportJob(core.database, (started.value as { jobId: string }).jobId)
    const run = { ms: since(t0), cpuMs: cpuMsSince(c0) }
    if (status.error || status.imported !== expected)
      throw new Error(`the import stored ${status.imported} of ${expected} reports${status.error ? `: ${status.error}` : ''}`)
    return run
  } finally {
    await core.close()
  }
}

function removeDb(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true })
}

/**
 * `runs` interleaved pairs of runs after a small warm-up; the ratio is the median of
 * the pairs' ratios (the order alternates, so drift in machine load hits both sides).
 */
export async function measureImportRatio(articles: GeneratedArticle[], dir: string, runs: number): Promise<ImportRatio> {
  const folder = writeReportFiles(articles, join(dir, 'reports'))
  const warm = articles.slice(0, Math.min(200, articles.length))
  const warmFolder = writeReportFiles(warm, join(dir, 'warm-up'))
  const db = (name: string): string => join(dir, `${name}.sqlite`)
  rawRun(warm, db('warm-raw'))
  await appRun(warmFolder, warm.length, db('warm-app'))
  const raw: Run[] = []
  const app: Run[] = []
  for (let run = 0; run < runs; run++) {
    const [r, a] = [db(`raw-${run}`), db(`app-${run}`)]
    if (run % 2 === 0) {
      raw.push(rawRun(articles, r))
      app.push(await appRun(folder, articles.length, a))
    } else {
      app.push(await appRun(folder, articles.length, a))
      raw.push(rawRun(articles, r))
    }
    removeDb(r)
    removeDb(a)
  }
  rmSync(folder, { recursive: true, force: true })
  rmSync(warmFolder, { recursive: true, force: true })
  return {
    articles: articles.length,
    raw_import_ms: median(raw.map((r) => r.ms)),
    app_import_ms: median(app.map((a) => a.ms)),
    import_ratio: median(app.map((a, i) => a.ms / raw[i]!.ms)),
    import_cpu_ratio: median(app.map((a, i) => a.cpuMs / raw[i]!.cpuMs))
  }
}
