import type { ClaimPair, Comparison } from '../../../contract/compare.ts'

/** One labelled report pair (pairs.json): what comparing the two reports should find. */
export interface PairGold {
  left: string
  right: string
  /** the real entities both reports name, by their full names */
  shared: string[]
  /** claims that should be paired, each by a body offset where its sentence starts, with how they relate */
  align: { left: number; right: number; relation: 'agrees' | 'conflicts'; kind?: string }[]
}

export interface Tally {
  tp: number
  fp: number
  fn: number
}

export interface PairCounts {
  pairs: number
  names: Tally
  /** labelled pairs found paired at all (any relation) */
  aligned: { found: number; total: number }
  agreements: Tally
  /** number conflicts */
  conflicts: Tally
  /** conflicts of any kind on pairs not labelled as conflicting */
  otherConflicts: number
  problems: string[]
}

export const emptyPairCounts = (): PairCounts => ({
  pairs: 0,
  names: { tp: 0, fp: 0, fn: 0 },
  aligned: { found: 0, total: 0 },
  agreements: { tp: 0, fp: 0, fn: 0 },
  conflicts: { tp: 0, fp: 0, fn: 0 },
  otherConflicts: 0,
  problems: []
})

const key = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/^(the|president|sen\.?|gov\.?|former) /, '')
/** "Trump" names "Donald Trump"; "Clinton Holds Lead" names nobody. */
const sameName = (a: string, b: string): boolean => {
  const [x, y] = [key(a), key(b)]
  return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`)
}

/** A claim covers a labelled sentence when it overlaps the sentence's first 40 characters. */
const covers = (c: { start: number; end: number } | null, at: number): boolean => !!c && c.start < at + 40 && c.end > at

/**
 * Scores one comparison against its labels. Names: a shared name is right when it names a labelled entity
 * (surname for full name); each labelled entity found counts once. Pairs: a labelled pair is found when a pair of
 * the comparison covers both its sentences; an agreement is right when that pair agrees, and a pair of the comparison
 * that agrees but puts a labelled sentence with another claim is a wrong agreement. Number conflicts: right when a
 * labelled conflicting pair conflicts by number; every other number conflict is wrong.
 */
export function scorePair(gold: PairGold, c: Comparison, counts: PairCounts): void {
  const where = `${gold.left} ↔ ${gold.right}`
  counts.pairs++
  const names = c.sharedEntities.map((e) => e.name)
  for (const g of gold.shared) {
    if (names.some((n) => sameName(n, g))) counts.names.tp++
    else {
      counts.names.fn++
      counts.problems.push(`${where}: shared name missed: ${g}`)
    }
  }
  for (const n of names)
    if (!gold.shared.some((g) => sameName(n, g))) {
      counts.names.fp++
      counts.problems.push(`${where}: not a shared entity: ${n}`)
    }
  const paired = c.pairs.filter((p) => p.left && p.right)
  const matches = (p: ClaimPair, g: PairGold['align'][number]): boolean => covers(p.left, g.left) && covers(p.right, g.right)
  for (const g of gold.align) {
    counts.aligned.total++
    const found = paired.filter((p) => matches(p, g))
    if (found.length) counts.aligned.found++
    else counts.problems.push(`${where}: not paired: [${g.left}|${g.right}] (${g.relation})`)
    if (g.relation === 'agrees') {
      if (found.some((p) => p.relation === 'agrees')) counts.agreements.tp++
      else counts.agreements.fn++
    } else if (g.kind === 'number') {
      if (found.some((p) => p.conflicts.some((x) => x.kind === 'number'))) counts.conflicts.tp++
      else counts.conflicts.fn++
    }
  }
  for (const p of paired) {
    const labelled = gold.align.find((g) => matches(p, g))
    const touches = gold.align.some((g) => covers(p.left, g.left) || covers(p.right, g.right))
    if (p.relation === 'agrees' && touches && labelled?.relation !== 'agrees') {
      counts.agreements.fp++
      counts.problems.push(`${where}: wrong agreement: [${p.left!.start}|${p.right!.start}]`)
    }
    const numbers = p.conflicts.filter((x) => x.kind === 'number')
    if (numbers.length && !(labelled?.relation === 'conflicts' && labelled.kind === 'number')) {
      counts.conflicts.fp++
      counts.problems.push(`${where}: wrong number conflict: ${numbers.map((x) => `${x.left} vs ${x.right}`).join('; ')}`)
    }
    if (p.conflicts.some((x) => x.kind !== 'number') && labelled?.relation !== 'conflicts') counts.otherConflicts++
  }
}

export interface PairSummary {
  pairs: number
  names: { precision: number; recall: number; f1: number } & Tally
  aligned: number
  agreements: { precision: number; recall: number } & Tally
  conflicts: { precision: number; recall: number } & Tally
  /** conflicts other than by number on pairs not labelled as conflicting, per report pair */
  otherConflictsPerPair: number
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d)

export function summarizePairs(c: PairCounts): PairSummary {
  const pr = (t: Tally) => ({ ...t, precision: ratio(t.tp, t.tp + t.fp), recall: ratio(t.tp, t.tp + t.fn) })
  const names = pr(c.names)
  const f1 = names.precision + names.recall === 0 ? 0 : (2 * names.precision * names.recall) / (names.precision + names.recall)
  return {
    pairs: c.pairs,
    names: { ...names, f1 },
    aligned: ratio(c.aligned.found, c.aligned.total),
    agreements: pr(c.agreements),
    conflicts: pr(c.conflicts),
    otherConflictsPerPair: ratio(c.otherConflicts, c.pairs)
  }
}
