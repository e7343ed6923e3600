import { randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { rename, rm } from 'node:fs/promises'
import type { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { basename, dirname, join } from 'node:path'
import { WorkbenchError } from '../../contract/errors.ts'
import { cancelledError } from './text-sink.ts'

function cannotWrite(path: string, err: NodeJS.ErrnoException): WorkbenchError {
  const reason =
    err.code === 'ENOENT'
      ? `the folder ${dirname(path)} does not exist`
      : err.code === 'EACCES' || err.code === 'EPERM'
        ? `there is no permission to write in ${dirname(path)}`
        : err.code === 'ENOSPC'
          ? 'the disk is full'
          : err.code === 'EROFS'
            ? 'the disk is read-only'
            : err.message
  return new WorkbenchError(err.code === 'ENOSPC' ? 'disk_full' : 'rejected', `Cannot write ${path}: ${reason}.`, { path })
}

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
    await once(out, 'ready').catch((err: NodeJS.ErrnoException) => {
      throw cannotWrite(path, err)
    })
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
