/**
 * Writing text into XML 1.0 so that a conforming parser gives back exactly the
 * same string. Two rules besides the usual &, <, > and quote escapes:
 *
 * - A parser turns a literal CR (and CR LF) into LF, and in attribute values also
 *   tab and line breaks into spaces; written as character references they survive.
 *   U+0085, U+2028 and U+2029 are referenced too (XML 1.1 parsers and xmldom treat
 *   them as line ends).
 * - Some characters cannot be in an XML 1.0 document at all, not even as a
 *   reference: C0 controls other than tab, LF and CR, unpaired surrogates, U+FFFE
 *   and U+FFFF. `xmlRepresentable` says whether a string has none; the writers
 *   replace them with U+FFFD, and callers that must stay lossless carry such a
 *   value another way (description.ts).
 */

const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const NOT_XML_TEST = new RegExp(NOT_XML.source)

export const xmlRepresentable = (s: string): boolean => !NOT_XML_TEST.test(s)

/** The string with every character XML 1.0 cannot hold replaced by U+FFFD. */
export const xmlSafe = (s: string): string => (xmlRepresentable(s) ? s : s.replace(NOT_XML, '\uFFFD'))

const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': '&#13;',
  '\u0085': '&#133;',
  '\u2028': '&#8232;',
  '\u2029': '&#8233;'
}
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', '\t': '&#9;', '\n': '&#10;' }

/** Character data (element content). */
export const xmlText = (s: string): string => xmlSafe(s).replace(/[&<>\r\u0085\u2028\u2029]/g, (c) => TEXT_ESCAPES[c]!)

/** A double-quoted attribute value. */
export const xmlAttr = (s: string): string => xmlSafe(s).replace(/[&<>"\t\n\r\u0085\u2028\u2029]/g, (c) => ATTR_ESCAPES[c]!)

/** ` name="value"` for each attribute whose value is not null or undefined, in the given order. */
export function attrs(values: Record<string, string | number | boolean | null | undefined>): string {
  let out = ''
  for (const [name, value] of Object.entries(values))
    if (value !== null && value !== undefined) out += ` ${name}="${xmlAttr(String(value))}"`
  return out
}

/** `<name attrs>text</name>`, or nothing when text is empty. */
export const textElement = (name: string, text: string): string => (text === '' ? '' : `<${name}>${xmlText(text)}</${name}>`)

/** XML 1.0 line-end handling only (CR LF and CR become LF); xmldom's default also folds U+0085/U+2028/U+2029 (XML 1.1). */
export const xml10LineEnds = (source: string): string => source.replace(/\r\n?/g, '\n')
