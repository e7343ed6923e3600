import { isSpeechVerb } from './frames.ts'
import { ORG_WORDS, personsIn } from './names.ts'
import type { Token } from './tokens.ts'
import { AGENT_HEADS } from './speaker-phrase.ts'
import { quantityEnd } from './speaker-quantity.ts'
import { AUXILIARIES, BE_FORMS, MODALS, MONTHS, NEGATIONS, NUMBER_WORDS, WEEKDAYS } from './word-classes.ts'

/** Irregular past forms that end a subject ("Trump made no mention", "Cruz took a shot at"). */
const IRREGULAR_PAST = new Set(
  `said made took gave told wrote thought knew saw came went won lost ran got held kept left met paid put sent set spent
   stood brought bought began became chose drew drove fell felt found fought flew grew heard hit led let meant rose sat
   shook shot sold spoke struck swore taught threw understood withdrew sought offered stuck hung dug won drew slid spun
   bet cut quit split spread upheld overturned forgave foresaw mistook undertook`.split(/\s+/)
)
/** Participles after an auxiliary: "has shown", "have taken", "had written". */
const IRREGULAR_PARTICIPLE = /^(shown|taken|given|written|known|seen|been|done|gone|spoken|chosen|drawn|driven|grown|thrown|sworn|begun)$/
const OPENERS = /^(but|and|so|yet|still|meanwhile|now|also|then|instead|indeed|however|thus|moreover)$/
/** An opening phrase before the subject, up to its comma: "In a statement, …", "Looking back to 2008, …". */
const INTRO = new RegExp(
  String.raw`^(in|on|at|after|before|when|while|as|despite|with|for|during|following|since|although|though|because|if|` +
    String.raw`unlike|like|asked|by|from|under|over|earlier|later|last|this|speaking|outside|inside|among|amid|without|` +
    String.raw`through|to|until|once|today|tonight|yesterday|now|then|first|finally|next|again|here|there|where|of|far|ahead|` +
    String.raw`against|given|thanks|rather|beyond|besides|between|around|across|near|behind|toward|towards|within|upon|about|via|` +
    String.raw`[a-z]+ing|[a-z]+ly|[a-z]{3,}ed)$`
)
const NP_STOP = /^(that|who|which|whose|whom|and|or|but|as|if|when|while|because|than|to|with|for|on|at|in|by|from|about)$/
const NOT_IN_SUBJECT = /^(there|here|now|then|also|just|only|even|still|too|very|so|already|often|never|always|again|ever|yet|[a-z]+ly)$/
const DETERMINER_START = /^(the|a|an|his|her|their|its|our|one|another)$/

/** "Some Democrats are hopeful", "Lind is skeptical": a stance after "be", which a description ("is the front-runner") is not. */
const STANCE_ADJECTIVES = new RegExp(
  String.raw`^(hopeful|confident|optimistic|pessimistic|skeptical|sceptical|sure|certain|critical|supportive|wary|eager|` +
    String.raw`reluctant|unhappy|happy|angry|furious|upset|aware|afraid|adamant|firm|clear|open|opposed|ready|willing|keen|` +
    String.raw`quick|careful|unwilling|unsure|uncertain|doubtful|mindful|fond|proud|silent|vocal|outspoken|unapologetic)$`
)
const NOT_VERB = /^(a|an|the|this|that|these|those|his|her|its|their|our|my|your|of|in|on|at|for|from|to|by|not|no|as|than|more|most)$/
const ADVERB = /^([a-z]{2,}ly|also|still|now|often|never|already|just|even|again|long|first|then|soon|later|later|since|once)$/

const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word'

/** Verbs that describe a place, a thing or a figure, not what someone says or does: "Belmora lies 40 km from …". */
export const DESCRIBING = new RegExp(
  String.raw`^(lies|lay|sits|sat|stands|stood|remains|remained|borders|bordered|covers|covered|contains|contained|` +
    String.raw`includes|included|consists|spans|measures|weighs|costs|lasts|lasted|belongs|belonged|dates|dated|houses|` +
    String.raw`rose|fell|grew|dropped|jumped|climbed|surged|plunged|slipped|rises|falls|grows|drops|ranks|ranked|totals|` +
    String.raw`totaled|totalled|equals|numbers|looks|seems|appears|flows|runs|ran|opened|closed|ended|began|begins|ends)$`
)
/** What follows a plural noun rather than a verb in -s: "Chinese traders also say", "Clinton aides said". */
const AFTER_PLURAL = /^(also|still|say|said|have|had|are|were|will|would|could|can|may|might|must|should|do|did|who|now|often)$/

/** A lower-case word read as a finite verb after a subject: "regards", "made", "slammed". */
function finiteVerb(toks: Token[], i: number, afterName: boolean): boolean {
  const t = toks[i]!
  if (t.cap || t.kind !== 'word' || DESCRIBING.test(t.norm)) return false
  if (IRREGULAR_PAST.has(t.norm)) return true
  if (/[a-z]{3,}ed$/.test(t.norm)) return true
  // "Harbour officials also argue", "Vaasa traders say": a speech verb's base form after a plural or an adverb
  const prev = toks[i - 1]
  if (isSpeechVerb(t.norm) && prev && !prev.cap && (/^[a-z]+[^s]s$/.test(prev.norm) || ADVERB.test(prev.norm))) return true
  const next = toks[i + 1]
  const plural = !!next && next.kind === 'word' && (AFTER_PLURAL.test(next.norm) || /[a-z]{3,}ed$/.test(next.norm))
  return afterName && /[a-z]{2,}[^s']s$/.test(t.norm) && !AGENT_HEADS.has(t.norm) && !plural
}

/**
 * The verb group after a subject, from token `i`: an auxiliary or modal (with
 * "not" and adverbs) before a participle or base verb, or a finite verb. A
 * form of "be" counts only before a participle ("is endorsing", "are
 * concerned"): "Trump is the front-runner" says nothing Trump claims.
 */
function verbGroupAt(toks: Token[], i: number, afterName: boolean): boolean {
  const t = toks[i]
  if (!isWord(t) || t.cap) return false
  let j = i
  while (isWord(toks[j]) && ADVERB.test(toks[j]!.norm) && j - i < 2) j++
  const v = toks[j]
  if (!isWord(v) || v.cap) return false
  // "Voters still view …": after an adverb, a word that opens no noun phrase is the verb
  if (j > i && !AUXILIARIES.has(v.norm) && !MODALS.has(v.norm)) return !NOT_VERB.test(v.norm) && !NP_STOP.test(v.norm)
  if (!AUXILIARIES.has(v.norm) && !MODALS.has(v.norm)) return finiteVerb(toks, j, afterName)
  let k = j + 1
  while (isWord(toks[k]) && (NEGATIONS.has(toks[k]!.norm) || ADVERB.test(toks[k]!.norm) || AUXILIARIES.has(toks[k]!.norm))) k++
  const w = toks[k]
  if (!isWord(w) || w.cap) return false
  if (BE_FORMS.has(v.norm) || BE_FORMS.has(toks[k - 1]!.norm))
    return /[a-z]{3,}(ing|ed)$/.test(w.norm) || IRREGULAR_PARTICIPLE.test(w.norm) || STANCE_ADJECTIVES.test(w.norm)
  if (/^(has|have|had)$/.test(toks[k - 1]!.norm))
    return /[a-z]{2,}(ed|en|wn)$/.test(w.norm) || IRREGULAR_PARTICIPLE.test(w.norm) || IRREGULAR_PAST.has(w.norm)
  return true
}

const skipOpeners = (toks: Token[], i: number, to: number): number => {
  while (i < to && (toks[i]!.kind === 'punct' || OPENERS.test(toks[i]!.norm))) i++
  return i
}

/** "Five years earlier, …", "Last week, …", "In an email, …", "Looking back, …": a phrase before the subject. */
function opensWithPhrase(t: Token): boolean {
  if (t.kind === 'num' || NUMBER_WORDS.has(t.norm) || MONTHS.has(t.norm) || WEEKDAYS.has(t.norm)) return true
  return isWord(t) && INTRO.test(t.norm)
}

/** "Obama on Friday held", "Lind last week endorsed": a time phrase between a subject and its verb. */
function skipTimePhrase(toks: Token[], e: number): number {
  const t = toks[e]
  if (!t || !/^(on|last|this|early|late|in|earlier|later|again|since)$/.test(t.norm)) return e
  const n = toks[e + 1]
  if (/^(earlier|later|again)$/.test(t.norm)) return e + 1
  if (!n) return e
  const time = (x: Token | undefined): boolean =>
    !!x && (WEEKDAYS.has(x.norm) || MONTHS.has(x.norm) || /^(week|month|year|morning|night|evening|afternoon|weekend)$/.test(x.norm))
  if (time(n)) return e + 2 + (toks[e + 2]?.kind === 'num' ? 1 : 0)
  if (/^(the|a)$/.test(n.norm) && time(toks[e + 2])) return e + 3
  return e
}

/**
 * The subject of the first clause of tokens [from, to) — the noun phrase
 * before its verb — as token indices [start, end), or null when the clause
 * does not open with a noun phrase and a verb. A name may carry an apposition
 * between commas ("Ms. Brainard, a Fed governor, voted …": "Ms. Brainard").
 */
/** "WASHINGTON —", "New York (AFP) –", "CLEVELAND, Ohio, July 18 —": a dateline before the first sentence's text. */
function afterDateline(toks: Token[], from: number, to: number): number {
  for (let i = from; i < to && i - from < 12; i++) {
    const t = toks[i]!
    if (/^[—–-]$/.test(t.norm) || t.norm === '--') return i > from ? i + 1 : from
    if (t.kind === 'word' && !t.cap) return from
  }
  return from
}

/** "Hillary Clinton Reassures House Democrats …": a headline's name before a capitalised verb in -s or -ed. */
function headlineSubject(toks: Token[], s: number, to: number): [number, number] | null {
  const words = toks.slice(s, to).filter((t) => t.kind === 'word')
  if (words.length < 4 || words.filter((t) => t.cap).length < words.length * 0.7) return null
  const isVerb = (t: Token | undefined): boolean => !!t?.cap && /[a-z]{2,}([^s']s|ed)$/.test(t.norm) && !ORG_WORDS.has(t.norm)
  for (const k of [3, 2]) {
    if (isVerb(toks[s + k]) && personsIn(toks, s, s + k).some((p) => p.start === toks[s]!.start && p.end === toks[s + k - 1]!.end))
      return [s, s + k]
  }
  return null
}

/** What follows a share of people as its verb: "About 4 in 10 say", "Two-thirds support", "Nearly half would choose". */
const SHARE_VERB = /^(see|approve|disapprove|prefer|back|view|like|dislike|trust|know|feel|rate|give|choose|pick|favor|favour)$/

/** "Forty-one percent of Vaasa voters would choose …": a share of people and whose it is, before its verb. */
function shareSubject(toks: Token[], s: number, to: number): [number, number] | null {
  const q = quantityEnd(toks, s, to)
  if (q < 0) return null
  for (let k = q; k < to && k - q < 10; k++) {
    const t = toks[k]!
    if (t.kind === 'punct' && t.norm !== "'") return null
    // "in all five states voting": a word after a count inside the phrase is a noun, not the verb ("About 4 in 10 say" is)
    const afterCount = k > q && (toks[k - 1]!.kind === 'num' || NUMBER_WORDS.has(toks[k - 1]!.norm))
    const verb = verbGroupAt(toks, k, false) || (!afterCount && (isSpeechVerb(t.norm) || SHARE_VERB.test(t.norm)))
    if (isWord(t) && !t.cap && verb) return k > s ? [s, k] : null
  }
  return null
}

export function clauseSubject(toks: Token[], from: number, to: number): [number, number] | null {
  const s = skipOpeners(toks, afterDateline(toks, from, to), to)
  if (s >= to) return null
  const headline = headlineSubject(toks, s, to)
  if (headline) return headline
  const share = shareSubject(toks, s, to)
  if (share) return share
  if (!opensWithPhrase(toks[s]!)) return subjectAt(toks, s, to)
  // "Steering clear of the boisterous, often belligerent rhetoric of his rivals, Kasich has sought …": the first comma
  // after which a subject and its verb follow; "In a year in which Lind has won" (no comma) has none
  for (let c = s + 1; c < to && c - s < 40; c++) {
    if (toks[c]!.norm !== ',') continue
    const next = skipOpeners(toks, c + 1, to)
    const found = next >= to ? null : (shareSubject(toks, next, to) ?? (opensWithPhrase(toks[next]!) ? null : subjectAt(toks, next, to)))
    if (found) return found
  }
  // "Jolly, who was elected in 2014, doesn't see …": a name that only looks like an opening word
  return toks[s]!.cap && toks[s + 1]?.norm === ',' ? subjectAt(toks, s, to) : null
}

function subjectAt(toks: Token[], s: number, to: number): [number, number] | null {
  if (!isWord(toks[s])) return null
  // "It is not clear whether …" is nobody's: "it" is left to the speech frames ("It said")
  if (/^(it|there|this|that)$/.test(toks[s]!.norm)) return null
  if (/^(he|she|they)$/.test(toks[s]!.norm)) return verbGroupAt(toks, skipTimePhrase(toks, s + 1), true) ? [s, s + 1] : null
  let e = s
  if (DETERMINER_START.test(toks[e]!.norm)) e++
  let sawCap = false
  while (e < to && e - s < 9) {
    const t = toks[e]!
    const after = sawCap && toks[e - 1]!.cap
    if (t.kind === 'punct') {
      if (t.norm === '.' || t.norm === '-' || t.norm === "'") {
        e++
        continue
      }
      break
    }
    if (t.cap) {
      sawCap = true
      e++
      continue
    }
    if (t.norm === "'s") {
      e++
      continue
    }
    // "A spokeswoman for Mr. Trump", "Officials at the Vaasa port": a role and whose it is
    const role = e > s && AGENT_HEADS.has(toks[e - 1]!.norm) && /^(of|for|at|from|with)$/.test(t.norm)
    if (
      (role && (toks[e + 1]?.cap || toks[e + 1]?.norm === 'the')) ||
      (/^(of|for|and|the|&)$/.test(t.norm) && toks[e + 1]?.cap && sawCap)
    ) {
      e++
      continue
    }
    if (NP_STOP.test(t.norm) || verbGroupAt(toks, e, after) || (after && skipTimePhrase(toks, e) > e)) break
    // a lower-case word in a subject is a noun or adjective ("Clinton aides"), never an adverb ("Polls there show Trump")
    if (NOT_IN_SUBJECT.test(t.norm)) break
    e++
  }
  if (e === s || (e - s === 1 && DETERMINER_START.test(toks[s]!.norm))) return null
  const capEnd = toks[e - 1]!.cap
  let v = e
  // "Denis McDonough (then deputy adviser) heaps praise": a bracket after the name
  if (toks[v]?.norm === '(' && capEnd) {
    const close = toks.findIndex((t, k) => k > v && k - v < 16 && t.norm === ')')
    if (close > v) v = close + 1
  }
  if (verbGroupAt(toks, skipTimePhrase(toks, v), capEnd)) return [s, e]
  // "Alex Castellanos, a veteran media consultant (and a former aide), endorsed …", "his wife, Jane, offered …":
  // the name or agent before its apposition
  if (toks[e]?.norm === ',' && (capEnd || AGENT_HEADS.has(toks[e - 1]!.norm))) {
    for (let c = e + 1; c < to && c - e < 40; c++) {
      // "Cory James, 22, of Flint, Mich., said": an abbreviation's period is no sentence end
      if (/^[;:.!?"“”]$/.test(toks[c]!.norm) && !(toks[c]!.norm === '.' && toks[c + 1]?.norm === ',')) break
      if (toks[c]!.norm === ',' && verbGroupAt(toks, c + 1, true)) return [s, e]
    }
  }
  return null
}
