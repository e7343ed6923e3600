import { createHash } from 'node:crypto'
import type { Database } from '../src-main/core/db/open.ts'
import type { GeneratedArticle } from './corpus-generator.ts'

const CONTEXT = 32

/**
 * The raw-SQLite baseline: prepared inserts of the same rows (FTS kept by the
 * schema's triggers) in one transaction. Also how bench databases are filled.
 */
export function rawInsertArticles(database: Database, articles: GeneratedArticle[]): number[] {
  const insert = database.sqlite.prepare(
    "INSERT INTO articles (title, body, content_hash, source, published, format) VALUES (?, ?, ?, ?, ?, 'txt')"
  )
  return database.sqlite.transaction(() =>
    articles.map((a) =>
      Number(insert.run(a.title, a.body, createHash('sha256').update(a.body).digest('hex'), a.source, a.published).lastInsertRowid)
    )
  )()
}

/** Puts `perArticle` claims on each article, from its generated sentences. */
export function rawInsertClaims(database: Database, articles: GeneratedArticle[], ids: number[], perArticle: number): number {
  const insert = database.sqlite.prepare(
    'INSERT INTO claims (article_id, start, "end", quote, prefix, suffix, confidence, attributed_to, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'
  )
  let n = 0
  database.sqlite.transaction(() => {
    articles.forEach((a, i) => {
      for (let k = 0; k < perArticle; k++) {
        const s = a.sentences[k % a.sentences.length]!
        insert.run(
          ids[i],
          s.start,
          s.end,
          s.text,
          a.body.slice(Math.max(0, s.start - CONTEXT), s.start),
          a.body.slice(s.end, s.end + CONTEXT),
          s.confidence,
          s.speaker,
          k % 7 === 0 ? 'checked against imagery' : ''
        )
        n++
      }
    })
  })()
  return n
}
