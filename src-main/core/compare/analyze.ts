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

interface JsonTerm {
  text: string
  normal?: string
  machine?: string
  root?: string
  tags: string[]
  offset: { start: number; length: number }
}

const clean = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/'s$/, '')

// The last texts analysed, newest last: comparing A with B, then A with C, the CSV of the same pair or the pair
// again with suggestions tags each text once (compromise is most of a comparison's time). Bounded by count and size.
const recent = new Map<string, Term[]>()
const RECENT_TEXTS = 16
const RECENT_CHARS = 2_000_000

function remember(text: string, terms: Term[]): Term[] {
  recent.set(text, terms)
  let chars = [...recent.keys()].reduce((n, t) => n + t.length, 0)
  for (const old of recent.keys()) {
    if (recent.size <= 1 || (recent.size <= RECENT_TEXTS && chars <= RECENT_CHARS)) break
    recent.delete(old)
    chars -= old.length
  }
  return terms
}

/**
 * Tags and lemmatizes a whole body once with compromise (a rule-based English
 * tagger: part of speech, people/places/organizations, dictionary forms), so
 * every claim of the article reads its words from the same analysis. The
 * terms of the last few texts are kept, so a text compared again is not tagged again.
 */
export function analyzeBody(body: string): Term[] {
  const known = recent.get(body)
  if (known) {
    recent.delete(body)
    recent.set(body, known)
    return known
  }
  return remember(body, tagBody(body))
}

function tagBody(body: string): Term[] {
  const doc = nlp(body)
  doc.compute('root')
  const out: Term[] = []
  const sentences = doc.json({ offset: true, terms: { offset: true } }) as { terms: JsonTerm[] }[]
  sentences.forEach((s, k) => {
    let first = true
    for (const t of s.terms) {
      const tags = new Set(t.tags)
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
