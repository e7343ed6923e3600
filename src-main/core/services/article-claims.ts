import type { Database } from '../db/open.ts'
import { allRows } from '../db/sqlite/run-sync.ts'
import { keepOpen, rejectedKey, type TakenSpans } from '../suggest/open-suggestions.ts'
import { suggestClaims, type Suggestion } from '../suggest/suggest.ts'
import { effectiveLexicon } from './cue-lexicon.ts'

/** What the article's stored claims and rejected suggestions take away from the suggester's (read here, applied by keepOpen). */
export function takenSpans(database: Database, articleId: number): TakenSpans {
  const { db, sqlite } = database
  const claims = allRows(sqlite, db.selectFrom('claims').select(['start', 'end']).where('article_id', '=', articleId))
  const rejected = allRows(sqlite, db.selectFrom('rejected_suggestions').select(['start', 'end', 'quote']).where('article_id', '=', articleId))
  return { claims, rejected: rejected.map(rejectedKey) }
}

/**
 * The one rule for "the claims of an article": its stored claims, plus the suggester's claims that no
 * stored claim overlaps and the analyst has not rejected. The reader's suggestions (suggest.article),
 * Compare and anything else that shows suggested claims apply it (keepOpen; on a worker thread in the app,
 * with takenSpans read here).
 */
export function openSuggestions(database: Database, articleId: number, body: string): Suggestion[] {
  return keepOpen(suggestClaims(body, effectiveLexicon(database)), takenSpans(database, articleId))
}
