export interface DecodedText {
  text: string
  warnings: string[]
}

/**
 * True when decoded text looks like a binary file rather than text: any NUL
 * character, or many control characters or replacement characters near the
 * start. Judged after decoding, so UTF-16 text (whose bytes are full of NULs)
 * is text.
 */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true
  const head = text.slice(0, 8192)
  let control = 0
  let replaced = 0
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i)
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) control++
    else if (c === 0xfffd) replaced++
  }
  return head.length > 0 && (control / head.length > 0.1 || replaced / head.length > 0.3)
}

const REPLACED = 'Some bytes were not valid UTF-8 and were replaced with “\uFFFD” (U+FFFD); the original text around them may be damaged.'

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
