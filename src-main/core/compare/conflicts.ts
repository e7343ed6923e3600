import type { ClaimFeatures } from './claim-features.ts'
import { sameTime } from './dates.ts'
import { overlaps } from './qualifiers.ts'
import type { Quantity } from './quantities.ts'

export type ConflictKind = 'number' | 'confidence' | 'negation' | 'date'

/** One way two aligned claims disagree; left and right say how, in the claims' own words where there are some. */
export interface Conflict {
  kind: ConflictKind
  left: string
  right: string
}

const middle = (q: Quantity): number => (q.low + q.high) / 2

/**
 * Two figures count the same thing: the same unit and subject, and where the subject alone says too little (shares,
 * people, points, months) the same measure (one of its words beyond the subject); scores between the same contestants.
 */
function sameMeasure(a: Quantity, b: Quantity): boolean {
  if (a.unit !== b.unit || !a.subject || a.subject !== b.subject) return false
  if (!a.measure || !b.measure) return true
  const [mine, theirs] = [a.measure.slice(1), new Set(b.measure.slice(1))]
  const common = mine.filter((m) => theirs.has(m)).length
  // a score is between the same contestants (two of them named alike, or all of the fewer)
  if (a.unit === 'score') return common >= Math.min(2, mine.length, theirs.size)
  if (mine.length === 0 || theirs.size === 0) return a.unit === 'percent'
  // what is said of them: the same first word ("back", "believe") or two words alike
  return mine[0] === b.measure[1] || common >= 2
}

/** Do two figures for the same thing allow one value? A score needs both its figures to. */
const fits = (a: Quantity, b: Quantity): boolean => overlaps(a, b) && (!a.against || !b.against || overlaps(a.against, b.against))

const said = (q: Quantity): string => q.text

/**
 * Figures for the same thing (the same measure of the same subject, same unit) that no reading of their
 * qualifiers reconciles: "at least 3,000 soldiers" vs "about 11,000 North Korean soldiers", a 52–38 lead vs a 46–41
 * one. Figures a claim gives for one thing are reconciled if any one of them fits ("roughly 10,000, with about 8,000
 * of them in Kursk" fits "10,000"). A figure a claim rejects ("at 40, not the 65 given by the army") is not its
 * figure: the other claim giving it is the claim corrected, whatever it calls what is counted.
 */
function numberConflicts(l: ClaimFeatures, r: ClaimFeatures): Conflict[] {
  const out: Conflict[] = []
  const [la, ra] = [l.quantities.filter((q) => !q.rejected), r.quantities.filter((q) => !q.rejected)]
  const done = new Set<Quantity>()
  for (const a of la) {
    if (done.has(a) || !a.subject) continue
    const ls = la.filter((q) => sameMeasure(a, q))
    const rs = ra.filter((q) => sameMeasure(a, q))
    ls.forEach((q) => done.add(q))
    if (rs.length === 0 || ls.some((x) => rs.some((y) => fits(x, y)))) continue
    let best: [Quantity, Quantity] = [ls[0]!, rs[0]!]
    for (const x of ls)
      for (const y of rs)
        if (Math.abs(Math.log(middle(x) / middle(y))) < Math.abs(Math.log(middle(best[0]) / middle(best[1])))) best = [x, y]
    out.push({ kind: 'number', left: said(best[0]), right: said(best[1]) })
  }
  const corrected = (by: ClaimFeatures, of: Quantity[]): [Quantity, Quantity] | null => {
    for (const no of by.quantities.filter((q) => q.rejected)) {
      const hit = of.find((q) => q.unit === no.unit && overlaps(q, no))
      const given = by.quantities.filter((q) => !q.rejected && q.subject === no.subject && q.unit === no.unit)
      if (hit && given.length && !given.some((g) => overlaps(g, hit))) return [hit, given[0]!]
    }
    return null
  }
  const fromRight = corrected(r, la)
  const fromLeft = corrected(l, ra)
  if (fromRight && !out.length) out.push({ kind: 'number', left: said(fromRight[0]), right: said(fromRight[1]) })
  else if (fromLeft && !out.length) out.push({ kind: 'number', left: said(fromLeft[1]), right: said(fromLeft[0]) })
  return out
}

/** Dates of the same event that cannot mean the same day. */
function dateConflicts(l: ClaimFeatures, r: ClaimFeatures): Conflict[] {
  if (l.dates.length === 0 || r.dates.length === 0) return []
  if (l.dates.some((a) => r.dates.some((b) => sameTime(a, b)))) return []
  return [{ kind: 'date', left: l.dates[0]!.text, right: r.dates[0]!.text }]
}

/** Affirmation and denial need a stronger match than pairing: the same claim, not just the same topic. */
export const SAME_CLAIM = 0.35

/**
 * One claim denies what the other affirms: the denial's scope (what follows its
 * first negation: "denied that [its troops had crossed the border]") is mostly
 * said by the affirming claim (half its words or more, at least two, and every
 * verb of it).
 */
function negationConflict(l: ClaimFeatures, r: ClaimFeatures): Conflict | null {
  const lp = l.polarity
  const rp = r.polarity
  if (lp.polarity === 'open' || rp.polarity === 'open' || lp.polarity === rp.polarity) return null
  const [denying, affirming] = lp.polarity === 'denies' ? [l, r] : [r, l]
  const inScope = denying.placed.filter((p) => p.start >= denying.polarity.scope!)
  const scope = new Set(inScope.map((p) => p.sense))
  const said = new Set(affirming.senses)
  const covered = [...scope].filter((s) => said.has(s)).length
  if (covered < 2 || covered < scope.size / 2) return null
  // what is denied happening must be what the other claim says happened ("reached Ukraine" is not "are in Kursk")
  if (inScope.some((p) => p.verb && !said.has(p.sense))) return null
  const word = (p: typeof lp): string => (p.polarity === 'denies' ? `denies (${p.cue})` : 'affirms')
  return { kind: 'negation', left: word(lp), right: word(rp) }
}

/**
 * How two aligned claims disagree: figures for the same thing, dates, and —
 * when they are the same claim (similarity at least SAME_CLAIM) — one denying
 * what the other affirms, or the two giving it different confidence.
 */
export function conflictsBetween(l: ClaimFeatures, r: ClaimFeatures, similarity: number): Conflict[] {
  const out = [...numberConflicts(l, r), ...dateConflicts(l, r)]
  const negation = negationConflict(l, r)
  if (negation) out.push(negation)
  const lc = l.unit.confidence
  const rc = r.unit.confidence
  if (similarity >= SAME_CLAIM && lc && rc && lc !== rc) out.push({ kind: 'confidence', left: lc, right: rc })
  return out
}
