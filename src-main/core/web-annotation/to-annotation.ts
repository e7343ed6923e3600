import { createHash } from 'node:crypto'
import type { OffsetMapper } from './code-points.ts'
import { articleIri, PURPOSE } from './vocabulary.ts'

/** The fields of one claim an annotation carries (offsets in UTF-16, as stored). */
export interface ClaimForAnnotation {
  contentHash: string
  start: number
  end: number
  quote: string
  prefix: string
  suffix: string
  confidence: string | null
  attributedTo: string
  note: string
  sourceReliability: string | null
  claimCredibility: number | null
  cue: string | null
  createdAt: string
  updatedAt: string
  /** topic codes, in codebook order */
  codes?: { guid: string; path: string[]; label: string }[]
}

export interface ArticleForAnnotation {
  contentHash: string
  title: string
  body: string
  source: string | null
  url: string | null
  published: string | null
  format: string
}

/** Stable across exports and databases: the same claim on the same text keeps its id. */
export function annotationId(c: Pick<ClaimForAnnotation, 'contentHash' | 'start' | 'end' | 'createdAt'>): string {
  const digest = createHash('sha256').update(`${c.contentHash}\n${c.start}\n${c.end}\n${c.createdAt}`).digest('hex')
  return `urn:analyst-workbench:claim:${digest.slice(0, 32)}`
}

const textualBody = (purpose: string, value: string, extra: Record<string, unknown> = {}) => ({
  type: 'TextualBody',
  purpose,
  value,
  ...extra
})

/** The Admiralty code as analysts write it: "B2", or one grade alone. */
export const gradeLabel = (reliability: string | null, credibility: number | null): string => `${reliability ?? ''}${credibility ?? ''}`

function bodies(c: ClaimForAnnotation): Record<string, unknown>[] {
  const body: Record<string, unknown>[] = []
  if (c.confidence !== null) body.push(textualBody(PURPOSE.confidence, c.confidence))
  if (c.attributedTo !== '') body.push(textualBody(PURPOSE.speaker, c.attributedTo))
  if (c.note !== '') body.push(textualBody(PURPOSE.note, c.note, { format: 'text/plain' }))
  if (c.sourceReliability !== null || c.claimCredibility !== null) {
    const grades: Record<string, unknown> = {}
    if (c.sourceReliability !== null) grades['awb:sourceReliability'] = c.sourceReliability
    if (c.claimCredibility !== null) grades['awb:claimCredibility'] = c.claimCredibility
    body.push(textualBody(PURPOSE.grades, gradeLabel(c.sourceReliability, c.claimCredibility), grades))
  }
  if (c.cue !== null) body.push(textualBody(PURPOSE.cue, c.cue))
  for (const code of c.codes ?? [])
    body.push(textualBody(PURPOSE.code, code.label, { 'awb:code': `urn:uuid:${code.guid.toLowerCase()}`, 'awb:codePath': code.path }))
  return body
}

/** One claim as a W3C Annotation (see vocabulary.ts). `offsets` maps the claim's article text. */
export function toAnnotation(c: ClaimForAnnotation, offsets: OffsetMapper, id: string = annotationId(c)): Record<string, unknown> {
  const quote: Record<string, unknown> = { type: 'TextQuoteSelector', exact: c.quote }
  if (c.prefix !== '') quote.prefix = c.prefix
  if (c.suffix !== '') quote.suffix = c.suffix
  const body = bodies(c)
  return {
    id,
    type: 'Annotation',
    motivation: c.confidence !== null ? 'tagging' : 'highlighting',
    created: c.createdAt,
    modified: c.updatedAt,
    ...(body.length ? { body } : {}),
    target: {
      source: articleIri(c.contentHash),
      selector: [quote, { type: 'TextPositionSelector', start: offsets.toCodePoints(c.start), end: offsets.toCodePoints(c.end) }]
    }
  }
}

/** One article as it travels in the file (awb:articles). */
export function toArticleNode(a: ArticleForAnnotation): Record<string, unknown> {
  const node: Record<string, unknown> = { id: articleIri(a.contentHash), type: 'Text', format: 'text/plain', 'awb:title': a.title }
  if (a.source !== null) node['awb:publisher'] = a.source
  if (a.url !== null) node['awb:url'] = a.url
  if (a.published !== null) node['awb:published'] = a.published
  node['awb:originalFormat'] = a.format
  node['awb:text'] = a.body
  return node
}
