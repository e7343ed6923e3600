import type { ArticlePageInput, LibraryView } from '../../contract/article-page.ts'
import type { ArticleSummary } from '../../contract/articles.ts'
import type { Store } from '../db/store.ts'

/** One window of the library list or of a view, in its order, with its size (contract/article-page.ts). */
export const articlesPage = ({ db, ports }: Store, input: ArticlePageInput): Promise<{ rows: ArticleSummary[]; total: number | null }> =>
  ports.articles.page(db, input)

export const articlesIds = ({ db, ports }: Store, input: { view: LibraryView; offset: number; limit: number }): Promise<number[]> =>
  ports.articles.ids(db, input.view, input.offset, input.limit)

export async function articlesPosition({ db, ports }: Store, input: { view: LibraryView; id: number }): Promise<{ index: number | null }> {
  return { index: await ports.articles.position(db, input.view, input.id) }
}

export const articlesSources = ({ db, ports }: Store): Promise<string[]> => ports.articles.sources(db)
