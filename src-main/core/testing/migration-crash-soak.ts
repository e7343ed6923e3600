import { createHash } from 'node:crypto'
import { copyFileSync, cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { migrationsDir } from '../app-root.ts'
import { latestVersion, loadMigrations } from '../db/migrate.ts'
import { openDatabase } from '../db/open.ts'
import { contentHash } from '../services/canonical-text.ts'
import { bundleChildScript } from './child-bundle.ts'
import { crashReportText, seededRandom } from './crash-reports.ts'
import { runAndKill } from './kill-child.ts'

/** A migration slow enough to be killed in the middle: a big new table, a new column on articles, an index. */
export const slowMigrationSql = (rows: number): string => `
CREATE TABLE slow_numbers (n INTEGER PRIMARY KEY, label TEXT NOT NULL);
WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < ${rows})
  INSERT INTO slow_numbers SELECT n, printf('row %d of the slow migration', n) FROM c;
ALTER TABLE articles ADD COLUMN slow_flag INTEGER NOT NULL DEFAULT 0;
UPDATE articles SET slow_flag = 1;
CREATE INDEX slow_numbers_by_label ON slow_numbers (label);
`

export interface MigrationCrashOptions {
  dir: string
  kills: number
  seed?: number
  /** after every n-th kill, start again (in this process) and check the migration completes */
  resumeEvery?: number
  /** filler articles in the database (default 1500, ~8 MB): more makes the backup take longer */
  filler?: number
  /** rows the slow migration writes (default 150,000, ~0.4 s) */
  slowRows?: number
  onRun?: (progress: MigrationCrashReport) => void
}

export interface MigrationCrashReport {
  kills: number
  oldVersion: number
  newVersion: number
  /** neither the old version nor the new one: a part of the migration without the rest */
  mixed: number
  integrityErrors: number
  backups: number
  /** .bak files that are not an intact copy of the database as it was before */
  badBackups: number
  resumed: number
  /**
   * where the kills landed, told by the files they left: before the backup, during it (a .partial copy), during the migration (a backup,
   * old version), after its commit (new version)
   */
  phases: { beforeBackup: number; inBackup: number; inMigration: number; afterCommit: number }
  ms: number
  problems: string[]
}

/** The user data (articles, claims, claim history) as one hash, to prove a migration kept it unchanged. */
function fingerprint(sqlite: Sqlite.Database): string {
  const rows = [
    sqlite.prepare('SELECT id, title, content_hash FROM articles ORDER BY id').raw().all(),
    sqlite.prepare('SELECT id, article_id, start, "end", confidence, attributed_to, note FROM claims ORDER BY id').raw().all()
  ]
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex')
}

type State = { state: 'old' | 'new' | 'mixed'; detail: string }

function classify(path: string, old: number, base: string, slowRows: number): State {
  const sqlite = new Sqlite(path)
  try {
    const integrity = sqlite.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') return { state: 'mixed', detail: `integrity_check: ${String(integrity)}` }
    const version = sqlite.pragma('user_version', { simple: true }) as number
    const table = !!sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'slow_numbers'").get()
    const index = !!sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'slow_numbers_by_label'").get()
    const column = (sqlite.pragma('table_info(articles)') as { name: string }[]).some((c) => c.name === 'slow_flag')
    const rows = table ? (sqlite.prepare('SELECT count(*) FROM slow_numbers').pluck().get() as number) : 0
    const flagged = column ? (sqlite.prepare('SELECT count(*) = sum(slow_flag) FROM articles').pluck().get() as number) : 0
    const sameData = fingerprint(sqlite) === base
    const detail = `version ${version}, table ${table} (${rows} rows), index ${index}, column ${column}, flags ${flagged}, data kept ${sameData}`
    if (version === old && !table && !index && !column && sameData) return { state: 'old', detail }
    if (version === old + 1 && table && rows === slowRows && index && column && flagged === 1 && sameData) return { state: 'new', detail }
    return { state: 'mixed', detail }
  } catch (err) {
    return { state: 'mixed', detail: `unreadable: ${(err as Error).message}` }
  } finally {
    sqlite.close()
  }
}

/** A database at the latest real version holding articles with claims, enough that its backup takes a while. */
async function buildBase(path: string, filler: number): Promise<void> {
  const database = openDatabase(path)
  const { sqlite } = database
  const insert = sqlite.prepare("INSERT INTO articles (title, body, content_hash, format) VALUES (?, ?, ?, 'txt')")
  sqlite.transaction(() => {
    for (let i = 0; i < filler; i++) {
      const body = new TextDecoder().decode(crashReportText(0, i * 13 + 1)).repeat(3)
      insert.run(`Filler ${i}`, body, contentHash(body))
    }
    const claim = sqlite.prepare(
      'INSERT INTO claims (article_id, start, "end", quote, confidence) VALUES (?, 0, 4, substr((SELECT body FROM articles WHERE id = ?), 1, 4), \'assess\')'
    )
    for (let id = 1; id <= 50; id++) claim.run(id, id)
  })()
  sqlite.pragma('wal_checkpoint(TRUNCATE)')
  await database.close()
}

/**
 * Kills a slow migration (SIGKILL) at random moments: each time on a fresh copy
 * of a database at the latest version, with a synthetic migration one above it.
 * After each kill the database must be at the old version or the new one, whole,
 * with the user's data unchanged, and every backup beside it must be an intact
 * copy at the old version. Kill moments are spread evenly over the length of a
 * first, unkilled run.
 */
export async function runMigrationCrashSoak(opts: MigrationCrashOptions): Promise<MigrationCrashReport> {
  const started = performance.now()
  const script = bundleChildScript(join(import.meta.dirname, 'migration-crash-child.ts'))
  const random = seededRandom(opts.seed ?? 1)
  const migrations = join(opts.dir, 'migrations')
  mkdirSync(migrations, { recursive: true })
  cpSync(migrationsDir(), migrations, { recursive: true })
  const old = latestVersion(loadMigrations())
  const slowRows = opts.slowRows ?? 150_000
  writeFileSync(join(migrations, `${String(old + 1).padStart(4, '0')}_slow_synthetic.sql`), slowMigrationSql(slowRows))
  const basePath = join(opts.dir, 'base.sqlite')
  await buildBase(basePath, opts.filler ?? 1500)
  const base = (() => {
    const s = new Sqlite(basePath, { readonly: true })
    const f = fingerprint(s)
    s.close()
    return f
  })()
  const work = join(opts.dir, 'work')
  const dbPath = join(work, 'workbench.sqlite')
  const report: MigrationCrashReport = {
    kills: 0,
    oldVersion: 0,
    newVersion: 0,
    mixed: 0,
    integrityErrors: 0,
    backups: 0,
    badBackups: 0,
    resumed: 0,
    phases: { beforeBackup: 0, inBackup: 0, inMigration: 0, afterCommit: 0 },
    ms: 0,
    problems: []
  }
  const fresh = (): void => {
    rmSync(work, { recursive: true, force: true })
    mkdirSync(work)
    copyFileSync(basePath, dbPath)
  }
  const args = ['--db', dbPath, '--migrations', migrations]

  fresh()
  const calibration = await runAndKill(script, args, null)
  if (calibration.exitCode !== 0 || calibration.readyMs === undefined) throw new Error(`the migration child failed: ${calibration.stderr}`)
  let total = calibration.totalMs - calibration.readyMs! // from the ready line: node's own start-up varies more than the rest

  for (let attempt = 0; report.kills < opts.kills && attempt < opts.kills * 4; attempt++) {
    fresh()
    // stratified: kill k lands in the k-th slice of the timed run, so a few kills still cover start-up, backup and migration
    const slice = (report.kills + random()) / opts.kills
    const outcome = await runAndKill(script, args, { after: 'ready', delayMs: slice * total })
    if (!outcome.killed) {
      total *= 0.9 // it finished before the planned moment: the timed run was slower than this one
      continue
    }
    report.kills++
    const s = classify(dbPath, old, base, slowRows)
    if (s.state === 'old') report.oldVersion++
    else if (s.state === 'new') report.newVersion++
    else {
      report.mixed++
      if (s.detail.startsWith('integrity_check')) report.integrityErrors++
      report.problems.push(`kill ${report.kills} after ${outcome.totalMs.toFixed(0)} ms: ${s.detail}`)
    }
    const left = readdirSync(work)
    const backups = left.filter((f) => f.startsWith(basename(dbPath) + '.pre-v') && f.endsWith('.bak'))
    if (s.state === 'new') report.phases.afterCommit++
    else if (backups.length) report.phases.inMigration++
    else if (left.some((f) => f.endsWith('.bak.partial'))) report.phases.inBackup++
    else report.phases.beforeBackup++
    for (const bak of backups) {
      report.backups++
      const b = classify(join(work, bak), old, base, slowRows)
      if (b.state !== 'old') {
        report.badBackups++
        report.problems.push(`kill ${report.kills}: backup ${bak} is not the old database: ${b.detail}`)
      }
    }
    if (opts.resumeEvery && report.kills % opts.resumeEvery === 0 && s.state !== 'mixed') {
      const reopened = openDatabase(dbPath, { migrations: loadMigrations(migrations) })
      await reopened.close()
      const after = classify(dbPath, old, base, slowRows)
      if (after.state === 'new') report.resumed++
      else report.problems.push(`kill ${report.kills}: starting again did not finish the migration: ${after.detail}`)
    }
    report.ms = performance.now() - started
    opts.onRun?.(report)
  }
  report.ms = performance.now() - started
  return report
}
