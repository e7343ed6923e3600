import type { Token } from './tokens.ts'
import { MONTHS, WEEKDAYS } from './word-classes.ts'

const set = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean))

/** Words of a title or role before a name: "Defense Secretary Lloyd Austin" → "Lloyd Austin". */
export const TITLE_WORDS =
  set(`mr mr. mrs mrs. ms ms. dr dr. prof prof. professor sir dame lord lady gen gen. general lt lt. lieutenant col col.
  colonel maj maj. major capt capt. captain sgt sgt. sergeant adm adm. admiral cmdr commander brig brigadier marshal field air vice rear private
  corporal president vice-president prime minister secretary deputy assistant under undersecretary chancellor senator sen sen. rep rep.
  representative congressman congresswoman governor gov gov. mayor ambassador envoy commissioner director director-general chief chairman
  chairwoman chair speaker spokesman spokeswoman spokesperson judge justice inspector superintendent detective officer constable sheriff attorney
  king queen prince princess pope father rev rev. reverend sheikh emir crown foreign defense defence interior finance home health economy energy
  trade state security intelligence national adviser advisor counsel special staff joint head leader analyst economist researcher professor
  executive ceo cfo founder coach editor correspondent reporter mr mrs st. saint first lady ex former acting interim senior`)

/** Words that make a capitalised run an organisation, a group or a place rather than a person. */
export const ORG_WORDS =
  set(`agency ministry bank project institute institution council center centre university department office authority
  association group company corporation corp inc ltd llc plc committee commission service services foundation fund union organization
  organisation forces army navy police court party parliament congress senate government administration pentagon kremlin house reuters press news
  times post network monitor observatory watch alliance coalition federation board bureau directorate command guard club trust society laboratory
  lab hospital clinic airline airlines airways railways port customs community secretariat mission embassy consulate cabinet assembly tribunal
  programme program unit brigade regiment division fleet corps media daily journal herald telegraph guardian agency's ministry's exchange market
  index partners capital holdings energy oil gas motors systems technologies industries research analytics intelligence institute's school college
  academy labs laboratories securities associates consulting group's institutes agencies ministries banks`)
export const PLACE_WORDS =
  set(`north south east west northern southern eastern western central united new saudi sri korea russia ukraine china
  iran israel syria america states kingdom republic emirates arabia africa europe asia gaza sea river island islands strait gulf bay mount lake
  city province region county district valley coast street square airport base peninsula oblast territory territories`)
const PARTICLES = set('de da di del della van von der den al al- bin ibn le la du dos das ter')

/** Capitalised words that never start or belong to a person's name: "A Trump campaign source", "The Washington Post's". */
const NOT_NAME_WORDS = set(`a an the this that these those both all some many most each every another other our their his her its my your no
  democratic republican democrat gop conservative liberal progressive former`)
const isNameWord = (t: Token): boolean =>
  t.kind === 'word' && t.cap && !/'s$/i.test(t.norm) && !MONTHS.has(t.norm) && !WEEKDAYS.has(t.norm) && !NOT_NAME_WORDS.has(t.norm)

interface Found {
  name: string
  start: number
  end: number
}

/** Every person's name in tokens[from, to): runs of capitalised words, titles stripped. */
export function personsIn(toks: Token[], from = 0, to = toks.length): Found[] {
  const out: Found[] = []
  let i = from
  while (i < to) {
    if (!isNameWord(toks[i]!)) {
      i++
      continue
    }
    let j = i
    while (j < to && (isNameWord(toks[j]!) || (PARTICLES.has(toks[j]!.norm) && j + 1 < to && isNameWord(toks[j + 1]!)))) j++
    // "The Washington Post's": a run going on into a possessive name is an organisation's
    const possessive = toks[j]?.kind === 'word' && toks[j]!.cap && /'s$/i.test(toks[j]!.norm)
    const name = possessive ? null : nameOfRun(toks, i, j)
    if (name) out.push(name)
    i = j
  }
  return out
}

/** The last person's name in tokens[from, to), or null. */
export const personIn = (toks: Token[], from: number, to: number): Found | null => personsIn(toks, from, to).at(-1) ?? null

function nameOfRun(toks: Token[], i: number, j: number): Found | null {
  const run = toks.slice(i, j)
  let k = 0
  // titles and an organisation's acronym before a name: "IAEA Director General Rafael Soto"
  while (k < run.length - 1 && (TITLE_WORDS.has(run[k]!.norm) || (run[k]!.text.length > 1 && run[k]!.text === run[k]!.text.toUpperCase())))
    k++
  const core = run.slice(k)
  if (core.some((t) => ORG_WORDS.has(t.norm) || PLACE_WORDS.has(t.norm))) return null
  if (core.length < 2 || core.length > 4) return null
  if (core.some((t) => t.text.length > 1 && t.text === t.text.toUpperCase() && !/\.$/.test(t.text))) return null // acronyms: "DPRK", "US"
  if (TITLE_WORDS.has(core.at(-1)!.norm)) return null
  return { name: core.map((t) => t.text).join(' '), start: core[0]!.start, end: core.at(-1)!.end }
}

/** A single capitalised word after a title ("Dr. Oduya", "President Zelensky"), or a lone surname. */
export function surnameIn(toks: Token[], from: number, to: number): string | null {
  const words = toks.slice(from, to).filter((t) => t.kind === 'word')
  const last = words.at(-1)
  if (!last || !isNameWord(last) || ORG_WORDS.has(last.norm) || PLACE_WORDS.has(last.norm) || TITLE_WORDS.has(last.norm)) return null
  const before = words.slice(0, -1)
  if (before.every((t) => TITLE_WORDS.has(t.norm) || (t.cap && before.length === 0))) return last.text
  return null
}

/** Every person's full name in the body, in order, so a surname can be resolved ("Austin" → "Lloyd Austin"). */
export class NameIndex {
  /** in text order (add() is called in order) */
  private readonly names: { name: string; at: number }[] = []
  private readonly bySurname = new Map<string, { name: string; at: number }[]>()

  add(name: string, at: number): void {
    const entry = { name, at }
    this.names.push(entry)
    for (const key of new Set([name.split(' ').at(-1)!, name])) this.bySurname.set(key, [...(this.bySurname.get(key) ?? []), entry])
  }

  /** The last full name mentioned before `at` (for "he said" before anyone has spoken). */
  lastBefore(at: number): string | null {
    const i = lastIndexBefore(this.names, at)
    return i < 0 ? null : this.names[i]!.name
  }

  /** The nearest full name before `at` ending in `surname`, else the first one after it. */
  resolve(surname: string, at: number): string | null {
    const list = this.bySurname.get(surname)
    if (!list) return null
    const i = lastIndexBefore(list, at + 1)
    return (list[i] ?? list[0])!.name
  }
}

/** Index of the last entry with `at` < `pos` in a list sorted by `at`, or -1 (binary search). */
export function lastIndexBefore(list: { at: number }[], pos: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid]!.at < pos) lo = mid + 1
    else hi = mid
  }
  return lo - 1
}
