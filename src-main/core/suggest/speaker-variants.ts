import { foldText } from '../../contract/text-fold.ts'
import { TITLE_WORDS } from './names.ts'

export interface SpeakerEntry {
  /** the fullest form: "Don Fowler" */
  name: string
  claims: number
  /** every stored form that names this speaker, the name included: ["Don Fowler", "Fowler", "But Fowler"] */
  variants: string[]
}

const LEADING = /^(but|and|so|then|however|yet|still|also|even)$/

/**
 * A name's words for comparing: folded as the speaker filter folds (case, accents), without a leading conjunction, titles or possessive
 * marks.
 */
export function speakerKey(name: string): string[] {
  const words = foldText(name)
    .replace(/[’`]/g, "'")
    .replace(/'s?\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean)
  while (words.length > 1 && LEADING.test(words[0]!)) words.shift()
  const named = words.filter((w) => !TITLE_WORDS.has(w) && !TITLE_WORDS.has(`${w}.`) && !/^(the|a|an)$/.test(w))
  return named.length ? named : words
}

/**
 * One entry per speaker: "Fowler", "Mr. Fowler" and "But Fowler" join "Don
 * Fowler" when it is the only fuller name they fit (the same last word, every
 * word in it). A surname two full names share ("Clinton": Bill and Hillary)
 * stays its own entry. Rows come as stored: `{name, claims}`.
 */
export function groupSpeakers(rows: { name: string; claims: number }[]): SpeakerEntry[] {
  const keyed = rows.map((r) => ({ ...r, key: speakerKey(r.name) }))
  keyed.sort((a, b) => b.key.length - a.key.length || b.claims - a.claims || a.name.localeCompare(b.name))
  const groups: (SpeakerEntry & { key: string[] })[] = []
  for (const r of keyed) {
    const fits = groups.filter((g) => r.key.length > 0 && g.key.at(-1) === r.key.at(-1) && r.key.every((w) => g.key.includes(w)))
    const distinct = new Set(fits.map((g) => g.key.join(' ')))
    if (distinct.size === 1) {
      const g = fits[0]!
      g.claims += r.claims
      g.variants.push(r.name)
    } else groups.push({ name: r.name, claims: r.claims, variants: [r.name], key: r.key })
  }
  return groups
    .map(({ name, claims, variants }) => ({ name, claims, variants }))
    .sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name))
}
