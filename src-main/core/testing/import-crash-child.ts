// A bulk import meant to be killed: started (bundled) by import-crash-soak.ts.
// It opens (creating and migrating) the database as the app does, imports generated reports in batches
// through the import service, and prints one JSON line per event on stdout:
//   {"event":"ready"}                                  the database is open (migrated)
//   {"event":"batch","results":[{"i":…,"status":…,"id":…,"title":…}]}   that batch has committed
//   {"event":"done"}
// Usage: import-crash-child --db FILE --run N --files N --batch N
import { parseArgs } from 'node:util'
import { openDatabase } from '../db/open.ts'
import { importEntries } from '../import/import-entries.ts'
import type { ImportEntry } from '../import/read-paths.ts'
import { crashReportText, crashReportName, crashFileIndex } from './crash-reports.ts'

const { values } = parseArgs({
  options: { db: { type: 'string' }, run: { type: 'string' }, files: { type: 'string' }, batch: { type: 'string' } }
})
const run = Number(values.run)
const files = Number(values.files)

const say = (line: object): void => {
  process.stdout.write(JSON.stringify(line) + '\n') // a pipe: written synchronously, so a line printed is a line the parent gets
}

const database = openDatabase(values.db!)
say({ event: 'ready' })

const entries: ImportEntry[] = Array.from({ length: files }, (_, i) => {
  const name = crashReportName(run, i)
  return { name, load: async () => crashReportText(run, i) }
})

await importEntries(database, entries, {
  batchFiles: Number(values.batch),
  batchChars: Number.MAX_SAFE_INTEGER, // batches by file count only, so the parent knows where each one ends
  batchMs: Number.MAX_SAFE_INTEGER,
  onCommitted: (results) =>
    say({ event: 'batch', results: results.map((r) => ({ i: crashFileIndex(r.path), status: r.status, id: r.id, title: r.title })) })
})
await database.close()
say({ event: 'done' })
