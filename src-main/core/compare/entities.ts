import { ORG_WORDS, PLACE_WORDS, TITLE_WORDS } from '../suggest/names.ts'
import { MONTHS, WEEKDAYS } from '../suggest/word-classes.ts'
import type { Term } from './analyze.ts'
import { ALIASES } from './entity-aliases.ts'
import { isStopword } from './stopwords.ts'

export type EntityKind = 'person' | 'place' | 'organization' | 'other'

/** A named person, place or organization, as mentioned in a body. */
export interface EntityMention {
  /** the name shown: aliases and surnames resolved ("DPRK" → "North Korea", "Varga" → "Ilse Varga") */
  name: string
  /** lower-case name, what mentions are matched by */
  key: string
  kind: EntityKind
  start: number
  end: number
}

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName']
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region', 'Address']
const CONNECTORS = /^(of|de|da|di|del|van|von|al|bin|ibn|le|la|du|for)$/
const PLACE_AFTER = /^(air|base|airbase|region|province|city|district|area|oblast|border|front|port|capital|village|town|county)$/
const AFFILIATION =
  /^(democratic|republican|democrats?|republicans?|christians?|muslims?|jews?|southern|northern|independent|liberal|conservative)$/
const PLACE_BEFORE = /^(in|at|near|from|to|into|outside|inside|across)$/

const isAcronym = (t: Term): boolean => /^(?:\p{Lu}\.?){2,6}$/u.test(t.text)
const isCap = (t: Term): boolean =>
  /^\p{Lu}/u.test(t.text) &&
  !MONTHS.has(t.norm) &&
  !WEEKDAYS.has(t.norm) &&
  !t.tags.has('Pronoun') &&
  !t.tags.has('Determiner') &&
  !t.tags.has('Value')
const properTagged = (t: Term): boolean =>
  ['ProperNoun', 'Acronym', 'Organization', ...PERSON_TAGS, ...PLACE_TAGS].some((x) => t.tags.has(x))

/**
 * May this word open a name? A sentence's first word is capitalized anyway, so
 * only if it reads as a proper noun, starts a run of capitalized words, or is a
 * name known from elsewhere in the text: not "Commercial" or "Opposition".
 */
function opens(t: Term, next: Term | undefined, joined: boolean, known: Set<string>): boolean {
  if (!isCap(t)) return false
  if (!t.first) return true
  if (isStopword(t.norm)) return false
  if (ALIASES.has(t.norm) || isAcronym(t) || properTagged(t) || known.has(t.norm)) return true
  // "Unlike Obama", "Despite Sanders", "Like Bush": a sentence opening with a common word is no name's start
  if (SENTENCE_OPENERS.some((x) => t.tags.has(x))) return false
  return joined && !!next && isCap(next)
}

const SENTENCE_OPENERS = ['Preposition', 'Conjunction', 'Adverb', 'Verb', 'Adjective', 'Determiner', 'QuestionWord', 'Pronoun']

/** A name has two letters at least: "S" (of "S. Korea") or an initial ("J.") alone is none. */
const tooShort = (text: string): boolean => (text.match(/\p{L}/gu) ?? []).length < 2

/**
 * A headline in title case ("Trump Trails Clinton In New Quinnipiac Poll"): its capitals mark no names, so its
 * runs of capitalized words are fragments, not entities.
 */
export function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? []
  const long = words.filter((w) => w.length >= 4)
  return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.8
}

function kindOf(words: Term[], before: Term | undefined, after: Term | undefined, titled: boolean): EntityKind {
  const norms = words.map((w) => w.norm)
  if (norms.some((w) => ORG_WORDS.has(w)) || words.some((w) => w.tags.has('Organization'))) return 'organization'
  if (norms.some((w) => PLACE_WORDS.has(w)) || words.some((w) => PLACE_TAGS.some((x) => w.tags.has(x)))) return 'place'
  if (titled || words.some((w) => PERSON_TAGS.some((x) => w.tags.has(x)))) return 'person'
  if (words.length === 1 && isAcronym(words[0]!)) return 'organization'
  if ((after && PLACE_AFTER.test(after.norm)) || (before && PLACE_BEFORE.test(before.norm))) return 'place'
  if (words.length >= 2 && words.length <= 4) return 'person'
  return 'other'
}

/** Runs of capitalized words (with "of", "de", … inside), titles stripped, split at possessives. */
function runs(
  body: string,
  terms: Term[],
  known: Set<string>
): { words: Term[]; before: Term | undefined; after: Term | undefined; titled: boolean }[] {
  const out: ReturnType<typeof runs> = []
  // adjacent words with only spaces between them (no comma or quote)
  const joined = (a: Term | undefined, b: Term | undefined): boolean =>
    !!a && !!b && a.sentence === b.sentence && /^[ \t]*$/.test(body.slice(a.end, b.start))
  let i = 0
  while (i < terms.length) {
    if (!opens(terms[i]!, terms[i + 1], joined(terms[i], terms[i + 1]), known)) {
      i++
      continue
    }
    let j = i + 1
    while (j < terms.length && joined(terms[j - 1], terms[j]) && !/['’]s$/.test(terms[j - 1]!.text)) {
      const t = terms[j]!
      if (isCap(t)) j++
      // "Ted Cruz of Texas" is Ted Cruz: a person's name takes no "of"
      else if (t.norm === 'of' && PERSON_TAGS.some((x) => terms[j - 1]!.tags.has(x))) break
      else if (CONNECTORS.test(t.norm) && isCap(terms[j + 1] ?? t) && joined(t, terms[j + 1]) && /^\p{Lu}/u.test(terms[j + 1]?.text ?? ''))
        j += 2
      else break
    }
    let words = terms.slice(i, j)
    let titled = false
    while (words.length > 1 && TITLE_WORDS.has(words[0]!.norm) && !ORG_WORDS.has(words.at(-1)!.norm)) {
      words = words.slice(1)
      titled = true
    }
    if (words.length === 1 && TITLE_WORDS.has(words[0]!.norm)) words = []
    // "Democratic", "Tennessee Republican", "Senate Democratic": a party word or demonym is no name, nor part of one
    // unless the name goes on past it ("Democratic National Committee", "Republican Party")
    if (!words.some((w) => ORG_WORDS.has(w.norm)))
      while (words.length && (AFFILIATION.test(words[0]!.norm) || AFFILIATION.test(words.at(-1)!.norm)))
        words = AFFILIATION.test(words[0]!.norm) ? words.slice(1) : words.slice(0, -1)
    if (words.length)
      out.push({ words, before: terms[i - 1], after: terms[j], titled: titled || (!!terms[i - 1] && TITLE_WORDS.has(terms[i - 1]!.norm)) })
    i = j
  }
  return out
}

/**
 * The named people, places and organizations in a text's terms. Built on the
 * tagger's proper nouns plus capitalization (so unknown names such as "Belmora"
 * count), classified by the tagger, organization and place words ("ministry",
 * "air base") and titles ("President", "spokesman"); aliases and demonyms are
 * resolved, and a surname alone resolves to the full name used in the same text.
 */
export function entitiesIn(body: string, terms: Term[], knownNames: Iterable<string> = []): EntityMention[] {
  const out: EntityMention[] = []
  const known = new Set<string>()
  for (const name of knownNames)
    name
      .toLowerCase()
      .split(' ')
      .forEach((w) => known.add(w))
  for (const t of terms) if (!t.first && isCap(t)) known.add(t.norm)
  for (const r of runs(body, terms, known)) {
    const start = r.words[0]!.start
    const end = r.words.at(-1)!.end
    const text = body.slice(start, end).replace(/['’]s$/, '')
    const alias = ALIASES.get(text.toLowerCase()) ?? ALIASES.get(text.toLowerCase().replace(/^the /, ''))
    if (alias) {
      out.push({ name: alias.name, key: alias.name.toLowerCase(), kind: alias.kind, start, end })
      continue
    }
    if (r.words.every((w) => isStopword(w.norm)) && !r.words.some(isAcronym)) continue
    if (tooShort(text)) continue
    out.push({ name: text, key: text.toLowerCase(), kind: kindOf(r.words, r.before, r.after, r.titled), start, end })
  }
  // "Varga" → "Ilse Varga", once the full name has been seen anywhere in the text
  const people = out.filter((e) => e.kind === 'person' && e.name.includes(' '))
  for (const e of out) {
    if (e.name.includes(' ')) continue
    const full = people.find((p) => p.key.endsWith(` ${e.key}`))
    if (full) Object.assign(e, { name: full.name, key: full.key, kind: 'person' as const })
  }
  return out
}

/** True when two mentions name the same entity ("Zelensky" and "Volodymyr Zelensky" do). */
export const sameEntity = (a: { key: string }, b: { key: string }): boolean =>
  a.key === b.key || a.key.endsWith(` ${b.key}`) || b.key.endsWith(` ${a.key}`)
