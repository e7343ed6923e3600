import type { ArticleSummary } from '../../contract/articles.ts'
import type { ArticleChanges } from '../../contract/library.ts'
import type { Updateable } from 'kysely'
import type { Database } from '../db/open.ts'
import type { ArticlesTable } from '../db/schema.ts'
import { runWrite, sqliteQueries as q } from '../db/sqlite/run-sync.ts'
import { getArticleSummary } from './articles.ts'

/** The columns a person may edit. The body never changes after import: claim offsets index into it. */
const EDITABLE = { title: 'title', source: 'source', published: 'published', url: 'url' } as const

/** Changes an article's title, source, date or address; fields left out stay as they are. */
export function updateArticle(database: Database, changes: ArticleChanges): ArticleSummary {
  const { id, ...fields } = changes
  const set: Updateable<ArticlesTable> = {}
  for (const [key, column] of Object.entries(EDITABLE) as [keyof typeof EDITABLE, (typeof EDITABLE)[keyof typeof EDITABLE]][]) {
    if (fields[key] !== undefined) Object.assign(set, { [column]: fields[key] })
  }
  getArticleSummary(database, id) // not_found before anything else
  if (Object.keys(set).length) runWrite(database.sqlite, q.updateTable('articles').set(set).where('id', '=', id))
  return getArticleSummary(database, id)
}
