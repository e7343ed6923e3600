// `npm run soak -- <test> [options]`: the long versions of the crash-safety tests
// that the regular suite runs briefly. Prints the figures and exits 1 when any is
// not zero.
//   crash   --kills N [--seed S] [--files N] [--batch N] [--keep]   SIGKILL a bulk import N times
//   migrate --kills N [--seed S] [--keep]                           SIGKILL a slow migration N times
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { runImportCrashSoak } from '../src-main/core/testing/import-crash-soak.ts'
import { runMigrationCrashSoak } from '../src-main/core/testing/migration-crash-soak.ts'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    kills: { type: 'string', default: '500' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    files: { type: 'string', default: '80' },
    batch: { type: 'string', default: '10' },
    keep: { type: 'boolean', default: false }
  }
})

const kills = Number(values.kills)
const seed = Number(values.seed)
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`
const dir = mkdtempSync(join(tmpdir(), 'workbench-soak-'))
const tty = process.stderr.isTTY
/** Progress: a self-updating line on a terminal, else a line every 50 kills. */
const progress = (kills: number, text: string): void => {
  if (tty) process.stderr.write(`\r  ${text}  `)
  else if (kills % 50 === 0 && kills !== lastShown) process.stderr.write(`  ${text}\n`)
  lastShown = kills
}
let lastShown = -1

async function crash(): Promise<boolean> {
  console.log(
    `crash soak: ${kills} kills of a bulk import (${values.files} files a run, batches of ${values.batch}), seed ${seed}, database in ${dir}`
  )
  const r = await runImportCrashSoak({
    dir,
    kills,
    seed,
    files: Number(values.files),
    batch: Number(values.batch),
    onRun: (p) =>
      progress(
        p.kills,
        `${p.kills} kills, ${p.verifiedBatches} committed batches verified, ${p.integrityErrors} integrity errors, ${p.lostBatches} lost`
      )
  })
  if (tty) process.stderr.write('\n')
  console.log(
    `kills: ${r.kills} (${r.killsInStartup} during start-up, ${r.killsInImport} during the import); runs that finished first: ${r.finishedRuns}`
  )
  console.log(`committed batches reported and verified: ${r.verifiedBatches}; articles stored: ${r.articles}`)
  console.log(`integrity errors: ${r.integrityErrors}`)
  console.log(`lost committed batches: ${r.lostBatches}`)
  console.log(`batches stored in part: ${r.partialRuns}`)
  console.log(`reopens with the app's start-up checks: ${r.reopenedOk ? 'yes' : 'NO'}`)
  console.log(`run time: ${seconds(r.ms)}`)
  for (const p of r.problems.slice(0, 20)) console.log(`  problem: ${p}`)
  return (
    r.kills === kills && r.integrityErrors === 0 && r.lostBatches === 0 && r.partialRuns === 0 && r.reopenedOk && r.problems.length === 0
  )
}

async function migrate(): Promise<boolean> {
  console.log(`migration crash soak: ${kills} kills of a slow migration, seed ${seed}, in ${dir}`)
  const r = await runMigrationCrashSoak({
    dir,
    kills,
    seed,
    onRun: (p) => progress(p.kills, `${p.kills} kills: ${p.oldVersion} old, ${p.newVersion} new, ${p.mixed} mixed`)
  })
  if (tty) process.stderr.write('\n')
  console.log(`kills: ${r.kills}; left at the old version: ${r.oldVersion}; at the new: ${r.newVersion}`)
  console.log(
    `killed before the backup: ${r.phases.beforeBackup}, during it: ${r.phases.inBackup}, during the migration: ${r.phases.inMigration}, after its commit: ${r.phases.afterCommit}`
  )
  console.log(`mixed states: ${r.mixed}; integrity errors: ${r.integrityErrors}; damaged backups: ${r.badBackups} of ${r.backups}`)
  console.log(`run time: ${seconds(r.ms)}`)
  for (const p of r.problems.slice(0, 20)) console.log(`  problem: ${p}`)
  return r.kills === kills && r.mixed === 0 && r.integrityErrors === 0 && r.badBackups === 0 && r.problems.length === 0
}

const tests: Record<string, () => Promise<boolean>> = { crash, migrate }
const test = tests[positionals[0] ?? '']
if (!test) {
  console.error(`usage: npm run soak -- ${Object.keys(tests).join('|')} [--kills N] [--seed S]`)
  process.exit(2)
}
const ok = await test()
if (values.keep) console.log(`kept ${dir}`)
else rmSync(dir, { recursive: true, force: true })
process.exit(ok ? 0 : 1)
