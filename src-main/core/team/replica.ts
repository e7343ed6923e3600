import type { TeamEvent } from '../../contract/team-events.ts'

/**
 * Applying judgment events to a replica of others' claims (and the adjudicated
 * layer). Pure: the SQLite side reads a record, applies, writes it back.
 *
 * Order-free and idempotent: each field keeps the stamp of its last write and
 * takes a write only from a later stamp (last writer wins per field, by hybrid
 * logical clock), deletion is a tombstone, so applying the same events in any
 * order, any number of times, gives the same record. A claim belongs to the
 * analyst who created it: events about it from anyone else are ignored.
 */
export const CLAIM_FIELDS = ['span', 'confidence', 'attributedTo', 'note', 'grades'] as const
type Field = (typeof CLAIM_FIELDS)[number] | 'adjudication'

export interface ReplicaClaim {
  uid: string
  /** Whose claim it is (for the adjudicated layer: who set its current value). */
  analyst: string
  article: string
  layer: 'analyst' | 'adjudicated'
  start: number
  end: number
  quote: string
  prefix: string
  suffix: string
  confidence: string | null
  attributedTo: string
  note: string
  sourceReliability: string | null
  claimCredibility: number | null
  basedOn: string[]
  /** The stamp (`hlc/eventId`) of the last write to each field. */
  clocks: Partial<Record<Field, string>>
  /** Stamp of the create (or the latest adjudication.set); null while only later edits have arrived. */
  created: string | null
  deleted: string | null
}

export const isVisible = (r: ReplicaClaim): boolean =>
  r.created !== null && (r.deleted === null || (r.layer === 'adjudicated' && r.created > r.deleted))

function blank(e: TeamEvent, layer: ReplicaClaim['layer']): ReplicaClaim {
  return {
    uid: e.claim!,
    analyst: e.analyst,
    article: e.article,
    layer,
    start: 0,
    end: 1,
    quote: '',
    prefix: '',
    suffix: '',
    confidence: null,
    attributedTo: '',
    note: '',
    sourceReliability: null,
    claimCredibility: null,
    basedOn: [],
    clocks: {},
    created: null,
    deleted: null
  }
}

const earliest = (a: string | null, b: string): string => (a === null || b < a ? b : a)
const later = (a: string | null | undefined, b: string): boolean => a === null || a === undefined || b > a

/** The record after one event (undefined: the event is not about a claim, or does not apply to this record). */
export function applyEvent(current: ReplicaClaim | undefined, e: TeamEvent): ReplicaClaim | undefined {
  if (e.claim === null || e.kind === 'article.done') return current
  const adjudication = e.kind === 'adjudication.set' || e.kind === 'adjudication.cleared'
  const layer = adjudication ? 'adjudicated' : 'analyst'
  if (current && current.layer !== layer) return current
  if (current && !adjudication && current.analyst !== e.analyst) return current
  // Stamps are unique per device; the event id breaks a tie anyway, so the result never depends on arrival order.
  const key = `${e.hlc}/${e.id}`
  const r: ReplicaClaim = current ? { ...current, clocks: { ...current.clocks } } : blank(e, layer)
  const take = (field: Field, write: () => void): void => {
    if (!later(r.clocks[field], key)) return
    r.clocks[field] = key
    write()
  }
  switch (e.kind) {
    case 'claim.created': {
      const p = e.payload
      r.created = earliest(r.created, key)
      take('span', () => Object.assign(r, { start: p.start, end: p.end, quote: p.quote, prefix: p.prefix, suffix: p.suffix }))
      take('confidence', () => (r.confidence = p.confidence))
      take('attributedTo', () => (r.attributedTo = p.attributedTo))
      take('note', () => (r.note = p.note))
      take('grades', () => Object.assign(r, { sourceReliability: p.sourceReliability, claimCredibility: p.claimCredibility }))
      break
    }
    case 'claim.retagged':
      take('confidence', () => (r.confidence = e.payload.confidence))
      break
    case 'claim.attributed':
      take('attributedTo', () => (r.attributedTo = e.payload.attributedTo))
      break
    case 'claim.noted':
      take('note', () => (r.note = e.payload.note))
      break
    case 'claim.graded':
      take('grades', () =>
        Object.assign(r, { sourceReliability: e.payload.sourceReliability, claimCredibility: e.payload.claimCredibility })
      )
      break
    case 'claim.deleted':
      r.deleted = earliest(r.deleted, key) // a deletion is final: the earliest stamp, whatever order they come in
      break
    case 'adjudication.set': {
      const p = e.payload
      take('adjudication', () => {
        Object.assign(r, { analyst: e.analyst, start: p.start, end: p.end, quote: p.quote, prefix: p.prefix, suffix: p.suffix })
        Object.assign(r, { confidence: p.confidence, attributedTo: p.attributedTo, note: p.note, basedOn: [...p.basedOn] })
        r.created = key
      })
      break
    }
    case 'adjudication.cleared':
      if (later(r.deleted, key)) r.deleted = key
      break
  }
  return r
}

/** Applies events to a map of records by claim uid (a convenience for tests and bulk replays). */
export function applyAll(records: Map<string, ReplicaClaim>, events: Iterable<TeamEvent>): Map<string, ReplicaClaim> {
  for (const e of events) {
    if (e.claim === null) continue
    const next = applyEvent(records.get(e.claim), e)
    if (next) records.set(e.claim, next)
  }
  return records
}
