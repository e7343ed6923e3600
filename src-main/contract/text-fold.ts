/**
 * The one definition of how filter text compares, used by the renderer's claims table and by the core's
 * SQL (the folded `search_text` / `speaker_key` columns, migration 0009): compatibility-decomposed
 * (NFKD), combining marks removed, lower-cased without locale (Turkish İ and I both become i), the
 * letters that carry no separable mark spelt in plain Latin (ø → o, ß → ss, ł → l, …), then NFKC.
 * So "Müller", "MÜLLER" and "Muller" filter alike, as do "Ødegaard" and "odegaard".
 */
const ASCII = /^[\x00-\x7f]*$/
const MARKS = /\p{Mn}+/gu
const LETTERS: Record<string, string> = {
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ŀ: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ħ: 'h',
  ı: 'i',
  ŧ: 't'
}
const PLAIN = /[øđðłŀßæœþħıŧ]/g

export function foldText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase()
  return text
    .normalize('NFKD')
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(PLAIN, (c) => LETTERS[c]!)
    .normalize('NFKC')
}

/** Between a claim's folded quote, note and speaker in its search text (a needle never holds it). */
export const FOLD_FIELD_SEPARATOR = '\u001f'

/** A claim's folded search text: what a text filter looks for a substring in. */
export const claimSearchText = (quote: string, note: string, speaker: string): string =>
  `${foldText(quote)}${FOLD_FIELD_SEPARATOR}${foldText(note)}${FOLD_FIELD_SEPARATOR}${foldText(speaker)}`
