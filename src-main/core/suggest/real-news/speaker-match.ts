import { TITLE_WORDS } from '../names.ts'

const NOT_NAMES = new RegExp(
  String.raw`^(the|a|an|he|she|it|they|we|i|you|his|her|its|their|our|this|that|these|those|who|whom|which|but|and|` +
    String.raw`one|some|many|most)$`,
  'i'
)
const PARTY_WORDS = /^(gop|democratic|republican|presidential|candidate|hopeful|nominee|presumptive|then|professor)$/
const isTitle = (w: string): boolean => TITLE_WORDS.has(w) || TITLE_WORDS.has(`${w}.`) || PARTY_WORDS.test(w)

/** A source an analyst would record by name: it holds a capitalised word other than a pronoun or determiner ("He", "The"). */
export function isNamedSource(source: string): boolean {
  return source.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !NOT_NAMES.test(w.replace(/[^\p{L}]/gu, '')))
}

/** The words that name a source (one part of it between commas), lower case, without titles, articles or initials. */
export function nameWords(s: string): string[] {
  const words = s
    .replace(/\b(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, '')) // "F.B.I." = "FBI"
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/'s?\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w && !NOT_NAMES.test(w) && w.length > 1)
  // "the Democratic nominee" is all title words: keep them
  const named = words.filter((w) => !isTitle(w))
  return named.length ? named : words
}

/**
 * Whether a suggested speaker names the marked source (or one of its parts
 * between commas, an apposition): one's words hold the other's and both end in the same word ("Ed Rendell" for "Pennsylvania Gov. Ed
 * Rendell", "Ted Cruz" for "Cruz"); "The Washington" for "the Washington Post"
 * does not.
 */
const APPOSITION = /,|\(|\)|\s[-–—]\s|\s(?:who|which|whose|that)\s/
const QUALIFIER = /\s(?:of|from|at|in|taken|conducted|released|published|by)\s/

export function speakerMatches(suggested: string, gold: string): boolean {
  const s = nameWords(suggested)
  if (s.length === 0) return false
  // "Dow's chief executive, Andrew Liveris," and "Ines Roth, the mayor, who …": any part between commas names it
  // "Gov. John Kasich of Ohio": the name before "of" names it too
  const pieces = gold.split(APPOSITION).flatMap((p) => [p, p.split(QUALIFIER)[0]!])
  const parts = pieces.map(nameWords).filter((g) => g.length > 0)
  return parts.some((g) => s.at(-1) === g.at(-1) && (s.every((w) => g.includes(w)) || g.every((w) => s.includes(w))))
}
