// Another program writing to the database: opens it, starts a write transaction
// (holding SQLite's write lock), writes a row, prints {"event":"ready"}, and
// commits when its stdin closes.
// Usage: lock-holder-child --db FILE
import { parseArgs } from 'node:util'
import Sqlite from 'better-sqlite3'

const { values } = parseArgs({ options: { db: { type: 'string' } } })
const sqlite = new Sqlite(values.db!)
sqlite.exec('BEGIN IMMEDIATE')
sqlite.prepare("INSERT INTO settings (key, value) VALUES ('other-program', 'was here')").run()
process.stdout.write('{"event":"ready"}\n')
process.stdin.resume()
process.stdin.on('end', () => {
  sqlite.exec('COMMIT')
  sqlite.close()
  process.stdout.write('{"event":"done"}\n')
})
