import type { Core } from '../core.ts'

/**
 * Calls the core through its dispatcher as a transport would (the input goes
 * through JSON) and unwraps the result; an error throws with its `code`.
 */
export async function call<T>(core: Core, name: string, input: unknown): Promise<T> {
  const r = await core.dispatch(name, JSON.parse(JSON.stringify(input ?? {})))
  if (!r.ok) throw Object.assign(new Error(`${r.error.code}: ${r.error.message}`), { code: r.error.code })
  return r.value as T
}
