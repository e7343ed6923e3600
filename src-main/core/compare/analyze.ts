import nlp from 'compromise'

/** One word of an article body as the comparison sees it; offsets index the body. */
export interface Term {
  text: string
  /** lower case, typographic apostrophes straightened, possessive 's dropped */
  norm: string
  /** dictionary form: "soldiers" → "soldier", "carried" → "carry" */
  lemma: string
  tags: ReadonlySet<string>
  start: number
  end: number
  /** index of its sentence in the body */
  sentence: number
  /** first word of its sentence */
  first: boolean
}

/** A term as compromise holds it (its document's `docs`), after the steps below and its `offset` step. */
interface DocTerm {
  text: string
  normal?: string
  machine?: string
  root?: string
  tags: Set<string>
  offset: { start: number; length: number }
}

const clean = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/'s$/, '')

// compromise's own steps, without its post-tagger (a sweep of match rules that fixes ambiguous words: half its time on
// news text) and its chunker: the comparison reads words, names, numbers and dictionary forms, which the lexicon and
// the first pass give (src-main/core/compare/analyze.test.ts)
// (nlp.tokenize ran alias and machine already). The terms are read from the document itself, not through its json():
// copying every term and its tags was 5% of the tagging.
const FIRST_PASS = ['index', 'id', 'freeze', 'lexicon', 'preTagger', 'contractionTwo', 'root', 'offset']

/**
 * Tags and lemmatizes a whole body once with compromise (a rule-based English
 * tagger: part of speech, people/places/organizations, dictionary forms), so
 * every claim of the article reads its words from the same analysis. (The core keeps the last reports' parses,
 * compare/parsed-sides.ts, so a text compared again is not tagged again.)
 */
export function analyzeBody(body: string): Term[] {
  const doc = nlp.tokenize(body)
  doc.compute(FIRST_PASS)
  const out: Term[] = []
  const sentences = (doc as unknown as { docs: DocTerm[][] }).docs
  sentences.forEach((s, k) => {
    let first = true
    for (const t of s) {
      const tags: ReadonlySet<string> = t.tags
      const start = t.offset.start
      const end = start + t.offset.length
      if (end <= start) {
        // a contraction's hidden half ("can't" → can + not): keep the negation on the word it came from
        if (tags.has('Negative') && out.length > 0) out.push({ ...out[out.length - 1]!, norm: 'not', lemma: 'not', tags, first: false })
        continue
      }
      const text = body.slice(start, end)
      const norm = clean(t.machine ?? t.normal ?? text)
      out.push({ text, norm, lemma: clean(t.root ?? norm), tags, start, end, sentence: k, first })
      first = false
    }
  })
  return out
}

/** The terms inside body[start, end). */
export function termsIn(terms: Term[], start: number, end: number): Term[] {
  let lo = 0
  let hi = terms.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (terms[mid]!.end <= start) lo = mid + 1
    else hi = mid
  }
  const out: Term[] = []
  for (let i = lo; i < terms.length && terms[i]!.start < end; i++) if (terms[i]!.start >= start) out.push(terms[i]!)
  return out
}
