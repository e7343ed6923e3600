import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Envelope, ErrorCode } from '../contract/errors.ts'
import type { Dispatch } from '../core/dispatch.ts'
import { EncodedJson } from '../core/host/encoded-json.ts'
import { downloadToken, sendDownload, type DownloadSource } from './download.ts'
import { checkHostAndOrigin, newToken, TOKEN_HEADER, tokenMatches } from './http-guard.ts'
import { securityHeaders, serveStatic } from './static-files.ts'

export interface HttpBridgeOptions {
  dispatch: Dispatch
  /** Built renderer to serve at / (browser mode). */
  staticDir?: string
  port?: number
  token?: string
  maxBodyBytes?: number
  /** Prepared exports, streamed at GET /download/<exportId>?token=… (core.exports.download). */
  downloads?: DownloadSource
}

export interface HttpBridge {
  url: string
  port: number
  token: string
  close(): Promise<void>
}

/** HTTP status per error code (the team server's transport uses it too). */
export const STATUS: Partial<Record<ErrorCode, number>> = {
  invalid_input: 400,
  unauthorized: 401,
  unknown_call: 404,
  not_found: 404,
  conflict: 409,
  rejected: 422,
  busy: 503,
  worker_failed: 503,
  internal: 500
}

function sendJson(res: ServerResponse, status: number, body: Envelope<unknown>): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...securityHeaders() })
  if (!body.ok || !(body.value instanceof EncodedJson)) return void res.end(JSON.stringify(body))
  res.write('{"ok":true,"value":') // a value the core encoded already (core/host/encoded-json.ts): its bytes as they are
  res.write(body.value.bytes)
  res.end('}')
}

function refuse(res: ServerResponse, status: number, code: ErrorCode, message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } })
}

/**
 * decodeURIComponent, or '' (no such call or export) for malformed %-encoding, which would otherwise throw out of the request handler and
 * end the process.
 */
const safeDecode = (s: string): string => {
  try {
    return decodeURIComponent(s)
  } catch {
    return ''
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let over = false
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) over = true
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(over ? 'too_large' : Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/**
 * The loopback HTTP bridge: 127.0.0.1 only, a random per-run token, Host and
 * Origin checks, then the same dispatcher the IPC transport uses. No logic of its own.
 */
export function startHttpBridge(opts: HttpBridgeOptions): Promise<HttpBridge> {
  const token = opts.token ?? newToken()
  const limit = opts.maxBodyBytes ?? 80 * 1024 * 1024
  let port = 0

  const handleApi = async (req: IncomingMessage, res: ServerResponse, name: string): Promise<void> => {
    if (req.method !== 'POST') return refuse(res, 405, 'invalid_input', 'API calls must use POST.')
    const given = req.headers[TOKEN_HEADER]
    if (!tokenMatches(Array.isArray(given) ? given[0] : given, token))
      return refuse(res, 401, 'unauthorized', 'Refused: missing or wrong token.')
    if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
      return refuse(res, 415, 'invalid_input', 'API calls must send application/json.')
    const body = await readBody(req, limit)
    if (body === 'too_large') return refuse(res, 413, 'invalid_input', `Refused: request body over ${limit} bytes.`)
    let input: unknown
    try {
      input = body.length ? JSON.parse(body.toString('utf8')) : {}
    } catch {
      return refuse(res, 400, 'invalid_input', 'Request body is not valid JSON.')
    }
    const result = await opts.dispatch(name, input)
    sendJson(res, result.ok ? 200 : (STATUS[result.error.code] ?? 500), result)
  }

  const handleDownload = async (req: IncomingMessage, res: ServerResponse, exportId: string): Promise<void> => {
    if (req.method !== 'GET') return refuse(res, 405, 'invalid_input', 'Downloads must use GET.')
    if (!tokenMatches(downloadToken(req, TOKEN_HEADER), token)) return refuse(res, 401, 'unauthorized', 'Refused: missing or wrong token.')
    const download = await opts.downloads?.(exportId)
    if (!download) return refuse(res, 404, 'not_found', 'No export is ready under that id (each export downloads once; start it again).')
    void sendDownload(res, download, securityHeaders())
  }

  const server = createServer((req, res) => {
    const guard = checkHostAndOrigin(req, port)
    if (!guard.ok) return refuse(res, guard.status, 'unauthorized', guard.message)
    const path = (req.url ?? '/').split('?')[0]!
    if (path.startsWith('/api/')) {
      handleApi(req, res, safeDecode(path.slice('/api/'.length))).catch((err: unknown) => {
        if (!res.headersSent) refuse(res, 500, 'internal', `Internal error: ${(err as Error).message}`)
      })
      return
    }
    if (path.startsWith('/download/')) {
      handleDownload(req, res, safeDecode(path.slice('/download/'.length))).catch((err: unknown) => {
        if (!res.headersSent) refuse(res, 500, 'internal', `Internal error: ${(err as Error).message}`)
      })
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'invalid_input', 'Method not allowed.')
    if (!opts.staticDir) return refuse(res, 404, 'not_found', 'This server has no app pages, only /api/.')
    serveStatic(opts.staticDir, path, res)
  })
  server.requestTimeout = 10 * 60 * 1000

  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done())
            server.closeAllConnections() // idle keep-alive and long-poll connections would hold the close open
          })
      })
    })
  })
}
