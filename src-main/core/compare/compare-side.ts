import type { Article } from '../../contract/articles.ts'
import type { Database } from '../db/open.ts'
import { takenSpans } from '../services/article-claims.ts'
import { getArticle } from '../services/articles.ts'
import type { TakenSpans } from '../suggest/open-suggestions.ts'
import { storedClaims, type StoredClaim } from './claim-units.ts'

// Apart from compare-articles.ts so that the core's thread, which only reads, never loads the comparison's
// language tools: they load in the thread that compares (host/cpu-tasks.ts).

/** What the comparison reads from the database for one article; everything after it is pure. */
export interface CompareSide {
  article: Article
  claims: StoredClaim[]
  /** what the stored claims and rejected suggestions take away from the suggester's */
  taken: TakenSpans
}

/** One article and its stored claims: the comparison's only database reads. */
export async function compareSide(database: Database, articleId: number): Promise<CompareSide> {
  const article = await getArticle(database.db, articleId)
  return { article, claims: await storedClaims(database, articleId), taken: await takenSpans(database.db, articleId) }
}
