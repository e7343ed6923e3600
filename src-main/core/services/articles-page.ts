import type { ArticleSummary } from '../../contract/articles.ts'
import type { Store } from '../db/store.ts'

/** One window of the library list, in its order, with the library's size (contract/article-page.ts). */
export const articlesPage = (
  { db, ports }: Store,
  input: { offset?: number; after?: [string | null, number]; limit: number }
): Promise<{ rows: ArticleSummary[]; total: number }> => ports.articles.page(db, input)
