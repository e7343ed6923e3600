import type { CueMatch } from './lexicon.ts'
import type { Token } from './tokens.ts'

const ANSWER_WORDS = /^(know|sure|unsure|undecided|opinion|say)$/
const RESPONDENTS = new RegExp(
  String.raw`^(percent|per|%|respondents|voters|people|adults|americans|democrats|republicans|independents|those|` +
    String.raw`ohioans|surveyed|polled)$`
)

/**
 * "42% of Ohioans say they don't know enough about him", "12 percent are not
 * sure": a poll's answer, the respondents' state and not the analyst's "we do
 * not yet know" about an event, so no tag. Read in the cue's clause: a share of
 * respondents before a do-not-yet-know cue about knowing or being sure.
 */
export function isPollAnswer(m: CueMatch, toks: Token[]): boolean {
  if (m.confidence !== 'do not yet know') return false
  if (!toks.slice(m.start, m.end).some((t) => ANSWER_WORDS.test(t.norm))) return false
  for (let j = m.start - 1; j >= 0 && m.start - j < 16; j--) {
    const t = toks[j]!
    if (t.kind === 'punct' && /^[;:.]$/.test(t.norm)) return false
    if (/%$/.test(t.norm) || (t.kind === 'num' && RESPONDENTS.test(toks[j + 1]?.norm ?? ''))) return true
    if (/^(poll|polls|survey|surveys|respondents)$/.test(t.norm)) return true
  }
  return false
}
