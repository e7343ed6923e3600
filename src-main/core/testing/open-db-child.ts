// Starts the core on a database as the app does and tries one save, then prints
// one JSON line: {"event":"saved"} or {"event":"refused","code":…,"message":…}.
// Anything else (a crash) ends it with a stack trace and a non-zero exit.
// Usage: open-db-child --db FILE
import { parseArgs } from 'node:util'
import { WorkbenchError } from '../../contract/errors.ts'
import { startCore } from '../core.ts'

const { values } = parseArgs({ options: { db: { type: 'string' } } })
try {
  const core = await startCore(values.db!, { transport: 'direct', seed: false })
  const saved = await core.dispatch('lexicon.add', { confidence: 'assess', phrase: 'we gather' })
  await core.close()
  process.stdout.write(JSON.stringify(saved.ok ? { event: 'saved' } : { event: 'refused', ...saved.error }) + '\n')
} catch (err) {
  if (!(err instanceof WorkbenchError)) throw err
  process.stdout.write(JSON.stringify({ event: 'refused', code: err.code, message: err.message }) + '\n')
}
