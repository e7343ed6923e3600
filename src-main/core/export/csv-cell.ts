/**
 * One CSV cell: formula neutralizing (OWASP "CSV injection") and RFC 4180 quoting.
 *
 * The neutralizing rule, exactly: a cell gets a leading apostrophe `'` when
 *  1. its first character is a tab, carriage return or line feed, or
 *  2. its first character that is not white space or an invisible format
 *     character (JS `\s`, which includes NBSP and U+FEFF, and Unicode category Cf
 *     such as the RTL/LTR marks and zero-width joiners) is one of
 *     `=` `+` `-` `@`, their full-width forms `＝` `＋` `－` `＠` (U+FF1D, U+FF0B,
 *     U+FF0D, U+FF20) or their small forms `﹦` `﹢` `﹣` `﹫` (U+FE66, U+FE62,
 *     U+FE63, U+FE6B).
 * The apostrophe is the prefix OWASP recommends: spreadsheets show the text (with
 * the apostrophe) and evaluate nothing. Everything after it is kept unchanged,
 * so `-3` in a note becomes the text `'-3`, not a number — on purpose, since a
 * note is text. Numbers the app itself writes (ids, offsets, grades) are never
 * negative, so they are never prefixed.
 *
 * Quoting is csv-stringify's with `quoted_match: /[\r\n]/`: a cell holding a
 * comma, a double quote, CR or LF is wrapped in double quotes with inner quotes
 * doubled; nothing else is quoted (not even empty cells). Property tests hold this
 * function to csv-stringify's output and csv-parse's reading.
 */

const RISKY_START = /^(?:[\t\r\n]|[\s\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B])/u
const NEEDS_QUOTES = /[",\r\n]/
const QUOTE = /"/g

/** True if a spreadsheet could read this cell as a formula (see the rule above). */
export function isFormulaRisk(text: string): boolean {
  const c = text.charCodeAt(0)
  // fast path: most cells start with a letter, a digit or printable ASCII that is never risky
  if ((c >= 0x41 && c <= 0x7e) || (c >= 0x30 && c <= 0x39)) return false
  return text.length > 0 && RISKY_START.test(text)
}

/** The text a spreadsheet should see for this cell: prefixed with `'` if it is a formula risk. */
export const neutralizeFormula = (text: string): string => (isFormulaRisk(text) ? "'" + text : text)

/** RFC 4180 field: quoted only when it holds a comma, quote, CR or LF. */
export const quoteField = (text: string): string => (NEEDS_QUOTES.test(text) ? '"' + text.replace(QUOTE, '""') + '"' : text)

/** A database value as one safe CSV field: null → empty, numbers and text neutralized then quoted. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return ''
  const text = typeof value === 'string' ? value : String(value)
  return quoteField(neutralizeFormula(text))
}
