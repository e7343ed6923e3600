import { describe, expect, it } from 'vitest'
import { parseBrat } from './brat.ts'

describe('reading brat attribution marks', () => {
  it('ties each attribution to its source, cue and content, discontiguous spans in pieces', () => {
    const ann = [
      'T1\tSource 0 5\tMarta',
      'T2\tCue 6 10\tsaid',
      'T3\tContent 11 20;25 30\tthe dam w held',
      'T4\tAttribution 6 10\tsaid',
      'E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3',
      'T5\tCue 40 47\tunclear',
      'T6\tContent 48 60\twhether it rains',
      'E2\tAttribution-no-source:T5 Cue:T5 Content:T6',
      '#1\tAnnotatorNotes T1\ta note'
    ].join('\n')
    const [a, b] = parseBrat(ann, 'x.ann')
    expect(a).toEqual({
      source: [{ start: 0, end: 5, text: 'Marta' }],
      cue: [{ start: 6, end: 10, text: 'said' }],
      content: [
        { start: 11, end: 20, text: 'the dam w' },
        { start: 25, end: 30, text: 'held' }
      ]
    })
    expect(b!.source).toEqual([])
    expect(b!.cue[0]!.text).toBe('unclear')
  })

  it('names the file and line it cannot read', () => {
    expect(() => parseBrat('T1\tSource five 9\tx', 'bad.ann')).toThrow(/bad\.ann:1: cannot read the span/)
    expect(() => parseBrat('E1\tAttribution:T9 Cue:T9', 'e.ann')).toThrow(/e\.ann:1: the event refers to T9/)
  })
})
