import { join } from 'node:path'
import { openDatabase } from '../db/open.ts'
import { bundleChildScript } from './child-bundle.ts'
import { checkAfterCrash, type ImportRun, type ReportedResult } from './import-crash-check.ts'
import { seededRandom } from './crash-reports.ts'
import { runAndKill, type KillPlan } from './kill-child.ts'

export interface ImportCrashOptions {
  /** folder for the database */
  dir: string
  kills: number
  seed?: number
  /** files per child run, and per batch */
  files?: number
  batch?: number
  /** called after every child run */
  onRun?: (progress: ImportCrashReport) => void
}

export interface ImportCrashReport {
  kills: number
  /** kills before the database was open (during start-up, migration, seeding the lexicon) */
  killsInStartup: number
  /** kills with the import under way */
  killsInImport: number
  /** runs that finished before their planned kill */
  finishedRuns: number
  integrityErrors: number
  lostBatches: number
  partialRuns: number
  /** reported batches found whole after the last kill */
  verifiedBatches: number
  articles: number
  /** the app's own start-up (quick_check, migrations) still opens the file at the end */
  reopenedOk: boolean
  ms: number
  problems: string[]
}

/**
 * Starts a bulk import in a child process and kills it (SIGKILL) at a random
 * moment, over and over on one database; after each kill checks integrity and
 * that every batch the child reported as committed is there, whole. The kill
 * moment is uniform over the child's start-up (1 in 5) or over its import, whose
 * length is timed on a first whole run and follows the runs that finish.
 */
export async function runImportCrashSoak(opts: ImportCrashOptions): Promise<ImportCrashReport> {
  const started = performance.now()
  const script = bundleChildScript(join(import.meta.dirname, 'import-crash-child.ts'))
  const dbPath = join(opts.dir, 'crash.sqlite')
  const files = opts.files ?? 80
  const batch = opts.batch ?? 10
  const random = seededRandom(opts.seed ?? 1)
  const report: ImportCrashReport = {
    kills: 0,
    killsInStartup: 0,
    killsInImport: 0,
    finishedRuns: 0,
    integrityErrors: 0,
    lostBatches: 0,
    partialRuns: 0,
    verifiedBatches: 0,
    articles: 0,
    reopenedOk: false,
    ms: 0,
    problems: []
  }
  const runs: ImportRun[] = []
  const hashes = new Map<number, string>()
  const args = (run: number): string[] => ['--db', dbPath, '--run', String(run), '--files', String(files), '--batch', String(batch)]
  // run 0: a whole run, unkilled, to create the database and time the two phases
  const calibration = await runAndKill(script, args(0), null)
  if (calibration.exitCode !== 0 || calibration.readyMs === undefined) throw new Error(`the import child failed: ${calibration.stderr}`)
  runs.push({
    run: 0,
    files,
    batch,
    reported: calibration.events.filter((e) => e.event === 'batch').map((e) => e.results as ReportedResult[])
  })
  let startupMs = calibration.readyMs
  let importMs = calibration.totalMs - calibration.readyMs

  for (let run = 1; report.kills < opts.kills && run <= opts.kills * 4; run++) {
    const plan: KillPlan =
      random() < 0.2 ? { after: 'spawn', delayMs: random() * startupMs } : { after: 'ready', delayMs: random() * importMs }
    const outcome = await runAndKill(script, args(run), plan)
    const reported = outcome.events.filter((e) => e.event === 'batch').map((e) => e.results as ReportedResult[])
    runs.push({ run, files, batch, reported })
    if (outcome.killed) {
      report.kills++
      if (outcome.readyMs === undefined) report.killsInStartup++
      else report.killsInImport++
    } else if (outcome.exitCode !== 0) {
      report.problems.push(`run ${run} failed (exit ${outcome.exitCode}): ${outcome.stderr.trim().split('\n').slice(-3).join(' | ')}`)
    } else {
      report.finishedRuns++
      if (outcome.readyMs !== undefined) {
        startupMs = 0.8 * startupMs + 0.2 * outcome.readyMs
        importMs = 0.8 * importMs + 0.2 * (outcome.totalMs - outcome.readyMs)
      }
    }
    const check = checkAfterCrash(dbPath, runs, hashes)
    if (check.integrityError) {
      report.integrityErrors++
      report.problems.push(`after run ${run}: ${check.integrityError}`)
    }
    report.lostBatches += check.lostBatches
    report.partialRuns += check.partialRuns
    report.verifiedBatches = check.verifiedBatches
    report.problems.push(...check.problems)
    // count each loss once: start afresh from what is there
    if (check.lostBatches || check.partialRuns || check.integrityError) runs.length = 0
    report.ms = performance.now() - started
    opts.onRun?.(report)
  }

  const reopened = openDatabase(dbPath)
  report.articles = reopened.sqlite.prepare('SELECT count(*) FROM articles').pluck().get() as number
  report.reopenedOk = reopened.sqlite.pragma('quick_check', { simple: true }) === 'ok'
  await reopened.close()
  report.ms = performance.now() - started
  return report
}
