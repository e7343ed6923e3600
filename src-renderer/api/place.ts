import type { Place } from '../../src-main/contract/place.ts'
import { invoke } from './client.ts'

export type { Place }

let saving: Promise<unknown> = Promise.resolve()
let last = ''

/**
 * Saves where the analyst is (view, open article, filters, Compare pair) in the core, so a reload or a
 * restart — desktop or browser mode on any port — comes back there. Writes go one after another, each only
 * when something changed; a failed write is not worth a message (the place is a convenience) and is retried
 * with the next change.
 */
export function savePlace(place: Place): Promise<unknown> {
  const json = JSON.stringify(place)
  if (json === last) return saving
  last = json
  saving = saving.then(() => invoke('place.set', place)).catch(() => (last = ''))
  return saving
}
