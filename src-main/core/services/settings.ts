import type { Database } from '../db/open.ts'
import { firstRow, runWrite } from '../db/sqlite/run-sync.ts'

export function getSetting({ sqlite, db }: Database, key: string): string | undefined {
  return firstRow(sqlite, db.selectFrom('settings').select('value').where('key', '=', key))?.value
}

export function setSetting({ sqlite, db }: Database, key: string, value: string): void {
  runWrite(
    sqlite,
    db
      .insertInto('settings')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
  )
}
