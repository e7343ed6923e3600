import { importExtensions, MAX_IMPORT_BYTES } from '../../../../src-main/contract/import.ts'

/** A file picked or dropped in the browser, with the name it is reported by (its path inside a chosen folder). */
export interface PickedFile {
  name: string
  size: number
  file: File
}

const extension = (name: string): string => {
  const base = name.split('/').pop() ?? name
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot).toLowerCase() : ''
}

/**
 * Whether the bytes are worth uploading: a file the core would refuse for its type or size goes without them (the core still reports it).
 */
export const worthSending = (f: { name: string; size: number }): boolean =>
  (importExtensions as readonly string[]).includes(extension(f.name)) && f.size <= MAX_IMPORT_BYTES

/**
 * Groups files into uploads of at most `maxBytes` of file data (base64 adds a
 * third, and the browser-mode server takes 80 MB a request) and `maxFiles` files,
 * keeping their order. A file larger than maxBytes goes alone.
 */
export function planUploads<T extends { name: string; size: number }>(files: T[], maxBytes = 16 * 1024 * 1024, maxFiles = 500): T[][] {
  const chunks: T[][] = []
  let chunk: T[] = []
  let bytes = 0
  for (const f of files) {
    const size = worthSending(f) ? f.size : 0
    if (chunk.length && (bytes + size > maxBytes || chunk.length >= maxFiles)) {
      chunks.push(chunk)
      chunk = []
      bytes = 0
    }
    chunk.push(f)
    bytes += size
  }
  if (chunk.length) chunks.push(chunk)
  return chunks
}
