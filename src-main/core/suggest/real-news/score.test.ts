import { describe, expect, it } from 'vitest'
import { appRoot } from '../../app-root.ts'
import type { Suggestion } from '../suggest.ts'
import type { Attribution } from './brat.ts'
import { datasetPresent, defaultDatasetDir, loadDataset } from './dataset.ts'
import { emptyCounts, scoreArticle, summarize } from './score.ts'

const piece = (text: string, word: string) => {
  const start = text.indexOf(word)
  return { start, end: start + word.length, text: word }
}
const sug = (text: string, quote: string, confidence: Suggestion['confidence'], attributedTo: string): Suggestion => {
  const start = text.indexOf(quote)
  return { start, end: start + quote.length, quote, confidence, cue: null, attributedTo, speakerInferred: false, score: 0.5 }
}

describe('scoring suggestions against marked attributions', () => {
  const text =
    'Vote count.\n\nThe poll found Roth ahead. Ines Roth said the vote will probably slip. The hall was full. Roth thanked staff.'
  const atts: Attribution[] = [
    { source: [piece(text, 'The poll')], cue: [piece(text, 'found')], content: [piece(text, 'Roth ahead')] },
    { source: [piece(text, 'Ines Roth')], cue: [piece(text, 'said')], content: [piece(text, 'the vote will probably slip')] },
    { source: [piece(text, 'Roth thanked')], cue: [piece(text, 'thanked')], content: [piece(text, 'staff')] }
  ]

  it('counts tags by sentence, false tags on sentences no attribution touches, speakers by named source', () => {
    const counts = emptyCounts()
    scoreArticle(
      'a',
      text,
      atts,
      [
        sug(text, 'The poll found Roth ahead.', null, ''),
        sug(text, 'Ines Roth said the vote will probably slip.', 'assess', 'Roth'),
        sug(text, 'The hall was full.', 'evidence', '')
      ],
      counts
    )
    const s = summarize(counts)
    expect(s.perClass.evidence).toMatchObject({ tp: 0, fp: 1, fn: 1 })
    expect(s.perClass.assess).toMatchObject({ tp: 1, fp: 0, fn: 0 })
    expect(s.cueFree).toBe(2) // the headline and "The hall was full."
    expect(s.falseTagRate).toBe(0.5)
    expect(s.speakers).toMatchObject({ named: 2, covered: 1, right: 1 })
    expect(counts.problems.map((p) => p.kind).sort()).toEqual(['false tag', 'missed', 'not covered'])
  })
})

const dir = defaultDatasetDir(appRoot())
describe.runIf(datasetPresent(dir))('the real-news data set (where it is present)', () => {
  it('reads every article and its marks at the right offsets', () => {
    const articles = loadDataset(dir)
    expect(articles.length).toBeGreaterThan(800)
    const pieces = articles.flatMap((a) =>
      a.attributions.flatMap((t) => [...t.source, ...t.cue].map((p) => [a.text.slice(p.start, p.end), p.text]))
    )
    expect(pieces.filter(([a, b]) => a !== b)).toEqual([])
    const unseen = articles.filter((a) => a.part === 'unseen').length / articles.length
    expect(unseen).toBeGreaterThan(0.25)
    expect(unseen).toBeLessThan(0.35)
  })
})
