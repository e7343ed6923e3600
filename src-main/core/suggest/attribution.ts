import type { Frame } from './frames.ts'
import { nounPhraseBefore } from './frames.ts'
import type { CueMatch } from './lexicon.ts'
import type { Quote } from './quotes.ts'
import type { Span } from './segment.ts'
import type { Speaker, SpeakerTracker } from './speakers.ts'
import type { Token } from './tokens.ts'
import { ORG_WORDS } from './names.ts'
import { EVIDENCE_NOUNS } from './speakers.ts'
import { AUXILIARIES, NEGATIONS } from './word-classes.ts'

export interface ResolvedFrame extends Frame {
  speaker: Speaker
}

const NOBODY: Speaker = { name: '', person: false, words: [] }

/** Resolves a sentence's frames in order, telling the tracker of each speaker. */
export function resolveFrames(toks: Token[], frames: Frame[], tracker: SpeakerTracker): ResolvedFrame[] {
  const out: ResolvedFrame[] = []
  for (const f of frames) {
    const speaker =
      f.kind === 'participle' ? (out.find((o) => o.npStart === f.npStart)?.speaker ?? NOBODY) : tracker.resolve(toks, f.npStart, f.npEnd)
    if (f.kind !== 'participle') tracker.note(speaker)
    out.push({ ...f, speaker })
  }
  return out
}

const onlyPunctBetween = (toks: Token[], from: number, to: number): boolean =>
  toks.every((t) => t.start < from || t.end > to || t.kind === 'punct')

/** 'Verizon said in a statement: "…': a colon right before the quotation, after the frame's verb and no other verb of speech. */
function colonIntroduces(toks: Token[], f: ResolvedFrame, q: Quote): boolean {
  const colon = toks.findIndex((t) => t.end <= q.start && t.norm === ':' && onlyPunctBetween(toks, t.end, q.start))
  if (colon < 0 || colon <= f.verb || colon - f.verb > 10) return false
  return toks.slice(f.verb + 1, colon).every((t) => t.end <= q.start && !/^(said|says|told|added)$/.test(t.norm))
}

/** 'Berg told reporters, "…': a short object of a verb of telling, then a comma or colon right before the quotation. */
function commaAfterObject(toks: Token[], f: ResolvedFrame, q: Quote): boolean {
  if (!/^(told|tells|tell|wrote|writes|asked|asks|said|says|added)$/.test(toks[f.verb]!.norm) || f.kind === 'inverted') return false
  const between = toks.filter((t) => t.start >= toks[f.verb]!.end && t.end <= q.start)
  const last = between.at(-1)
  if (!last || !/^[,:]$/.test(last.norm) || between.length > 7 || between.length < 2) return false
  return between.slice(0, -1).every((t) => t.kind === 'word' && !/^(that|said|says|told|and|but|when|as|after|before)$/.test(t.norm))
}

/**
 * Who speaks each quotation: a frame just before it ('X said: "…'), else one
 * just after it ('"…," Kirby said'), else — once it has closed with neither —
 * the last one quoted (a quotation going on from the previous speaker).
 */
export function assignQuoteSpeakers(
  sentence: Span,
  toks: Token[],
  quotes: Quote[],
  frames: ResolvedFrame[],
  tracker: SpeakerTracker,
  map: Map<Quote, Speaker>
): void {
  for (const q of quotes) {
    if (map.has(q) || q.end <= sentence.start || q.start >= sentence.end) continue
    const named = frames.filter((f) => f.speaker.name)
    const lead = named.find(
      (f) =>
        f.kind !== 'according' &&
        toks[f.verb]!.end <= q.start &&
        (onlyPunctBetween(toks, Math.max(toks[f.verb]!.end, toks[f.npEnd - 1]!.end), q.start) ||
          colonIntroduces(toks, f, q) ||
          commaAfterObject(toks, f, q))
    )
    const tail = named.find((f) => {
      const first = f.kind === 'inverted' ? f.verb : f.kind === 'according' ? f.verb : f.npStart
      return toks[first]!.start >= q.end && onlyPunctBetween(toks, q.end, toks[first]!.start)
    })
    let speaker: Speaker | undefined
    if (lead && q.start >= sentence.start) speaker = lead.speaker
    else if (tail) speaker = tail.speaker
    else if (q.end <= sentence.end + 1) speaker = tracker.lastQuoteSpeaker ?? tracker.lastSpeaker ?? NOBODY
    if (!speaker) continue
    map.set(q, speaker)
    if (speaker.name) {
      tracker.lastQuoteSpeaker = speaker
      tracker.note(speaker)
    }
  }
}

const DOCUMENT_NOUNS = /^(study|report|review|audit|survey|assessment)$/

/** A noun phrase's last word that can hold a view: a name or a body of people. */
const isAgent = (t: Token): boolean => t.cap || AGENT_NOUNS.test(t.norm) || ORG_WORDS.has(t.norm)
const AGENT_NOUNS =
  /^(officials?|police|prosecutors?|investigators?|inspectors?|authorities|government|ministry|agency|analysts?|experts?|scientists?|researchers?|doctors?|engineers?|economists?|diplomats?|spokesm[ae]n|spokeswom[ae]n|spokesperson|sources|we|they|i)$/

const SUBJECT_CUE =
  /^(assess|assesses|assessed|judge|judges|judged|estimate|estimates|estimated|believe|believes|believed|think|thinks|thought|suspect|suspects|suspected|expect|expects|expected|do|does|did|found|find|finds|confirm|confirms|confirmed|doubt|doubts|can|could|have|has|had|are|is|was|were|lack|lacks|lacked)$/

/**
 * Who makes a claim in the narrator's text: the speaker of a speech frame
 * before the cue ("Varga said the aircraft most likely …"), else of one after
 * it ("…, agency spokesman Ivo Brandt said"; "according to …"), else the
 * subject of the judging verb ("Police believe …", "US officials do not
 * believe …"); else nobody — the narrator, recorded as ''.
 */
export function narratorSpeaker(
  toks: Token[],
  frames: ResolvedFrame[],
  cue: CueMatch | null,
  from: number,
  to: number,
  tracker: SpeakerTracker
): string {
  const own = unitSpeaker(toks, frames, cue, from, to, tracker)
  if (own || (cue && cue.confidence !== null && SUBJECT_CUE.test(toks[cue.start]!.norm))) return own
  // 'Lind said on "Harbour Today" that he would …': the narrator's text after a quoted title goes on with the frame before it
  return frames.filter((f) => f.kind === 'lead' && f.speaker.name && toks[f.verb]!.end <= from).at(-1)?.speaker.name ?? ''
}

function unitSpeaker(
  toks: Token[],
  frames: ResolvedFrame[],
  cue: CueMatch | null,
  from: number,
  to: number,
  tracker: SpeakerTracker
): string {
  const inCue = (f: ResolvedFrame): boolean => !!cue && f.kind !== 'according' && f.verb >= cue.start && f.verb < cue.end
  const inUnit = frames.filter((f) => f.speaker.name && !inCue(f) && toks[f.verb]!.start >= from && toks[f.verb]!.end <= to)
  const at = cue?.start ?? inUnit[0]?.verb ?? 0
  const before = inUnit.filter((f) => f.verb < at && f.kind !== 'according').at(-1)
  if (before) return before.speaker.name
  const after = inUnit.find((f) => f.verb >= at || f.kind === 'according')
  if (after) return after.speaker.name
  if (!cue) return ''
  if (EVIDENCE_NOUNS.has(toks[cue.start]!.norm) || DOCUMENT_NOUNS.test(toks[cue.start]!.norm)) {
    // "…, a study by the Nordvik Energy Institute found": whose study, data or analysis it is
    const np = nounPhraseBefore(toks, cue.end - 1)
    return np && toks[np[0]]!.start >= from ? tracker.resolve(toks, np[0], np[1]).name : ''
  }
  const negated = /^(not|yet|unable)$/.test(toks[cue.start]!.norm)
  if (!SUBJECT_CUE.test(toks[cue.start]!.norm) && !negated) return ''
  let j = cue.start
  while (
    j > 0 &&
    (AUXILIARIES.has(toks[j - 1]!.norm) ||
      NEGATIONS.has(toks[j - 1]!.norm) ||
      /^(also|still|now|yet|strongly|firmly|privately|publicly)$/.test(toks[j - 1]!.norm))
  )
    j--
  const np = nounPhraseBefore(toks, j)
  if (!np || toks[np[0]]!.start < from) return ''
  // "Prosecutors have not yet determined …" names who does not know; "The cause was not yet known" names no one
  if (negated && !isAgent(toks[np[1] - 1]!)) return ''
  const speaker = tracker.resolve(toks, np[0], np[1])
  tracker.note(speaker)
  return speaker.name
}
