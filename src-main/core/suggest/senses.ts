import type { CueMatch } from './lexicon.ts'
import type { Token } from './tokens.ts'
import { wordForms } from './inflect.ts'
import { BE_FORMS, CLAUSE_PUNCT, DETERMINERS, MODALS, SUBJECT_PRONOUNS, WH_WORDS, looksFinite } from './word-classes.ts'

/**
 * Sense rules: a phrase can match words used in another sense ("an evidence
 * warehouse", "officials will assess applications", "the judges' table", "an
 * unclear photocopy"). Each rule looks at the words around the match and
 * returns why the match is not a cue, or null when it is one.
 */
const lemmaOf = new Map<string, string>()
for (const lemma of ['assess', 'judge', 'estimate', 'expect', 'believe', 'think', 'suspect', 'forecast', 'predict', 'confirm', 'find']) {
  for (const f of wordForms(lemma)) lemmaOf.set(f, lemma)
}
for (const w of ['unclear', 'uncertain', 'unknown', 'known', 'evidence', 'probable', 'likely', 'unlikely']) lemmaOf.set(w, w)
for (const f of ['fear', 'fears', 'feared']) lemmaOf.set(f, 'fear')
for (const f of ['know', 'knows', 'knew', 'understand', 'understands', 'understood']) lemmaOf.set(f, 'know')
for (const f of wordForms('verify')) lemmaOf.set(f, 'confirm') // "verified" follows the rules of "confirmed"

const QUANTIFIERS = new Set(['few', 'many', 'some', 'most', 'several', 'both', 'all', 'others'])
const JUDGING = new Set(['assess', 'judge', 'estimate', 'expect', 'believe', 'think', 'suspect', 'forecast', 'predict'])
const NEEDS_CLAUSE = new Set(['assess', 'judge', 'estimate', 'expect', 'forecast'])
const PERCEPTS = new Set(
  'photo photocopy copy image picture print printout writing handwriting signature text audio sound recording footage video scan screen sign label marking markings line letters voice map chart stamp photograph fax'.split(
    ' '
  )
)
const EVIDENCE_FOLLOWERS = new Set(
  `that of to for from in on at about as suggesting showing indicating pointing linking tying connecting yet so and or but which this has have had is was
   were are shows showed suggests suggested indicates indicated points pointed whatsoever available exists existed emerged presented gathered collected
   found uncovered obtained provided against supporting either whether linked tied now here there`.split(/\s+/)
)
const UNCLEAR_FOLLOWERS = new Set([
  ...WH_WORDS,
  'exactly',
  'precisely',
  'just',
  'quite',
  'about',
  'as',
  'to',
  'on',
  'for',
  'at',
  'because',
  'so',
  'given',
  'and',
  'or',
  'but',
  'yet',
  'at',
  'in',
  'even',
  'still',
  'from',
  'since'
])
const FOUND_TRAPS = new Set(['guilty', 'dead', 'alive', 'innocent', 'liable', 'unconscious', 'injured', 'wounded'])
const SKIPPABLE = new Set([
  'also',
  'now',
  'still',
  'further',
  'strongly',
  'firmly',
  'broadly',
  'generally',
  'privately',
  'publicly',
  'initially',
  'today',
  'however',
  ','
])

const at = (toks: Token[], i: number): Token | undefined => (i >= 0 ? toks[i] : undefined)
const norm = (t: Token | undefined): string => t?.norm ?? ''

/** After a judging verb: "that", a clause ("believe [the network] was…"), or for estimate a figure. */
function judgmentFollows(toks: Token[], from: number, lemma: string): boolean {
  let i = from
  while (SKIPPABLE.has(norm(toks[i]))) i++
  if (norm(toks[i]) === 'with') {
    // "with high confidence" / "with moderate confidence"
    while (i < toks.length && norm(toks[i]) !== 'confidence' && i - from < 5) i++
    i++
    while (SKIPPABLE.has(norm(toks[i]))) i++
  }
  const first = toks[i]
  if (!first) return false
  if (SUBJECT_PRONOUNS.has(first.norm)) return true
  if (first.kind === 'punct' || first.norm === 'whether' || first.norm === 'how') return false
  if (lemma === 'expect' && first.norm === 'to') return false
  for (let j = i; j < Math.min(toks.length, i + 12); j++) {
    const t = toks[j]!
    if ((t.kind === 'punct' && CLAUSE_PUNCT.has(t.norm)) || t.norm === '.') return false
    if (j > i && looksFinite(t.norm)) return true
    if (lemma === 'estimate' && (t.norm === 'at' || t.kind === 'num') && j > i) return true
    if (lemma === 'expect' && j > i && (t.norm === 'to' || t.norm === 'will')) return true
  }
  return false
}

function judgingVerbProblem(m: CueMatch, toks: Token[], h: number, lemma: string): string | null {
  const t = toks[h]!
  const outside = h === m.start
  const prev = outside ? at(toks, h - 1) : undefined
  const next = at(toks, h + 1)
  // the phrase itself fixes the sense ("our estimate", "too early to judge", "is believed to"), except a bare subject ("we assess")
  if (!outside && !SUBJECT_PRONOUNS.has(norm(at(toks, h - 1)))) return null
  // "few believe", "many think", "some expect": a quantifier as the subject, not a determiner ("some suspects")
  const quantifierSubject = !!prev && QUANTIFIERS.has(prev.norm) && !t.norm.endsWith('s') && lemma !== 'judge'
  const nounBefore = !!prev && (DETERMINERS.has(prev.norm) || prev.kind === 'num' || prev.norm.endsWith("'s"))
  if (nounBefore && !quantifierSubject) return 'a noun here ("a judge", "the suspect")'
  if (next && (next.norm === "'" || next.norm === "'s")) return 'a possessive noun ("the judges\' table")'
  if (t.cap && ((h > 0 && at(toks, h - 1)?.kind !== 'punct') || next?.cap)) return 'a title or name ("Judge Smith")'
  if (lemma === 'think' && /^(tank|tanks|of|about|through|twice|again|back)$/.test(norm(next))) return '"think tank" / "think about"'
  if (lemma === 'believe' && norm(next) === 'in') return '"believe in"'
  if (lemma === 'suspect' && next && BE_FORMS.has(next.norm)) return 'a noun ("the suspect was")'
  const p1 = norm(at(toks, h - 1))
  const p2 = norm(at(toks, h - 2))
  if (outside && p1 === 'to' && !['reason', 'grounds', 'cause', 'inclined', 'appear', 'appears', 'seem', 'seems'].includes(p2))
    return 'an infinitive ("to assess the damage")'
  if (outside && MODALS.has(p1) && lemma !== 'believe' && lemma !== 'think' && lemma !== 'suspect')
    return 'future or hypothetical ("will assess applications")'
  if (p1 === 'not' && (p2 === 'can' || p2 === 'could')) return '"could not believe"'
  // "officials are expecting a record turnout", "believing the takeover would pay": a view held, not an activity
  const heldView = lemma === 'believe' || lemma === 'expect' || lemma === 'predict'
  if (t.norm.endsWith('ing') && norm(next) !== 'that' && !heldView) return 'an activity ("are assessing the damage")'
  if (BE_FORMS.has(p1) || (p1 === 'not' && BE_FORMS.has(p2))) {
    if (lemma === 'expect' && !t.norm.endsWith('ing')) return 'a schedule ("is expected to arrive")'
    return null // "is believed to", "is assessed to have"
  }
  if (NEEDS_CLAUSE.has(lemma) && !(heldView && t.norm.endsWith('ing')) && !judgmentFollows(toks, m.end, lemma))
    return 'no judgment follows ("assess applications")'
  return null
}

const BOOKINGS = /^(appointment|nomination|attendance|participation|booking|reservation|place)$/
const DESCRIBING_VERBS = /^(remain|remains|remained|seem|seems|seemed|look|looks|looked|still|very|largely|entirely)$/

function confirmProblem(m: CueMatch, toks: Token[], h: number): string | null {
  const t = toks[h]!
  const before = at(toks, h - 1)
  if (t.norm === 'confirmed' && before && (DETERMINERS.has(before.norm) || before.kind === 'num') && at(toks, h + 1)?.kind === 'word')
    return 'an adjective ("40 confirmed cases")'
  if (h !== m.start) return null
  let b = h - 1
  while (/^(publicly|officially|formally|independently|also|later|since|subsequently|never)$/.test(norm(at(toks, b)))) b--
  const p1 = norm(at(toks, b))
  const next = norm(at(toks, h + 1))
  if (MODALS.has(p1) || p1 === 'to') return 'future, hypothetical or an aim ("to confirm")'
  if (p1 === 'not' || p1 === 'neither' || next === 'or' || next === 'nor') return 'declined to confirm'
  if (t.norm === 'confirming' && next !== 'that') return 'a participle ("a letter confirming the dates")'
  for (let j = h + 1; j < Math.min(toks.length, h + 5); j++) {
    if (toks[j]!.norm === 'as') return 'an appointment ("confirmed her as minister")'
    if (BOOKINGS.test(toks[j]!.norm)) return 'an appointment or booking'
    if (toks[j]!.kind === 'punct') break
  }
  return null
}

function unclearProblem(m: CueMatch, toks: Token[], h: number): string | null {
  if (h !== m.start) return null
  const next = at(toks, m.end)
  const prev = at(toks, h - 1)
  if (next && next.kind === 'word' && !next.cap && !UNCLEAR_FOLLOWERS.has(next.norm) && !BE_FORMS.has(next.norm))
    return 'an adjective before a noun ("an unclear photocopy")'
  if (prev && (BE_FORMS.has(prev.norm) || DESCRIBING_VERBS.test(prev.norm))) {
    for (let j = h - 1; j >= Math.max(0, h - 5); j--) {
      if (PERCEPTS.has(toks[j]!.norm)) return 'a thing hard to see or read ("the photocopy was unclear")'
      if (toks[j]!.kind === 'punct') break
    }
  }
  return null
}

function evidenceProblem(m: CueMatch, toks: Token[], h: number): string | null {
  if (h !== m.end - 1) return null
  const next = at(toks, m.end)
  if (next && next.kind === 'word' && !next.cap && !EVIDENCE_FOLLOWERS.has(next.norm))
    return 'a compound noun ("an evidence warehouse", "evidence bags")'
  const p1 = norm(at(toks, m.start - 1))
  if (/^(give|gave|given|giving|gives)$/.test(p1)) return 'testimony ("gave evidence to the committee")'
  return null
}

const LIKELY_GROUPS = new RegExp(
  String.raw`^(voters?|caucus-?goers|electorate|supporters|nominees?|candidates?|donors|participants|turnout|buyers|` +
    String.raw`users|customers|recipients|attendees|delegates|jurors|successors?|contenders?|challengers?|pick|picks|` +
    String.raw`running)$`
)
const GROUP_MODIFIERS = new RegExp(
  String.raw`^(democratic|republican|gop|primary|general|general-election|caucus|independent|black|white|latino|hispanic|` +
    String.raw`young|female|male|women|men|new|first-time|swing|\d+)$`
)

/**
 * "likely voters", "likely Republican caucusgoers": a kind of person, not a
 * likelihood; "more likely to" / "less likely to" compare groups ("women are more
 * likely to vote") rather than estimate.
 */
function likelyProblem(m: CueMatch, toks: Token[], h: number): string | null {
  if (m.end - m.start !== 1 || norm(at(toks, h - 1)) === 'most') return null // "the most likely nominee" is an estimate
  let j = h + 1
  while (j < toks.length && j - h <= 3 && GROUP_MODIFIERS.test(toks[j]!.norm)) j++
  if (LIKELY_GROUPS.test(norm(at(toks, j)))) return 'a kind of person ("likely voters")'
  const compared = /^(more|less)$/.test(norm(at(toks, h - 1))) || /^(more|less)$/.test(norm(at(toks, h - 2)))
  if (compared) return 'a comparison ("more likely to vote")'
  return null
}

/** Why this match is a word in another sense, or null when it is a cue. */
/**
 * "Democrats fear the split will hurt", "allies feared a loss": a verb after its subject (a name, a plural, a
 * pronoun); "security fears", "capitalizing on fear", "This fear of refugees" are the noun.
 */
function fearProblem(m: CueMatch, toks: Token[], h: number): string | null {
  if (h !== m.start || norm(at(toks, h + 1)) === 'that') return null
  let b = h - 1
  while (/^(also|still|now|often|privately|openly|long|already|genuinely|really|clearly)$/.test(norm(at(toks, b)))) b--
  const prev = at(toks, b)
  if (!prev || prev.kind !== 'word') return 'the noun ("Fear throbs")'
  if (prev.cap || /^(they|we|i|you|who|many|some|others|most|few|both|all|not|do|does|did)$/.test(prev.norm)) return null
  return /[a-z]{3,}[^s']s$/.test(prev.norm) && !DETERMINERS.has(prev.norm) ? null : 'the noun ("security fears")'
}

/**
 * "He doesn't know me", "does not know what he is talking about", "nobody knows that better than me": knowing a
 * person, an idiom of competence or a comparison, not an open question about what happened.
 */
function knowProblem(m: CueMatch, toks: Token[], h: number): string | null {
  if (h !== m.end - 1) return null
  const next = norm(at(toks, h + 1))
  if (/^(me|us|him|them|you)$/.test(next) || (next === 'her' && !/^[a-z]/.test(at(toks, h + 2)?.text ?? ''))) return 'knowing a person'
  const after = toks.slice(h + 1, h + 8).map((t) => t.norm)
  if (next === 'what' && after.some((w, i) => (/^(talking|all)$/.test(w) && after[i + 1] === 'about') || w === 'doing'))
    return 'an idiom ("what he is doing")'
  if (after.slice(0, 4).some((w, i) => w === 'better' && after[i + 1] === 'than')) return 'a comparison ("knows it better than")'
  return null
}

export function senseProblem(m: CueMatch, toks: Token[]): string | null {
  for (let h = m.start; h < m.end; h++) {
    const lemma = lemmaOf.get(toks[h]!.norm)
    if (!lemma) continue
    if (JUDGING.has(lemma)) return judgingVerbProblem(m, toks, h, lemma)
    if (lemma === 'confirm') return confirmProblem(m, toks, h)
    if (lemma === 'unclear' || lemma === 'uncertain' || lemma === 'unknown') return unclearProblem(m, toks, h)
    if (lemma === 'known') return /^(for|as)$/.test(norm(at(toks, m.end))) ? '"known for" / "known as"' : null
    if (lemma === 'evidence') return evidenceProblem(m, toks, h)
    if (lemma === 'probable') return norm(at(toks, h + 1)) === 'cause' ? '"probable cause" (a legal term)' : null
    if (lemma === 'likely' || lemma === 'unlikely') return likelyProblem(m, toks, h)
    if (lemma === 'fear') return fearProblem(m, toks, h)
    if (lemma === 'know') return knowProblem(m, toks, h)
    if (lemma === 'find') return FOUND_TRAPS.has(norm(at(toks, m.end))) ? '"found guilty" / "found dead"' : null
  }
  return null
}
