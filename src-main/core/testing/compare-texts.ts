import type { Comparison } from '../../contract/compare.ts'
import { compareArticles } from '../compare/compare-articles.ts'
import type { Database } from '../db/open.ts'
import { insertArticle } from '../services/articles.ts'
import { parseTextReport } from '../services/text-report.ts'
import { testCore } from './test-core.ts'

export interface Report {
  /** "Title\n\nBody", as a .txt report */
  text: string
  published?: string
}

/**
 * Imports two reports into a fresh database, opened as the app opens it, and compares them (no stored claims: the suggested ones are
 * aligned).
 */
export async function compareTexts(dir: string, left: Report, right: Report): Promise<Comparison & { database: Database }> {
  const { database } = await testCore(dir, false)
  const [l, r] = await Promise.all(
    [left, right].map(async (rep, k) => {
      const { title, body } = parseTextReport(rep.text, `report-${k}.txt`)
      return (await insertArticle(database, { title, body, format: 'txt', published: rep.published ?? null })).id
    })
  )
  return { ...(await compareArticles(database, l!, r!)), database }
}

/** The pair whose two quotes contain these texts, or undefined. */
export const pairWith = (c: Comparison, left: string, right: string) =>
  c.pairs.find((p) => p.left?.quote.includes(left) && p.right?.quote.includes(right))
