import { randomBytes } from 'node:crypto'
import { realpathSync } from 'node:fs'
import { hostname } from 'node:os'
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'

const KEY = 'team.device_home'

/** Where this database lives: the machine and the file. A copy carried to another laptop (or path) lives elsewhere. */
export function deviceHome(path: string): string {
  let real = path
  try {
    real = realpathSync(path)
  } catch {
    // an in-memory or vanished file: its path as given
  }
  return `${hostname()}:${real}`
}

/**
 * A database file copied to a second laptop (a backup restored, the office file
 * taken home) carries the first one's device id. Two laptops under one device id
 * never see each other's events (a pull leaves out the puller's own device's),
 * and their clocks would collide. So a linked database found at a new home takes
 * a new device id before it makes any event; the old one's events stay valid and
 * come back to it once as another device's (already here, so nothing changes).
 * Returns true when it re-keyed. Inside or outside a transaction.
 */
export async function ensureOwnDevice(db: Kysely<DB>, home: string): Promise<boolean> {
  const link = await db.selectFrom('team_link').select('device').where('id', '=', 1).executeTakeFirst()
  if (!link) return false
  const known = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst()
  if (known?.value === home) return false
  if (known)
    await db
      .updateTable('team_link')
      .set({ device: randomBytes(8).toString('hex') })
      .where('id', '=', 1)
      .execute()
  await db
    .insertInto('settings')
    .values({ key: KEY, value: home })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: home }))
    .execute()
  return known !== undefined
}
