import type { Token } from './tokens.ts'
import { NUMBER_WORDS } from './word-classes.ts'

/** Words before a share of people: "About 4 in 10", "Only about half", "More than a third", "At least 30 percent". */
const BEFORE = new Set(
  'about nearly almost roughly approximately around some over under only just barely fully more less fewer than at least as many close to'.split(
    ' '
  )
)
const FRACTIONS = /^(half|majority|majorities|minority|third|thirds|quarter|quarters|fifth|fifths|plurality)$/
const isNumberWord = (norm: string): boolean => norm.split('-').every((w) => NUMBER_WORDS.has(w) || FRACTIONS.test(w))

/** Whether tokens [s, e) are only a count or a quantifier ("Twenty-four", "Nearly", "About 4"): no one. */
export const bareCount = (toks: Token[], s: number, e: number): boolean =>
  toks.slice(s, e).every((t) => t.kind === 'num' || isNumberWord(t.norm) || BEFORE.has(t.norm)) && !isQuantityPhrase(toks, s, e)

/**
 * Where the share of people that opens tokens [s, e) ends ("Twenty-four percent", "About 4 in 10", "Nearly half",
 * "Less than a third", "Two-thirds of voters" → after "Two-thirds"), or -1: a poll's respondents as the ones who say
 * something. A bare count ("Two", "Twenty-four") is no one — it needs a share word, "in N" or "of …" after it.
 */
export function quantityEnd(toks: Token[], s: number, e: number): number {
  let i = s
  while (i < e && i - s < 3 && toks[i]!.kind === 'word' && BEFORE.has(toks[i]!.norm)) i++
  const core = toks[i]
  if (!core || i >= e) return -1
  let fraction: boolean
  if (/^(a|an)$/.test(core.norm) && FRACTIONS.test(toks[i + 1]?.norm ?? '')) {
    i += 2
    fraction = true
  } else if (core.kind === 'num' || (core.kind === 'word' && isNumberWord(core.norm))) {
    fraction = core.kind === 'word' && core.norm.split('-').some((w) => FRACTIONS.test(w))
    i++
    if (core.kind === 'num' && /%$/.test(core.norm)) return i
  } else return -1
  const next = toks[i]
  if (next && i < e && /^(percent|per)$/.test(next.norm)) return next.norm === 'per' ? i + 2 : i + 1
  if (next && i < e && /^(in|out)$/.test(next.norm)) {
    let k = i + 1
    if (toks[k]?.norm === 'of') k++
    const n = toks[k]
    if (n && k < e && (n.kind === 'num' || isNumberWord(n.norm))) return k + 1
    return -1
  }
  if (fraction) return i
  return next && i < e && next.norm === 'of' ? i : -1
}

/** "Twenty-four percent", "About 4 in 10 voters in Ohio", "Nearly half of Republicans": a share of people, whole. */
export function isQuantityPhrase(toks: Token[], s: number, e: number): boolean {
  const q = quantityEnd(toks, s, e)
  if (q < 0) return false
  // what follows is whose share it is: "of voters", "of Democratic registered voters", "Republican voters"
  const tail = toks.slice(q, e)
  if (tail.length > 10) return false
  // "… of all Americans viewed him favorably": a clause is no share of people
  const verbish = (t: Token): boolean =>
    !t.cap && (/[a-z]{3,}ed$/.test(t.norm) || /^(him|her|them|is|are|was|were|has|have|had|would|will)$/.test(t.norm))
  return tail.every((t) => (t.kind !== 'punct' || t.norm === "'" || t.norm === '.') && !verbish(t))
}
