import { describe, expect, it } from 'vitest'
import type { Confidence } from '../../contract/common.ts'
import { analyzeBody } from './analyze.ts'
import { polarityOf } from './polarity.ts'

const read = (text: string, confidence: Confidence | null = null) => polarityOf(analyzeBody(text), confidence)

describe('affirms or denies', () => {
  it('affirms a plain statement', () => {
    expect(read('Troops crossed the border near Dalsk.').polarity).toBe('affirms')
  })

  it('denies with a negation or a denial verb, and names the words', () => {
    expect(read('The ministry denied that any troops had crossed the border.')).toMatchObject({ polarity: 'denies', cue: 'denied' })
    expect(read('There is no evidence of any build-up at Belmora', 'evidence')).toMatchObject({ polarity: 'denies', cue: 'no evidence' })
    expect(read("US officials don't believe troops have reached Ukraine", 'assess').polarity).toBe('denies')
  })

  it('cancels a double negation', () => {
    expect(read('The ministry did not deny that troops had crossed.').polarity).toBe('affirms')
  })

  it('is open for what is not yet known', () => {
    expect(read('We do not yet know whether these soldiers will enter combat', 'do not yet know').polarity).toBe('open')
    expect(read('It is unclear whether the pills were sold.').polarity).toBe('open')
  })
})
