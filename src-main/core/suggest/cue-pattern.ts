import { wordForms } from './inflect.ts'
import type { Token } from './tokens.ts'

/**
 * A lexicon phrase compiled for matching. Syntax (see RULES.md):
 *   word       the word in any inflection        =word   this exact form
 *   (a|b c)    one of the alternatives            [a|b]   optional
 *   …  or ...  a subject's short description: up to 12 words, starting with a
 *              preposition, participle, relative pronoun or auxiliary
 *   *          up to 3 words of any kind (no punctuation)
 */
type Elem =
  { kind: 'word'; forms: Set<string> } | { kind: 'group'; alts: Elem[][]; optional: boolean } | { kind: 'gap'; max: number; free: boolean }

export interface CuePattern {
  source: string
  elems: Elem[]
  words: number
}

export class PatternError extends Error {}

const LEX = /\(|\)|\[|\]|\||…|\.\.\.|\*|=?[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu

function wordElem(raw: string): Elem {
  const exact = raw.startsWith('=')
  const w = (exact ? raw.slice(1) : raw).toLowerCase().replace(/’/g, "'")
  return { kind: 'word', forms: new Set(exact ? [w] : wordForms(w)) }
}

/** A group of one-word alternatives becomes one set lookup; longer alternatives stay a list. */
function mergeSingleWords(alts: Elem[][], optional: boolean): Elem {
  const single = alts.filter((a) => a.length === 1)
  const longer = alts.filter((a) => a.length > 1)
  const merged: Elem = { kind: 'word', forms: new Set(single.flatMap((a) => [...(a[0] as { forms: Set<string> }).forms])) }
  if (!optional && longer.length === 0) return merged
  return { kind: 'group', alts: single.length ? [[merged], ...longer] : longer, optional }
}

export function compilePattern(source: string): CuePattern {
  const lexemes = source.match(LEX) ?? []
  const rest = source.replace(LEX, '').trim()
  if (rest) throw new PatternError(`"${source}" has characters a phrase cannot hold: ${JSON.stringify(rest.slice(0, 10))}`)
  const elems: Elem[] = []
  let words = 0
  for (let i = 0; i < lexemes.length; i++) {
    const l = lexemes[i]!
    if (l === '(' || l === '[') {
      const close = l === '(' ? ')' : ']'
      const alts: Elem[][] = [[]]
      for (i++; i < lexemes.length && lexemes[i] !== close; i++) {
        const x = lexemes[i]!
        if (x === '|') alts.push([])
        else if (/^=?[\p{L}\p{N}]/u.test(x)) alts.at(-1)!.push(wordElem(x))
        else throw new PatternError(`"${source}": groups hold words and | only`)
      }
      if (i >= lexemes.length) throw new PatternError(`"${source}": ${l} is never closed`)
      if (alts.some((a) => a.length === 0)) throw new PatternError(`"${source}": empty alternative`)
      elems.push(mergeSingleWords(alts, l === '['))
      if (l === '(') words++
    } else if (l === '…' || l === '...' || l === '*') {
      if (elems.length === 0) throw new PatternError(`"${source}": a phrase cannot start with a gap`)
      elems.push({ kind: 'gap', max: l === '*' ? 3 : 12, free: l === '*' })
    } else if (l === ')' || l === ']' || l === '|') {
      throw new PatternError(`"${source}": unexpected ${l}`)
    } else {
      elems.push(wordElem(l))
      words++
    }
  }
  if (words === 0) throw new PatternError(`"${source}" has no word that must appear`)
  if (elems.at(-1)?.kind === 'gap') throw new PatternError(`"${source}": a phrase cannot end with a gap`)
  return { source, elems, words }
}

/** The forms a match can start with (an index key), or null when it can start anywhere. */
export function firstForms(p: CuePattern): Set<string> | null {
  const first = p.elems[0]!
  if (first.kind === 'word') return first.forms
  if (first.kind === 'group' && !first.optional) {
    const out = new Set<string>()
    for (const alt of first.alts) for (const f of (alt[0] as { forms: Set<string> }).forms) out.add(f)
    return out
  }
  return null
}

const GAP_STARTERS = new Set(
  (
    'of from in on at by for with within over under near across during after before since inside around between about along ' +
    'taken seen made given shown done drawn held kept that which we they who released published obtained ' +
    'do does did has have had not also now clearly all both further independently appear appears appeared seem seems seemed alone itself so far ,'
  ).split(' ')
)
const GAP_BLOCKERS = new Set('will would could can may might should must shall said says told'.split(' '))

function gapTokenOk(t: Token | undefined, prev: Token | undefined, first: boolean, free: boolean): boolean {
  if (!t) return false
  // a slash or hyphen joins words inside a phrase: "a Washington Post/ABC News poll", "the 50-state poll"
  if (free) return t.kind !== 'punct' || t.norm === '/' || t.norm === '-'
  if (t.kind === 'punct') return t.norm === ',' || t.norm === '/'
  if (GAP_BLOCKERS.has(t.norm) && !(t.norm === 'may' && t.cap)) return false
  if (t.norm === 'to') return /^(appear|appears|appeared|seem|seems|seemed)$/.test(prev?.norm ?? '')
  return !first || GAP_STARTERS.has(t.norm) || /(?:ed|en|ing|ly)$/.test(t.norm)
}

function seqEnd(seq: Elem[], toks: Token[], i: number): number {
  for (const e of seq) {
    const t = toks[i]
    if (!t || t.kind === 'punct' || !(e as { forms: Set<string> }).forms.has(t.norm)) return -1
    i++
  }
  return i
}

function collectEnds(elems: Elem[], ei: number, toks: Token[], ti: number, out: number[]): void {
  if (ei === elems.length) {
    out.push(ti)
    return
  }
  const e = elems[ei]!
  if (e.kind === 'word') {
    const t = toks[ti]
    if (t && t.kind !== 'punct' && e.forms.has(t.norm)) collectEnds(elems, ei + 1, toks, ti + 1, out)
    return
  }
  if (e.kind === 'group') {
    if (e.optional) collectEnds(elems, ei + 1, toks, ti, out)
    for (const alt of e.alts) {
      const j = seqEnd(alt, toks, ti)
      if (j >= 0) collectEnds(elems, ei + 1, toks, j, out)
    }
    return
  }
  for (let k = 0; k <= e.max; k++) {
    if (k > 0 && !gapTokenOk(toks[ti + k - 1], toks[ti + k - 2], k === 1, e.free)) break
    collectEnds(elems, ei + 1, toks, ti + k, out)
  }
}

/** The end (exclusive token index) of the longest match starting at token `ti`, or -1. */
export function matchAt(p: CuePattern, toks: Token[], ti: number): number {
  const ends: number[] = []
  collectEnds(p.elems, 0, toks, ti, ends)
  return ends.length ? Math.max(...ends) : -1
}
