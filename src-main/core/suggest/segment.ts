import {
  AMBIGUOUS_ABBREVIATIONS,
  BEFORE_NUMBER_ABBREVIATIONS,
  INNER_ABBREVIATIONS,
  SENTENCE_OPENERS,
  TITLE_ABBREVIATIONS
} from './abbreviations.ts'

/** A stretch of the article body: body.slice(start, end). */
export interface Span {
  start: number
  end: number
}

// a run of terminators with any closing quotes or brackets, before white space or the end; or a line break
const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s|$)|\n/g
const WORD_BEFORE = /[\p{L}\p{N}.'’-]*$/u
const LIST_MARKER = /^(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})$/

/**
 * Splits an article body into sentences, one pass, linear in its length. A
 * terminator ends a sentence unless what follows starts in lower case ("?" she
 * asked), it closes an abbreviation or an initial ("Gen. Smith", "John F.
 * Kennedy", "Oct. 5", "U.S. President"), or it closes a list number. A line
 * break ends a sentence unless the line stops mid-sentence and the next one
 * goes on in lower case (a hard-wrapped paragraph). Spans are trimmed.
 */
export function segmentSentences(body: string): Span[] {
  const out: Span[] = []
  let from = 0
  for (const m of body.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length
    if (m[0] === '\n') {
      if (continuesOnNextLine(body, from, m.index, end)) continue
      pushSpan(out, body, from, m.index)
    } else {
      if (!endsSentence(body, from, m.index, m[0], end)) continue
      pushSpan(out, body, from, end)
    }
    from = end
  }
  pushSpan(out, body, from, body.length)
  return out
}

function nextNonSpace(body: string, i: number): number {
  while (i < body.length && (body[i] === ' ' || body[i] === '\t' || body[i] === '\u00A0')) i++
  return i
}

function nextWord(body: string, i: number): string {
  return /^[\p{L}\p{N}]+/u.exec(body.slice(i, i + 40))?.[0].toLowerCase() ?? ''
}

function endsSentence(body: string, from: number, at: number, mark: string, after: number): boolean {
  const n = nextNonSpace(body, after)
  if (n >= body.length || body[n] === '\n') return true
  const next = body[n]!
  if (/\p{Ll}/u.test(next)) return false // "?" she asked · e.g. the · hard-wrapped
  if (/^\.+$/.test(mark)) {
    if (mark.length === 1) {
      const word = WORD_BEFORE.exec(body.slice(Math.max(from, at - 40), at))![0].replace(/^[.'’-]+/, '')
      const lower = word.toLowerCase()
      if (/^\p{Lu}$/u.test(word)) return false // an initial: "John F. Kennedy", "E. coli"
      if (TITLE_ABBREVIATIONS.has(lower) || INNER_ABBREVIATIONS.has(lower)) return false
      if (BEFORE_NUMBER_ABBREVIATIONS.has(lower) && /\d/.test(next)) return false
      if (AMBIGUOUS_ABBREVIATIONS.has(lower) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_OPENERS.has(nextWord(body, n))
    }
    if (LIST_MARKER.test(body.slice(from, at).trim())) return false
  }
  return true
}

function continuesOnNextLine(body: string, from: number, nl: number, after: number): boolean {
  const line = body.slice(from, nl).trimEnd()
  if (line === '' || /[.!?…:;"”'’)\]]$/.test(line)) return false
  const n = nextNonSpace(body, after)
  return n < body.length && /\p{Ll}/u.test(body[n]!)
}

function pushSpan(out: Span[], body: string, start: number, end: number): void {
  while (start < end && /\s/.test(body[start]!)) start++
  while (end > start && /\s/.test(body[end - 1]!)) end--
  const bullet = /^(?:[-*•>]|\d{1,3}[.)])\s+/.exec(body.slice(start, Math.min(end, start + 8)))
  if (bullet && start + bullet[0].length < end) start += bullet[0].length
  if (end > start && /[\p{L}\p{N}]/u.test(body.slice(start, end))) out.push({ start, end })
}
