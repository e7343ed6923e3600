import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appRoot } from '../app-root.ts'
import { useTempDir } from '../testing/temp-db.ts'
import { evaluate, normalizeSpeaker } from './evaluate.ts'
import { buildLexicon, loadShippedLexicon } from './lexicon.ts'

const tempDir = useTempDir()
const lexicon = buildLexicon(loadShippedLexicon())

function goldIn(dir: string, text: string, article: object): string {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'report.txt'), text)
  const path = join(dir, 'gold.json')
  writeFileSync(path, JSON.stringify({ articles: [{ file: 'report.txt', ...article }] }))
  return path
}

describe('scoring the suggester against a gold file', () => {
  it('counts hits, wrong tags, misses and false tags per class', () => {
    const text = [
      'Title',
      '',
      '"We assess that the jets are fighters," said Ilse Varga.',
      'There is evidence that the base grew.',
      'It is probably a drill.',
      'The pills went to an evidence warehouse.',
      'The base is likely larger than in 2019.'
    ].join('\n')
    const path = goldIn(tempDir(), text, {
      claims: [
        { quote: 'We assess that the jets are fighters', confidence: 'assess', attributed_to: 'Ilse Varga' },
        { quote: 'There is evidence that the base grew.', confidence: 'evidence', attributed_to: 'Someone Else' },
        { quote: 'It is probably a drill.', confidence: 'do not yet know', attributed_to: '' }
      ],
      no_claims: ['The pills went to an evidence warehouse.', 'The base is likely larger than in 2019.']
    })
    const r = evaluate(path, lexicon)
    expect(r.perClass.assess).toMatchObject({ tp: 1, fp: 2, fn: 0 }) // "probably" on a dnyk claim, "likely" on a cue-free sentence
    expect(r.perClass.evidence).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1 })
    expect(r.perClass['do not yet know']).toMatchObject({ tp: 0, fn: 1, f1: 0 })
    expect(r.falseTagRate).toBe(0.5)
    expect(r.attribution).toEqual({ correct: 1, scored: 2, accuracy: 0.5 })
    expect(r.macroF1).toBeCloseTo((0.5 + 1 + 0) / 3, 5)
    expect(r.problems.map((p) => p.kind).sort()).toEqual(['false tag', 'wrong speaker', 'wrong tag'])
  })

  it('names the gold file and the quote it cannot find', () => {
    const path = goldIn(tempDir(), 'T\n\nBody text.', {
      claims: [{ quote: 'Not there', confidence: 'assess', attributed_to: '' }],
      no_claims: []
    })
    expect(() => evaluate(path, lexicon)).toThrow(/report\.txt: the gold quote "Not there" is not in the report's text/)
    expect(() => evaluate(join(tempDir(), 'missing.json'), lexicon)).toThrow(/missing\.json: no such gold file/)
    const dir = tempDir()
    writeFileSync(join(dir, 'bad.json'), '{"articles": [')
    expect(() => evaluate(join(dir, 'bad.json'), lexicon)).toThrow(/bad\.json: not valid JSON/)
    writeFileSync(join(dir, 'gone.json'), JSON.stringify({ articles: [{ file: 'gone.txt', claims: [], no_claims: [] }] }))
    expect(() => evaluate(join(dir, 'gone.json'), lexicon)).toThrow(/gone\.json: the report "gone\.txt" is not in/)
  })

  it('compares speakers without case, articles or titles', () => {
    expect(normalizeSpeaker('The Regional Water Authority')).toBe(normalizeSpeaker('regional water authority'))
    expect(normalizeSpeaker('One official')).toBe(normalizeSpeaker('an official'))
    expect(normalizeSpeaker('Dr. Helena Oduya')).toBe('helena oduya')
    expect(normalizeSpeaker('US officials')).not.toBe(normalizeSpeaker('officials'))
  })

  it.each([
    ['the sample corpus', join('resources', 'sample-corpus', 'gold.json')],
    ['the held-out reports', join('src-main', 'core', 'suggest', 'testdata', 'gold.json')],
    ['the second held-out batch', join('src-main', 'core', 'suggest', 'testdata', 'blind', 'gold.json')],
    ['the third held-out batch', join('src-main', 'core', 'suggest', 'testdata', 'blind2', 'gold.json')],
    ['the fourth held-out batch', join('src-main', 'core', 'suggest', 'testdata', 'blind3', 'gold.json')],
    ['the fifth held-out batch', join('src-main', 'core', 'suggest', 'testdata', 'blind4', 'gold.json')]
  ])('meets the targets on %s', (_name, rel) => {
    const r = evaluate(join(appRoot(), rel), lexicon)
    expect(r.macroF1).toBeGreaterThanOrEqual(0.9)
    expect(r.falseTagRate).toBeLessThanOrEqual(0.05)
    expect(r.attribution.accuracy).toBeGreaterThanOrEqual(0.85)
  })
})
