import { describe, expect, it } from 'vitest'
import type { Article } from '../../contract/articles.ts'
import { buildLexicon, loadShippedLexicon } from '../suggest/lexicon.ts'
import { compareSides, parseSide } from './compare-articles.ts'
import type { CompareSide } from './compare-side.ts'
import { decodeSide, encodeSide } from './packed-side.ts'
import { ParsedSides } from './parsed-sides.ts'

const cues = loadShippedLexicon()
const lexicon = buildLexicon(cues)

const side = (body: string, title = 'Dam holds', id = 1): CompareSide => ({
  article: { id, title, body, published: '2026-03-14' } as Article,
  claims: [],
  taken: { claims: [], rejected: [] }
})

const LEFT = side(
  "We assess that the dam can't hold past Tuesday, Minister Anna Berg said. Engineers counted 40 cracks in Lindvale on 12 March."
)
const RIGHT = side('There is evidence that engineers counted 65 cracks in the Lindvale dam, the water authority said.', 'Cracks', 2)

describe('a parsed side as bytes for another thread', () => {
  it('reads back as the same terms, claims and features, and compares the same', () => {
    const parsed = parseSide(LEFT, lexicon)
    const back = decodeSide(structuredClone(encodeSide(parsed)), LEFT.article)
    expect(back).toEqual(parsed)
    expect(back.terms.some((t) => t.norm === 'not' && t.text === "can't")).toBe(true)
    expect(back.own.flatMap((o) => o.quantities).map((q) => q.text)).toEqual(['40 cracks'])
    const right = decodeSide(encodeSide(parseSide(RIGHT, lexicon)), RIGHT.article)
    expect(compareSides(LEFT, RIGHT, lexicon, {}, [back, right])).toEqual(compareSides(LEFT, RIGHT, lexicon))
  })
})

describe('the sides parsed last', () => {
  const counting = () => {
    const parsed: string[] = []
    const parse = (s: CompareSide) => async () => {
      parsed.push(s.article.body)
      return encodeSide(parseSide(s, lexicon))
    }
    return { parsed, parse }
  }

  it('parses a side compared again once, and again once anything its parse reads has changed', async () => {
    const sides = new ParsedSides()
    const { parsed, parse } = counting()
    const first = await sides.get(LEFT, cues, {}, parse(LEFT))
    expect(await sides.get({ ...LEFT }, cues, {}, parse(LEFT))).toBe(first)
    expect(parsed).toHaveLength(1)

    const stored = { ...LEFT, claims: [{ id: 7, start: 0, end: 40, confidence: 'assess' as const, attributedTo: 'Anna Berg' }] }
    const withClaim = decodeSide(await sides.get(stored, cues, {}, parse(stored)), stored.article)
    expect(withClaim.source).toBe('stored')
    expect(withClaim.units.map((u) => u.claimId)).toEqual([7])
    const edited = side(`${LEFT.article.body} It rained.`)
    await sides.get(edited, cues, {}, parse(edited))
    await sides.get(LEFT, cues.slice(1), {}, parse(LEFT))
    await sides.get(LEFT, cues, { withSuggestions: true }, parse(LEFT))
    expect(parsed).toHaveLength(5)
  })

  it('shares one parse between two asking at once, and keeps no failed one', async () => {
    const sides = new ParsedSides()
    const { parsed, parse } = counting()
    const [a, b] = await Promise.all([sides.get(LEFT, cues, {}, parse(LEFT)), sides.get(LEFT, cues, {}, parse(LEFT))])
    expect(a).toBe(b)
    expect(parsed).toHaveLength(1)

    const failing = () => Promise.reject(new Error('worker stopped'))
    await expect(sides.get(RIGHT, cues, {}, failing)).rejects.toThrow('worker stopped')
    await sides.get(RIGHT, cues, {}, parse(RIGHT))
    expect(parsed).toHaveLength(2)
  })

  it('forgets the oldest past its bound of sides and of characters', async () => {
    const sides = new ParsedSides(3, 1_000)
    const { parsed, parse } = counting()
    const others = [0, 1, 2].map((i) => side(`Report number ${i} names nobody.`, 'Other', 10 + i))
    await sides.get(LEFT, cues, {}, parse(LEFT))
    for (const o of others) await sides.get(o, cues, {}, parse(o))
    expect(sides.size).toBe(3)
    await sides.get(LEFT, cues, {}, parse(LEFT))
    expect(parsed.filter((b) => b === LEFT.article.body)).toHaveLength(2)

    const long = side('x'.repeat(2_000))
    await sides.get(long, cues, {}, parse(long))
    expect(sides.size).toBe(1)
  })
})
