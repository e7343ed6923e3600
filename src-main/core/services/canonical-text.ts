import { createHash } from 'node:crypto'

/**
 * The one canonical form of an article's text: NFC, \n line ends, no BOM, no
 * trailing spaces on lines, at most one blank line in a row, trimmed. Claim
 * offsets index into this string, so it must be computed once, at import.
 */
export function canonicalText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[ \t\u00A0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

export function contentHash(canonical: string): string {
  return createHash('sha256').update(canonical, 'utf8').digest('hex')
}
