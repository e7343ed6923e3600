import { CompiledQuery } from 'kysely'
import type { ClaimCursor, ClaimPage, ClaimPageInput, ClaimView } from '../../contract/claim-page.ts'
import type { ClaimRow } from '../../contract/claims.ts'
import type { Database } from '../db/open.ts'
import { claimCountSql, claimGroupsSql, claimPageSql, claimRowsSql } from '../db/sqlite/claim-page-sql.ts'
import { refreshClaimFolds } from '../db/sqlite/claim-folds.ts'

/** Text and speaker filters read the folded columns: fold what was written since (another tool, a new claim). */
function foldFor(database: Database, view: ClaimView): void {
  if (view.text || view.speaker !== undefined || view.speakers?.length || view.groupBy === 'attributedTo')
    refreshClaimFolds(database.sqlite)
}

async function rows<R>(database: Database, q: { sql: string; params: unknown[] }): Promise<R[]> {
  return (await database.db.executeQuery<R>(CompiledQuery.raw(q.sql, q.params))).rows
}

export async function countClaims(database: Database, view: ClaimView): Promise<{ total: number }> {
  foldFor(database, view)
  const [row] = await rows<{ total: number }>(database, claimCountSql(view))
  return { total: row?.total ?? 0 }
}

/** One window of a claim view (contract/claim-page.ts), with each row's cursor and, when asked, the view's count. */
export async function claimsPage(database: Database, input: ClaimPageInput): Promise<ClaimPage> {
  foldFor(database, input.view)
  const q = claimPageSql(input.view, input, input.limit)
  const ids = (await rows<{ id: number }>(database, q)).map((r) => r.id)
  if (q.reverse) ids.reverse()
  const byId = new Map<number, Record<string, unknown>>()
  if (ids.length > 0) {
    const r = claimRowsSql(input.view, ids)
    for (const row of await rows<Record<string, unknown>>(database, r)) byId.set(row.id as number, row)
  }
  const cursors: ClaimCursor[] = []
  const out: ClaimRow[] = []
  for (const id of ids) {
    const r = byId.get(id)
    if (!r) continue // deleted between the two reads
    const cursor: ClaimCursor = []
    for (const key of Object.keys(r).filter((k) => /^k\d+$/.test(k))) {
      cursor.push(r[key] as string | number | null)
      delete r[key]
    }
    cursors.push(cursor)
    out.push(r as unknown as ClaimRow)
  }
  const total = input.count ? (await countClaims(database, input.view)).total : null
  const offset = input.after === undefined && input.before === undefined ? (input.offset ?? 0) : null
  return { rows: out, cursors, offset, total }
}

export async function claimGroups(
  database: Database,
  view: ClaimView & { groupBy: NonNullable<ClaimView['groupBy']> }
): Promise<{ group: string; count: number }[]> {
  foldFor(database, view)
  return rows<{ group: string; count: number }>(database, claimGroupsSql(view))
}
