import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.ts'
import { DEFAULT_ANALYST } from '../qdpx/vocabulary.ts'

/** The settings key of the analyst's name (the REFI-QDA user of exported projects). */
export const ANALYST_KEY = 'exchange.analyst'

export async function getAnalyst(db: Kysely<DB>): Promise<{ name: string }> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', ANALYST_KEY).executeTakeFirst()
  return { name: row?.value ?? DEFAULT_ANALYST }
}

export async function setAnalyst(db: Kysely<DB>, name: string): Promise<{ name: string }> {
  await db
    .insertInto('settings')
    .values({ key: ANALYST_KEY, value: name })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: name }))
    .execute()
  return { name }
}
