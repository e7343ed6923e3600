import { cohenKappa } from './cohen-kappa.ts'
import { krippendorffAlphaNominal } from './krippendorff-alpha.ts'
import { matchSpans, type CodedClaim, type Unit } from './span-match.ts'

export interface TagFigures {
  /** How many claims each analyst gave this tag (all claims, matched or not). */
  uses: Record<string, number>
  /** Specific agreement on matched claims: 2·(pairs both giving it) / (pair slots holding it); null if unused there. */
  specificAgreement: number | null
}

export interface Diagnostic {
  kind: 'dominant_tag' | 'private_tag' | 'unmatched' | 'few_matched'
  message: string
}

export interface AgreementReport {
  analysts: string[]
  /** Units (spans) marked by two or more analysts. */
  matched: number
  /** Claims that overlap no other analyst's claim: not in the tag statistics, counted here instead. */
  unmatched: number
  /** Pairwise agreement on the confidence tag over matched units, 0–100; null with no tagged pair. */
  percent: number | null
  /** Two analysts only (null otherwise or when undefined). */
  cohenKappa: number | null
  krippendorffAlpha: number | null
  perTag: Record<string, TagFigures>
  /** Span agreement: overlap F1 over every pair of analysts (a claim counts as found when the other marked an overlapping span). */
  spanF1: number | null
  diagnostics: Diagnostic[]
}

const round = (x: number | null, digits = 3): number | null => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits)
const pct = (x: number): string => `${Math.round(x * 100)}%`

/** The units of every article (each array is one article's claims). */
export const unitsOf = (articles: readonly (readonly CodedClaim[])[]): Unit[] => articles.flatMap((claims) => matchSpans(claims))

/** Agreement over the given articles' claims among the given analysts (default: everyone with a claim). */
export function agreementReport(articles: readonly (readonly CodedClaim[])[], analystsIn?: readonly string[]): AgreementReport {
  const analysts = [...new Set(analystsIn ?? articles.flat().map((c) => c.analyst))].sort()
  const units = unitsOf(articles.map((claims) => claims.filter((c) => analysts.includes(c.analyst))))
  const matchedUnits = units.filter((u) => u.claims.length >= 2)
  const unmatched = units.filter((u) => u.claims.length === 1).length

  let agree = 0
  let pairCount = 0
  const bothTag = new Map<string, number>()
  const slots = new Map<string, number>()
  for (const u of matchedUnits) {
    const tags = u.claims.map((c) => c.confidence).filter((t): t is string => t !== null)
    for (let i = 0; i < tags.length; i++) {
      for (let j = i + 1; j < tags.length; j++) {
        pairCount++
        slots.set(tags[i]!, (slots.get(tags[i]!) ?? 0) + 1)
        slots.set(tags[j]!, (slots.get(tags[j]!) ?? 0) + 1)
        if (tags[i] === tags[j]) {
          agree++
          bothTag.set(tags[i]!, (bothTag.get(tags[i]!) ?? 0) + 1)
        }
      }
    }
  }
  const rows = matchedUnits.map((u) => analysts.map((a) => u.claims.find((c) => c.analyst === a)?.confidence ?? null))
  const kappaPairs = analysts.length === 2 ? rows.filter((r) => r[0] !== null && r[1] !== null).map((r) => [r[0]!, r[1]!] as const) : []

  const perTag: Record<string, TagFigures> = {}
  for (const c of units.flatMap((u) => u.claims)) {
    if (c.confidence === null) continue
    const figures = (perTag[c.confidence] ??= { uses: Object.fromEntries(analysts.map((a) => [a, 0])), specificAgreement: null })
    figures.uses[c.analyst] = (figures.uses[c.analyst] ?? 0) + 1
  }
  for (const [tag, figures] of Object.entries(perTag)) {
    const s = slots.get(tag) ?? 0
    figures.specificAgreement = s === 0 ? null : round((2 * (bothTag.get(tag) ?? 0)) / s)
  }

  return {
    analysts,
    matched: matchedUnits.length,
    unmatched,
    percent: pairCount === 0 ? null : round((100 * agree) / pairCount, 1),
    cohenKappa: analysts.length === 2 ? round(cohenKappa(kappaPairs)) : null,
    krippendorffAlpha: round(krippendorffAlphaNominal(rows)),
    perTag,
    spanF1: round(spanF1(units, analysts)),
    diagnostics: diagnose(analysts, perTag, slots, matchedUnits.length, unmatched)
  }
}

function spanF1(units: Unit[], analysts: string[]): number | null {
  let found = 0
  let total = 0
  for (let i = 0; i < analysts.length; i++) {
    for (let j = i + 1; j < analysts.length; j++) {
      const [a, b] = [analysts[i]!, analysts[j]!]
      for (const u of units) {
        const hasA = u.claims.some((c) => c.analyst === a)
        const hasB = u.claims.some((c) => c.analyst === b)
        if (hasA && hasB) found += 2
        if (hasA) total++
        if (hasB) total++
      }
    }
  }
  return total === 0 ? null : found / total
}

function diagnose(
  analysts: string[],
  perTag: Record<string, TagFigures>,
  slots: Map<string, number>,
  matched: number,
  unmatched: number
): Diagnostic[] {
  const out: Diagnostic[] = []
  const totalSlots = [...slots.values()].reduce((s, n) => s + n, 0)
  for (const [tag, n] of slots) {
    if (totalSlots >= 4 && n / totalSlots >= 0.8) {
      out.push({
        kind: 'dominant_tag',
        message:
          `“${tag}” is ${pct(n / totalSlots)} of the tags on matched claims: ` +
          'with one tag dominating, kappa and alpha can be low even when percent agreement is high.'
      })
    }
  }
  for (const [tag, figures] of Object.entries(perTag)) {
    const users = analysts.filter((a) => (figures.uses[a] ?? 0) > 0)
    if (analysts.length >= 2 && users.length === 1) {
      out.push({
        kind: 'private_tag',
        message: `Only ${users[0]} uses “${tag}” (${figures.uses[users[0]!]} claims); no other analyst does.`
      })
    }
  }
  if (unmatched > 0) {
    const one = unmatched === 1
    out.push({
      kind: 'unmatched',
      message: `${unmatched} claim${one ? ' was' : 's were'} marked by one analyst only: ${one ? 'it is' : 'they are'} not in the tag figures.`
    })
  }
  if (matched > 0 && matched < 10)
    out.push({
      kind: 'few_matched',
      message: `Only ${matched} span${matched === 1 ? '' : 's'} marked by two or more analysts: the figures are unstable.`
    })
  return out
}
