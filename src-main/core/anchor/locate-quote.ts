import { WorkbenchError } from '../../contract/errors.ts'

/**
 * Finding a quote someone typed (or copied from the reader) in an article's text. The reader shows a
 * non-breaking space as a space, curly quotes look like straight ones in many fonts, and whitespace runs
 * collapse on screen: a quote matches when it is the same text up to those differences.
 */

const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/
const FOLD: Record<string, string> = { '‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '“': '"', '”': '"', '„': '"', '‟': '"', '″': '"' }

/** The text as the reader shows it for matching, with where each of its characters came from in the original. */
function folded(text: string): { text: string; from: number[] } {
  let out = ''
  const from: number[] = []
  let inSpace = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (INVISIBLE.test(c)) continue
    if (SPACES.test(c)) {
      if (!inSpace) {
        out += ' '
        from.push(i)
      }
      inSpace = true
      continue
    }
    inSpace = false
    out += FOLD[c] ?? c
    from.push(i)
  }
  from.push(text.length)
  return { text: out, from }
}

const show = (s: string): string => JSON.stringify(s.length > 60 ? s.slice(0, 59) + '…' : s)
const codeOf = (c: string | undefined): string =>
  c === undefined ? 'the end of the text' : `${JSON.stringify(c)} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`

/** Where the quote stops matching the text: the longest start of it found anywhere, and what follows there. */
function explainMiss(body: string, b: { text: string; from: number[] }, needle: string): string {
  let lo = 0
  let hi = needle.length
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (b.text.includes(needle.slice(0, mid))) lo = mid
    else hi = mid - 1
  }
  if (lo < Math.min(4, needle.length)) return `No part of its start (${show(needle.slice(0, 20))}) is in the article's text.`
  const at = b.text.indexOf(needle.slice(0, lo))
  const differs = at + lo < b.text.length ? body[b.from[at + lo]!] : undefined // the article's own character, not its folded form
  return `It matches up to ${show(needle.slice(0, lo))}; then the quote has ${codeOf(needle[lo])} where the article has ${codeOf(differs)}.`
}

/**
 * The n-th occurrence of `quote` in `body` (UTF-16 offsets into body), matched exactly or else up to
 * non-breaking and other spaces, whitespace runs, curly vs straight quotes and invisible characters.
 * Throws a not_found error saying what differed.
 */
export function locateQuote(body: string, quote: string, occurrence = 1): { start: number; end: number } {
  const exact = quote.normalize('NFC').trim()
  if (exact === '') throw new WorkbenchError('invalid_input', 'The quote is empty.')
  const b = folded(body)
  const needle = folded(exact).text.trim()
  let at = -1
  let found = 0
  for (let i = b.text.indexOf(needle); i !== -1 && found < occurrence; i = b.text.indexOf(needle, i + 1)) {
    at = i
    found++
  }
  if (found === occurrence) return { start: b.from[at]!, end: b.from[at + needle.length - 1]! + 1 }
  if (found > 0)
    throw new WorkbenchError(
      'not_found',
      `The quote occurs ${found} time${found === 1 ? '' : 's'} in the article, fewer than ${occurrence}.`
    )
  throw new WorkbenchError('not_found', `The quote ${show(exact)} is not in the article's text. ${explainMiss(body, b, needle)}`)
}
