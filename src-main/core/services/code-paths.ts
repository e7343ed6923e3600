import { randomUUID } from 'node:crypto'
import type BetterSqlite3 from 'better-sqlite3'

/**
 * The code a file names by GUID and path ("Military" › "Troop movements"): the
 * code with that GUID if there is one, else the one at that path (names compared
 * ignoring case), else created there, with any missing parents. Synchronous, for
 * importers that store inside one transaction (hence raw statements, not the async
 * builder of codes.ts). Returns the code's id.
 */
export function ensureCodePath(sqlite: BetterSqlite3.Database, guid: string, path: string[]): number {
  const byGuid = sqlite.prepare('SELECT id FROM codes WHERE guid = ?').pluck()
  const found = byGuid.get(guid.toUpperCase()) as number | undefined
  if (found !== undefined) return found
  const byName = sqlite.prepare('SELECT id FROM codes WHERE coalesce(parent_id, 0) = coalesce(?, 0) AND name = ? COLLATE NOCASE').pluck()
  const position = sqlite.prepare('SELECT coalesce(max(position) + 1, 0) FROM codes WHERE coalesce(parent_id, 0) = coalesce(?, 0)').pluck()
  const insert = sqlite.prepare('INSERT INTO codes (guid, parent_id, name, position) VALUES (?, ?, ?, ?)')
  let parent: number | null = null
  path.forEach((raw, i) => {
    const name = raw.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200) || 'Unnamed code'
    const existing = byName.get(parent, name) as number | undefined
    const leaf = i === path.length - 1
    parent = existing ?? Number(insert.run(leaf ? guid.toUpperCase() : randomUUID().toUpperCase(), parent, name, position.get(parent)).lastInsertRowid)
  })
  return parent!
}
