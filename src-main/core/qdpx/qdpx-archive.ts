import { unzipSync, Zip, ZipDeflate } from 'fflate'

/** One entry may unpack to at most this much, all of them together to MAX_TOTAL (a small file must not unpack to gigabytes). */
export const MAX_ENTRY_BYTES = 256 * 1024 * 1024
export const MAX_TOTAL_BYTES = 512 * 1024 * 1024

/** An archive the importer cannot use; the message says why (the caller adds the file's name). */
export class ArchiveError extends Error {}

export interface QdpxArchive {
  /** project.qde, decoded as UTF-8 */
  qde: string
  /** the bytes of the file a source's plainTextPath names (internal://…), or undefined if the archive lacks it */
  internalFile(path: string): Uint8Array | undefined
}

const INTERNAL = /^internal:\/\//i

/**
 * Opens a .qdpx (a ZIP with project.qde and sources/). Only the entries asked for
 * are unpacked; their declared sizes are checked first.
 */
export function openQdpx(bytes: Uint8Array): QdpxArchive {
  const sizes = new Map<string, number>()
  try {
    unzipSync(bytes, {
      filter: (f) => {
        sizes.set(f.name, f.originalSize)
        return false
      }
    })
  } catch (err) {
    throw new ArchiveError(`not a ZIP archive (${(err as Error).message})`)
  }
  const total = [...sizes.values()].reduce((a, b) => a + b, 0)
  const big = [...sizes].find(([, size]) => size > MAX_ENTRY_BYTES)
  if (big)
    throw new ArchiveError(
      `its entry ${big[0]} would unpack to ${(big[1] / 1024 / 1024).toFixed(0)} MB (at most ${MAX_ENTRY_BYTES / 1024 / 1024} MB)`
    )
  if (total > MAX_TOTAL_BYTES)
    throw new ArchiveError(`it would unpack to ${(total / 1024 / 1024).toFixed(0)} MB (at most ${MAX_TOTAL_BYTES / 1024 / 1024} MB)`)
  const byLowerName = new Map([...sizes.keys()].map((n) => [n.toLowerCase(), n]))
  const extract = (name: string): Uint8Array | undefined => {
    try {
      return unzipSync(bytes, { filter: (f) => f.name === name })[name]
    } catch (err) {
      throw new ArchiveError(`its entry ${name} cannot be unpacked (${(err as Error).message})`)
    }
  }
  const qdeName = byLowerName.get('project.qde') ?? [...sizes.keys()].find((n) => !n.includes('/') && n.toLowerCase().endsWith('.qde'))
  if (!qdeName) throw new ArchiveError('it holds no project.qde (a .qdpx file is a ZIP with project.qde and a sources folder)')
  const qde = new TextDecoder('utf-8').decode(extract(qdeName)!)
  return {
    qde,
    internalFile: (path) => {
      if (!INTERNAL.test(path)) return undefined
      const name = byLowerName.get(`sources/${path.replace(INTERNAL, '')}`.toLowerCase())
      return name ? extract(name) : undefined
    }
  }
}

/**
 * Writes a .qdpx as a stream of ZIP bytes: files added whole (`addFile`), then
 * one file written piece by piece (`openFile`, for project.qde), whose pieces
 * become ZIP bytes as they are pushed. `take()` hands over the bytes so far.
 * Every entry gets the same time stamp, so the same project gives the same bytes.
 */
export class QdpxZipWriter {
  private chunks: Uint8Array[] = []
  private failure: Error | null = null
  private readonly zip = new Zip((err, data) => {
    if (err) this.failure = err
    else this.chunks.push(data)
  })

  constructor(private readonly mtime: Date) {}

  private entry(name: string): ZipDeflate {
    const file = new ZipDeflate(name, { level: 6 })
    file.mtime = this.mtime
    this.zip.add(file)
    return file
  }

  addFile(name: string, data: Uint8Array): void {
    const file = this.entry(name)
    file.push(data, true)
  }

  /** Opens a file to write in pieces; add no other file until it is closed. */
  openFile(name: string): { push(text: string): void; close(): void } {
    const file = this.entry(name)
    const encoder = new TextEncoder()
    return { push: (text) => file.push(encoder.encode(text)), close: () => file.push(new Uint8Array(0), true) }
  }

  end(): void {
    this.zip.end()
  }

  take(): Uint8Array[] {
    if (this.failure) throw this.failure
    const out = this.chunks
    this.chunks = []
    return out
  }
}
