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

const EVIDENCE_SOURCE =
  /\b(polls?|polling|surveys?|data|records?|documents?|documentation|stud(y|ies)|analys[ie]s|footage|videos?|investigations?|audits?|filings?|numbers|figures|statistics|results|research|findings|emails?|transcripts?|tallies|tally|count|exit polls)\b/
const REPORT_SOURCE = /\b(reports?|reporting|articles?|stor(y|ies)|book|memo)\b/
const SHOW_CUE = /\b(show|shows|showed|shown|showing|found|find|finds|finding|indicates?|indicated|indicating|reveals?|revealed|suggests?|suggested|according to|in)\b/

const DNYK =
  /\b(unclear|uncertain|not (yet |immediately |entirely )?clear|(not|never) (yet )?(been )?known(?! (as|for))|unknown|remains? to be seen|no way of knowing|too (early|soon) to (say|tell|know)|(do|does|did) ?(not|n['’]t) (yet )?know (whether|if|how|why|what|when|who|where))\b/
const POLL_ANSWER = /\b(not sure|unsure|undecided|(do|does|did) ?(not|n['’]t) know|no opinion)\b/
const POLL_CONTEXT = /\b(polls?|surveys?|respondents|voters|percent|%|per cent)\b/

const BELIEF =
  /\b(believ\w*|think\w*|thinks|thought|argu\w*|expect(s|ed|ing)?|doubt\w*|suspect\w*|predict\w*|estimat\w*|assess\w*|contend\w*|fears?|feared|fearing|anticipat\w*|forecast\w*|speculat\w*|convinced|confident|skeptical|sceptical|bet|bets|guess\w*|assum\w*|presum\w*|reckons?|judged?|concluded?|projects?|projected)\b/
const HEDGED = /\b(feel|feels|felt|worr(y|ies|ied|ying)|consider\w*|seem\w*|appear\w*|suggest\w*|imply|implied|implies|hint\w*|is expected|are expected|was expected|were expected|be expected)\b/
const LIKELY = /\b(likely|unlikely|probably|probable|almost certain(ly)?|possibly|(a|no|little|slim|good) chance (that|of))\b/
const NOT_ESTIMATIVE = /\b(likely|unlikely) (\w+ )?(voters?|caucus-?goers|electorate|democrats|republicans|nominee|candidates?|supporters)\b|\b(more|less|most|least) likely\b/

const PASSIVE_EXPECTED = /\b(is|are|was|were|be|been|being)\s+(widely\s+|also\s+)?expected\b/

const join = (pieces: { text: string }[]): string => pieces.map((p) => p.text).join(' ').toLowerCase()

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

/** The source's head: its last word before an apposition, a relative clause or a qualifier ("a poll of voters released Monday" → "poll"). */
function headOf(source: string): string {
  const np = source.split(/,|\(|\s[-–—]\s|\s(?:who|which|that|of|by|from|for|in|on|at|with|released|conducted|taken|published|out)\s/)[0]!.trim()
  return np.split(/\s+/).at(-1) ?? ''
}

function tagOf(a: Attribution): GoldTag {
  const cue = join(a.cue)
  const source = a.source.map((p) => p.text).join(' ')
  const content = join(a.content)
  const whole = `${source.toLowerCase()} ${cue} ${content}`
  if (POLL_ANSWER.test(cue) && POLL_CONTEXT.test(whole)) return 'poll answer'
  if (DNYK.test(cue) || (a.source.length === 0 && DNYK.test(content.slice(0, 40)))) return POLL_CONTEXT.test(cue) ? 'poll answer' : 'do not yet know'
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

const NARRATOR_CUE = /\b(evidence|no (sign|indication) (of|that)|(it is|it's|it’s) possible that|possibly|probably|almost certainly)\b/

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
