import { mkdirSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Core } from '../core/core.ts'
import { useTempDir } from '../core/testing/temp-db.ts'
import { testCore } from '../core/testing/test-core.ts'
import { startHttpBridge, type HttpBridge } from './http.ts'
import { rawRequest } from './testing/raw-http.ts'

// The bridge's refusals, each against a real core: the refused call must not reach it.
// (http.test.ts covers the same with a recording dispatcher; this file fills the gaps.)

const tempDir = useTempDir()
let core: Core
let bridge: HttpBridge
let site: string

beforeAll(async () => {
  const dir = tempDir()
  site = join(dir, 'site')
  mkdirSync(site)
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>app</title>')
  writeFileSync(join(dir, 'secret.txt'), 'SECRET OUTSIDE THE SITE')
  core = await testCore(dir, false)
  bridge = await startHttpBridge({
    dispatch: core.pageDispatch,
    staticDir: site,
    maxBodyBytes: 4096,
    downloads: (id) => core.exports.download(id)
  })
})
afterAll(async () => {
  await bridge.close()
  await core.close()
})

const lexicon = (): number => core.database.sqlite.prepare('SELECT count(*) FROM cue_phrases').pluck().get() as number
const addPhrase = Buffer.from('{"confidence":"assess","phrase":"we reckon"}')

/** A POST of `body` to `path`, with the right Host, token and type unless replaced (undefined drops a header). */
function call(path: string, opts: { headers?: Record<string, string | undefined>; body?: Buffer; method?: string } = {}) {
  const base: Record<string, string | undefined> = {
    Host: `127.0.0.1:${bridge.port}`,
    'X-Workbench-Token': bridge.token,
    'Content-Type': 'application/json',
    ...opts.headers
  }
  const body = opts.body ?? addPhrase
  const headers = Object.entries(base).filter((e): e is [string, string] => e[1] !== undefined)
  headers.push(['Content-Length', String(body.length)], ['Connection', 'close'])
  return rawRequest(bridge.port, { method: opts.method ?? 'POST', path, headers, body })
}

const errorOf = (body: string): { code: string; message: string } => JSON.parse(body).error

describe('the HTTP bridge refuses, before the core sees anything', () => {
  it.each([
    ['no token', { 'X-Workbench-Token': undefined }, 401, 'unauthorized'],
    ['a wrong token', { 'X-Workbench-Token': 'x'.repeat(32) }, 401, 'unauthorized'],
    ['an empty token', { 'X-Workbench-Token': '' }, 401, 'unauthorized'],
    ['a foreign Host (DNS rebinding)', { Host: 'attacker.example' }, 421, 'unauthorized'],
    ['a Host with another port', { Host: '127.0.0.1:1' }, 421, 'unauthorized'],
    ['a foreign Origin', { Origin: 'http://attacker.example' }, 403, 'unauthorized'],
    ['the "null" Origin of a sandboxed frame or file:// page', { Origin: 'null' }, 403, 'unauthorized'],
    ['its own host over https', { Origin: 'https://127.0.0.1' }, 403, 'unauthorized'],
    ['a body that is not JSON', { 'Content-Type': 'text/plain' }, 415, 'invalid_input']
  ])('%s', async (_label, headers, status, code) => {
    const before = lexicon()
    const r = await call('/api/lexicon.add', { headers })
    expect(r.status).toBe(status)
    expect(errorOf(r.body).code).toBe(code)
    expect(lexicon()).toBe(before)
  })

  it('no Host header (Node refuses an HTTP/1.1 request without one)', async () => {
    const before = lexicon()
    expect((await call('/api/lexicon.add', { headers: { Host: undefined } })).status).toBe(400)
    expect(lexicon()).toBe(before)
  })

  it('a token given in the address instead of the header (addresses end up in logs and history)', async () => {
    const r = await call(`/api/lexicon.add?token=${bridge.token}`, { headers: { 'X-Workbench-Token': undefined } })
    expect(r.status).toBe(401)
  })

  it('an oversized body, whatever it holds', async () => {
    const before = lexicon()
    const big = Buffer.from(JSON.stringify({ confidence: 'assess', phrase: 'we reckon', padding: 'x'.repeat(5000) }))
    const r = await call('/api/lexicon.add', { body: big })
    expect(r.status).toBe(413)
    expect(errorOf(r.body).message).toBe('Refused: request body over 4096 bytes.')
    expect(lexicon()).toBe(before)
  })

  it.each(['nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '%E0%A4%A', ''])('an unknown call: %s', async (name) => {
    const r = await call(`/api/${name}`, { body: Buffer.from('{}') })
    expect(r.status).toBe(404)
    expect(errorOf(r.body).code).toBe('unknown_call')
  })

  it('any method but POST on the API', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) expect((await call('/api/app.info', { method, body: Buffer.alloc(0) })).status).toBe(405)
  })

  it("a file outside the app's folder, however the path is written", async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%5csecret.txt', '/site/../../secret.txt']) {
      const r = await call(path, { method: 'GET', body: Buffer.alloc(0) })
      expect(r.body, path).not.toContain('SECRET')
    }
  })

  it('a download without the token, and one that was never prepared', async () => {
    expect(
      (await call('/download/abcdefghijklmnopqrst', { method: 'GET', headers: { 'X-Workbench-Token': undefined }, body: Buffer.alloc(0) }))
        .status
    ).toBe(401)
    const r = await call('/download/abcdefghijklmnopqrst', { method: 'GET', body: Buffer.alloc(0) })
    expect(r.status).toBe(404)
    expect(errorOf(r.body).code).toBe('not_found')
  })

  it('and the same call with everything right goes through', async () => {
    const before = lexicon()
    const r = await call('/api/lexicon.add', { headers: { Origin: `http://127.0.0.1:${bridge.port}` } })
    expect(r.status).toBe(200)
    expect(lexicon()).toBe(before + 1)
  })
})

describe('where the bridge listens', () => {
  const reachable = (host: string): Promise<boolean> =>
    new Promise((resolve) => {
      const s = connect({ host, port: bridge.port })
      s.once('connect', () => {
        s.destroy()
        resolve(true)
      })
      s.once('error', () => resolve(false))
    })

  it('answers on 127.0.0.1, and on no other address of this machine (IPv6 loopback included)', async () => {
    expect(bridge.url.startsWith(`http://127.0.0.1:${bridge.port}/`)).toBe(true)
    expect(await reachable('127.0.0.1')).toBe(true)
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && i.address !== '127.0.0.1' && !i.address.startsWith('fe80:')) // link-local needs a zone id to connect
      .map((i) => i!.address)
    expect(others).toContain('::1') // every machine has it; the rest depends on the network
    for (const address of others) expect(await reachable(address), address).toBe(false)
  })
})
