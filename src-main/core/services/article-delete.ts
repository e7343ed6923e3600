import type BetterSqlite3 from 'better-sqlite3'
import { WorkbenchError } from '../../contract/errors.ts'
import type { ArticleSnapshot } from '../../contract/library.ts'
import type { Database } from '../db/open.ts'
import { canonicalText, contentHash } from './canonical-text.ts'

type Value = string | number | null
type Row = Record<string, Value>

/** A table whose rows go when a parent row goes (ON DELETE CASCADE), and how to find them. */
interface Dependent {
  table: string
  /** SQL condition on this table's rows that are deleted with the articles whose ids are the JSON array @ids */
  where: string
}

const quoteId = (name: string): string => `"${name.replace(/"/g, '""')}"`

/**
 * Every table whose rows are deleted with an article: claims, and whatever later
 * migrations hang off claims (their ON DELETE CASCADE foreign keys), parents
 * first. Read from the schema, so undo keeps working as the schema grows.
 */
export function cascadeTables(sqlite: BetterSqlite3.Database): Dependent[] {
  const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[])
  const out: Dependent[] = [{ table: 'articles', where: 'id IN (SELECT value FROM json_each(@ids))' }]
  for (let i = 0; i < out.length; i++) {
    const parent = out[i]!
    for (const table of tables) {
      if (out.some((d) => d.table === table)) continue
      const fks = (sqlite.pragma(`foreign_key_list(${quoteId(table)})`) as { table: string; from: string; to: string | null; on_delete: string }[]).filter(
        (fk) => fk.table === parent.table && fk.on_delete.toUpperCase() === 'CASCADE'
      )
      if (!fks.length) continue
      const where = fks.map((fk) => `${quoteId(fk.from)} IN (SELECT ${fk.to ? quoteId(fk.to) : 'rowid'} FROM ${quoteId(parent.table)} WHERE ${parent.where})`)
      out.push({ table, where: where.join(' OR ') })
    }
  }
  return out
}

/**
 * Deletes articles with their claims (and rows depending on those) in one
 * transaction, and returns the rows exactly as they were, so restoreArticles can
 * undo it. All the ids must exist, or nothing is deleted.
 */
export function deleteArticles(database: Database, ids: number[]): { deleted: number[]; claims: number; undo: ArticleSnapshot } {
  const { sqlite } = database
  const unique = [...new Set(ids)]
  return sqlite
    .transaction(() => {
      const params = { ids: JSON.stringify(unique) }
      const found = sqlite.prepare('SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(@ids)) ORDER BY id').pluck().all(params) as number[]
      const missing = unique.filter((id) => !found.includes(id))
      if (missing.length) throw new WorkbenchError('not_found', `There is no article ${missing.slice(0, 10).join(', ')}; nothing was deleted.`, { missing })
      const tables = cascadeTables(sqlite).map(({ table, where }) => ({
        table,
        rows: sqlite.prepare(`SELECT * FROM ${quoteId(table)} WHERE ${where}`).all(params) as Row[]
      }))
      sqlite.prepare('DELETE FROM articles WHERE id IN (SELECT value FROM json_each(@ids))').run(params)
      return { deleted: found, claims: tables.find((t) => t.table === 'claims')?.rows.length ?? 0, undo: { tables } }
    })
    .immediate()
}

/**
 * Puts deleted articles back, with the same ids, claims and everything else the
 * snapshot holds. Refused as a whole (nothing written) when an id is taken again
 * or the same text was imported again in the meantime.
 */
export function restoreArticles(database: Database, snapshot: ArticleSnapshot): { restored: number[] } {
  const { sqlite } = database
  const allowed = new Map(cascadeTables(sqlite).map((d, i) => [d.table, i]))
  const tables = [...snapshot.tables].sort((a, b) => (allowed.get(a.table) ?? -1) - (allowed.get(b.table) ?? -1))
  for (const t of tables) {
    if (!allowed.has(t.table)) throw new WorkbenchError('invalid_input', `Cannot restore rows of "${t.table}": it is not deleted with articles.`)
  }
  const articles = tables.find((t) => t.table === 'articles')?.rows ?? []
  for (const a of articles) {
    if (typeof a.body !== 'string' || canonicalText(a.body) !== a.body || a.content_hash !== contentHash(a.body)) {
      throw new WorkbenchError('invalid_input', `Cannot restore article ${String(a.id)}: its text does not match its stored hash.`)
    }
  }
  return sqlite
    .transaction(() => {
      for (const a of articles) {
        const clash = sqlite.prepare('SELECT id, title FROM articles WHERE id = ? OR content_hash = ?').get(a.id, a.content_hash) as { id: number; title: string } | undefined
        if (clash) {
          throw new WorkbenchError('conflict', `Cannot undo: "${String(a.title)}" is in the library again (article ${clash.id}, "${clash.title}"). Nothing was restored.`)
        }
      }
      for (const { table, rows } of tables) {
        // columns the table has now: a column dropped since the delete is left out, a new one gets its default
        const columns = new Set((sqlite.pragma(`table_info(${quoteId(table)})`) as { name: string }[]).map((c) => c.name))
        const statements = new Map<string, BetterSqlite3.Statement>()
        for (const row of rows) {
          const keys = Object.keys(row).filter((k) => columns.has(k))
          const signature = keys.join('\u0000')
          let insert = statements.get(signature)
          if (!insert) {
            insert = sqlite.prepare(`INSERT INTO ${quoteId(table)} (${keys.map(quoteId).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`)
            statements.set(signature, insert)
          }
          insert.run(...keys.map((k) => row[k]))
        }
      }
      return { restored: articles.map((a) => Number(a.id)) }
    })
    .immediate()
}
