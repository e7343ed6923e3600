import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { calls, errorCodes, type CallName } from '../contract/index.ts'
import type { Core } from '../core/core.ts'
import { callExamples } from '../core/testing/call-examples.ts'
import { useTempDir } from '../core/testing/temp-db.ts'
import { testCore } from '../core/testing/test-core.ts'
import { fuzzRuns } from '../core/testing/fuzz-runs.ts'
import { startHttpBridge, type HttpBridge } from './http.ts'
import { rawRequest, type RawRequest } from './testing/raw-http.ts'

const tempDir = useTempDir()
const names = Object.keys(calls) as CallName[]
const LIMIT = 64 * 1024

let core: Core
let bridge: HttpBridge
beforeAll(async () => {
  core = await testCore(tempDir())
  bridge = await startHttpBridge({ dispatch: core.pageDispatch, maxBodyBytes: LIMIT, downloads: (id) => core.exports.download(id) })
})
afterAll(async () => {
  await bridge?.close()
  await core?.close()
})

/** Characters that may stand on a request line or in a header as they are (anything else is percent-encoded or dropped). */
const visible = (s: string): string => s.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c).replace(/%20/g, '+'))

const path = fc.oneof(
  fc.constantFrom(...names).map((n) => `/api/${n}`),
  fc.string({ maxLength: 40 }).map((s) => `/api/${visible(s)}`),
  fc.string({ maxLength: 40 }).map((s) => `/download/${visible(s)}`),
  fc.string({ maxLength: 40 }).map((s) => `/${visible(s)}`),
  fc
    .tuple(fc.constantFrom('api', 'download'), fc.stringMatching(/^(%[0-9A-Fa-f]{0,2}|[a-z.]){1,12}$/))
    .map(([where, s]) => `/${where}/${s}`), // broken percent-encoding
  fc.constantFrom(
    '/api/%E0%A4%A',
    '/api/%',
    '/api/%ZZ',
    '/download/%ff',
    '/api/..%2F..%2Fetc%2Fpasswd',
    '/api/__proto__',
    '/api/constructor',
    '/api/app.info?x=%',
    '//evil.example/api/app.info',
    '/api/app.info/../articles.list',
    '*',
    '/api/',
    '/download/'
  )
)

/** Headers mostly right (so requests get past the guard into the API), often wrong. */
function headers(port: number, token: string) {
  const own = `127.0.0.1:${port}`
  const mostly = <T>(right: fc.Arbitrary<T>, wrong: fc.Arbitrary<T>) =>
    fc.oneof({ arbitrary: right, weight: 6 }, { arbitrary: wrong, weight: 1 })
  return fc.record({
    host: mostly(
      fc.constantFrom(own, `localhost:${port}`),
      fc.oneof(
        fc.constantFrom(`evil.example:${port}`, '127.0.0.1', `127.0.0.1:${port}.evil`, ''),
        fc.string({ maxLength: 30 }).map(visible),
        fc.constant(undefined)
      )
    ),
    origin: mostly(
      fc.constantFrom(undefined, `http://${own}`),
      fc.oneof(
        fc.constantFrom('http://evil.example', 'null', `https://${own}`, `http://${own}.evil`),
        fc.string({ maxLength: 30 }).map(visible)
      )
    ),
    token: mostly(
      fc.constant<string | undefined>(token),
      fc.oneof(
        fc.constant(undefined),
        fc.constantFrom(token.slice(1), token + 'x', token.toUpperCase(), `${token[0] === 'A' ? 'B' : 'A'}${token.slice(1)}`, ''),
        fc.string({ maxLength: 40 }).map(visible)
      )
    ),
    type: mostly(
      fc.constantFrom<string | undefined>('application/json', 'application/json; charset=utf-8'),
      fc.constantFrom('text/plain', 'multipart/form-data', '', undefined)
    ),
    extra: fc.array(fc.tuple(fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,20}$/), fc.string({ maxLength: 50 }).map(visible)), {
      maxLength: 4
    })
  })
}

const body = fc.oneof(
  fc.constantFrom(...names).map((n) => Buffer.from(JSON.stringify(callExamples[n]))),
  fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v) ?? 'null')),
  fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)),
  fc.constantFrom(
    Buffer.from('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
    Buffer.from(`{"text": "${'x'.repeat(LIMIT + 10)}"}`), // over the body limit
    Buffer.from('{"a": 1'), // cut short
    Buffer.alloc(0)
  )
)

function request(port: number, token: string) {
  return fc
    .record({
      method: fc.oneof(
        { arbitrary: fc.constant('POST'), weight: 4 },
        fc.constantFrom('GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'),
        fc.stringMatching(/^[A-Z]{1,10}$/)
      ),
      target: fc.oneof(
        { arbitrary: fc.tuple(path, body), weight: 3 },
        {
          arbitrary: fc.constantFrom(...names).map((n): [string, Buffer] => [`/api/${n}`, Buffer.from(JSON.stringify(callExamples[n]))]),
          weight: 2
        } // a valid call
      ),
      h: headers(port, token),
      // 1 in 10: the client goes away mid-request
      cut: fc.oneof({ arbitrary: fc.constant(undefined), weight: 9 }, { arbitrary: fc.nat(), weight: 1 })
    })
    .map(({ method, target: [path, body], h, cut }): RawRequest => {
      const list: [string, string][] = []
      if (h.host !== undefined) list.push(['Host', h.host])
      if (h.origin !== undefined) list.push(['Origin', h.origin])
      if (h.token !== undefined) list.push(['X-Workbench-Token', h.token])
      if (h.type !== undefined) list.push(['Content-Type', h.type])
      for (const [k, v] of h.extra)
        if (!/^(host|origin|x-workbench-token|content-type|content-length|transfer-encoding|connection|expect)$/i.test(k)) list.push([k, v])
      list.push(['Content-Length', String(body.length)], ['Connection', 'close'])
      return { method, path, headers: list, body, truncateAt: cut === undefined ? undefined : cut % (body.length + 1) }
    })
}

/** What an answer from the bridge may be: a typed envelope, or Node's own refusal of a malformed request. */
/** How the answers fell, by error code ('ok' for results): proof the fuzz reaches past each check. */
const seen = new Map<string, number>()
const tally = (kind: string): void => {
  seen.set(kind, (seen.get(kind) ?? 0) + 1)
}

function expectTypedAnswer(status: number | null, contentType: string | undefined, text: string, truncated: boolean, head: boolean): void {
  if (status === null) {
    expect(truncated, `the server closed the connection without an answer: ${text.slice(0, 200)}`).toBe(true)
    return
  }
  if (!contentType?.startsWith('application/json')) {
    expect([400, 431, 505], `status ${status} with ${contentType}: ${text.slice(0, 200)}`).toContain(status) // Node's HTTP parser refusing a malformed request
    return
  }
  if (head) return // a HEAD answer has headers only
  const envelope = JSON.parse(text) as { ok: boolean; error?: { code: string; message: unknown } }
  tally(envelope.ok ? 'ok' : envelope.error!.code)
  if (envelope.ok) {
    expect(status).toBe(200)
    return
  }
  expect(errorCodes).toContain(envelope.error!.code)
  expect(envelope.error!.code, envelope.error!.message as string).not.toBe('internal')
  expect(typeof envelope.error!.message).toBe('string')
  expect(status).toBeGreaterThanOrEqual(400)
}

async function expectHealthy(): Promise<void> {
  const r = await rawRequest(bridge.port, {
    method: 'POST',
    path: '/api/app.info',
    body: Buffer.from('{}'),
    headers: [
      ['Host', `127.0.0.1:${bridge.port}`],
      ['X-Workbench-Token', bridge.token],
      ['Content-Type', 'application/json'],
      ['Content-Length', '2'],
      ['Connection', 'close']
    ]
  })
  expect(r.status).toBe(200)
  expect(JSON.parse(r.body).ok).toBe(true)
}

describe('fuzzing the HTTP bridge over a real core', () => {
  it('answers every random request with a typed result or error, stays up, and keeps the database intact', async () => {
    await fc.assert(
      fc.asyncProperty(request(bridge.port, bridge.token), async (req) => {
        const r = await rawRequest(bridge.port, req)
        expectTypedAnswer(
          r.status,
          r.headers['content-type'],
          r.body,
          req.truncateAt !== undefined && req.truncateAt < req.body.length,
          req.method === 'HEAD'
        )
        await expectHealthy()
      }),
      { numRuns: fuzzRuns(250) }
    )
    expect(core.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    for (const kind of ['ok', 'invalid_input', 'unknown_call', 'unauthorized', 'not_found'])
      expect(seen.get(kind) ?? 0, `answers of kind ${kind}`).toBeGreaterThan(0)
  }, 120_000)

  it('never lets a request without the right token, Host and Origin reach the core', async () => {
    const before = core.database.sqlite.prepare('SELECT count(*) FROM cue_phrases').pluck().get()
    await fc.assert(
      fc.asyncProperty(request(bridge.port, bridge.token), async (req) => {
        const get = (k: string) => req.headers.find(([h]) => h.toLowerCase() === k)?.[1]
        const own = new Set([`127.0.0.1:${bridge.port}`, `localhost:${bridge.port}`])
        const origin = get('origin')
        const allowed =
          get('x-workbench-token') === bridge.token &&
          own.has(get('host') ?? '') &&
          (origin === undefined || (own.has(origin.replace(/^http:\/\//, '')) && origin.startsWith('http://')))
        fc.pre(!allowed)
        const write = { ...req, method: 'POST', path: '/api/lexicon.add', body: Buffer.from('{"confidence":"assess","phrase":"we fuzz"}') }
        write.headers = [
          ...req.headers.filter(([h]) => !/^content-(length|type)$/i.test(h)),
          ['Content-Type', 'application/json'],
          ['Content-Length', String(write.body.length)]
        ]
        write.truncateAt = undefined
        const r = await rawRequest(bridge.port, write)
        expect([400, 401, 403, 421]).toContain(r.status)
      }),
      { numRuns: fuzzRuns(150) }
    )
    expect(core.database.sqlite.prepare('SELECT count(*) FROM cue_phrases').pluck().get()).toBe(before)
  }, 120_000)
})
