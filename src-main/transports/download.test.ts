import { request } from 'node:http'
import { parse } from 'csv-parse/sync'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Core } from '../core/core.ts'
import { addArticle, addClaim } from '../core/testing/claim-fixtures.ts'
import { useTempDir } from '../core/testing/temp-db.ts'
import { testCore } from '../core/testing/test-core.ts'
import { contentDisposition } from './download.ts'
import { startHttpBridge, type HttpBridge } from './http.ts'

const tempDir = useTempDir()
let bridge: HttpBridge | undefined
let core: Core | undefined
afterEach(async () => {
  await bridge?.close()
  await core?.close()
  bridge = core = undefined
})

/** `claims` claims; `noteSize` makes each row big, so an export spans several 1 MiB chunks with few claims. */
async function serve(claims: number, noteSize = 0): Promise<{ core: Core; bridge: HttpBridge }> {
  core = await testCore(tempDir(), false)
  const article = addArticle(core.database, {
    title: 'Port report',
    body: Array.from({ length: claims }, (_, i) => `Crate ${i} was =seized.`).join(' ')
  })
  core.database.sqlite.transaction(() => {
    for (let i = 0; i < claims; i++)
      addClaim(core!.database, article, { quote: `Crate ${i} was =seized.`, note: `=HYPERLINK("x${i}")`.padEnd(noteSize, '.') })
  })()
  bridge = await startHttpBridge({ dispatch: core.pageDispatch, downloads: (id) => core!.exports.download(id) })
  return { core, bridge }
}

async function prepare(format: 'csv' | 'jsonld' = 'csv'): Promise<{ exportId: string; fileName: string }> {
  const r = await core!.dispatch('export.start', { format, selection: { query: {} } })
  if (!r.ok) throw new Error(r.error.message)
  return r.value as { exportId: string; fileName: string }
}

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
  complete: boolean
}

function get(path: string, opts: { host?: string; method?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: bridge!.port,
        path,
        method: opts.method ?? 'GET',
        setHost: false,
        headers: { Host: opts.host ?? `127.0.0.1:${bridge!.port}`, ...opts.headers }
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (d: Buffer) => chunks.push(d))
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks), complete: res.complete }))
        res.on('error', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks), complete: false }))
      }
    )
    req.on('error', reject)
    req.end()
  })
}

describe('downloading an export in browser mode', () => {
  it('streams the prepared file as an attachment to a request with the token', async () => {
    await serve(50)
    const { exportId, fileName } = await prepare()
    const r = await get(`/download/${exportId}?token=${bridge!.token}`)
    expect(r.status).toBe(200)
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8; header=present')
    expect(r.headers['content-disposition']).toBe(`attachment; filename="${fileName}"; filename*=UTF-8''${fileName}`)
    expect(r.headers['cache-control']).toBe('no-store')
    expect(r.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    const rows = parse(r.body, { bom: true, columns: true }) as Record<string, string>[]
    expect(rows).toHaveLength(50)
    expect(rows[0]!.quote).toBe('Crate 0 was =seized.')
    expect(rows[0]!.note).toBe(`'=HYPERLINK("x0")`)
    expect(await core!.dispatch('export.status', { exportId })).toMatchObject({ ok: true, value: { state: 'done', written: 50 } })
  })

  it('serves each export once', async () => {
    await serve(3)
    const { exportId } = await prepare('jsonld')
    expect((await get(`/download/${exportId}?token=${bridge!.token}`)).status).toBe(200)
    const again = await get(`/download/${exportId}?token=${bridge!.token}`)
    expect(again.status).toBe(404)
    expect(JSON.parse(again.body.toString()).error.code).toBe('not_found')
  })

  it.each([
    ['no token', ''],
    ['a wrong token', '?token=wrong'],
    ['a token one character short', 'short']
  ])('refuses %s, and the export stays ready for the real download', async (_label, query) => {
    await serve(3)
    const { exportId } = await prepare()
    const q = query === 'short' ? `?token=${bridge!.token.slice(1)}` : query
    const r = await get(`/download/${exportId}${q}`)
    expect(r.status).toBe(401)
    expect(JSON.parse(r.body.toString()).error.code).toBe('unauthorized')
    expect(core!.exports.status(exportId).state).toBe('ready')
  })

  it('accepts the token as the usual header too', async () => {
    await serve(3)
    const { exportId } = await prepare()
    expect((await get(`/download/${exportId}`, { headers: { 'X-Workbench-Token': bridge!.token } })).status).toBe(200)
  })

  it('refuses a foreign Host (DNS rebinding) and other methods', async () => {
    await serve(3)
    const { exportId } = await prepare()
    expect((await get(`/download/${exportId}?token=${bridge!.token}`, { host: `evil.example:${bridge!.port}` })).status).toBe(421)
    expect((await get(`/download/${exportId}?token=${bridge!.token}`, { method: 'POST' })).status).toBe(405)
    expect(core!.exports.status(exportId).state).toBe('ready')
  })

  it('cuts the connection when the export is cancelled midway, so no truncated file looks complete', async () => {
    await serve(2000, 10_000) // 20 MB: still being written when the first chunk arrives
    const { exportId } = await prepare()
    const reply = await new Promise<Reply>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: bridge!.port, path: `/download/${exportId}?token=${bridge!.token}` }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (d: Buffer) => {
          if (chunks.push(d) === 1) void core!.dispatch('export.cancel', { exportId })
        })
        const done = (): void =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks), complete: res.complete })
        res.on('end', done)
        res.on('error', done)
        res.on('close', done)
      })
      req.on('error', reject)
      req.end()
    })
    expect(reply.status).toBe(200)
    expect(reply.complete).toBe(false)
    expect(core!.exports.status(exportId).state).toBe('cancelled')
  })

  it('stops the export when the browser goes away', async () => {
    await serve(2000, 10_000) // 20 MB: far more than the socket buffers hold, so the export is still running when we hang up
    const { exportId } = await prepare()
    await new Promise<void>((resolve) => {
      const req = request({ host: '127.0.0.1', port: bridge!.port, path: `/download/${exportId}?token=${bridge!.token}` }, (res) => {
        res.once('data', () => {
          req.destroy()
          resolve()
        })
      })
      req.on('error', () => {}) // we hung up ourselves
      req.end()
    })
    await vi.waitFor(() => expect(core!.exports.status(exportId).state).toBe('cancelled'), { timeout: 10_000 })
  })
})

describe('the download file name header', () => {
  it('keeps plain names and makes hostile ones harmless', () => {
    expect(contentDisposition('claims-2025-06-01.csv')).toBe(
      `attachment; filename="claims-2025-06-01.csv"; filename*=UTF-8''claims-2025-06-01.csv`
    )
    const evil = contentDisposition('a"b\r\nSet-Cookie: x=1;.csv')
    expect(evil).not.toMatch(/[\r\n]/)
    expect(evil).toMatch(/^attachment; filename="a_b_Set-Cookie_x_1_.csv"; filename\*=UTF-8''a%22b%0D%0ASet-Cookie%3A%20x%3D1%3B.csv$/)
    expect(contentDisposition('../../etc/passwd')).toMatch(/^attachment; filename="etc_passwd"/)
    expect(contentDisposition('Беларусь.jsonld')).toBe(
      `attachment; filename="jsonld"; filename*=UTF-8''%D0%91%D0%B5%D0%BB%D0%B0%D1%80%D1%83%D1%81%D1%8C.jsonld`
    )
  })
})
