import { createHash } from 'node:crypto'

/**
 * The one canonical form of an article's text: NFC, \n line ends, no BOM, no
 * trailing spaces on lines, at most one blank line in a row, trimmed. Claim
 * offsets index into this string, so it must be computed once, at import.
 */
export function canonicalText(raw: string): string {
  // Each pass only when it has something to do: most reports need none of them, and a bulk import runs this on every file.
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n')
  if (NON_ASCII.test(text)) text = text.normalize('NFC') // ASCII is already NFC
  if (TRAILING_SPACE.test(text)) text = text.replace(/[ \t\u00A0]+$/gm, '')
  if (text.includes('\n\n\n')) text = text.replace(/\n{3,}/g, '\n\n')
  return text.trim()
}

const NON_ASCII = /[^\x00-\x7f]/
const TRAILING_SPACE = /[ \t\u00A0](?:\n|$)/

export function contentHash(canonical: string): string {
  return createHash('sha256').update(canonical, 'utf8').digest('hex')
}
