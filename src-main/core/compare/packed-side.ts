import { deserialize, serialize } from 'node:v8'
import type { Term } from './analyze.ts'
import type { ParsedSide } from './compare-articles.ts'

/**
 * A text's terms in columns, each distinct set of tags once: what crosses between threads and what the core keeps.
 * (Copying a 15 KB report's 2,400 terms as objects, each with a Set of tags, took 20–60 ms between two threads.)
 * A term's text is the text's own slice at its offsets, so it is not stored.
 */
interface PackedTerms {
  norm: string[]
  lemma: string[]
  /** index into tagSets */
  tags: Int32Array
  tagSets: string[][]
  start: Int32Array
  end: Int32Array
  sentence: Int32Array
  first: Uint8Array
}

/** A ParsedSide packed (packSide) and read back (unpackSide). */
interface PackedSide extends Omit<ParsedSide, 'terms' | 'titleTerms'> {
  terms: PackedTerms
  titleTerms: PackedTerms
}

function packTerms(terms: Term[]): PackedTerms {
  const n = terms.length
  const out: PackedTerms = {
    norm: new Array<string>(n),
    lemma: new Array<string>(n),
    tags: new Int32Array(n),
    tagSets: [],
    start: new Int32Array(n),
    end: new Int32Array(n),
    sentence: new Int32Array(n),
    first: new Uint8Array(n)
  }
  const index = new Map<ReadonlySet<string>, number>()
  const byKey = new Map<string, number>()
  terms.forEach((t, i) => {
    let k = index.get(t.tags)
    if (k === undefined) {
      const list = [...t.tags]
      const key = list.join(' ')
      k = byKey.get(key)
      if (k === undefined) byKey.set(key, (k = out.tagSets.push(list) - 1))
      index.set(t.tags, k)
    }
    out.norm[i] = t.norm
    out.lemma[i] = t.lemma
    out.tags[i] = k
    out.start[i] = t.start
    out.end[i] = t.end
    out.sentence[i] = t.sentence
    out.first[i] = t.first ? 1 : 0
  })
  return out
}

/** The terms again; terms with the same tags share one (read-only) Set. */
function unpackTerms(text: string, p: PackedTerms): Term[] {
  const sets = p.tagSets.map((list) => new Set(list))
  const out = new Array<Term>(p.norm.length)
  for (let i = 0; i < out.length; i++) {
    const [start, end] = [p.start[i]!, p.end[i]!]
    out[i] = {
      text: text.slice(start, end),
      norm: p.norm[i]!,
      lemma: p.lemma[i]!,
      tags: sets[p.tags[i]!]!,
      start,
      end,
      sentence: p.sentence[i]!,
      first: p.first[i] === 1
    }
  }
  return out
}

const packSide = (side: ParsedSide): PackedSide => ({
  ...side,
  terms: packTerms(side.terms),
  titleTerms: packTerms(side.titleTerms)
})

const unpackSide = (packed: PackedSide, article: { title: string; body: string }): ParsedSide => ({
  ...packed,
  terms: unpackTerms(article.body, packed.terms),
  titleTerms: unpackTerms(article.title, packed.titleTerms)
})

/**
 * A parsed side as bytes in a buffer of its own, for the thread that keeps it: the core's thread holds and passes
 * on the bytes and never reads them (reading a long report's parse there would stall it, as copying objects did:
 * host/encoded-json.ts). Transferable between threads.
 */
export const encodeSide = (side: ParsedSide): Uint8Array => new Uint8Array(serialize(packSide(side)))

/** The side as parsed, from its bytes and the article's title and body it was parsed from. */
export const decodeSide = (bytes: Uint8Array, article: { title: string; body: string }): ParsedSide =>
  unpackSide(deserialize(bytes) as PackedSide, article)
