import type { ClaimPair, Comparison } from '../../contract/compare.ts'
import { csvField } from '../export/csv-cell.ts'

export const COMPARISON_COLUMNS = [
  'relation',
  'conflicts',
  'left quote',
  'left confidence',
  'left speaker',
  'left start',
  'left end',
  'right quote',
  'right confidence',
  'right speaker',
  'right start',
  'right end',
  'similarity',
  'shared entities',
  'left article',
  'right article'
] as const

const describe = (p: ClaimPair): string => p.conflicts.map((c) => `${c.kind}: ${c.left} ≠ ${c.right}`).join('; ')

/** The comparison as CSV: a header, then one row per pair, every text cell formula-safe, quoted as RFC 4180 needs. */
export function comparisonCsv(c: Comparison, conflictsOnly = false): string {
  const rows = c.pairs
    .filter((p) => !conflictsOnly || p.relation === 'conflicts')
    .map((p) => [
      p.relation,
      describe(p),
      p.left?.quote ?? '',
      p.left?.confidence ?? '',
      p.left?.attributedTo ?? '',
      p.left?.start ?? '',
      p.left?.end ?? '',
      p.right?.quote ?? '',
      p.right?.confidence ?? '',
      p.right?.attributedTo ?? '',
      p.right?.start ?? '',
      p.right?.end ?? '',
      p.similarity ?? '',
      p.sharedEntities.join('; '),
      c.left.title,
      c.right.title
    ])
  // the claims export's cell rule (formula-safe, RFC 4180), so both files open the same way
  return [[...COMPARISON_COLUMNS], ...rows].map((r) => r.map(csvField).join(',') + '\r\n').join('')
}

/** A file name for the comparison: both titles, shortened to safe characters. */
export function comparisonFileName(c: Comparison): string {
  const slug = (s: string): string =>
    s
      .normalize('NFKD')
      .replace(/[^\w]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40)
      .toLowerCase() || 'article'
  return `compare-${slug(c.left.title)}-vs-${slug(c.right.title)}.csv`
}
