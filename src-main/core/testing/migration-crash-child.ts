// Opens a database with the migrations in a folder, as the app's start-up does
// (read-only inspection, backup, then each migration in its own transaction), so
// migration-crash-soak.ts can kill it part way. Prints {"event":"ready"} before
// and {"event":"done","version":N} after.
// Usage: migration-crash-child --db FILE --migrations DIR
import { parseArgs } from 'node:util'
import { loadMigrations } from '../db/migrate.ts'
import { openDatabase } from '../db/open.ts'

const { values } = parseArgs({ options: { db: { type: 'string' }, migrations: { type: 'string' } } })
process.stdout.write('{"event":"ready"}\n')
const database = openDatabase(values.db!, { migrations: loadMigrations(values.migrations!) })
const version = database.schemaVersion
await database.close()
process.stdout.write(JSON.stringify({ event: 'done', version }) + '\n')
