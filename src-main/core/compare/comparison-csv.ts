import { stringify } from 'csv-stringify/sync'
import type { ClaimPair, Comparison } from '../../contract/compare.ts'

/**
 * OWASP "CSV injection": a spreadsheet runs a cell starting with = + - @ (or a
 * tab or carriage return), also after leading white space or invisible format
 * characters and in their full-width and small forms. Such a cell gets a leading
 * apostrophe, so the text shows and nothing runs. The same rule as the claims
 * export (feat/export's core/export/csv-cell.ts); kept here, named for what it
 * does, until the two are unified.
 */
const RISKY_START = /^(?:[\t\r\n]|[\s\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B])/u
export const neutralizeFormulaCell = (text: string): string => (RISKY_START.test(text) ? `'${text}` : text)

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
  const safe = rows.map((r) => r.map((v) => (typeof v === 'string' ? neutralizeFormulaCell(v) : String(v))))
  return stringify([[...COMPARISON_COLUMNS], ...safe], { record_delimiter: '\r\n' })
}

/** A file name for the comparison: both titles, shortened to safe characters. */
export function comparisonFileName(c: Comparison): string {
  const slug = (s: string): string => s.normalize('NFKD').replace(/[^\w]+/g, '-').replace(/^-|-$/g, '').slice(0, 40).toLowerCase() || 'article'
  return `compare-${slug(c.left.title)}-vs-${slug(c.right.title)}.csv`
}
