import { closeSync, fstatSync, openSync, readFileSync, type Dirent } from 'node:fs'
import { readdir, realpath, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { MAX_IMPORT_BYTES, tooLargeMessage, type UploadedFile } from '../../contract/import.ts'
import { formatFor } from './prepare-file.ts'
import { ImportRejection, reject } from './rejection.ts'

/** One file to import: a name to report it by and a way to get its bytes, or the reason it cannot be imported at all. */
export type ImportEntry = { name: string; load: () => Promise<Uint8Array> } | { name: string; rejected: string }

/** What an operating-system error means to a person. */
export function describeFsError(err: unknown): string {
  const code = (err as { code?: string }).code
  switch (code) {
    case 'ENOENT':
      return 'does not exist.'
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied).'
    case 'ELOOP':
      return 'cannot be read (a loop of symbolic links).'
    case 'EIO':
      return 'cannot be read (the disk reported an error).'
    case 'EMFILE':
    case 'ENFILE':
      return 'cannot be read (too many open files; try fewer at once).'
    default:
      return `cannot be read (${code ?? (err as Error).message}).`
  }
}

/**
 * Reads a file for import: refuses an empty or over-size file from its size, before reading it.
 * Synchronous calls under the promise: a file is read in tens of microseconds this way, against
 * ten times that through the thread pool's open/stat/read/close round trips (a folder of 10k
 * reports spent most of its import time waiting on them). Even the largest file allowed is read
 * in a few tens of milliseconds.
 */
export async function readForImport(path: string): Promise<Uint8Array> {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch (err) {
    throw reject(path, describeFsError(err))
  }
  try {
    const info = fstatSync(fd)
    if (!info.isFile()) throw reject(path, 'is not a regular file.')
    if (info.size === 0) throw reject(path, 'is empty.')
    if (info.size > MAX_IMPORT_BYTES) throw new ImportRejection(tooLargeMessage(path, info.size))
    return readFileSync(fd)
  } catch (err) {
    if (err instanceof ImportRejection) throw err
    throw reject(path, describeFsError(err))
  } finally {
    closeSync(fd)
  }
}

const hidden = (name: string): boolean => name.startsWith('.')

const fileEntry = (path: string): ImportEntry => ({ name: path, load: () => readForImport(path) })

/**
 * The files to import from the paths given: files as they are, folders read
 * recursively in name order, skipping hidden files and folders (names starting
 * with a dot), and following each folder once even through symbolic links.
 * Paths that are missing or unreadable become rejected entries; this never throws.
 */
export async function entriesFromPaths(paths: string[], onFound?: (count: number) => void): Promise<ImportEntry[]> {
  const out: ImportEntry[] = []
  const seenDirs = new Set<string>()
  const push = (e: ImportEntry): void => {
    out.push(e)
    if (out.length % 100 === 0) onFound?.(out.length)
  }

  const walk = async (dir: string): Promise<void> => {
    let real: string
    let children: Dirent[]
    try {
      real = await realpath(dir)
      if (seenDirs.has(real)) return
      seenDirs.add(real)
      children = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    } catch (err) {
      return push({ name: dir, rejected: `${dir}: ${describeFsError(err)}` })
    }
    for (const child of children) {
      if (hidden(child.name)) continue
      const path = join(dir, child.name)
      // a plain file needs no stat here (reading it checks it again); links and the rest are looked at
      if (child.isFile()) push(fileEntry(path))
      else await visit(path)
    }
  }

  const visit = async (path: string): Promise<void> => {
    let info
    try {
      info = await stat(path)
    } catch (err) {
      return push({ name: path, rejected: `${path}: ${describeFsError(err)}` })
    }
    if (info.isDirectory()) return walk(path)
    if (info.isFile()) return push(fileEntry(path))
    push({ name: path, rejected: `${path}: is not a regular file.` })
  }

  for (const p of paths) await visit(p)
  onFound?.(out.length)
  return out
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/** Why an upload that came without its bytes cannot be imported. */
function unsentReason(f: UploadedFile): string {
  try {
    formatFor(f.name)
  } catch (err) {
    return (err as Error).message
  }
  if ((f.size ?? 0) > MAX_IMPORT_BYTES) return tooLargeMessage(f.name, f.size!)
  return `${f.name}: arrived without its content; try again.`
}

/**
 * Uploaded files (browser mode). A file chosen on its own is imported whatever its
 * name; inside an uploaded folder, hidden files and folders are skipped as on disk.
 */
export function entriesFromUploads(files: UploadedFile[]): ImportEntry[] {
  return files
    .filter((f) => {
      const parts = f.name.split(/[\\/]/)
      return parts.length === 1 || !parts.some(hidden)
    })
    .map((f): ImportEntry => {
      const data = f.dataBase64
      if (data === undefined) return { name: f.name, rejected: unsentReason(f) }
      return {
        name: f.name,
        load: async () => {
          if (data.length % 4 !== 0 || !BASE64.test(data))
            throw reject(f.name, 'arrived damaged (the upload is not valid base64); try again.')
          return Buffer.from(data, 'base64')
        }
      }
    })
}
