import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { TeamEvent } from '../../contract/team-events.ts'
import { applyAll, isVisible, type ReplicaClaim } from './replica.ts'

const ART = 'a'.repeat(64)
const DEV = '0123456789abcdef'
const C1 = '1'.repeat(32)
let n = 0
const stamp = (ms: number, counter = 0): string => `${new Date(ms).toISOString()}-${counter.toString(16).padStart(4, '0')}-${DEV}`
const ev = (body: Pick<TeamEvent, 'kind' | 'payload'> & { hlc: string; analyst?: string; claim?: string }): TeamEvent =>
  ({
    id: (++n).toString(16).padStart(32, '0'),
    analyst: body.analyst ?? 'ana',
    device: DEV,
    article: ART,
    claim: body.claim ?? C1,
    ...body
  }) as TeamEvent

const created = (ms: number, confidence: 'assess' | 'evidence' = 'assess') =>
  ev({
    kind: 'claim.created',
    hlc: stamp(ms),
    payload: {
      start: 0,
      end: 10,
      quote: 'We assess.',
      prefix: '',
      suffix: '',
      confidence,
      attributedTo: 'MoD',
      note: '',
      sourceReliability: null,
      claimCredibility: null
    }
  })
const retag = (ms: number, confidence: 'assess' | 'evidence' | null, analyst = 'ana') =>
  ev({ kind: 'claim.retagged', hlc: stamp(ms), analyst, payload: { confidence } })

const replay = (events: TeamEvent[]): ReplicaClaim | undefined => applyAll(new Map(), events).get(C1)

describe('applying judgment events to a replica', () => {
  it('takes the latest stamp per field, not the latest arrival', () => {
    const r = replay([created(1000), retag(3000, 'evidence'), retag(2000, null)])
    expect(r?.confidence).toBe('evidence')
    expect(r?.attributedTo).toBe('MoD')
    expect(isVisible(r!)).toBe(true)
  })

  it('ignores edits of a claim by an analyst who did not make it', () => {
    expect(replay([created(1000), retag(2000, 'evidence', 'ben')])?.confidence).toBe('assess')
  })

  it('a deleted claim stays deleted, whatever comes after', () => {
    const r = replay([created(1000), ev({ kind: 'claim.deleted', hlc: stamp(2000), payload: {} }), retag(3000, 'evidence')])
    expect(isVisible(r!)).toBe(false)
  })

  it('the same events in any order, any number of times, give the same record', () => {
    const events = [
      created(1000),
      retag(2000, 'evidence'),
      retag(2000 /* same ms */, null),
      ev({ kind: 'claim.noted', hlc: stamp(2500, 3), payload: { note: 'check' } }),
      ev({ kind: 'claim.attributed', hlc: stamp(1500), payload: { attributedTo: 'the ministry' } }),
      ev({ kind: 'claim.graded', hlc: stamp(4000), payload: { sourceReliability: 'B', claimCredibility: 2 } })
    ]
    const expected = replay(events)
    fc.assert(
      fc.property(
        fc.shuffledSubarray(events, { minLength: events.length }),
        fc.array(fc.nat({ max: events.length - 1 }), { maxLength: 6 }),
        (shuffled, again) => {
          expect(replay([...shuffled, ...again.map((i) => events[i]!)])).toEqual(expected)
        }
      )
    )
  })

  it('the adjudicated layer takes the latest value and can be cleared and set again', () => {
    const set = (ms: number, confidence: 'assess' | 'evidence') =>
      ev({
        kind: 'adjudication.set',
        hlc: stamp(ms),
        analyst: 'lead',
        payload: { start: 0, end: 10, quote: 'We assess.', prefix: '', suffix: '', confidence, attributedTo: '', note: '', basedOn: [C1] }
      })
    const clear = (ms: number) => ev({ kind: 'adjudication.cleared', hlc: stamp(ms), analyst: 'lead', payload: {} })
    expect(replay([set(2000, 'evidence'), set(1000, 'assess')])?.confidence).toBe('evidence')
    expect(isVisible(replay([set(1000, 'assess'), clear(2000)])!)).toBe(false)
    expect(isVisible(replay([clear(2000), set(3000, 'assess'), set(1000, 'evidence')])!)).toBe(true)
  })
})
