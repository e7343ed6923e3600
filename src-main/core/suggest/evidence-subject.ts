import type { CueMatch } from './lexicon.ts'
import type { Token } from './tokens.ts'

/** Records of fact that can be the subject of what a report says: "the poll found", "the emails reflect". */
const RECORDS = new Set(
  `poll polls polling survey surveys study studies analysis analyses data records documents document email emails video videos
   footage investigation audit filings filing statistics findings transcript transcripts tally`.split(/\s+/)
)
/** What a record does when it states something. */
const STATES = new RegExp(
  String.raw`^(show|shows|showed|shown|showing|find|finds|found|note|notes|noted|say|says|said|give|gives|gave|put|puts|` +
    String.raw`has|had|have|reflect|reflects|reflected|indicate|indicates|indicated|reveal|reveals|revealed|highlight|` +
    String.raw`highlights|highlighted|offer|offers|offered|capture|captures|captured|prove|proves|proved|conclude|` +
    String.raw`concludes|concluded|confirm|confirms|confirmed|underscore|underscores|underscored|see|sees|saw|point|points|` +
    String.raw`pointed|documents|documented|detail|details|detailed|read|reads|state|states|stated|mention|mentions|` +
    String.raw`mentioned|ask|asks|asked|reaffirm|reaffirms|reaffirmed|depict|depicts|depicted|feature|features|featured)$`
)
const POST_MODIFIER =
  /^(goes|went|go|did|does|do|of|by|from|in|on|at|for|with|among|released|conducted|taken|out|published|commissioned|obtained|sponsored)$/
const AUX = /^(also|has|have|had|is|are|was|were|just|now|still|clearly|however)$/

const MODIFIERS = new RegExp(
  String.raw`^(a|an|the|new|latest|recent|another|one|two|three|this|that|these|those|its|their|his|her|national|statewide|` +
    String.raw`online|internal|fresh|separate|exit|public|private|early|other|previous|same|leaked|further|subsequent|` +
    String.raw`independent|federal|official|such|both|all|most)$`
)
/** What may come before a record that is a subject: the sentence start, punctuation or a conjunction. */
const SUBJECT_BEFORE = /^(and|but|while|as|so|yet|although|though|because|since|when|now|then|meanwhile|still|also)$/

/** The start of the noun phrase a record noun at `i` heads: "A new Fox News poll" → "A". */
function phraseStart(toks: Token[], i: number): number {
  let s = i
  while (s > 0 && i - s < 7) {
    const t = toks[s - 1]!
    const inside = t.kind === 'num' || t.cap || MODIFIERS.test(t.norm) || /^[/'’-]$/.test(t.norm) || t.norm === "'s"
    if (!inside) break
    s--
  }
  return s
}

/**
 * "A Fox News poll, conducted with X, shows …", "The poll, released on Wednesday
 * by Y, showed …", "the emails reflect …", "The CBS poll gave …": a record of
 * fact as the subject of a verb of stating is evidence, whatever lies between
 * (a prepositional phrase, "out Monday", an apposition between commas). Not
 * after a preposition ("in the poll", "an answer to the survey"), and not when
 * the record is the object ("Trump cited a poll").
 */
export function evidenceSubjectCues(toks: Token[]): CueMatch[] {
  const out: CueMatch[] = []
  for (let i = 0; i < toks.length; i++) {
    if (!RECORDS.has(toks[i]!.norm)) continue
    const s = phraseStart(toks, i)
    const before = toks[s - 1]
    if (before && before.kind === 'word' && !SUBJECT_BEFORE.test(before.norm)) continue
    // "his polling numbers", "the email dump": the record noun modifies another noun
    const next = toks[i + 1]
    if (next && next.kind === 'word' && !next.cap && !STATES.test(next.norm) && !AUX.test(next.norm) && !POST_MODIFIER.test(next.norm))
      continue
    let j = i + 1
    let commas = 0
    let brackets = 0
    for (; j < toks.length && j - i < 30; j++) {
      const t = toks[j]!
      if (t.norm === '(') brackets++
      else if (t.norm === ')') brackets--
      else if (t.norm === ',') commas++
      else if (brackets === 0 && (STATES.test(t.norm) || AUX.test(t.norm)) && (commas === 0 || commas === 2 || toks[j - 1]!.norm === ',')) {
        let v = j
        while (v < toks.length && AUX.test(toks[v]!.norm) && !STATES.test(toks[v + 1]?.norm ?? '') && v - j < 2) v++
        while (v < toks.length && AUX.test(toks[v]!.norm) && STATES.test(toks[v + 1]?.norm ?? '')) v++
        if (STATES.test(toks[v]!.norm)) out.push({ confidence: 'evidence', phrase: '(record) … (states)', words: 3, start: i, end: v + 1 })
        break
      } else if (/^[.;:!?"“”]$/.test(t.norm) || (commas === 0 && /^(that|which|who|and|but|while|when|if|because)$/.test(t.norm))) break
      if (commas > 2) break
    }
  }
  return out
}
