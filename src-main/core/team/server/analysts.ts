import { createHash, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import { WorkbenchError } from '../../../contract/errors.ts'
import { teamAnalystName } from '../../../contract/team-events.ts'
import type { TeamDB } from '../../db/postgres/team-schema.ts'

export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex')

export interface Analyst {
  id: number
  name: string
}

/** Creates an analyst with a new secret token, returned once: only its hash is stored. */
export async function addAnalyst(db: Kysely<TeamDB>, nameIn: string): Promise<{ name: string; token: string }> {
  const parsed = teamAnalystName.safeParse(nameIn)
  if (!parsed.success)
    throw new WorkbenchError('invalid_input', `"${nameIn.slice(0, 100)}" cannot be an analyst's name: ${parsed.error.issues[0]?.message}.`)
  const name = parsed.data
  const token = `wbt_${randomBytes(32).toString('base64url')}`
  const inserted = await db
    .insertInto('analysts')
    .values({ name, token_hash: hashToken(token) })
    .onConflict((oc) => oc.column('name').doNothing())
    .returning('id')
    .executeTakeFirst()
  if (!inserted)
    throw new WorkbenchError('conflict', `There is already an analyst named ${name} (revoke-analyst, then add again, gives a new token).`)
  return { name, token }
}

/** Revokes an analyst's token: their events stay, their pushes and pulls are refused. */
export async function revokeAnalyst(db: Kysely<TeamDB>, name: string): Promise<void> {
  const r = await db
    .updateTable('analysts')
    .set({ revoked_at: new Date() })
    .where('name', '=', name)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  if (Number(r.numUpdatedRows) === 0) throw new WorkbenchError('not_found', `There is no analyst named ${name} with a live token.`)
  // a revoked name can be added again with a new token: free the name, keep the row for the events
  await db
    .updateTable('analysts')
    .set({ name: `${name}@revoked-${Date.now()}` })
    .where('name', '=', name)
    .execute()
}

/** The analyst a token belongs to, or an `unauthorized` error (wrong, missing or revoked token). */
export async function authenticate(db: Kysely<TeamDB>, token: string | undefined): Promise<Analyst> {
  if (!token) throw new WorkbenchError('unauthorized', 'Refused: no analyst token (Authorization: Bearer <token>).')
  const row = await db
    .selectFrom('analysts')
    .select(['id', 'name'])
    .where('token_hash', '=', hashToken(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  if (!row) throw new WorkbenchError('unauthorized', 'Refused: the analyst token is wrong or has been revoked.')
  return row
}

export async function analystNames(db: Kysely<TeamDB>): Promise<string[]> {
  return (await db.selectFrom('analysts').select('name').where('revoked_at', 'is', null).orderBy('name').execute()).map((r) => r.name)
}

export async function isBlind(db: Kysely<TeamDB>): Promise<boolean> {
  const row = await db.selectFrom('team_settings').select('value').where('key', '=', 'blind').executeTakeFirst()
  return row?.value === 'true'
}

export async function setBlind(db: Kysely<TeamDB>, blind: boolean): Promise<void> {
  await db
    .insertInto('team_settings')
    .values({ key: 'blind', value: String(blind) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(blind) }))
    .execute()
}
