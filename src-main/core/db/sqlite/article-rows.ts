import type BetterSqlite3 from 'better-sqlite3'
import type { ArticleRows } from '../ports.ts'

type Row = ArticleRows['tables'][number]['rows'][number]

/** A table whose rows go when a parent row goes (ON DELETE CASCADE), and how to find them. */
interface Dependent {
  table: string
  /** SQL condition on this table's rows that are deleted with the article whose id is @id */
  where: string
}

const quoteId = (name: string): string => `"${name.replace(/"/g, '""')}"`

/**
 * Every table whose rows are deleted with an article: claims, and whatever later
 * migrations hang off claims (their ON DELETE CASCADE foreign keys), parents
 * first. Read from the schema, so the trash keeps working as the schema grows.
 * (Schema introspection and dynamic table names: SQL Kysely's builder does not model.)
 */
function cascadeTables(sqlite: BetterSqlite3.Database): Dependent[] {
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[]
  const out: Dependent[] = [{ table: 'articles', where: 'id = @id' }]
  for (let i = 0; i < out.length; i++) {
    const parent = out[i]!
    for (const table of tables) {
      if (out.some((d) => d.table === table)) continue
      type ForeignKey = { table: string; from: string; to: string | null; on_delete: string }
      const fks = (sqlite.pragma(`foreign_key_list(${quoteId(table)})`) as ForeignKey[]).filter(
        (fk) => fk.table === parent.table && fk.on_delete.toUpperCase() === 'CASCADE'
      )
      if (!fks.length) continue
      const where = fks.map(
        (fk) => `${quoteId(fk.from)} IN (SELECT ${fk.to ? quoteId(fk.to) : 'rowid'} FROM ${quoteId(parent.table)} WHERE ${parent.where})`
      )
      out.push({ table, where: where.join(' OR ') })
    }
  }
  return out
}

/** Reads an article's rows and the rows deleted with it, then deletes the article (the cascade takes the rest). */
export function takeArticleRows(sqlite: BetterSqlite3.Database, articleId: number): ArticleRows {
  const tables = cascadeTables(sqlite).map(({ table, where }) => ({
    table,
    rows: sqlite.prepare(`SELECT * FROM ${quoteId(table)} WHERE ${where}`).all({ id: articleId }) as Row[]
  }))
  sqlite.prepare('DELETE FROM articles WHERE id = ?').run(articleId)
  return { tables }
}

/** Why rows cannot go back: the problem in a sentence, or null when they can. */
export function restoreClash(sqlite: BetterSqlite3.Database, rows: ArticleRows): string | null {
  const article = rows.tables.find((t) => t.table === 'articles')?.rows[0]
  if (!article) return 'the deleted article was not kept'
  const clash = sqlite.prepare('SELECT id, title FROM articles WHERE id = ? OR content_hash = ?').get(article.id, article.content_hash) as
    { id: number; title: string } | undefined
  if (clash) return `it is in the library again (article ${clash.id}, “${clash.title}”)`
  const claimIds = rows.tables.find((t) => t.table === 'claims')?.rows.map((r) => r.id) ?? []
  const taken = claimIds.length
    ? (sqlite
        .prepare('SELECT count(*) FROM claims WHERE id IN (SELECT value FROM json_each(?))')
        .pluck()
        .get(JSON.stringify(claimIds)) as number)
    : 0
  if (taken) return `${taken} of its claims' ids were given to new claims`
  return null
}

/** Puts the rows back as they were (call restoreClash first). Columns dropped since are left out, new ones get their default. */
export function putArticleRows(sqlite: BetterSqlite3.Database, rows: ArticleRows): void {
  const known = new Set(cascadeTables(sqlite).map((d) => d.table))
  for (const { table, rows: list } of rows.tables) {
    if (!known.has(table)) continue // a table dropped since the delete
    const columns = new Set((sqlite.pragma(`table_info(${quoteId(table)})`) as { name: string }[]).map((c) => c.name))
    const statements = new Map<string, BetterSqlite3.Statement>()
    for (const row of list) {
      const keys = Object.keys(row).filter((k) => columns.has(k))
      const signature = keys.join('\u0000')
      let insert = statements.get(signature)
      if (!insert) {
        const values = keys.map(() => '?').join(', ')
        insert = sqlite.prepare(`INSERT INTO ${quoteId(table)} (${keys.map(quoteId).join(', ')}) VALUES (${values})`)
        statements.set(signature, insert)
      }
      insert.run(...keys.map((k) => row[k]))
    }
  }
}
