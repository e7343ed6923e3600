import type BetterSqlite3 from 'better-sqlite3'
import type { ExportSelection } from '../../../contract/export.ts'
import { CLAIMS_FROM, claimQuerySql } from './claim-query.ts'
import { claimCountSql, claimViewSql } from './claim-page-sql.ts'

const ID_CHUNK = 500

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size)
}

const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ')

/**
 * The rows of an export selection as arrays of `columns` (SQL over `c` = claims,
 * `a` = articles; the first column must be `c.id`), in the selection's order:
 * a claim query's own order, or the order of the given ids (ids no longer in the
 * database are skipped). Streams: never holds more than one chunk of ids' rows.
 */
export function* selectRows(sqlite: BetterSqlite3.Database, selection: ExportSelection, columns: string): Generator<unknown[]> {
  if ('query' in selection || 'view' in selection) {
    const { sql, params } = 'query' in selection ? claimQuerySql(selection.query, columns) : claimViewSql(selection.view, columns)
    yield* sqlite
      .prepare(sql)
      .raw(true)
      .iterate(...params) as IterableIterator<unknown[]>
    return
  }
  const statements = new Map<number, BetterSqlite3.Statement>()
  for (const ids of chunks(selection.ids, ID_CHUNK)) {
    let statement = statements.get(ids.length)
    if (!statement) {
      statement = sqlite.prepare(`SELECT ${columns} ${CLAIMS_FROM} WHERE c.id IN (${placeholders(ids.length)})`).raw(true)
      statements.set(ids.length, statement)
    }
    const byId = new Map((statement.all(...ids) as unknown[][]).map((row) => [row[0] as number, row]))
    for (const id of ids) {
      const row = byId.get(id)
      if (row) yield row
    }
  }
}

/** How many claims the selection holds now. */
export function countSelection(sqlite: BetterSqlite3.Database, selection: ExportSelection): number {
  if ('view' in selection) {
    const { sql, params } = claimCountSql(selection.view)
    return sqlite
      .prepare(sql)
      .pluck()
      .get(...params) as number
  }
  if ('query' in selection) {
    const { sql, params } = claimQuerySql(selection.query, 'c.id')
    return sqlite
      .prepare(`SELECT count(*) FROM (${sql})`)
      .pluck()
      .get(...params) as number
  }
  let n = 0
  for (const ids of chunks(selection.ids, ID_CHUNK)) {
    n += sqlite
      .prepare(`SELECT count(*) FROM claims WHERE id IN (${placeholders(ids.length)})`)
      .pluck()
      .get(...ids) as number
  }
  return n
}
