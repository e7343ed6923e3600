import type { Span } from './segment.ts'

/** A quotation in the body: `start`/`end` include the marks, `inner*` do not. */
export interface Quote extends Span {
  innerStart: number
  innerEnd: number
  /** someone's words (a speech quote), not a short phrase in quotation marks inside the narrator's sentence */
  speech: boolean
}

const OPENERS = new Set(['"', '“', '‘', '«'])
const CLOSER_OF: Record<string, string> = { '“': '”', '‘': '’', '«': '»' }

/**
 * Finds the quotations of each paragraph. Straight double quotes pair up in
 * order; curly and guillemet quotes pair with their closer. A quotation left
 * open at the end of a paragraph runs to its end (the convention for a quote
 * that goes on in the next paragraph, which opens it again).
 */
export function findQuotes(body: string): Quote[] {
  const out: Quote[] = []
  let para = 0
  while (para <= body.length) {
    let stop = body.indexOf('\n', para)
    if (stop < 0) stop = body.length
    scanParagraph(body, para, stop, out)
    para = stop + 1
  }
  return out
}

function scanParagraph(body: string, from: number, to: number, out: Quote[]): void {
  let open: { at: number; closer: string } | null = null
  for (let i = from; i < to; i++) {
    const c = body[i]!
    // two apostrophes are a double quotation mark (the convention of some wire and newspaper texts: ''Yes,'' she said)
    const doubled = c === "'" && body[i + 1] === "'"
    if (open) {
      // a straight opener may close with a curly mark (mixed typography: "… Absolutely,” Lind said)
      const closes = c === open.closer || (open.closer === '"' && c === '”')
      if (open.closer === "''" ? doubled : closes && (c !== '’' || !/\p{L}/u.test(body[i + 1] ?? ''))) {
        out.push(makeQuote(body, open.at, i + open.closer.length, from, true, open.closer.length))
        open = null
        if (doubled) i++
      }
      continue
    }
    if (doubled) {
      open = { at: i, closer: "''" }
      i++
      continue
    }
    if (!OPENERS.has(c)) continue
    if (c === '‘' && !/\p{L}/u.test(body[i + 1] ?? '')) continue
    open = { at: i, closer: c === '"' ? '"' : CLOSER_OF[c]! }
  }
  if (open && to - open.at > open.closer.length) out.push(makeQuote(body, open.at, to, from, false, open.closer.length))
}

function makeQuote(body: string, start: number, end: number, paraStart: number, closed = true, mark = 1): Quote {
  const innerStart = start + mark
  const innerEnd = closed ? end - mark : end
  const inner = body.slice(innerStart, innerEnd).trim()
  const words = inner.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
  // the last mark before the quotation, looking back over white space only (a slice from the paragraph's start
  // made this quadratic on one long paragraph)
  let b = start - 1
  while (b >= paraStart && /\s/.test(body[b]!)) b--
  const lead = b < paraStart || /[:,(—–-]/.test(body[b]!)
  const speech = words >= 3 && (lead || (/^[\p{Lu}\p{N}]/u.test(inner) && words >= 4))
  return { start, end, innerStart, innerEnd, speech }
}
