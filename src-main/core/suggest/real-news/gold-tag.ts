import type { Confidence } from '../../../contract/common.ts'
import type { Attribution } from './brat.ts'

/**
 * The tag an analyst gives a marked attribution, read from its cue, source and
 * content (the mapping is documented in docs/eval-real-news.md):
 * - a Confidence when the attribution holds one;
 * - 'untagged' for plain speech, wishes, actions ("said", "wants", "called for");
 * - 'unsure' where the mapping cannot decide (hedged speech, "seems", a news report):
 *   such a sentence is scored neither as a claim nor as cue-free;
 * - 'poll answer' for "not sure" / "don't know" as a poll's answer: not the analyst's
 *   do-not-yet-know, so a do-not-yet-know tag on it counts as a wrong tag.
 */
export type GoldTag = Confidence | 'untagged' | 'unsure' | 'poll answer'

const EVIDENCE_SOURCE = new RegExp(
  String.raw`\b(polls?|polling|surveys?|data|records?|documents?|documentation|stud(y|ies)|analys[ie]s|footage|videos?|` +
    String.raw`investigations?|audits?|filings?|statistics|results|research|findings|emails?|transcripts?|tallies|tally|` +
    String.raw`exit polls)\b`
)
const REPORT_SOURCE = /\b(reports?|reporting|articles?|stor(y|ies)|book|memo)\b/
const SHOW_CUE = new RegExp(
  String.raw`\b(show|shows|showed|shown|showing|found|find|finds|finding|indicates?|indicated|indicating|reveals?|` +
    String.raw`revealed|suggests?|suggested|according to|in)\b`
)

const DNYK = new RegExp(
  String.raw`\b(unclear|uncertain|not (yet |immediately |entirely )?clear|(not|never) (yet )?(been )?known(?! (as|` +
    String.raw`for))|unknown|remains? to be seen|no way of knowing|too (early|soon) to (say|tell|know)|(do|does|did) ?(not|` +
    String.raw`n['’]t) (yet )?know (whether|if|how|why|what|when|who|where))\b`
)
const POLL_ANSWER = /\b(not sure|unsure|undecided|(do|does|did) ?(not|n['’]t) know|no opinion)\b/
const POLL_CONTEXT = /\b(polls?|surveys?|respondents|voters|percent|%|per cent)\b/

const BELIEF = new RegExp(
  String.raw`\b(believ(e|es|ed|ing)|think|thinks|thinking|thought|argu(e|es|ed|ing)|contend(s|ed|ing)?|expect(s|ed|` +
    String.raw`ing)?|doubt(s|ed|ing)?|suspect(s|ed|ing)?|predict(s|ed|ing)?|estimat(e|es|ed|ing)|assess(es|ed|ing)?|` +
    String.raw`fears?|feared|fearing|anticipat(e|es|ed|ing)|forecast(s|ed|ing)?|speculat(e|es|ed|ing)|convinced|confident|` +
    String.raw`skeptical|sceptical|presum(e|es|ed|ing)|reckons?|judged?)\b`
)
const HEDGED = new RegExp(
  String.raw`\b(feel|feels|felt|worr(y|ies|ied|ying)|consider\w*|seem\w*|appear\w*|suggest\w*|imply|implied|implies|` +
    String.raw`hint\w*|is expected|are expected|was expected|were expected|be expected)\b`
)
const LIKELY = /\b(likely|unlikely|probably|probable|almost certain(ly)?|possibly|(a|no|little|slim|good) chance (that|of))\b/
const NOT_ESTIMATIVE = new RegExp(
  String.raw`\b(likely|unlikely) (\w+ )?(voters?|caucus-?goers|electorate|democrats|republicans|nominee|candidates?|` +
    String.raw`supporters)\b|\b(more|less|most|least) likely\b`
)

const PASSIVE_EXPECTED = /\b(is|are|was|were|be|been|being)\s+(widely\s+|also\s+)?expected\b/

const join = (pieces: { text: string }[]): string =>
  pieces
    .map((p) => p.text)
    .join(' ')
    .toLowerCase()

/** The tag and the offset of the words that decide it (the cue, or the likelihood word in the content). */
export function goldTag(a: Attribution): { tag: GoldTag; at: number } {
  const tag = tagOf(a)
  const at = a.cue[0]?.start ?? a.content[0]?.start ?? a.source[0]?.start ?? 0
  if (tag !== 'assess' || BELIEF.test(join(a.cue))) return { tag, at }
  for (const p of a.content) {
    const m = LIKELY.exec(p.text.toLowerCase())
    if (m) return { tag, at: p.start + m.index }
  }
  return { tag, at }
}

const HEAD_END = /,|\(|\s[-–—]\s|\s(?:who|which|that|of|by|from|for|in|on|at|with|released|conducted|taken|published|out)\s/

/** The source's head: its last word before an apposition, a relative clause or a qualifier ("a poll of 900 voters" → "poll"). */
function headOf(source: string): string {
  const np = source.split(HEAD_END)[0]!.trim()
  return np.split(/\s+/).at(-1) ?? ''
}

function tagOf(a: Attribution): GoldTag {
  const cue = join(a.cue)
  const source = a.source.map((p) => p.text).join(' ')
  const content = join(a.content)
  const whole = `${source.toLowerCase()} ${cue} ${content}`
  if (POLL_ANSWER.test(cue) && POLL_CONTEXT.test(whole)) return 'poll answer'
  if (DNYK.test(cue) || (a.source.length === 0 && DNYK.test(content.slice(0, 40)))) {
    return POLL_CONTEXT.test(cue) ? 'poll answer' : 'do not yet know'
  }
  // a source of evidence in lower case: "the poll found", "records show"; not a name ("Pew Research")
  const lowerSource = headOf(source).replace(/\b\p{Lu}[\p{L}.'’-]*/gu, ' ')
  if (EVIDENCE_SOURCE.test(lowerSource)) return SHOW_CUE.test(cue) || !BELIEF.test(cue) ? 'evidence' : 'unsure'
  if (/^according to\b/.test(cue) && EVIDENCE_SOURCE.test(cue)) return 'evidence'
  if (/\b(records|data|polls?|surveys?|documents|filings) (show|indicate|reveal|suggest)/.test(cue)) return 'evidence'
  if (REPORT_SOURCE.test(lowerSource)) return 'unsure'
  if (PASSIVE_EXPECTED.test(cue)) return 'unsure'
  if (BELIEF.test(cue)) return 'assess'
  if (HEDGED.test(cue)) return 'unsure'
  if (LIKELY.test(content) && !NOT_ESTIMATIVE.test(content)) return 'assess'
  return 'untagged'
}

const NARRATOR_CUE = new RegExp(
  String.raw`\b(evidence|no (sign|indication) (of|that)|(it is|it's|it’s) possible that|possibly|probably|almost certainly|` +
    String.raw`(seems?|seemed|appears?|appeared) (to|that)|(i|we) (don['’]t |do not )?(think|believe)|estimates? that|` +
    String.raw`open question|(i|we) (don['’]t|do not) know)\b`
)

/**
 * Whether a sentence no attribution touches still holds the narrator's own
 * estimative or do-not-yet-know words ("it is not clear how long…", "Republicans
 * are likely to…"): PolNeAR marks no attribution there, yet the sentence is not
 * cue-free, so it is scored neither way. "likely voters" stays cue-free.
 */
export function hasNarratorCue(sentence: string): boolean {
  const s = sentence.toLowerCase()
  return DNYK.test(s) || NARRATOR_CUE.test(s) || (LIKELY.test(s) && !NOT_ESTIMATIVE.test(s))
}
