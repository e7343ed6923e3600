import { describe, expect, it } from 'vitest'
import { runMigrationCrashSoak } from '../testing/migration-crash-soak.ts'
import { useTempDir } from '../testing/temp-db.ts'

const tempDir = useTempDir()

// The long version: `npm run soak -- migrate --kills 200`.
describe('killing the app during a migration', () => {
  it('leaves the old version or the new one, never a mix, and only whole backups', async () => {
    const report = await runMigrationCrashSoak({ dir: tempDir(), kills: 5, seed: 9, filler: 200, slowRows: 60_000, resumeEvery: 5 })
    expect(report.problems).toEqual([])
    expect(report.kills).toBe(5)
    expect(report.mixed).toBe(0)
    expect(report.integrityErrors).toBe(0)
    expect(report.badBackups).toBe(0)
    expect(report.oldVersion + report.newVersion).toBe(5)
    // the kills reached past the backup (into the migration or after its commit), and starting again finished the job
    expect(report.phases.inMigration + report.phases.afterCommit).toBeGreaterThan(0)
    expect(report.resumed).toBe(1)
  }, 60_000)
})
