import { confidences, type Confidence } from '../../contract/common.ts'
import { guidFor } from './guids.ts'

/**
 * How the app's data maps onto a REFI-QDA project (docs/qdpx.md has the whole
 * mapping). The fixed GUIDs below are name-based, so every export spells them the
 * same and an import recognises them.
 */
export const QDE_NAMESPACE = 'urn:QDA-XML:project:1.0'

/** The parent code of the three confidence tags; not itself codable. */
export const CONFIDENCE_PARENT = { guid: guidFor('code:confidence'), name: 'Confidence' } as const

/** The three tags as codes, with the app's tag colours. */
export const CONFIDENCE_CODES: readonly { confidence: Confidence; guid: string; name: string; color: string }[] = [
  { confidence: 'evidence', guid: guidFor('code:confidence:evidence'), name: 'evidence', color: '#1b7f4b' },
  { confidence: 'assess', guid: guidFor('code:confidence:assess'), name: 'assess', color: '#8a5a00' },
  { confidence: 'do not yet know', guid: guidFor('code:confidence:do not yet know'), name: 'do not yet know', color: '#6941c6' }
]

/** A code named like a tag (any case, surrounding space ignored) is that tag, whichever program wrote it. */
export function tagOfCodeName(name: string): Confidence | null {
  const n = name.trim().replace(/\s+/g, ' ').toLowerCase()
  return (confidences as readonly string[]).includes(n) ? (n as Confidence) : null
}

/** Article fields that travel as Text variables of the TextSource. */
export const ARTICLE_VARIABLES = {
  source: { guid: guidFor('variable:outlet'), name: 'Outlet' },
  url: { guid: guidFor('variable:url'), name: 'URL' },
  published: { guid: guidFor('variable:published'), name: 'Published' },
  format: { guid: guidFor('variable:original format'), name: 'Original format' }
} as const

/** The labels of the selection Description lines (description.ts). */
export const DESCRIPTION_LABELS = {
  attributedTo: 'Speaker',
  sourceReliability: 'Source reliability',
  claimCredibility: 'Information credibility',
  cue: 'Cue',
  note: 'Note'
} as const

/** The analyst as a REFI-QDA user: the GUID follows from the name, so the same analyst is the same user in every file. */
export const analystUser = (name: string): { guid: string; name: string } => ({ guid: guidFor(`user:${name}`), name })

export const DEFAULT_ANALYST = 'Analyst'

/** The file's `origin` attribute starts with this when the app wrote it. */
export const ORIGIN_PREFIX = 'Analyst Workbench'
