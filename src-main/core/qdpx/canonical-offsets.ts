import { stripControlCharacters } from '../import/decode-text.ts'
import { canonicalText } from '../services/canonical-text.ts'

/** A text and, for each of its UTF-16 units, the offset in the original text it came from (never decreasing). */
class TrackedText {
  constructor(
    readonly text: string,
    readonly origin: Int32Array
  ) {}

  static of(raw: string): TrackedText {
    return new TrackedText(
      raw,
      Int32Array.from({ length: raw.length }, (_, i) => i)
    )
  }

  /** Replaces every match of the global `pattern`; the replacement's units come from where its match began. */
  replace(pattern: RegExp, replacement: (match: string) => string): TrackedText {
    const parts: string[] = []
    const origin: number[] = []
    let at = 0
    for (const m of this.text.matchAll(pattern)) {
      const r = replacement(m[0])
      if (r === m[0]) continue
      parts.push(this.text.slice(at, m.index))
      for (let i = at; i < m.index; i++) origin.push(this.origin[i]!)
      parts.push(r)
      for (let i = 0; i < r.length; i++) origin.push(this.origin[m.index]!)
      at = m.index + m[0].length
    }
    if (at === 0 && parts.length === 0) return this
    parts.push(this.text.slice(at))
    for (let i = at; i < this.text.length; i++) origin.push(this.origin[i]!)
    return new TrackedText(parts.join(''), Int32Array.from(origin))
  }
}

const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g // as stripControlCharacters
/** An ASCII character (a starter nothing composes backwards with) and the run of other characters after it normalize on their own. */
const NFC_SEGMENT = /[\x00-\x7f]?[^\x00-\x7f]+/g

export interface CanonicalMap {
  /** exactly canonicalText(stripControlCharacters(raw).text) */
  text: string
  warnings: string[]
  /**
   * A UTF-16 offset into the raw text → the offset into `text` of the same place (a place inside removed or rewritten text lands after
   * what was kept of it).
   */
  toCanonical(rawOffset: number): number
}

/**
 * Makes a text canonical the way the importer does (control characters removed,
 * then canonical-text.ts: no BOM, \n line ends, NFC, no trailing spaces, at most
 * one blank line, trimmed) while keeping track of where each character came from,
 * so positions into the original text (another program's selections) can be
 * moved onto the stored text.
 */
export function canonicalWithOffsets(raw: string): CanonicalMap {
  const { warnings } = stripControlCharacters(raw)
  const t = TrackedText.of(raw)
    .replace(CONTROL, () => '')
    .replace(/^\uFEFF/g, () => '')
    .replace(/\r\n?/g, () => '\n')
    .replace(NFC_SEGMENT, (s) => s.normalize('NFC'))
    .replace(/[ \t\u00A0]+$/gm, () => '')
    .replace(/(?<=\n\n)\n+/g, () => '')
    .replace(/^\s+|\s+$/g, () => '')
  const expected = canonicalText(stripControlCharacters(raw).text)
  if (t.text !== expected) throw new Error('internal: offset-tracking canonicalization differs from canonicalText')
  const { origin } = t
  return {
    text: t.text,
    warnings,
    toCanonical(rawOffset) {
      let lo = 0
      let hi = origin.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (origin[mid]! < rawOffset) lo = mid + 1
        else hi = mid
      }
      return lo
    }
  }
}
