import type { Kysely } from 'kysely'
import type { TeamStatus } from '../../../contract/team.ts'
import type { DB } from '../../db/schema.ts'
import { readLink } from './link.ts'

export async function teamStatus(db: Kysely<DB>): Promise<TeamStatus> {
  const link = await readLink(db)
  if (!link) return { linked: false, url: null, analyst: null, blind: false, lastSyncAt: null, lastError: null, pending: 0, analysts: [] }
  const outbox = await db
    .selectFrom('team_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('pushed', '=', 0)
    .executeTakeFirst()
  const captured = await db
    .selectFrom('team_changes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst()
  return {
    linked: true,
    url: link.url,
    analyst: link.analyst,
    blind: link.blind === 1,
    lastSyncAt: link.last_sync_at,
    lastError: link.last_error,
    pending: Number(outbox?.n ?? 0) + Number(captured?.n ?? 0),
    analysts: JSON.parse(link.analysts) as string[]
  }
}
