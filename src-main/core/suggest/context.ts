import type { CueMatch } from './lexicon.ts'
import type { Token } from './tokens.ts'
import { CLAUSE_PUNCT } from './word-classes.ts'

/**
 * Whether a cue is asserted at all: a cue inside a conditional ("if confirmed,
 * …") or an embedded question ("will decide whether the tests show …") is not.
 * Returns why not, or null.
 */
const SUSPENDERS = new Set(['if', 'unless', 'whether', 'lest', 'provided', 'assuming', 'supposing', 'suppose'])

export function suspendedBy(m: CueMatch, toks: Token[], from = 0): string | null {
  for (let i = m.start - 1; i >= from; i--) {
    const t = toks[i]!
    if (t.kind === 'punct' && (CLAUSE_PUNCT.has(t.norm) || t.norm === '.')) return null
    if (SUSPENDERS.has(t.norm))
      return t.norm === 'whether' ? 'inside an embedded question ("whether …")' : `inside a conditional ("${t.norm} …")`
    if (t.norm === 'case' && toks[i - 1]?.norm === 'in') return 'inside a conditional ("in case …")'
  }
  return null
}

/** A question asks; it claims nothing. */
export const isQuestion = (text: string): boolean => /\?["'”’)\]]*\s*$/.test(text.trim())
