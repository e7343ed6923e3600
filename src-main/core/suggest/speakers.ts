import type { Token } from './tokens.ts'
import { NameIndex, ORG_WORDS, personIn, surnameIn } from './names.ts'

/** Nouns that are sources of evidence, never speakers ("Laboratory tests confirmed …"). */
export const EVIDENCE_NOUNS = new Set(
  `imagery image images photo photos photograph photographs picture pictures footage video videos satellite data record records document documents
   documentation file files log logs test tests result results analysis analyses sample samples reading readings measurement measurements figure
   figures statistics intercept intercepts communications transcript transcripts recording recordings forensics autopsy investigation inquiry probe
   review audit inspection inspections study studies survey surveys research findings tracking scan scans reporting intelligence information evidence
   proof traces signals sensors radar cameras monitoring observations manifest manifests receipts invoices emails messages testing`.split(/\s+/)
)
const PLURAL_ROLES = /^(economists|analysts|researchers|experts|scientists|officials|investigators|inspectors|engineers|doctors|specialists|staff|observers|monitors|auditors|diplomats|sources|people|members|representatives|lawyers|academics|strategists)$/

export interface Speaker {
  name: string
  person: boolean
  /** the words that named it, lower case, for "the agency" → "Ukraine's military intelligence agency" */
  words: string[]
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
    if (e - s === 1 && /^(he|she|him|her)$/.test(first)) return this.lastPerson ?? { name: '', person: false, words }
    if (e - s === 1 && /^(they|them)$/.test(first)) return this.lastSpeaker && !this.lastSpeaker.person ? this.lastSpeaker : { name: '', person: false, words }
    if (e - s === 1 && /^(we|i|us|it|you)$/.test(first)) return { name: '', person: false, words }
    if (EVIDENCE_NOUNS.has(words.at(-1)!)) return { name: '', person: false, words }

    const person = personIn(toks, s, e)
    if (person) return { name: person.name, person: true, words }
    const surname = surnameIn(toks, s, e)
    if (surname) {
      const full = this.names.resolve(surname, toks[s]!.start)
      if (full) return { name: full, person: true, words }
      const hadTitle = e - s > 1
      if (hadTitle) return { name: surname, person: true, words }
    }
    // "Economists at Coastline Bank" → "Coastline Bank"
    const at = words.findIndex((w, i) => i > 0 && /^(at|of|from|with)$/.test(w))
    if (at > 0 && PLURAL_ROLES.test(words[at - 1]!) && toks[s + at + 1]) {
      let o = s + at + 1
      if (toks[o]!.norm === 'the') o++
      if (toks[o]?.cap) return { name: text(this.body, toks, o, e), person: false, words }
    }
    // "the agency" → the earlier speaker or organisation it refers back to
    if (first === 'the' && e - s <= 3) {
      const head = words.at(-1)!
      for (let i = this.history.length - 1; i >= 0; i--) {
        const h = this.history[i]!
        if (!h.person && h.words.at(-1) === head && h.words.length > words.length) return h
      }
      const org = this.findOrgEndingIn(head, toks[s]!.start)
      if (org) return { name: org, person: false, words }
    }
    let name = text(this.body, toks, s, e)
    if (first === 'the') name = name.replace(/^the\s+/i, '')
    else if (first === 'one' && e - s > 1) name = name.replace(/^one\s+/i, /^[aeiou]/i.test(words[1]!) ? 'an ' : 'a ')
    return { name, person: false, words }
  }

  /** "the bank" → "Coastline Bank": a capitalised name earlier in the text ending in that word. */
  private findOrgEndingIn(head: string, before: number): string | null {
    if (!ORG_WORDS.has(head)) return null
    const re = new RegExp(`((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,5})${head}\\b`, 'giu')
    let found: string | null = null
    for (const m of this.body.slice(0, before).matchAll(re)) {
      const words = m[0].split(/\s+/)
      const last = words.at(-1)!
      if (last[0] === last[0]!.toUpperCase()) found = m[0].replace(/^(?:The|A|An)\s+/, '')
    }
    return found
  }
}
