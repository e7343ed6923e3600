import { quoteSelector } from '../anchor/anchor.ts'
import type { Database } from '../db/open.ts'
import { contentHash } from '../services/canonical-text.ts'

export interface FixtureClaim {
  /** The claim's text; it is anchored at its `occurrence`-th appearance in the body (default the first). */
  quote: string
  occurrence?: number
  confidence?: 'evidence' | 'assess' | 'do not yet know' | null
  attributedTo?: string
  note?: string
  sourceReliability?: string | null
  claimCredibility?: number | null
  cue?: string | null
  createdAt?: string
  updatedAt?: string
}

/** Stores an article (body must already be canonical) and returns its id; synchronous, on the raw connection, for test set-up. */
export function addArticle(
  database: Database,
  a: {
    title: string
    body: string
    source?: string | null
    url?: string | null
    published?: string | null
    format?: 'txt' | 'md' | 'html' | 'pdf' | 'docx'
  }
): number {
  const row = { source: null, url: null, published: null, format: 'txt', ...a, content_hash: contentHash(a.body) }
  const insert = database.sqlite.prepare(
    'INSERT INTO articles (title, body, content_hash, source, url, published, format) VALUES (@title, @body, @content_hash, @source, @url, @published, @format)'
  )
  return Number(insert.run(row).lastInsertRowid)
}

/** Stores a claim on the given text of an article, with its prefix/suffix cut as the app anchors claims. */
export function addClaim(database: Database, articleId: number, c: FixtureClaim): number {
  const body = database.sqlite.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(articleId) as string
  let start = -1
  for (let n = 0; n <= (c.occurrence ?? 0); n++) start = body.indexOf(c.quote, start + 1)
  if (start < 0) throw new Error(`fixture: ${JSON.stringify(c.quote)} is not in article ${articleId}`)
  const end = start + c.quote.length
  const now = new Date().toISOString()
  const { prefix, suffix } = quoteSelector(body, start, end)
  return Number(
    database.sqlite
      .prepare(
        `INSERT INTO claims (article_id, start, "end", quote, prefix, suffix, confidence, attributed_to, note, source_reliability, claim_credibility, cue, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
      )
      .run(
        articleId,
        start,
        end,
        c.quote,
        prefix,
        suffix,
        c.confidence ?? null,
        c.attributedTo ?? '',
        c.note ?? '',
        c.sourceReliability ?? null,
        c.claimCredibility ?? null,
        c.cue ?? null,
        c.createdAt ?? now,
        c.updatedAt ?? c.createdAt ?? now
      ).lastInsertRowid
  )
}
