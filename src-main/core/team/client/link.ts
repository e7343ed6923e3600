import { randomBytes } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import { WorkbenchError } from '../../../contract/errors.ts'
import type { DB, TeamLinkTable } from '../../db/schema.ts'
import { immediateTransaction } from '../../db/sqlite/immediate.ts'

export type TeamLink = Omit<TeamLinkTable, 'cursor' | 'blind' | 'analysts' | 'joined_at'> & {
  cursor: number
  blind: number
  analysts: string
  joined_at: string
}

export async function readLink(db: Kysely<DB>): Promise<TeamLink | undefined> {
  return db.selectFrom('team_link').selectAll().where('id', '=', 1).executeTakeFirst()
}

export async function requireLink(db: Kysely<DB>): Promise<TeamLink> {
  const link = await readLink(db)
  if (!link)
    throw new WorkbenchError(
      'rejected',
      'This database has not joined a team: run `workbench team join URL --as NAME --token TOKEN` first.'
    )
  return link
}

/**
 * Links this database to a team as `analyst`: a new device id, and every claim
 * already here becomes this analyst's, with a global id and a "created" change
 * waiting to be pushed. Joining again (same analyst) updates the URL and token;
 * another analyst's name on a database with a link is refused.
 */
export async function linkTeam(db: Kysely<DB>, url: string, analyst: string, token: string): Promise<TeamLink> {
  await immediateTransaction(db, async (trx) => {
    const existing = await trx.selectFrom('team_link').select(['analyst']).where('id', '=', 1).executeTakeFirst()
    if (existing && existing.analyst !== analyst) {
      throw new WorkbenchError(
        'conflict',
        `This database belongs to analyst ${existing.analyst} on its team; it cannot join as ${analyst}. Use another database file (--db).`
      )
    }
    if (existing) {
      await trx.updateTable('team_link').set({ url, token, last_error: null }).where('id', '=', 1).execute()
      return
    }
    await trx
      .insertInto('team_link')
      .values({ id: 1, url, analyst, token, device: randomBytes(8).toString('hex'), clock: null })
      .execute()
    // the claims made before joining: ids, then one "insert" change each, like the trigger records for new ones
    // raw SQL: the same randomblob()/json_object() expressions as migration 0007's trigger, one statement for all claims
    await sql`UPDATE claims SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL`.execute(trx)
    await sql`INSERT INTO team_changes (op, uid, article_hash, after, at)
      SELECT 'insert', c.uid, a.content_hash,
             json_object('start', c.start, 'end', c."end", 'quote', c.quote, 'prefix', c.prefix, 'suffix', c.suffix,
                         'confidence', c.confidence, 'attributedTo', c.attributed_to, 'note', c.note,
                         'sourceReliability', c.source_reliability, 'claimCredibility', c.claim_credibility),
             c.updated_at
      FROM claims c JOIN articles a ON a.id = c.article_id ORDER BY c.id`.execute(trx)
  })
  return requireLink(db)
}

export async function recordSyncResult(db: Kysely<DB>, error: string | null): Promise<void> {
  const set = error === null ? { last_sync_at: new Date().toISOString(), last_error: null } : { last_error: error }
  await db.updateTable('team_link').set(set).where('id', '=', 1).execute()
}
