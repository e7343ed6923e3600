import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export const TOKEN_HEADER = 'x-workbench-token'

export const newToken = (): string => randomBytes(24).toString('base64url')

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest()

/**
 * Constant-time token comparison: both sides are hashed to the same length first,
 * so neither where a wrong token differs nor how long it is changes the time taken.
 */
export function tokenMatches(given: string | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false
  return timingSafeEqual(digest(given), digest(expected))
}

/** The names this server answers to; anything else in Host is a DNS-rebinding attempt. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`])
}

export type GuardResult = { ok: true } | { ok: false; status: number; message: string }

/** Host must name this loopback server; Origin, when sent, must be this server's own. */
export function checkHostAndOrigin(req: IncomingMessage, port: number): GuardResult {
  const hosts = allowedHosts(port)
  const host = req.headers.host ?? ''
  if (!hosts.has(host)) return { ok: false, status: 421, message: `Refused: Host "${host.slice(0, 100)}" is not this server.` }
  const origin = req.headers.origin
  if (origin !== undefined && !(origin.startsWith('http://') && hosts.has(origin.slice('http://'.length)))) {
    return { ok: false, status: 403, message: `Refused: Origin "${origin.slice(0, 100)}" is not this app.` }
  }
  return { ok: true }
}
