import { WorkbenchError } from '../../contract/errors.ts'
import type { SuggestionRow } from '../../contract/suggest.ts'
import type { Database } from '../db/open.ts'

/** Characters of context kept on each side of a quote (W3C TextQuoteSelector prefix/suffix). */
export const CONTEXT = 32

/**
 * Stores suggestions as claims of an article in one transaction: all or none.
 * Each must quote the body exactly at its offsets; one overlapping a claim
 * already stored is skipped (it was accepted before). Returns the new claim ids.
 */
export function acceptSuggestions(database: Database, articleId: number, suggestions: SuggestionRow[]): { inserted: number[]; skipped: number } {
  const { sqlite } = database
  return sqlite
    .transaction(() => {
      const body = sqlite.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(articleId) as string | undefined
      if (body === undefined) throw new WorkbenchError('not_found', `There is no article ${articleId}.`)
      const overlapping = sqlite.prepare('SELECT count(*) FROM claims WHERE article_id = ? AND start < ? AND "end" > ?').pluck()
      const insert = sqlite.prepare(
        `INSERT INTO claims (article_id, start, "end", quote, prefix, suffix, confidence, attributed_to, cue) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
      )
      const inserted: number[] = []
      let skipped = 0
      for (const s of suggestions) {
        if (body.slice(s.start, s.end) !== s.quote || s.end <= s.start) {
          throw new WorkbenchError('rejected', `The suggestion at ${s.start}–${s.end} does not quote article ${articleId} there; nothing was stored.`)
        }
        if ((overlapping.get(articleId, s.end, s.start) as number) > 0) {
          skipped++
          continue
        }
        const prefix = body.slice(Math.max(0, s.start - CONTEXT), s.start)
        const suffix = body.slice(s.end, s.end + CONTEXT)
        const info = insert.run(articleId, s.start, s.end, s.quote, prefix, suffix, s.confidence, s.attributedTo, s.cue?.text ?? null)
        inserted.push(Number(info.lastInsertRowid))
      }
      return { inserted, skipped }
    })
    .immediate()
}
