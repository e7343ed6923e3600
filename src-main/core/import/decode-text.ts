export interface DecodedText {
  text: string
  warnings: string[]
}

/** True when the bytes look like a binary file rather than text: any NUL byte, or many control bytes near the start. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) !== -1) return true
  const head = bytes.subarray(0, 8192)
  let control = 0
  for (const b of head) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++
  return head.length > 0 && control / head.length > 0.1
}

const REPLACED =
  'Some bytes were not valid UTF-8 and were replaced with “\uFFFD” (U+FFFD); the original text around them may be damaged.'

/**
 * Decodes text: a UTF-8 or UTF-16 byte-order mark wins, then `charset` (from an
 * HTML meta tag), else UTF-8. Invalid UTF-8 is decoded with U+FFFD and a warning
 * instead of being refused.
 */
export function decodeText(bytes: Uint8Array, charset?: string): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] }
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const label = !utf8Bom && charset ? supportedLabel(charset) : undefined
  if (label && label !== 'utf-8') return { text: new TextDecoder(label).decode(bytes), warnings: [] }
  const body = utf8Bom ? bytes.subarray(3) : bytes
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), warnings: [] }
  } catch {
    return { text: new TextDecoder('utf-8').decode(body), warnings: [REPLACED] }
  }
}

function supportedLabel(charset: string): string | undefined {
  try {
    return new TextDecoder(charset.trim().toLowerCase()).encoding
  } catch {
    return undefined // an unknown label: fall back to UTF-8
  }
}

// C0 controls other than tab, line feed, carriage return and form feed (a page break), and DEL.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g

/** Removes control characters, which carry no text and would confuse search snippets; says how many went. */
export function stripControlCharacters(text: string): DecodedText {
  let removed = 0
  const cleaned = text.replace(CONTROL, () => {
    removed++
    return ''
  })
  return { text: cleaned, warnings: removed ? [`${removed} control character${removed === 1 ? ' was' : 's were'} removed.`] : [] }
}
