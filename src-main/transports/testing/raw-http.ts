import { connect } from 'node:net'

export interface RawRequest {
  method: string
  /** sent as it is on the request line */
  path: string
  /** sent in order, as they are; no Host or Content-Length is added */
  headers: [string, string][]
  body: Buffer
  /** close our side after this many body bytes (a client that goes away mid-request) */
  truncateAt?: number
}

export interface RawResponse {
  /** null: the server closed the connection without an answer */
  status: number | null
  headers: Record<string, string>
  body: string
}

/**
 * One HTTP/1.1 request written byte for byte on a fresh TCP connection (no
 * client library to tidy it up first), read to the end of the connection.
 * Rejects if nothing ends within `timeoutMs`: a server that hangs fails the test.
 */
export function rawRequest(port: number, req: RawRequest, timeoutMs = 10_000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`no answer within ${timeoutMs} ms to ${req.method} ${req.path.slice(0, 80)}`))
    }, timeoutMs)
    socket.on('data', (d: Buffer) => chunks.push(d))
    socket.on('error', () => {}) // a reset after the answer is fine; the close below decides
    socket.on('close', () => {
      clearTimeout(timer)
      resolve(parse(Buffer.concat(chunks)))
    })
    const head = `${req.method} ${req.path} HTTP/1.1\r\n${req.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`
    socket.write(Buffer.from(head, 'latin1'))
    // a client that goes away mid-request closes its side; a whole request keeps it open for the answer (Connection: close ends it)
    if (req.truncateAt !== undefined) socket.end(req.body.subarray(0, req.truncateAt))
    else socket.write(req.body)
  })
}

function parse(raw: Buffer): RawResponse {
  const end = raw.indexOf('\r\n\r\n')
  const head = raw.subarray(0, Math.max(0, end)).toString('latin1')
  if (!head.startsWith('HTTP/1.1 ') || end < 0) return { status: null, headers: {}, body: raw.toString('utf8') }
  const [statusLine, ...lines] = head.split('\r\n')
  const headers: Record<string, string> = {}
  for (const line of lines) {
    const colon = line.indexOf(':')
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  let body = raw.subarray(end + 4)
  if (headers['transfer-encoding'] === 'chunked') body = unchunk(body)
  return { status: Number(statusLine!.split(' ')[1]), headers, body: body.toString('utf8') }
}

function unchunk(body: Buffer): Buffer {
  const parts: Buffer[] = []
  let at = 0
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at)
    if (lineEnd < 0) break
    const size = parseInt(body.subarray(at, lineEnd).toString('latin1'), 16)
    if (!size) break
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size))
    at = lineEnd + 2 + size + 2
  }
  return Buffer.concat(parts)
}
