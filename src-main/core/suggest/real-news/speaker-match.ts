const NOT_NAMES = /^(the|a|an|he|she|it|they|we|i|you|his|her|its|their|our|this|that|these|those|who|whom|which|but|and|one|some|many|most)$/i
const TITLES = /^(mr|mrs|ms|dr|sen|senator|rep|gov|governor|president|former|secretary|gen|lt|col|sgt|gop|democratic|republican|presidential|candidate|hopeful|nominee)$/

/** A source an analyst would record by name: it holds a capitalised word other than a pronoun or determiner ("He", "The"). */
export function isNamedSource(source: string): boolean {
  return source.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !NOT_NAMES.test(w.replace(/[^\p{L}]/gu, '')))
}

/** The words that name a source (one part of it between commas), lower case, without titles, articles or initials. */
export function nameWords(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/'s?\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w && !NOT_NAMES.test(w) && !TITLES.test(w) && w.length > 1)
}

/**
 * Whether a suggested speaker names the marked source (or one of its parts
 * between commas, an apposition): one's words hold the other's and both end in the same word ("Ed Rendell" for "Pennsylvania Gov. Ed
 * Rendell", "Ted Cruz" for "Cruz"); "The Washington" for "the Washington Post"
 * does not.
 */
export function speakerMatches(suggested: string, gold: string): boolean {
  const s = nameWords(suggested)
  if (s.length === 0) return false
  // "Dow's chief executive, Andrew Liveris," and "Ines Roth, the mayor, who …": any part between commas names it
  const parts = gold.split(/,|\(|\)|\s[-–—]\s|\s(?:who|which|whose|that)\s/).map(nameWords).filter((g) => g.length > 0)
  return parts.some((g) => s.at(-1) === g.at(-1) && (s.every((w) => g.includes(w)) || g.every((w) => s.includes(w))))
}
