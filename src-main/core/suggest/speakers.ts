import type { Token } from './tokens.ts'
import { lastIndexBefore, NameIndex, ORG_WORDS, personIn, surnameIn } from './names.ts'
import { AGENT_HEADS, isSpeakerPhrase } from './speaker-phrase.ts'
import { isQuantityPhrase } from './speaker-quantity.ts'

/** Nouns that are sources of evidence, never speakers ("Laboratory tests confirmed …"). */
export const EVIDENCE_NOUNS = new Set(
  `imagery image images photo photos photograph photographs picture pictures footage video videos satellite data
   record records document documents documentation file files log logs test tests result results analysis analyses
   sample samples reading readings measurement measurements figure figures statistics intercept intercepts
   communications transcript transcripts recording recordings forensics autopsy investigation inquiry probe review
   audit inspection inspections study studies survey surveys research findings tracking scan scans reporting
   intelligence information evidence proof traces signals sensors radar cameras monitoring observations manifest
   manifests receipts invoices emails messages testing poll polls polling filings average averages readout readouts
   playbook cables`.split(/\s+/)
)
/** A common noun before a name that makes the name a group's ("environmental group Blue Shore"). */
const GROUP_NOUNS = new RegExp(
  String.raw`^(group|company|firm|organisation|organization|agency|institute|charity|network|outlet|newspaper|broadcaster|` +
    String.raw`union|party|utility|operator|bank|insurer|airline|carrier|manufacturer|lab|laboratory|monitor|watchdog|` +
    String.raw`regulator|coalition|alliance|movement|militia|club|team)$`
)
const ORG_HEADS = GROUP_NOUNS
const DOCUMENTS = /^(statement|report|communique|release|filing|letter|briefing|memo|post|assessment|study|review|audit)$/

const PLURAL_ROLES = new RegExp(
  String.raw`^(economists|analysts|researchers|experts|scientists|officials|investigators|inspectors|engineers|doctors|` +
    String.raw`specialists|staff|observers|monitors|auditors|diplomats|sources|people|members|representatives|lawyers|` +
    String.raw`academics|strategists)$`
)

/** Where a noun phrase's head ends and its qualifier starts: "an analysis **of** radar data **by** …". */
const QUALIFIER_START = new RegExp(
  String.raw`^(of|from|by|at|in|on|for|with|analysed|analyzed|compiled|released|published|collected|conducted|taken|out)$`
)

export interface Speaker {
  name: string
  person: boolean
  /** the words that named it, lower case, for "the agency" → "Ukraine's military intelligence agency" */
  words: string[]
}

const ROLE_TITLES = /^(chief|director|secretary|president|senator|governor|mayor|chairman|chair)$/

/** Whether a lower-case noun follows a name within [.., e): "Clinton advisers", "Sanders' campaign" (not "Lind of Vaasa"). */
function nounAfterName(toks: Token[], nameEnd: number, e: number): boolean {
  let i = toks.findIndex((t) => t.start >= nameEnd)
  if (i < 0 || i >= e) return false
  while (i < e && (toks[i]!.norm === "'" || toks[i]!.norm === "'s")) i++
  const t = toks[i]
  return !!t && i < e && t.kind === 'word' && !t.cap && AGENT_HEADS.has(t.norm) && !ROLE_TITLES.test(t.norm)
}

const text = (body: string, toks: Token[], s: number, e: number): string => body.slice(toks[s]!.start, toks[e - 1]!.end)

/**
 * Follows who has spoken so far in an article, to resolve "he said", "Kirby
 * said", "Dr. Oduya said" and "the agency said" to the name an analyst would
 * record.
 */
export class SpeakerTracker {
  lastPerson: Speaker | null = null
  lastSpeaker: Speaker | null = null
  lastQuoteSpeaker: Speaker | null = null
  private readonly history: Speaker[] = []
  private orgNames: Map<string, { name: string; at: number }[]> | null = null

  constructor(
    private readonly body: string,
    readonly names: NameIndex
  ) {}

  note(s: Speaker): void {
    if (!s.name) return
    this.history.push(s)
    this.lastSpeaker = s
    if (s.person) this.lastPerson = s
  }

  /** The speaker named by tokens [s, e); '' when it is the narrator ("we" outside quotes, "it"). */
  resolve(toks: Token[], s: number, e: number): Speaker {
    while (e > s && toks[e - 1]!.kind === 'punct') e--
    while (s < e && (toks[s]!.kind === 'punct' || /^(but|and|so|then|however)$/.test(toks[s]!.norm))) s++
    if (s >= e) return { name: '', person: false, words: [] }
    const words = toks.slice(s, e).map((t) => t.norm)
    const first = words[0]!
    if (e - s === 1 && /^(he|she|him|her)$/.test(first)) {
      if (this.lastPerson) return this.lastPerson
      const mentioned = this.names.lastBefore(toks[s]!.start)
      return { name: mentioned ?? '', person: !!mentioned, words }
    }
    if (e - s === 1 && /^(they|them)$/.test(first))
      return this.lastSpeaker && !this.lastSpeaker.person ? this.lastSpeaker : { name: '', person: false, words }
    if (e - s === 1 && first === 'it') return this.lastOrg() ?? { name: '', person: false, words }
    if (e - s === 1 && /^(we|i|us|you)$/.test(first)) return { name: '', person: false, words }
    // "Twenty-four percent", "About 4 in 10 Vaasa voters": a poll's share of people, kept whole (a bare "Twenty-four" is no one)
    if (isQuantityPhrase(toks, s, e)) return { name: text(this.body, toks, s, e), person: false, words }
    const prep = words.findIndex((w, i) => i > 0 && QUALIFIER_START.test(w))
    const headPhrase = prep > 0 ? words.slice(0, prep) : words
    if (EVIDENCE_NOUNS.has(headPhrase.at(-1)!) || DOCUMENTS.test(headPhrase.at(-1)!)) {
      // "an analysis of radar satellite data by the Riverwatch Institute" → "Riverwatch Institute"
      for (let i = words.length - 2; i > 0; i--) {
        if ((words[i] === 'by' || words[i] === 'from') && toks.slice(s + i + 1, e).some((t) => t.cap))
          return this.resolve(toks, s + i + 1, e)
      }
      if (EVIDENCE_NOUNS.has(headPhrase.at(-1)!) && !(first === 'the' && e - s === 2)) {
        // "a new Associated Press-GfK poll", "FEC filings": a named source of evidence keeps its name and noun
        const head = s + headPhrase.length
        const named = toks.slice(s, head).findIndex((t) => t.cap && !/^(a|an|the|new|latest|recent)$/.test(t.norm))
        return { name: named >= 0 ? text(this.body, toks, s + named, head) : '', person: false, words }
      }
    }
    // "a ministry statement" → "the ministry"
    if (e - s >= 3 && /^(statement|communique|release|filing|notice|letter|post)$/.test(words.at(-1)!) && /^(a|an|the)$/.test(first)) {
      const owner = this.resolveDefinite(toks, s + 1, e - 1, words.slice(1, -1))
      if (owner) return owner
    }

    // "Economists at Coastline Bank" → "Coastline Bank"; "Officials at the energy ministry" → "energy ministry"
    const at = words.findIndex((w, i) => i > 0 && /^(at|of|from|with)$/.test(w))
    if (at > 0 && PLURAL_ROLES.test(words[at - 1]!) && toks[s + at + 1]) {
      let o = s + at + 1
      if (toks[o]!.norm === 'the') o++
      if (toks[o]?.cap || ORG_WORDS.has(words.at(-1)!)) return { name: text(this.body, toks, o, e), person: false, words }
    }
    // "the open-source research group Geowatch" → "Geowatch"
    const last = toks[e - 1]!
    if (e - s >= 2 && last.cap && GROUP_NOUNS.test(toks[e - 2]!.norm)) {
      let n = e - 1
      while (n - 1 > s && toks[n - 1]!.cap) n--
      return { name: text(this.body, toks, n, e), person: false, words }
    }
    const found = personIn(toks, s, e)
    // "Arab Israeli lawmakers", "Clinton advisers", "Bernie Sanders' campaign": the name modifies the noun that heads the phrase
    const headAfter = found ? nounAfterName(toks, found.end, e) : false
    if (headAfter && isSpeakerPhrase(toks, s, e)) return { name: text(this.body, toks, s, e).replace(/^the\s+/i, ''), person: false, words }
    const person = headAfter ? null : found
    if (person) {
      const before = toks.slice(s, e).findIndex((t) => t.start === person.start)
      const group = before > 0 && GROUP_NOUNS.test(toks[s + before - 1]!.norm)
      return { name: person.name, person: !group, words }
    }
    const surname = surnameIn(toks, s, e)
    if (surname) {
      const full = this.names.resolve(surname, toks[s]!.start)
      if (full) return { name: full, person: true, words }
      const hadTitle = e - s > 1
      if (hadTitle) return { name: surname, person: true, words }
    }
    // "the agency" → the earlier speaker or organisation it refers back to
    if (first === 'the' && e - s <= 3) {
      const found = this.resolveDefinite(toks, s + 1, e, words.slice(1))
      if (found) return found
    }
    // a clause fragment or quoted words are no speaker: better none than a wrong one
    if (!isSpeakerPhrase(toks, s, e)) {
      // "No wonder Trump said": the phrase ends in a surname the article has given in full
      const last = toks[e - 1]!
      const full = last.kind === 'word' && last.cap && e - s <= 4 ? this.names.resolve(last.text, last.start) : null
      return full ? { name: full, person: true, words } : { name: '', person: false, words }
    }
    let name = text(this.body, toks, s, e)
    if (first === 'the') name = name.replace(/^the\s+/i, '')
    else if (first === 'one' && e - s > 1) name = name.replace(/^one\s+/i, /^[aeiou]/i.test(words[1]!) ? 'an ' : 'a ')
    return { name, person: false, words }
  }

  private lastOrg(): Speaker | null {
    for (let i = this.history.length - 1; i >= 0; i--) if (!this.history[i]!.person) return this.history[i]!
    return null
  }

  /** "the regulator" → "financial regulator": the same noun with its modifiers, mentioned shortly before. */
  private modifiedMention(head: string, before: number): string | null {
    const window = this.body.slice(Math.max(0, before - 2000), before)
    let found: string | null = null
    for (const m of window.matchAll(new RegExp(`\\b[Tt]he ((?:[a-z][a-z-]+ ){1,3})${head}\\b`, 'g'))) {
      if (!/\b(same|other|first|last|next|new|whole|entire|own)\b/.test(m[1]!)) found = `${m[1]}${head}`
    }
    return found
  }

  /** "the agency" (words after "the") → an earlier speaker or organisation with that head noun. */
  private resolveDefinite(toks: Token[], s: number, e: number, words: string[]): Speaker | null {
    const headNoun = words.at(-1)
    if (!headNoun) return null
    for (let i = this.history.length - 1; i >= 0; i--) {
      const h = this.history[i]!
      if (!h.person && h.words.at(-1) === headNoun && h.words.length > words.length + 1) return h
    }
    const org = this.findOrgEndingIn(headNoun, toks[s]!.start)
    if (org) return { name: org, person: false, words }
    const mention = words.length === 1 ? this.modifiedMention(headNoun, toks[s]!.start) : null
    if (mention) return { name: mention, person: false, words: [...mention.split(' ')] }
    // "the report" → the organisation whose report it is: the last one that spoke
    if (words.length === 1 && DOCUMENTS.test(headNoun)) return this.lastOrg()
    // "the company" → the named organisation that spoke last
    if (words.length === 1 && ORG_HEADS.test(headNoun)) {
      for (let i = this.history.length - 1; i >= 0; i--) {
        const h = this.history[i]!
        if (!h.person && /^\p{Lu}/u.test(h.name)) return h
      }
    }
    return null
  }

  /** "the bank" → "Coastline Bank": a capitalised name earlier in the text ending in that word. */
  private findOrgEndingIn(head: string, before: number): string | null {
    if (!ORG_WORDS.has(head)) return null
    if (!this.orgNames) {
      // every run of 2–6 capitalised words, indexed once by its last word
      this.orgNames = new Map()
      for (const m of this.body.matchAll(/\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,5}/gu)) {
        const name = m[0].replace(/^(?:The|A|An)\s+/, '')
        const key = name.split(/\s+/).at(-1)!.toLowerCase()
        this.orgNames.set(key, [...(this.orgNames.get(key) ?? []), { name, at: m.index }])
      }
    }
    const list = this.orgNames.get(head) ?? []
    const i = lastIndexBefore(list, before)
    return i < 0 ? null : list[i]!.name
  }
}
