import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { calls, errorCodes, type CallName } from '../contract/index.ts'
import type { Core } from './core.ts'
import { callExamples } from './testing/call-examples.ts'
import { fuzzRuns } from './testing/fuzz-runs.ts'
import { useTempDir } from './testing/temp-db.ts'
import { testCore } from './testing/test-core.ts'

const tempDir = useTempDir()
const names = Object.keys(calls) as CallName[]

const nasty = fc.oneof(
  fc.anything(),
  fc.string({ maxLength: 20 }),
  fc.constantFrom('', ' ', '\u0000', '\uFEFF', '﷽', '🚀'.repeat(10), 'x'.repeat(300_000), '1e309', 'NaN'),
  fc.constantFrom(-1, 0, 1.5, Number.MAX_SAFE_INTEGER + 2, Number.NaN, Infinity, -Infinity, 2 ** 31),
  fc.constantFrom(null, undefined, true, [], {}, [1, 2])
)

/** A valid example with one field replaced, removed, or a prototype-pollution key added. */
function nearValid(name: CallName) {
  const example = callExamples[name] as Record<string, unknown>
  const keys = Object.keys(example)
  return fc.oneof(
    keys.length
      ? fc.record({ key: fc.constantFrom(...keys), value: nasty }).map(({ key, value }) => ({ ...example, [key]: value }))
      : nasty,
    keys.length ? fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(example).filter(([k]) => k !== key))) : nasty,
    fc
      .constantFrom('__proto__', 'constructor', 'prototype')
      .map((k) => JSON.parse(`{${JSON.stringify(k)}: {"polluted": true}${keys.length ? ',' : ''}${JSON.stringify(example).slice(1)}`)),
    nasty
  )
}

async function expectHealthy(core: Core): Promise<void> {
  expect(core.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect((await core.dispatch('app.info', {})).ok).toBe(true)
}

describe('fuzzing every contract call through the dispatcher', () => {
  it('has a valid example for every call', () => {
    expect(Object.keys(callExamples).sort()).toEqual([...names].sort())
  })

  it.each(names)('%s: random and near-valid inputs get a result or a typed error, never a crash', async (name) => {
    const core = await testCore(tempDir())
    await fc.assert(
      fc.asyncProperty(nearValid(name), async (input) => {
        const result = await core.pageDispatch(name, input) // what the page (IPC/HTTP) can reach
        if (!result.ok) {
          expect(errorCodes).toContain(result.error.code)
          expect(result.error.code).not.toBe('internal')
          expect(typeof result.error.message).toBe('string')
        }
      }),
      { numRuns: fuzzRuns(60) }
    )
    await expectHealthy(core)
    await core.close()
  })

  it('answers the valid example of every call without error (or a typed not_found/conflict)', async () => {
    const core = await testCore(tempDir())
    for (const name of names) {
      const r = await core.dispatch(name, callExamples[name])
      if (!r.ok) expect(['not_found', 'conflict', 'rejected']).toContain(r.error.code)
    }
    await expectHealthy(core)
    await core.close()
  })
})
