import type { OutputOf, ParsedInputOf } from '../../contract/index.ts'
import type { CoreContext } from '../context.ts'
import { updateClaim } from '../services/claims.ts'
import { claimHistory, historyState } from '../services/claim-history.ts'

/**
 * claims.update: the save, then (after its commit) what the app shows of it when asked — the claim's history and
 * the undo state — so a tag key is one round trip, not a save followed by two reads.
 */
export async function updateAndRefresh(
  ctx: CoreContext,
  { id, patch, refresh = [] }: ParsedInputOf<'claims.update'>
): Promise<OutputOf<'claims.update'>> {
  const row = await updateClaim(ctx.database, id, patch)
  const db = ctx.database.db
  const [history, undoState] = await Promise.all([
    refresh.includes('history') ? claimHistory(db, id) : undefined,
    refresh.includes('undo') ? historyState(db) : undefined
  ])
  return { ...row, ...(history && { history }), ...(undoState && { undoState }) }
}
