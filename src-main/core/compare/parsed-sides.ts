import { createHash } from 'node:crypto'
import type { LexiconEntry } from '../suggest/lexicon.ts'
import type { CompareOptions } from './compare-articles.ts'
import type { CompareSide } from './compare-side.ts'

/**
 * The sides parsed last (tagged, their claims found), as bytes (packed-side.ts), newest last; one per open database
 * (its state, as the services keep theirs). Comparing A with B, then A with C, the CSV of the same pair or the view
 * reopened parses each report once. A side is known by everything its parse reads (title, body, date, stored claims,
 * what is taken, the cue lexicon, the options), so an edit makes a new one and nothing kept is ever stale. Bounded by
 * count and by the characters of the texts kept.
 */
export class ParsedSides {
  private readonly kept = new Map<string, { chars: number; parsed: Promise<Uint8Array> }>()

  constructor(
    private readonly maxSides = 16,
    private readonly maxChars = 2_000_000
  ) {}

  /** The side's parse kept, or `parse()`'s (kept unless it fails; two asking at once share one parse). */
  get(side: CompareSide, cues: LexiconEntry[], options: CompareOptions, parse: () => Promise<Uint8Array>): Promise<Uint8Array> {
    const key = sideKey(side, cues, options)
    const known = this.kept.get(key)
    if (known) {
      this.kept.delete(key)
      this.kept.set(key, known)
      return known.parsed
    }
    const parsed = parse()
    parsed.catch(() => this.kept.get(key)?.parsed === parsed && this.kept.delete(key))
    this.kept.set(key, { chars: side.article.body.length + side.article.title.length, parsed })
    this.bound()
    return parsed
  }

  get size(): number {
    return this.kept.size
  }

  private bound(): void {
    let chars = 0
    for (const k of this.kept.values()) chars += k.chars
    for (const [key, k] of this.kept) {
      if (this.kept.size <= 1 || (this.kept.size <= this.maxSides && chars <= this.maxChars)) break
      this.kept.delete(key)
      chars -= k.chars
    }
  }
}

function sideKey({ article, claims, taken }: CompareSide, cues: LexiconEntry[], options: CompareOptions): string {
  const what = [article.title, article.body, article.published, claims, taken, cues, options.withSuggestions === true]
  return createHash('sha256').update(JSON.stringify(what)).digest('base64')
}
