import { existsSync } from 'node:fs'
import Sqlite from 'better-sqlite3'
import { contentHash } from '../services/canonical-text.ts'
import { crashFileKind, crashReportTitle } from './crash-reports.ts'

export interface ReportedResult {
  i: number
  status: 'imported' | 'duplicate' | 'rejected'
  id?: number
  title?: string
}

/** One child run: what it was asked to import and the batches it said were committed. */
export interface ImportRun {
  run: number
  files: number
  batch: number
  reported: ReportedResult[][]
}

export interface CrashCheck {
  /** null when PRAGMA integrity_check (and the full-text index's own check) said ok */
  integrityError: string | null
  /** batches the child reported as committed of which something is missing or wrong */
  lostBatches: number
  /** runs whose stored files are not exactly a whole number of batches (a batch stored in part) */
  partialRuns: number
  /** reported batches found whole */
  verifiedBatches: number
  problems: string[]
}

const RUN_TITLE = /^Soak r(\d+) f(\d+)$/

function integrity(sqlite: Sqlite.Database): string | null {
  let rows: { integrity_check: string }[]
  try {
    rows = sqlite.pragma('integrity_check') as { integrity_check: string }[]
  } catch (err) {
    return `integrity check could not run: ${(err as Error).message}` // damage in the schema itself
  }
  const result = rows.map((r) => r.integrity_check).join('; ')
  if (result !== 'ok') return result
  const hasFts = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'articles_fts'").get()
  if (hasFts) {
    try {
      sqlite.prepare("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)").run()
    } catch (err) {
      return `full-text index: ${(err as Error).message}`
    }
  }
  return null
}

/**
 * Checks the database after a kill: it is intact; every batch a child reported as
 * committed is there, whole (each article with its title and an unchanged body);
 * and every run stored whole batches only (the files before some batch boundary,
 * never part of a batch). `hashes` remembers the bodies' hashes between checks.
 */
export function checkAfterCrash(dbPath: string, runs: ImportRun[], hashes: Map<number, string>): CrashCheck {
  const out: CrashCheck = { integrityError: null, lostBatches: 0, partialRuns: 0, verifiedBatches: 0, problems: [] }
  if (!existsSync(dbPath)) return out
  const sqlite = new Sqlite(dbPath) // read-write, as the app opens it: a hot WAL is recovered first
  try {
    out.integrityError = integrity(sqlite)
    if (out.integrityError) return out
    if (!sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'articles'").get()) {
      if (runs.some((r) => r.reported.length)) out.problems.push('the articles table is gone')
      return out
    }
    const byId = sqlite.prepare('SELECT title, content_hash AS hash, body FROM articles WHERE id = ?')
    const titles = sqlite.prepare("SELECT title FROM articles WHERE title LIKE 'Soak r%'").pluck().all() as string[]
    const present = new Map<number, Set<number>>()
    for (const t of titles) {
      const m = RUN_TITLE.exec(t)
      if (m) (present.get(Number(m[1])) ?? present.set(Number(m[1]), new Set()).get(Number(m[1]))!).add(Number(m[2]))
    }
    for (const run of runs) {
      for (const batch of run.reported) {
        const missing = batch.filter((r) => {
          if (r.status === 'rejected') return crashFileKind(r.i) !== 'binary'
          const row = byId.get(r.id) as { title: string; hash: string; body: string } | undefined
          const expectedTitle = crashReportTitle(run.run, r.status === 'duplicate' ? r.i - 1 : r.i)
          if (!row || row.title !== expectedTitle || r.title !== expectedTitle) return true
          const known = hashes.get(r.id!)
          if (known === undefined) {
            if (contentHash(row.body) !== row.hash) return true
            hashes.set(r.id!, row.hash)
          } else if (known !== row.hash) return true
          return false
        })
        if (missing.length) {
          out.lostBatches++
          out.problems.push(`run ${run.run}: a committed batch lost files ${missing.map((r) => r.i).join(', ')}`)
        } else out.verifiedBatches++
      }
      const stored = present.get(run.run) ?? new Set<number>()
      const highest = Math.max(-1, ...stored)
      const end = highest < 0 ? 0 : Math.min(run.files, (Math.floor(highest / run.batch) + 1) * run.batch)
      const expected = Array.from({ length: end }, (_, i) => i).filter((i) => crashFileKind(i) === 'text')
      if (expected.length !== stored.size || expected.some((i) => !stored.has(i))) {
        out.partialRuns++
        out.problems.push(
          `run ${run.run}: stored files ${[...stored].sort((a, b) => a - b).join(',')} are not whole batches of ${run.batch}`
        )
      }
    }
    return out
  } finally {
    sqlite.close()
  }
}
