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
 * Figures for the same thing (same concept counted, same unit) that no reading of
 * their qualifiers reconciles: "at least 3,000 soldiers" vs "about 11,000 North
 * Korean soldiers". Figures a claim gives for one thing are reconciled if any one
 * of them fits ("roughly 10,000, with about 8,000 of them in Kursk" fits "10,000").
 */
function numberConflicts(l: ClaimFeatures, r: ClaimFeatures): Conflict[] {
  const out: Conflict[] = []
  const subjects = new Set(l.quantities.filter((q) => q.subject).map((q) => `${q.unit}:${q.subject}`))
  for (const s of subjects) {
    const ls = l.quantities.filter((q) => `${q.unit}:${q.subject}` === s)
    const rs = r.quantities.filter((q) => `${q.unit}:${q.subject}` === s)
    if (rs.length === 0 || ls.some((a) => rs.some((b) => overlaps(a, b)))) continue
    let best: [Quantity, Quantity] = [ls[0]!, rs[0]!]
    for (const a of ls)
      for (const b of rs)
        if (Math.abs(Math.log(middle(a) / middle(b))) < Math.abs(Math.log(middle(best[0]) / middle(best[1])))) best = [a, b]
    out.push({ kind: 'number', left: best[0].text, right: best[1].text })
  }
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
