import { place, type Place } from '../../contract/place.ts'
import type { CoreContext } from '../context.ts'
import { getSetting, setSetting } from '../services/settings.ts'

const KEY = 'ui.place'

/** The saved place; a value this version cannot read (damaged, older shape) counts as none. */
export async function getPlace(ctx: CoreContext): Promise<Place | null> {
  const raw = await getSetting(ctx.database.db, KEY)
  if (raw === undefined) return null
  try {
    const parsed = place.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export async function setPlace(ctx: CoreContext, value: Place): Promise<Record<string, never>> {
  await setSetting(ctx.database.db, KEY, JSON.stringify(value))
  return {}
}
