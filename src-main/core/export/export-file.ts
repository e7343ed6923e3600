import { randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { rename, rm } from 'node:fs/promises'
import type { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { basename, dirname, join } from 'node:path'
import { cancelledError } from './text-sink.ts'

/**
 * Writes a file all at once or not at all: `write` streams into a hidden temporary
 * file beside `path`, which is flushed to disk and renamed over `path` only when
 * `write` succeeds (and `signal` was not aborted). On failure or cancel the temporary file is removed and an
 * existing file at `path` is left as it was.
 */
export async function writeFileAtomically<T>(path: string, write: (out: Writable) => Promise<T>, signal?: AbortSignal): Promise<T> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.part`)
  const out = createWriteStream(temp, { flags: 'wx', flush: true })
  try {
    await once(out, 'ready') // rejects if the folder is missing or not writable
    const result = await write(out)
    out.end()
    await finished(out)
    if (signal?.aborted) throw cancelledError() // cancelled while the last bytes went to disk: still no file
    await rename(temp, path)
    return result
  } catch (err) {
    out.on('error', () => {}) // the stream is being thrown away: a write still in flight may report it was destroyed
    if (!out.closed) await new Promise<void>((closed) => out.destroy().once('close', () => closed())) // closed before removing (Windows cannot delete an open file)
    await rm(temp, { force: true })
    throw err
  }
}
