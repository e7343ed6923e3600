import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.ts'
import { codeTree } from '../services/codes.ts'

/** An export column's SQL (over `c` = claims): the claim's code ids, comma-separated, or null. */
export const CODE_IDS_SQL = '(SELECT group_concat(code_id) FROM claim_codes WHERE claim_id = c.id)'

export interface CodeLabel {
  guid: string
  path: string[]
  /** the path as one text: "Military / Troop movements" */
  label: string
  /** place in the codebook (depth-first) */
  order: number
}

/** Every code by id, with its path, read once per export. */
export async function codeLabels(db: Kysely<DB>): Promise<Map<number, CodeLabel>> {
  const rows: Parameters<typeof codeTree>[0] = await db
    .selectFrom('codes')
    .select(['id', 'guid', 'parent_id', 'name', 'color', 'description', 'position'])
    .orderBy('position')
    .orderBy('id')
    .execute()
  return new Map(codeTree(rows, new Map()).map((c, order) => [c.id, { guid: c.guid, path: c.path, label: c.path.join(' / '), order }]))
}

/** The codes of a CODE_IDS_SQL cell, in codebook order. */
export function codesOfCell(cell: unknown, labels: Map<number, CodeLabel>): CodeLabel[] {
  if (typeof cell !== 'string' || cell === '') return []
  return cell
    .split(',')
    .flatMap((id) => labels.get(Number(id)) ?? [])
    .sort((a, b) => a.order - b.order)
}

/** Rows with the CODE_IDS_SQL cell at `column` replaced by the codes' labels, "; "-separated ('' when none). */
export function* withCodeLabels(rows: Iterable<unknown[]>, column: number, labels: Map<number, CodeLabel>): Generator<unknown[]> {
  for (const row of rows) {
    row[column] = codesOfCell(row[column], labels)
      .map((c) => c.label)
      .join('; ')
    yield row
  }
}
