import { randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { rename, rm } from 'node:fs/promises'
import type { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Writes a file all at once or not at all: `write` streams into a hidden temporary
 * file beside `path`, which is flushed to disk and renamed over `path` only when
 * `write` succeeds. On failure or cancel the temporary file is removed and an
 * existing file at `path` is left as it was.
 */
export async function writeFileAtomically<T>(path: string, write: (out: Writable) => Promise<T>): Promise<T> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.part`)
  const out = createWriteStream(temp, { flags: 'wx', flush: true })
  try {
    await once(out, 'ready') // rejects if the folder is missing or not writable
    const result = await write(out)
    out.end()
    await finished(out)
    await rename(temp, path)
    return result
  } catch (err) {
    out.destroy()
    await rm(temp, { force: true })
    throw err
  }
}
