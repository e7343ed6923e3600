import type BetterSqlite3 from 'better-sqlite3'
import type { ClaimCursor, ClaimPage, ClaimPageInput, ClaimView } from '../../../contract/claim-page.ts'
import type { ClaimRow } from '../../../contract/claims.ts'
import { claimCountSql, claimGroupsSql, claimPageSql, claimRowsSql } from './claim-page-sql.ts'
import { refreshClaimFolds } from './claim-folds.ts'

/** Text and speaker filters (and speaker groups) read the folded columns: fold what was written since (another tool, a new claim). */
export function foldForView(sqlite: BetterSqlite3.Database, view: ClaimView): void {
  if (view.text || view.speaker !== undefined || view.speakers?.length || view.groupBy === 'attributedTo') refreshClaimFolds(sqlite)
}

const all = <R>(sqlite: BetterSqlite3.Database, q: { sql: string; params: unknown[] }): R[] => sqlite.prepare(q.sql).all(...q.params) as R[]

export function viewCount(sqlite: BetterSqlite3.Database, view: ClaimView): number {
  foldForView(sqlite, view)
  return all<{ total: number }>(sqlite, claimCountSql(view))[0]?.total ?? 0
}

/** One window of a claim view (contract/claim-page.ts): its ids first, then their rows, each with its cursor. */
export function claimWindow(sqlite: BetterSqlite3.Database, input: ClaimPageInput): ClaimPage {
  foldForView(sqlite, input.view)
  const q = claimPageSql(input.view, input, input.limit)
  const ids = all<{ id: number }>(sqlite, q).map((r) => r.id)
  if (q.reverse) ids.reverse()
  const byId = new Map<number, Record<string, unknown>>()
  if (ids.length > 0) for (const row of all<Record<string, unknown>>(sqlite, claimRowsSql(input.view, ids))) byId.set(row.id as number, row)
  const cursors: ClaimCursor[] = []
  const rows: ClaimRow[] = []
  for (const id of ids) {
    const r = byId.get(id)!
    const cursor: ClaimCursor = []
    for (const key of Object.keys(r).filter((k) => /^k\d+$/.test(k))) {
      cursor.push(r[key] as string | number | null)
      delete r[key]
    }
    cursors.push(cursor)
    rows.push(r as unknown as ClaimRow)
  }
  const total = input.count ? viewCount(sqlite, input.view) : null
  const offset = input.after === undefined && input.before === undefined ? (input.offset ?? 0) : null
  return { rows, cursors, offset, total }
}

export function viewGroups(sqlite: BetterSqlite3.Database, view: ClaimView): { group: string; count: number }[] {
  foldForView(sqlite, view)
  if (!view.groupBy) return []
  return all<{ group: string; count: number }>(sqlite, claimGroupsSql({ ...view, groupBy: view.groupBy }))
}
