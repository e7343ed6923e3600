import type { ArticleSummary } from '../../../src-main/contract/index.ts'
import type { Change } from '../../api/changes.ts'

/** The library's rows after a claim write, from its tally (one claim more or fewer per tag); untouched rows stay the same objects. */
export function applyTally(rows: ArticleSummary[], tally: NonNullable<Change['tally']>): ArticleSummary[] {
  const byArticle = new Map<number, NonNullable<Change['tally']>>()
  for (const t of tally) byArticle.set(t.article, [...(byArticle.get(t.article) ?? []), t])
  return rows.map((a) => {
    const ts = byArticle.get(a.id)
    if (!ts) return a
    const tagCounts = { ...a.tagCounts }
    let claims = a.claims
    for (const t of ts) {
      if (t.plus) {
        tagCounts[t.plus]++
        claims++
      }
      if (t.minus) {
        tagCounts[t.minus] = Math.max(0, tagCounts[t.minus] - 1)
        claims = Math.max(0, claims - 1)
      }
    }
    return { ...a, claims, tagCounts }
  })
}
