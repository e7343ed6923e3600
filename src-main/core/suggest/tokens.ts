/**
 * Word and punctuation tokens of one stretch of text, with offsets into the
 * article body. `norm` is the lower-cased form the cue patterns match against;
 * contractions are split the way they read ("don't" = do + not, "it's" = it + is).
 */
export interface Token {
  text: string
  norm: string
  start: number
  end: number
  kind: 'word' | 'num' | 'punct'
  /** first letter is upper case */
  cap: boolean
}

// three kinds, told apart by which group matched: a number, a word (with inner ' ’ . -), any other mark
const TOKEN = /(\d+(?:[.,:]\d+)*%?)|([\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*\.?)|\S/gu
const ABBREVIATION = /^(?:\p{L}\.)+$|^(?:dr|mr|mrs|ms|prof|gen|lt|col|maj|capt|sgt|adm|gov|sen|rep|rev|st|jr|sr|vs|inc|ltd|corp|co)\.$/iu
const CONTRACTION = /^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m))$/i
const PRONOUN_IS = new Set(['it', 'that', 'there', 'here', 'what', 'he', 'she', 'who', 'where', 'this'])
const NT_BASE: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' }
const CLITIC: Record<string, string> = { "'re": 'are', "'ve": 'have', "'ll": 'will', "'d": 'would', "'m": 'am' }

const isCap = (s: string): boolean => {
  const c = s[0]!
  return c !== c.toLowerCase() && c === c.toUpperCase()
}

function push(out: Token[], text: string, start: number, kind: Token['kind'], norm?: string): void {
  const lower = norm ?? text.toLowerCase()
  out.push({
    text,
    norm: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
    start,
    end: start + text.length,
    kind,
    cap: kind === 'word' && isCap(text)
  })
}

/** Tokens of body.slice(start, end); offsets stay body offsets. */
export function tokenize(body: string, start = 0, end = body.length): Token[] {
  const out: Token[] = []
  const text = body.slice(start, end)
  for (const m of text.matchAll(TOKEN)) {
    const word = m[0]
    const at = start + m.index
    if (m[1] !== undefined) {
      push(out, word, at, 'num')
      continue
    }
    if (m[2] === undefined) {
      push(out, word, at, 'punct')
      continue
    }
    // a trailing period belongs to the word only for abbreviations and initials ("U.S.", "Dr.", "F.")
    if (word.endsWith('.') && !ABBREVIATION.test(word)) {
      pushWord(out, word.slice(0, -1), at)
      push(out, '.', at + word.length - 1, 'punct')
      continue
    }
    pushWord(out, word, at)
  }
  return out
}

function pushWord(out: Token[], word: string, at: number): void {
  const c = word.includes("'") || word.includes('’') ? CONTRACTION.exec(word) : null
  if (c && /[\p{L}]/u.test(c[1]!)) {
    const base = c[1]!
    const clitic = c[2]!.toLowerCase().replace(/’/g, "'")
    if (clitic === "n't") {
      push(out, base, at, 'word', NT_BASE[base.toLowerCase()] ?? base.toLowerCase())
      push(out, c[2]!, at + base.length, 'word', 'not')
      return
    }
    if (clitic === "'s" && PRONOUN_IS.has(base.toLowerCase())) {
      push(out, base, at, 'word')
      push(out, c[2]!, at + base.length, 'word', 'is')
      return
    }
    if (CLITIC[clitic]) {
      push(out, base, at, 'word')
      push(out, c[2]!, at + base.length, 'word', CLITIC[clitic])
      return
    }
  }
  if (word.length === 6 && word.toLowerCase() === 'cannot') {
    push(out, 'can', at, 'word', 'can')
    push(out, 'not', at + 3, 'word', 'not')
    return
  }
  push(out, word, at, 'word')
}
