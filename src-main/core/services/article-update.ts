import type { ArticleSummary } from '../../contract/articles.ts'
import type { ArticleChanges } from '../../contract/library.ts'
import type { Database } from '../db/open.ts'
import { getArticleSummary } from './articles.ts'

/** The columns a person may edit. The body never changes after import: claim offsets index into it. */
const EDITABLE = { title: 'title', source: 'source', published: 'published', url: 'url' } as const

/** Changes an article's title, source, date or address; fields left out stay as they are. */
export function updateArticle(database: Database, changes: ArticleChanges): ArticleSummary {
  const { id, ...fields } = changes
  const sets: string[] = []
  const params: unknown[] = []
  for (const [key, column] of Object.entries(EDITABLE)) {
    const value = fields[key as keyof typeof EDITABLE]
    if (value === undefined) continue
    sets.push(`${column} = ?`)
    params.push(value)
  }
  getArticleSummary(database, id) // not_found before anything else
  if (sets.length) database.sqlite.prepare(`UPDATE articles SET ${sets.join(', ')} WHERE id = ?`).run(...params, id)
  return getArticleSummary(database, id)
}
