import type { Kysely } from 'kysely'
import type { TeamClaimRow } from '../../../contract/team.ts'
import type { DB } from '../../db/schema.ts'
import type { ReplicaClaim } from '../replica.ts'
import type { CodedClaim } from '../agreement/span-match.ts'

/**
 * Others' claims (layer 'analyst') or the adjudicated layer, as replayed here,
 * with the local id of their article. Claims on an article this laptop does not
 * have (deleted here) are left out.
 */
export async function listTeamClaims(db: Kysely<DB>, layer: 'analyst' | 'adjudicated', articleId?: number): Promise<TeamClaimRow[]> {
  let q = db
    .selectFrom('team_claims as t')
    .innerJoin('articles as a', 'a.content_hash', 't.article_hash')
    .select(['t.state', 'a.id as articleId', 'a.title as articleTitle'])
    .where('t.visible', '=', 1)
    .where('t.layer', '=', layer)
  if (articleId !== undefined) q = q.where('a.id', '=', articleId)
  const rows = await q.execute()
  return rows
    .map(({ state, articleId, articleTitle }) => {
      const r = JSON.parse(state) as ReplicaClaim
      return {
        uid: r.uid,
        analyst: r.analyst,
        layer: r.layer,
        articleId,
        articleTitle,
        start: r.start,
        end: r.end,
        quote: r.quote,
        prefix: r.prefix,
        suffix: r.suffix,
        confidence: r.confidence,
        attributedTo: r.attributedTo,
        note: r.note,
        sourceReliability: r.sourceReliability,
        claimCredibility: r.claimCredibility,
        basedOn: r.basedOn
      } as TeamClaimRow
    })
    .sort((a, b) => a.articleId - b.articleId || a.start - b.start || (a.analyst < b.analyst ? -1 : 1))
}

/** Every analyst's claims per article (this analyst's own and everyone else's), for agreement and adjudication. */
export async function codedClaimsByArticle(db: Kysely<DB>, me: string, articleId?: number): Promise<Map<number, CodedClaim[]>> {
  let own = db
    .selectFrom('claims')
    .select(['uid', 'article_id', 'start', 'end', 'confidence', 'attributed_to'])
    .where('uid', 'is not', null)
  if (articleId !== undefined) own = own.where('article_id', '=', articleId)
  const byArticle = new Map<number, CodedClaim[]>()
  const add = (article: number, c: CodedClaim): void => {
    const list = byArticle.get(article)
    if (list) list.push(c)
    else byArticle.set(article, [c])
  }
  for (const r of await own.execute())
    add(r.article_id, { id: r.uid!, analyst: me, start: r.start, end: r.end, confidence: r.confidence, attributedTo: r.attributed_to })
  for (const r of await listTeamClaims(db, 'analyst', articleId)) {
    if (r.analyst === me) continue // this analyst's claims from another device: the local table is theirs
    add(r.articleId, { id: r.uid, analyst: r.analyst, start: r.start, end: r.end, confidence: r.confidence, attributedTo: r.attributedTo })
  }
  return byArticle
}
