import { describe, expect, it } from 'vitest'
import { runImportCrashSoak } from '../testing/import-crash-soak.ts'
import { useTempDir } from '../testing/temp-db.ts'

const tempDir = useTempDir()

// The long version: `npm run soak -- crash --kills 500`.
describe('killing a bulk import (SIGKILL) at random moments', () => {
  it('keeps the database intact and every batch reported as committed, whole', async () => {
    const report = await runImportCrashSoak({ dir: tempDir(), kills: 20, seed: 20261125, files: 40, batch: 5 })
    expect(report.problems).toEqual([])
    expect(report.kills).toBe(20)
    expect(report.integrityErrors).toBe(0)
    expect(report.lostBatches).toBe(0)
    expect(report.partialRuns).toBe(0)
    expect(report.reopenedOk).toBe(true)
    // the kills hit imports under way, with batches committed before them
    expect(report.killsInImport).toBeGreaterThan(10)
    expect(report.verifiedBatches).toBeGreaterThan(20)
  }, 60_000)
})
