import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Envelope, ErrorCode } from '../contract/errors.ts'
import { STATUS as BRIDGE_STATUS } from './http.ts'
import type { TeamDispatch } from '../core/team/server/team-dispatch.ts'

/**
 * The team server's HTTP transport: POST /api/<call> with a JSON body and
 * `Authorization: Bearer <analyst token>`, answered by the team dispatcher. No
 * logic of its own. Plain HTTP on 127.0.0.1 by default; for a LAN put TLS in front.
 */
export interface TeamHttpServer {
  url: string
  port: number
  close(): Promise<void>
}

const STATUS: Partial<Record<ErrorCode, number>> = { ...BRIDGE_STATUS, db_newer: 409 }

function send(res: ServerResponse, status: number, body: Envelope<unknown>): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff'
  })
  res.end(JSON.stringify(body))
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) chunks.push(chunk)
    })
    req.on('end', () => resolve(size > limit ? 'too_large' : Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

const bearer = (req: IncomingMessage): string | undefined => /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1]

export function startTeamHttpServer(opts: {
  dispatch: TeamDispatch
  port?: number
  host?: string
  maxBodyBytes?: number
}): Promise<TeamHttpServer> {
  const limit = opts.maxBodyBytes ?? 64 * 1024 * 1024
  const host = opts.host ?? '127.0.0.1'
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0]!
    if (!path.startsWith('/api/'))
      return send(res, 404, { ok: false, error: { code: 'not_found', message: 'A team server answers only POST /api/<call>.' } })
    if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'invalid_input', message: 'Team calls must use POST.' } })
    const body = await readBody(req, limit)
    if (body === 'too_large')
      return send(res, 413, { ok: false, error: { code: 'invalid_input', message: `Refused: request body over ${limit} bytes.` } })
    let input: unknown
    try {
      input = body.length ? JSON.parse(body.toString('utf8')) : {}
    } catch {
      return send(res, 400, { ok: false, error: { code: 'invalid_input', message: 'Request body is not valid JSON.' } })
    }
    const result = await opts.dispatch(bearer(req), path.slice('/api/'.length), input)
    send(res, result.ok ? 200 : (STATUS[result.error.code] ?? 500), result)
  }
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', message: `Internal error: ${(err as Error).message}` } })
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, host, () => {
      const port = (server.address() as AddressInfo).port
      const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host
      resolve({
        url: `http://${shownHost}:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done())
            server.closeAllConnections()
          })
      })
    })
  })
}
