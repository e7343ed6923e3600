import type { CallName, Envelope, InputOf, OutputOf, WireError } from '../../src-main/contract/index.ts'

/** The preload bridge, present only inside the desktop app. */
interface Bridge {
  invoke(name: string, input: unknown): Promise<Envelope<unknown>>
  /** Save dialog + file write for a prepared export (shell/export-dialog.ts). */
}
declare global {
  interface Window {
    workbench?: Bridge
  }
}

/** A failed call, with the core's error code (see contract/errors.ts). */
export class ApiError extends Error {
  readonly code: WireError['code']
  readonly details: unknown
  constructor(error: WireError) {
    super(error.message)
    this.name = 'ApiError'
    this.code = error.code
    this.details = error.details
  }
}

const TOKEN_KEY = 'workbench.token'

/** Browser mode: the per-run token arrives in the URL once; keep it for this tab and take it out of the address bar. */
function httpToken(): string {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(null, '', url.pathname + url.search + url.hash)
    return fromUrl
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

let token: string | undefined
const utf8 = new TextDecoder()

async function overHttp(name: string, input: unknown): Promise<Envelope<unknown>> {
  token ??= httpToken()
  const res = await fetch(`/api/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Workbench-Token': token },
    body: JSON.stringify(input ?? {})
  })
  try {
    // read as bytes and decode once: for a large answer (all claims: 21 MB at 100k) Chromium's
    // Response.json()/text() took ~0.6 s after the headers, arrayBuffer + TextDecoder + JSON.parse ~0.4 s
    return JSON.parse(utf8.decode(await res.arrayBuffer())) as Envelope<unknown>
  } catch {
    return { ok: false, error: { code: 'internal', message: `The server answered ${res.status} without a result.` } }
  }
}

export const transport = (): 'ipc' | 'http' => (window.workbench ? 'ipc' : 'http')

const send = (name: string, input: unknown): Promise<Envelope<unknown>> =>
  window.workbench ? window.workbench.invoke(name, input) : overHttp(name, input)

/**
 * Calls that only read: answering one of them from an early start cannot miss a change, and making one keeps the
 * early answers (the first screen's other reads, made by components whose effects run before the library's, must
 * not drop the library's early answer: that once sent a second 2.6 MB articles.list at 10k articles).
 */
const READS = new Set<string>([
  'articles.list',
  'articles.page',
  'articles.sources',
  'articles.position',
  'articles.ids',
  'articles.snippets',
  'articles.search',
  'articles.get',
  'claims.list',
  'claims.speakers',
  'history.state',
  'place.get',
  'team.status',
  'codes.list',
  'codes.assignments',
  'suggest.article'
])
/** The first screen saves the place as it opens: that write changes only what place.get answers. */
const PLACE_WRITE = 'place.set'
const early = new Map<string, Promise<Envelope<unknown>>>()
const earlyKey = (name: string, input: unknown): string => `${name} ${JSON.stringify(input ?? {})}`

/**
 * The answer of an early start of this very call (once), if there is one; a write drops them all (saving the place,
 * only place.get's).
 */
function takeEarly(name: string, input: unknown): Promise<Envelope<unknown>> | undefined {
  if (name === PLACE_WRITE) {
    for (const key of early.keys()) if (key.startsWith('place.get ')) early.delete(key)
    return undefined
  }
  if (!READS.has(name)) {
    early.clear()
    return undefined
  }
  const key = earlyKey(name, input)
  const answer = early.get(key)
  early.delete(key)
  return answer
}

/**
 * Starts a read call now, before any component asks for it (the first screen's
 * data, while the page's code is still rendering); the first `invoke` of the same
 * call with the same input takes its answer instead of asking again.
 */
export function prefetch<N extends CallName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> {
  if (!READS.has(name)) throw new Error(`${name} is not a read call; it cannot start early`)
  const answer = send(name, input)
  answer.catch(() => {}) // whoever takes it handles the failure; one never taken is no unhandled rejection
  early.set(earlyKey(name, input), answer)
  return answer.then((result) => {
    if (!result.ok) throw new ApiError(result.error)
    return result.value as OutputOf<N>
  })
}

/** The one way the renderer talks to the core: IPC in the desktop app, HTTP in browser mode. */
export async function invoke<N extends CallName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> {
  const result = await (takeEarly(name, input) ?? send(name, input))
  if (!result.ok) throw new ApiError(result.error)
  return result.value as OutputOf<N>
}

/** Browser mode: a same-origin URL the browser fetches by itself (a download link), carrying this tab's token. */
export function withToken(path: string): string {
  token ??= httpToken()
  return `${path}?token=${encodeURIComponent(token)}`
}

/** Call early so the token leaves the address bar at once. */
export function initApi(): void {
  if (!window.workbench) token ??= httpToken()
}
