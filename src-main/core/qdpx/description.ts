import { reliabilityGrades } from '../../contract/claims.ts'
import { DESCRIPTION_LABELS } from './vocabulary.ts'
import { xmlRepresentable, xmlSafe } from './xml-text.ts'

/**
 * The convention by which a claim's speaker, Admiralty grades and cue travel in
 * its PlainTextSelection's Description, one `Label: value` line each, so that
 * another program shows them as the quotation's comment and this app reads them
 * back exactly:
 *
 *   Speaker: Ilse Varga
 *   Source reliability: B
 *   Information credibility: 2
 *   Cue: We assess
 *
 * A line is present only when the claim has that field. A value is written as it
 * is unless it could not come back unchanged (empty, space at either end, a line
 * break or other control character, a leading double quote, a character XML
 * cannot hold): then it is a JSON string ("…" with \n, \u0000-style escapes).
 * The note goes into a Note the selection refers to; only a note XML cannot hold
 * as it is also gets a `Note: "…"` line, which wins on import.
 */
export interface DescribedClaim {
  attributedTo: string
  sourceReliability: string | null
  claimCredibility: number | null
  cue: string | null
  note: string
}

const L = DESCRIPTION_LABELS
const NEEDS_QUOTES = /^$|^\s|\s$|^"|[\u0000-\u001f\u007f-\u009f\u2028\u2029]/
const EXTRA_ESCAPES = /[\u007f-\u009f\u2028\u2029\uFFFE\uFFFF]/g

export function encodeValue(value: string): string {
  if (!NEEDS_QUOTES.test(value) && xmlRepresentable(value)) return value
  // JSON.stringify escapes controls and unpaired surrogates; these are valid in JSON but not wanted raw in XML or a line
  return JSON.stringify(value).replace(EXTRA_ESCAPES, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

export function decodeValue(raw: string): string | undefined {
  if (!raw.startsWith('"')) return raw
  try {
    const v: unknown = JSON.parse(raw)
    return typeof v === 'string' ? v : undefined
  } catch {
    return undefined
  }
}

/** The Description text of a claim's selection, and the text of its Note (null: no note). */
export function encodeDescription(c: DescribedClaim): { description: string; noteText: string | null } {
  const lines: string[] = []
  if (c.attributedTo !== '') lines.push(`${L.attributedTo}: ${encodeValue(c.attributedTo)}`)
  if (c.sourceReliability !== null) lines.push(`${L.sourceReliability}: ${c.sourceReliability}`)
  if (c.claimCredibility !== null) lines.push(`${L.claimCredibility}: ${c.claimCredibility}`)
  if (c.cue !== null) lines.push(`${L.cue}: ${encodeValue(c.cue)}`)
  if (c.note !== '' && !xmlRepresentable(c.note)) lines.push(`${L.note}: ${encodeValue(c.note)}`)
  return { description: lines.join('\n'), noteText: c.note === '' ? null : xmlSafe(c.note) }
}

export interface DecodedDescription {
  attributedTo?: string
  sourceReliability?: string
  claimCredibility?: number
  cue?: string
  note?: string
  /** lines that are none of ours (another program's comment), in order */
  rest: string[]
}

const LINE = new RegExp(`^(${Object.values(L).join('|')}): (.*)$`)

/** Reads the convention's lines back; any other line (and a line whose value is not valid) is kept in `rest`. */
export function decodeDescription(text: string): DecodedDescription {
  const out: DecodedDescription = { rest: [] }
  if (text === '') return out
  for (const line of text.split('\n')) {
    const m = LINE.exec(line)
    const value = m ? decodeValue(m[2]!) : undefined
    if (!m || value === undefined || !store(out, m[1]!, value)) out.rest.push(line)
  }
  return out
}

function store(out: DecodedDescription, label: string, value: string): boolean {
  switch (label) {
    case L.attributedTo:
      return out.attributedTo === undefined && value.trim() === value && (out.attributedTo = value) !== undefined
    case L.sourceReliability:
      return (
        out.sourceReliability === undefined &&
        (reliabilityGrades as readonly string[]).includes(value) &&
        (out.sourceReliability = value) !== undefined
      )
    case L.claimCredibility:
      return out.claimCredibility === undefined && /^[1-6]$/.test(value) && (out.claimCredibility = Number(value)) > 0
    case L.cue:
      return out.cue === undefined && (out.cue = value) !== undefined
    case L.note:
      return out.note === undefined && (out.note = value) !== undefined
    default:
      return false
  }
}
