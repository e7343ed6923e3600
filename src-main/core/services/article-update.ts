import type { ArticleSummary } from '../../contract/articles.ts'
import type { ArticleChanges } from '../../contract/library.ts'
import type { Updateable } from 'kysely'
import type { ArticlesTable } from '../db/schema.ts'
import { writeTransaction, type Store } from '../db/store.ts'
import { getArticleSummary } from './articles.ts'

/** The columns a person may edit. The body never changes after import: claim offsets index into it. */
const EDITABLE = { title: 'title', source: 'source', published: 'published', url: 'url' } as const

/** Changes an article's title, source, date or address; fields left out stay as they are. */
export function updateArticle(store: Store, changes: ArticleChanges): Promise<ArticleSummary> {
  const { id, ...fields } = changes
  const set: Updateable<ArticlesTable> = {}
  for (const [key, column] of Object.entries(EDITABLE) as [keyof typeof EDITABLE, (typeof EDITABLE)[keyof typeof EDITABLE]][]) {
    if (fields[key] !== undefined) Object.assign(set, { [column]: fields[key] })
  }
  return writeTransaction(store, async ({ db }) => {
    await getArticleSummary(db, id) // not_found before anything else
    if (Object.keys(set).length) await db.updateTable('articles').set(set).where('id', '=', id).execute()
    return getArticleSummary(db, id)
  })
}
