import type { Kysely } from 'kysely'
import { WorkbenchError } from '../../../contract/errors.ts'
import type { AdjudicationItem, TeamClaimRow } from '../../../contract/team.ts'
import type { TeamEvent } from '../../../contract/team-events.ts'
import { quoteSelector, trimSpan } from '../../anchor/anchor.ts'
import type { DB } from '../../db/schema.ts'
import { matchSpans } from '../agreement/span-match.ts'
import { requireLink } from './link.ts'
import { newEventId, recordOwnEvent } from './outbox.ts'
import { codedClaimsByArticle, listTeamClaims } from './team-claims.ts'

async function article(db: Kysely<DB>, articleId: number): Promise<{ body: string; content_hash: string }> {
  const a = await db.selectFrom('articles').select(['body', 'content_hash']).where('id', '=', articleId).executeTakeFirst()
  if (!a) throw new WorkbenchError('not_found', `There is no article ${articleId}.`)
  return a
}

/**
 * One article's spans as the analysts marked them, disagreements first: the same
 * span with different tags or speakers, a claim only one analyst made, then
 * what everyone marked alike; each with its adjudicated value if one is set.
 */
export async function adjudicationItems(db: Kysely<DB>, articleId: number): Promise<AdjudicationItem[]> {
  const link = await requireLink(db)
  const { body } = await article(db, articleId)
  const claims = (await codedClaimsByArticle(db, link.analyst, articleId)).get(articleId) ?? []
  const notes = new Map<string, string>()
  for (const r of await db.selectFrom('claims').select(['uid', 'note']).where('article_id', '=', articleId).execute())
    notes.set(r.uid ?? '', r.note)
  for (const r of await listTeamClaims(db, 'analyst', articleId)) notes.set(r.uid, r.note)
  const adjudicated = await listTeamClaims(db, 'adjudicated', articleId)
  const order = { tag: 0, speaker: 1, only_one: 2, agreed: 3 } as const
  return matchSpans(claims)
    .map((u): AdjudicationItem => {
      const tags = new Set(u.claims.map((c) => c.confidence))
      const speakers = new Set(u.claims.map((c) => c.attributedTo.trim().toLowerCase()))
      const kind = u.claims.length === 1 ? 'only_one' : tags.size > 1 ? 'tag' : speakers.size > 1 ? 'speaker' : 'agreed'
      const uids = new Set(u.claims.map((c) => c.id))
      return {
        key: [...uids].sort().join('+'),
        start: u.start,
        end: u.end,
        quote: body.slice(u.start, u.end),
        kind,
        claims: u.claims.map((c) => ({
          uid: c.id,
          analyst: c.analyst,
          start: c.start,
          end: c.end,
          confidence: c.confidence as AdjudicationItem['claims'][number]['confidence'],
          attributedTo: c.attributedTo,
          note: notes.get(c.id) ?? ''
        })),
        adjudicated: adjudicated.find((a) => a.basedOn.some((b) => uids.has(b))) ?? null
      }
    })
    .sort((a, b) => order[a.kind] - order[b.kind] || a.start - b.start)
}

export interface AdjudicationInput {
  articleId: number
  basedOn: string[]
  start: number
  end: number
  confidence: TeamClaimRow['confidence']
  attributedTo: string
  note: string
}

/** Sets the adjudicated value for the claims in `basedOn` (replacing an earlier one for them); synced like any judgment. */
export async function setAdjudication(db: Kysely<DB>, input: AdjudicationInput): Promise<TeamClaimRow> {
  await requireLink(db)
  const { body, content_hash } = await article(db, input.articleId)
  if (input.end > body.length)
    throw new WorkbenchError(
      'invalid_input',
      `The span ${input.start}–${input.end} runs past the end of the article (${body.length} characters).`
    )
  const span = trimSpan(body, input.start, input.end)
  if (!span) throw new WorkbenchError('invalid_input', 'An adjudicated claim needs some text: the span is blank.')
  const existing = (await listTeamClaims(db, 'adjudicated', input.articleId)).find((a) => a.basedOn.some((b) => input.basedOn.includes(b)))
  const uid = existing?.uid ?? newEventId()
  await recordOwnEvent(
    db,
    (stamp) =>
      ({
        ...stamp,
        article: content_hash,
        claim: uid,
        kind: 'adjudication.set',
        payload: {
          start: span.start,
          end: span.end,
          ...quoteSelector(body, span.start, span.end),
          confidence: input.confidence,
          attributedTo: input.attributedTo,
          note: input.note,
          basedOn: [...new Set([...(existing?.basedOn ?? []), ...input.basedOn])]
        }
      }) as TeamEvent
  )
  return (await listTeamClaims(db, 'adjudicated', input.articleId)).find((a) => a.uid === uid)!
}

export async function clearAdjudication(db: Kysely<DB>, uid: string): Promise<{ uid: string }> {
  await requireLink(db)
  const row = await db
    .selectFrom('team_claims')
    .select(['article_hash'])
    .where('uid', '=', uid)
    .where('layer', '=', 'adjudicated')
    .executeTakeFirst()
  if (!row) throw new WorkbenchError('not_found', `There is no adjudicated claim ${uid}.`)
  await recordOwnEvent(db, (stamp) => ({ ...stamp, article: row.article_hash, claim: uid, kind: 'adjudication.cleared', payload: {} }))
  return { uid }
}

/** Marks an article done by this analyst (in blind mode, others' judgments on it show after the next sync). */
export async function markDone(db: Kysely<DB>, articleId: number): Promise<{ articleId: number; done: true }> {
  await requireLink(db)
  const { content_hash } = await article(db, articleId)
  await recordOwnEvent(db, (stamp) => ({ ...stamp, article: content_hash, claim: null, kind: 'article.done', payload: {} }))
  return { articleId, done: true }
}
