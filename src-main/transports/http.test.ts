import { request } from 'node:http'
import { networkInterfaces } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import type { Dispatch } from '../core/dispatch.ts'
import { startHttpBridge, type HttpBridge } from './http.ts'

const calls: [unknown, unknown][] = []
const echo: Dispatch = async (name, input) => {
  calls.push([name, input])
  return name === 'app.info' ? { ok: true, value: { echoed: input } } : { ok: false, error: { code: 'unknown_call', message: 'no' } }
}

let bridge: HttpBridge | undefined
afterEach(async () => {
  await bridge?.close()
  bridge = undefined
  calls.length = 0
})

interface Reply {
  status: number
  body: string
  headers: Record<string, string | string[] | undefined>
}

function send(opts: {
  host?: string
  path?: string
  method?: string
  headers?: Record<string, string>
  body?: string | Buffer
  address?: string
}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: opts.address ?? '127.0.0.1',
        port: bridge!.port,
        path: opts.path ?? '/api/app.info',
        method: opts.method ?? 'POST',
        setHost: false,
        headers: { Host: opts.host ?? `127.0.0.1:${bridge!.port}`, 'Content-Type': 'application/json', ...opts.headers }
      },
      (res) => {
        let body = ''
        res.on('data', (d) => (body += d))
        res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }))
      }
    )
    req.on('error', reject)
    req.end(opts.body ?? '{"a":1}')
  })
}

const auth = () => ({ 'X-Workbench-Token': bridge!.token })

describe('the loopback HTTP bridge', () => {
  it('passes an authorised call to the dispatcher and returns its result', async () => {
    bridge = await startHttpBridge({ dispatch: echo })
    const r = await send({ headers: auth() })
    expect(r.status).toBe(200)
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: { echoed: { a: 1 } } })
    expect(bridge.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${bridge.port}/\\?token=${bridge.token}$`))
  })

  it('uses a different random token on every run', async () => {
    bridge = await startHttpBridge({ dispatch: echo })
    const first = bridge.token
    await bridge.close()
    bridge = await startHttpBridge({ dispatch: echo })
    expect(bridge.token).not.toBe(first)
    expect(first.length).toBeGreaterThanOrEqual(32)
  })

  it.each([
    ['no token', {}, 401],
    ['a wrong token', { 'X-Workbench-Token': 'wrong' }, 401],
    ['a token one character short', 'short', 401],
    ['a foreign Origin', { Origin: 'http://evil.example' }, 403],
    ['a look-alike Origin', { Origin: 'http://127.0.0.1.evil.example' }, 403]
  ])('refuses %s without calling the core', async (_label, headers, status) => {
    bridge = await startHttpBridge({ dispatch: echo })
    const h =
      headers === 'short'
        ? { 'X-Workbench-Token': bridge.token.slice(1) }
        : { ...(headers as Record<string, string>), ...(_label.includes('Origin') ? auth() : {}) }
    const r = await send({ headers: h })
    expect(r.status).toBe(status)
    expect(JSON.parse(r.body).error.code).toBe('unauthorized')
    expect(calls).toHaveLength(0)
  })

  it('refuses a foreign Host (DNS rebinding) even with the right token', async () => {
    bridge = await startHttpBridge({ dispatch: echo })
    const r = await send({ host: `attacker.example:${bridge.port}`, headers: auth() })
    expect(r.status).toBe(421)
    expect(calls).toHaveLength(0)
  })

  it('accepts its own Origin and the localhost name', async () => {
    bridge = await startHttpBridge({ dispatch: echo })
    const r = await send({ host: `localhost:${bridge.port}`, headers: { ...auth(), Origin: `http://localhost:${bridge.port}` } })
    expect(r.status).toBe(200)
  })

  it('refuses an oversized body', async () => {
    bridge = await startHttpBridge({ dispatch: echo, maxBodyBytes: 1000 })
    const r = await send({ headers: auth(), body: JSON.stringify({ big: 'x'.repeat(5000) }) })
    expect(r.status).toBe(413)
    expect(calls).toHaveLength(0)
  })

  it('refuses malformed JSON and non-JSON content types', async () => {
    bridge = await startHttpBridge({ dispatch: echo })
    expect((await send({ headers: auth(), body: '{nope' })).status).toBe(400)
    expect((await send({ headers: { ...auth(), 'Content-Type': 'text/plain' } })).status).toBe(415)
    expect(calls).toHaveLength(0)
  })

  it("maps the core's typed errors to HTTP statuses", async () => {
    bridge = await startHttpBridge({ dispatch: echo })
    const r = await send({ path: '/api/nope', headers: auth() })
    expect(r.status).toBe(404)
    expect(JSON.parse(r.body).error.code).toBe('unknown_call')
  })

  it('listens on 127.0.0.1 only', async () => {
    bridge = await startHttpBridge({ dispatch: echo })
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)
    if (!external) return // no non-loopback interface on this machine: nothing else to reach
    await expect(send({ address: external.address, headers: auth() })).rejects.toThrow(/ECONNREFUSED/)
  })
})
