import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { appRoot } from '../app-root.ts'

const SAMPLE = 'atlas-ti-23-codebook-sample.qdpx'

/**
 * The real ATLAS.ti 23 export the import tests read. It is not in the repository
 * (a user's export, no licence stated; fixtures/standards/README.md): it is looked for
 * in $WORKBENCH_STANDARDS_DIR, else in shared/standards beside the repository (or beside
 * the folder of git worktrees holding it). Where it is missing the test that reads it does not run, and says so on
 * stderr; the import of other programs' files is tested on a hand-built file (foreign-qdpx.ts) everywhere.
 */
export function atlasSamplePath(): string | undefined {
  const candidates = [
    process.env.WORKBENCH_STANDARDS_DIR,
    join(appRoot(), '..', 'shared', 'standards'),
    join(appRoot(), '..', '..', 'shared', 'standards')
  ]
    .filter((d): d is string => !!d)
    .map((d) => join(d, SAMPLE))
  const found = candidates.find((p) => existsSync(p))
  if (!found)
    process.stderr.write(
      `The ATLAS.ti sample ${SAMPLE} is not in any of ${candidates.join(', ')}: its import test does not run (set WORKBENCH_STANDARDS_DIR).\n`
    )
  return found
}
