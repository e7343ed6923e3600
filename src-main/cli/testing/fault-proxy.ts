import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * An HTTP proxy between a laptop and the team server that counts the calls
 * passing through and, at the one it is armed for, does something to the world
 * (kill the client, the server, restart PostgreSQL) before or after forwarding:
 * faults at exact points of a sync, with no timing involved.
 */
export interface FaultProxy {
  url: string
  target: string
  /** Calls seen, by name, in order. */
  calls: string[]
  arm(at: number, when: 'before' | 'after', fault: () => Promise<void> | void): void
  /** Drops an armed fault; true if it had fired. */
  disarm(): boolean
  close(): Promise<void>
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function forward(
  target: string,
  req: IncomingMessage,
  body: Buffer
): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const out = request(`${target}${req.url}`, { method: req.method, headers: { ...req.headers, host: new URL(target).host } }, (res) => {
      readAll(res).then(
        (b) => resolve({ status: res.statusCode ?? 502, headers: { 'content-type': String(res.headers['content-type'] ?? '') }, body: b }),
        reject
      )
    })
    out.on('error', reject)
    out.end(body)
  })
}

export async function startFaultProxy(initialTarget: string): Promise<FaultProxy> {
  let armed: { at: number; when: 'before' | 'after'; fault: () => Promise<void> | void } | undefined
  const proxy: FaultProxy = {
    url: '',
    target: initialTarget,
    calls: [],
    arm: (at, when, fault) => void (armed = { at, when, fault }),
    disarm: () => {
      const fired = armed === undefined
      armed = undefined
      return fired
    },
    close: () => new Promise((done) => (server.close(() => done()), server.closeAllConnections()))
  }
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readAll(req)
    proxy.calls.push((req.url ?? '').replace('/api/', ''))
    const fire = armed && armed.at === proxy.calls.length ? armed : undefined
    if (fire) armed = undefined
    if (fire?.when === 'before') await fire.fault()
    let answer
    try {
      answer = await forward(proxy.target, req, body)
    } catch {
      res.socket?.destroy() // the server is gone: so is the connection
      return
    }
    if (fire?.when === 'after') {
      await fire.fault()
      res.socket?.destroy() // the answer never arrives
      return
    }
    res.writeHead(answer.status, answer.headers)
    res.end(answer.body)
  }
  const server = createServer((req, res) => void handle(req, res).catch(() => res.socket?.destroy()))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return proxy
}
