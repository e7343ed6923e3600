import { randomBytes } from 'node:crypto'
import type { TeamArticle, TeamEvent } from '../../../contract/team-events.ts'
import { canonicalText, contentHash } from '../../services/canonical-text.ts'

export const newUid = (): string => randomBytes(16).toString('hex')

export function teamArticle(text: string, title = 'Report'): TeamArticle {
  const body = canonicalText(text)
  return { hash: contentHash(body), title, body, source: null, url: null, published: null, format: 'txt' }
}

let ms = Date.UTC(2024, 0, 1)
/** A claim.created event of `analyst` on `article` (stamps increase from call to call). */
export function createdEvent(
  analyst: string,
  device: string,
  article: TeamArticle,
  start: number,
  end: number,
  confidence: 'evidence' | 'assess' | null = 'assess'
): TeamEvent {
  ms += 1
  return {
    id: newUid(),
    analyst,
    device,
    hlc: `${new Date(ms).toISOString()}-0000-${device}`,
    article: article.hash,
    claim: newUid(),
    kind: 'claim.created',
    payload: {
      start,
      end,
      quote: article.body.slice(start, end),
      prefix: '',
      suffix: '',
      confidence,
      attributedTo: '',
      note: '',
      sourceReliability: null,
      claimCredibility: null
    }
  }
}

export function doneEvent(analyst: string, device: string, article: TeamArticle): TeamEvent {
  ms += 1
  return {
    id: newUid(),
    analyst,
    device,
    hlc: `${new Date(ms).toISOString()}-0000-${device}`,
    article: article.hash,
    claim: null,
    kind: 'article.done',
    payload: {}
  }
}
