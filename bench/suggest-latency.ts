// suggest_200kb_ms: the suggester on one 200 KB paragraph (its worst case: one
// sentence stream with no paragraph breaks), through the dispatcher (`suggest.text`).
import type { Core } from '../src-main/core/core.ts'
import { generateParagraph } from './corpus-generator.ts'
import { median, now, since } from './stats.ts'

export interface SuggestLatency {
  suggest_chars: number
  suggest_200kb_ms: number
  suggestions: number
}

export async function measureSuggest(core: Core, chars = 200_000, runs = 3): Promise<SuggestLatency> {
  const text = generateParagraph(chars)
  const suggest = async (t: string): Promise<number> => {
    const result = await core.dispatch('suggest.text', { text: t })
    if (!result.ok) throw new Error(`suggest.text failed: ${result.error.message}`)
    return (result.value as unknown[]).length
  }
  await suggest(generateParagraph(Math.min(chars, 20_000), 99)) // warm-up: compiles the lexicon's patterns
  const times: number[] = []
  let suggestions = 0
  for (let i = 0; i < runs; i++) {
    const t0 = now()
    suggestions = await suggest(text)
    times.push(since(t0))
  }
  if (suggestions === 0) throw new Error('the suggester found nothing in the bench paragraph')
  return { suggest_chars: text.length, suggest_200kb_ms: median(times), suggestions }
}
