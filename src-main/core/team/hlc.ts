/**
 * Hybrid logical clock (Kulkarni et al. 2014), in the shape Actual Budget uses
 * (packages/crdt/src/crdt/timestamp.ts): wall-clock milliseconds, a counter for
 * events in the same millisecond, and the node (device) id. Serialized as
 * `2024-05-01T10:00:00.000Z-0000-<node>`, so comparing the strings compares the
 * clocks, and no two devices ever produce the same stamp.
 *
 * A stamp is always later than every stamp this device has made or seen, so the
 * order of judgments never depends on laptops' wall clocks agreeing.
 */
export interface Hlc {
  millis: number
  counter: number
  node: string
}

const MAX_COUNTER = 0xffff
/** A remote stamp further than this ahead of our wall clock is not adopted (a laptop with a wrong date must not drag everyone's clock). */
export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000
const NODE = /^[0-9a-f]{16}$/

export function serializeHlc(h: Hlc): string {
  return `${new Date(h.millis).toISOString()}-${h.counter.toString(16).padStart(4, '0')}-${h.node}`
}

const PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-f]{16})$/

export function parseHlc(s: string): Hlc | null {
  const m = PATTERN.exec(s)
  if (!m) return null
  const millis = Date.parse(m[1]!)
  return Number.isFinite(millis) ? { millis, counter: parseInt(m[2]!, 16), node: m[3]! } : null
}

export function newClock(node: string, millis = 0): Hlc {
  if (!NODE.test(node)) throw new Error(`an HLC node id is 16 hex digits, not "${node}"`)
  return { millis, counter: 0, node }
}

/** Moves the clock past `millis`/`counter`; when the counter is used up, time moves on a millisecond instead. */
function advance(node: string, millis: number, counter: number): Hlc {
  return counter > MAX_COUNTER ? { millis: millis + 1, counter: 0, node } : { millis, counter, node }
}

/** The stamp for a local event at wall time `now`; returns it and the clock after it. */
export function tick(clock: Hlc, now: number): Hlc {
  return now > clock.millis ? { millis: now, counter: 0, node: clock.node } : advance(clock.node, clock.millis, clock.counter + 1)
}

/** The clock after seeing a remote stamp at wall time `now` (later than both). */
export function receive(clock: Hlc, remote: Hlc, now: number): Hlc {
  if (remote.millis > now + MAX_DRIFT_MS) return clock
  const millis = Math.max(clock.millis, remote.millis, now)
  if (millis === clock.millis && millis === remote.millis) return advance(clock.node, millis, Math.max(clock.counter, remote.counter) + 1)
  if (millis === clock.millis) return advance(clock.node, millis, clock.counter + 1)
  if (millis === remote.millis) return advance(clock.node, millis, remote.counter + 1)
  return { millis, counter: 0, node: clock.node }
}
