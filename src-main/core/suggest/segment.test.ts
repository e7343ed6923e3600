import { describe, expect, it } from 'vitest'
import { segmentSentences } from './segment.ts'

const sentences = (body: string): string[] => segmentSentences(body).map((s) => body.slice(s.start, s.end))

describe('sentence segmentation', () => {
  it('does not end a sentence at titles, initials or abbreviations before a name or number', () => {
    expect(sentences('Gen. Mark Smith met Dr. Helena Oduya and John F. Kennedy Jr. in St. Louis. They spoke.')).toEqual([
      'Gen. Mark Smith met Dr. Helena Oduya and John F. Kennedy Jr. in St. Louis.',
      'They spoke.'
    ])
    expect(sentences('The vote is on Oct. 5, 2024, in Hall No. 3. Results follow.')).toEqual([
      'The vote is on Oct. 5, 2024, in Hall No. 3.',
      'Results follow.'
    ])
    expect(sentences('Tests found E. coli in the water. Officials said so.')).toEqual([
      'Tests found E. coli in the water.',
      'Officials said so.'
    ])
  })

  it('keeps "U.S." inside a sentence unless a new sentence plainly starts after it', () => {
    expect(sentences('U.S. President Joe Biden spoke to U.S. officials. The talks ended.')).toEqual([
      'U.S. President Joe Biden spoke to U.S. officials.',
      'The talks ended.'
    ])
    expect(sentences('The troops came from the U.S. They arrived on Monday.')).toEqual([
      'The troops came from the U.S.',
      'They arrived on Monday.'
    ])
    expect(sentences('Allies, e.g. France, agreed. Others did not.')).toEqual(['Allies, e.g. France, agreed.', 'Others did not.'])
  })

  it('reads numbers with separators and decimals as one word', () => {
    expect(sentences('North Korea moved at least 3,000 soldiers. Prices rose 1.5 percent to $2.1 billion. Done.')).toEqual([
      'North Korea moved at least 3,000 soldiers.',
      'Prices rose 1.5 percent to $2.1 billion.',
      'Done.'
    ])
  })

  it('keeps a quotation with its speech tag and splits after a closed quotation', () => {
    expect(sentences('"Where are they?" she asked. "We assess that they left." He agreed.')).toEqual([
      '"Where are they?" she asked.',
      '"We assess that they left."',
      'He agreed.'
    ])
    expect(sentences('“It is unclear,” said Ms. Lind. ‘We will see.’ Then she left!')).toEqual([
      '“It is unclear,” said Ms. Lind.',
      '‘We will see.’',
      'Then she left!'
    ])
  })

  it('ends a sentence at a line break, but joins a hard-wrapped line that goes on in lower case', () => {
    expect(sentences('Key judgments\nWe assess that the yard\nis expanding. It is unclear why.\n\n- Imagery shows two docks')).toEqual([
      'Key judgments',
      'We assess that the yard\nis expanding.',
      'It is unclear why.',
      'Imagery shows two docks'
    ])
  })

  it('does not split a numbered list item after its number', () => {
    expect(sentences('1. We assess that exports will fall.\n2. Data show a decline.')).toEqual([
      'We assess that exports will fall.',
      'Data show a decline.'
    ])
  })

  it('gives offsets that index the body, trimmed of white space', () => {
    const body = '  First one.   Second one?  '
    for (const s of segmentSentences(body)) expect(body.slice(s.start, s.end)).toBe(body.slice(s.start, s.end).trim())
    expect(sentences(body)).toEqual(['First one.', 'Second one?'])
  })

  it('segments a 200 KB single paragraph into its sentences', () => {
    const unit = 'Officials said Gen. Smith moved 3,000 troops on Oct. 5 to the U.S. base, and we assess that it is likely. '
    const body = unit.repeat(Math.ceil(200_000 / unit.length))
    const spans = segmentSentences(body)
    expect(body.length).toBeGreaterThanOrEqual(200_000)
    expect(spans).toHaveLength(Math.ceil(200_000 / unit.length))
    expect(body.slice(spans[1]!.start, spans[1]!.end)).toBe(unit.trim())
  })
})
