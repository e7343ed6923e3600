import { place, type Place } from '../../contract/place.ts'
import type { CoreContext } from '../context.ts'
import { getSetting, setSetting } from '../services/settings.ts'

const KEY = 'ui.place'

/** The saved place; a value this version cannot read (damaged, older shape) counts as none. */
export function getPlace(ctx: CoreContext): Place | null {
  const raw = getSetting(ctx.database, KEY)
  if (raw === undefined) return null
  try {
    const parsed = place.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export function setPlace(ctx: CoreContext, value: Place): Record<string, never> {
  setSetting(ctx.database, KEY, JSON.stringify(value))
  return {}
}
