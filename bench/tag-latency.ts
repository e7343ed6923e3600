// tag_commit_p95_ms: changing a claim's tag through the dispatcher (`claims.update`,
// as the app's 1/2/3 keys do), until the row is committed (synchronous=FULL) and
// the updated row is back.
import type { Core } from '../src-main/core/core.ts'
import { seeded } from './random.ts'
import { median, now, quantile, since } from './stats.ts'

export interface TagLatency {
  tag_changes: number
  tag_commit_median_ms: number
  tag_commit_p95_ms: number
}

const TAGS = ['evidence', 'assess', 'do not yet know', null] as const

export async function measureTagCommit(core: Core, count = 200, seed = 5): Promise<TagLatency> {
  const { sqlite } = core.database
  const ids = sqlite.prepare('SELECT id FROM claims ORDER BY id').pluck().all() as number[]
  const current = sqlite.prepare('SELECT confidence FROM claims WHERE id = ?').pluck()
  if (ids.length === 0) throw new Error('the bench database has no claims to tag')
  const r = seeded(seed)
  const change = async (): Promise<number> => {
    const id = ids[Math.floor(r() * ids.length)]!
    const before = current.get(id)
    const confidence = TAGS[(TAGS.indexOf(before as (typeof TAGS)[number]) + 1) % TAGS.length]!
    const t0 = now()
    const result = await core.dispatch('claims.update', { id, patch: { confidence } })
    const ms = since(t0)
    if (!result.ok) throw new Error(`claims.update ${id} failed: ${result.error.message}`)
    if (current.get(id) !== confidence) throw new Error(`claim ${id} was not changed to ${String(confidence)}`)
    return ms
  }
  for (let i = 0; i < Math.ceil(count / 10); i++) await change()
  const times: number[] = []
  for (let i = 0; i < count; i++) times.push(await change())
  return { tag_changes: count, tag_commit_median_ms: median(times), tag_commit_p95_ms: quantile(times, 0.95) }
}
