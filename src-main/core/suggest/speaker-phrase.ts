import nlp from 'compromise'
import type { Token } from './tokens.ts'
import { ORG_WORDS } from './names.ts'
import { AUXILIARIES, DETERMINERS, MODALS } from './word-classes.ts'

/** Words a speaker's noun phrase never starts with: a conjunction, a quantifier that leaves the head out, a preposition. */
const BAD_FIRST = new RegExp(
  String.raw`^(but|and|or|so|then|however|while|if|when|as|because|although|though|most|many|some|only|just|even|` +
    String.raw`also|still|yet|those|these|this|that|such|all|both|more|less|in|on|at|for|with|from|to|of|by|about|after|` +
    String.raw`before|during|since|than|like|unlike|what|which|whose|how|why|where|whether|not|no|never|there|here|` +
    String.raw`now)$`
)
/** Words a noun phrase never ends with: a preposition, determiner, conjunction or possessive. */
const BAD_LAST = new RegExp(
  String.raw`^(of|in|on|at|for|with|from|to|by|about|the|a|an|and|or|but|his|her|their|its|our|my|your|this|that|` +
    String.raw`these|those|than|as|like|who|which|whose)$|'s$`
)
const PRONOUNS = /^(he|she|i|we|they|you|him|me|us|them|it)$/
/** Common nouns that end a speaker's noun phrase: people, their roles and bodies. */
export const AGENT_HEADS = new Set(
  `official officials aide aides spokesman spokeswoman spokesperson spokespeople adviser advisers advisor advisors
   strategist strategists analyst analysts expert experts critic critics supporter supporters voter voters lawmaker
   lawmakers legislator legislators leader leaders member members staff staffer staffers campaign campaigns committee
   administration government agency department ministry office group groups organization organizations union unions
   party parties official's researcher researchers economist economists scientist scientists lawyer lawyers attorney
   attorneys source sources people residents delegate delegates superdelegates activist activists donor donors
   candidate candidates nominee president senator senators governor governors mayor congressman congresswoman
   representative representatives judge justices court police prosecutor prosecutors investigators officer officers
   executive executives chief director chairman chairwoman chair secretary ambassador diplomat diplomats minister
   ministers reporter reporters writer writers columnist columnists editor editors anchor host hosts pollster
   pollsters operative operatives consultant consultants veteran veterans worker workers employees owner owners
   founder founders professor professors student students teacher teachers parents mother father son daughter wife
   husband friend friends colleague colleagues allies ally rival rivals opponent opponents democrats republicans
   conservatives liberals progressives independents americans leadership board council commission caucus coalition
   alliance network company companies firm firms business businesses industry bank banks team panel authorities
   organizers organisers observers commentators pundits insiders negotiators protesters demonstrators military army
   pentagon white house senate congress partisans backers fans skeptics traders farmers citizens families women men
   children customers consumers investors employers immigrants refugees evangelicals millennials republican democrat`.split(/\s+/)
)

const isHead = (t: Token): boolean => t.cap || AGENT_HEADS.has(t.norm) || ORG_WORDS.has(t.norm)
/** An auxiliary, or a participle used as a verb: "owned the", "come from" (not "the monitoring mission"). */
const isVerbish = (t: Token, next: Token | undefined): boolean =>
  !t.cap &&
  (AUXILIARIES.has(t.norm) ||
    MODALS.has(t.norm) ||
    (/^[a-z]+(ed|ing)$/.test(t.norm) && !isHead(t) && (!next || DETERMINERS.has(next.norm) || PREPS.test(next.norm))))
const PREPS = /^(of|in|on|at|for|with|from|to|by|about|into|over|after|before|that|as)$/
const OF_PHRASE = /^(of|at|for|from|with|in|familiar)$/

/**
 * Whether tokens [s, e) read as a speaker's noun phrase — a name or a common
 * noun phrase headed by a person or body ("Senate aides", "the Sanders
 * campaign") — and not a clause fragment or quoted words ("he owned the New
 * Jersey Generals", "make sure the United", "Most"). Unsure means no.
 */
export function isSpeakerPhrase(toks: Token[], s: number, e: number): boolean {
  const words = toks.slice(s, e).filter((t) => t.kind !== 'punct' || t.norm === '.')
  if (words.length === 0 || words.length > 9) return false
  const first = words[0]!
  const last = words.at(-1)!
  // "Some GOP strategists", "All three candidates" name a group; "Most" or "those electors in" do not
  const quantified = words.length > 1 && /^(the|a|an|some|many|most|all|both|several|few)$/.test(first.norm)
  if (BAD_FIRST.test(first.norm) && !quantified) return false
  if (BAD_LAST.test(last.norm)) return false
  if (words.some((t) => !t.cap && PRONOUNS.test(t.norm)) || words.some((t, i) => i > 0 && isVerbish(t, words[i + 1]))) return false
  if (!first.cap && !DETERMINERS.has(first.norm) && !isHead(first) && startsWithVerb(words.map((t) => t.text).join(' '))) return false
  if (isHead(last)) return true
  // "People familiar with the matter", "officials in the region": the head comes before its prepositional phrase
  const prep = words.findIndex((t, i) => i > 0 && OF_PHRASE.test(t.norm))
  return prep > 0 && isHead(words[prep - 1]!)
}

const verbStart = new Map<string, boolean>()

/** "make sure the United": a phrase opening with a verb (compromise's tagger, only for phrases that open in lower case). */
function startsWithVerb(phrase: string): boolean {
  let v = verbStart.get(phrase)
  if (v === undefined) {
    const tags = (nlp(phrase).terms().json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? []
    v = tags.includes('Verb') && !tags.includes('Adjective')
    if (verbStart.size > 5000) verbStart.clear()
    verbStart.set(phrase, v)
  }
  return v
}
