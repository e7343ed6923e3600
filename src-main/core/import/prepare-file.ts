import { MAX_IMPORT_BYTES, tooLargeMessage } from '../../contract/import.ts'
import type { NewArticle } from '../services/articles.ts'
import { canonicalText } from '../services/canonical-text.ts'
import { stripControlCharacters } from './decode-text.ts'
import type { FormatTable, StoringFormat } from './format.ts'
import { FORMATS } from './formats.ts'
import { ImportRejection, reject } from './rejection.ts'

/** A file read and checked, ready to be stored (the only step that runs inside a transaction). */
export type Prepared = { kind: 'article'; article: NewArticle } | { kind: 'store'; format: StoringFormat; prepared: unknown }

const MAX_TITLE = 300

/** The last part of a path or uploaded name, with / or \ as separators. */
export const baseName = (name: string): string => name.split(/[\\/]/).pop() ?? name

export function extensionOf(name: string): string {
  const base = baseName(name)
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot).toLowerCase() : ''
}

function titleFrom(parsed: string | null, name: string): string {
  const base = baseName(name)
  const fallback = base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base
  const t =
    canonicalText(stripControlCharacters(parsed ?? '').text)
      .replace(/\s+/g, ' ')
      .trim() ||
    fallback ||
    'Untitled'
  return t.length > MAX_TITLE ? t.slice(0, MAX_TITLE - 1).trimEnd() + '…' : t
}

export function formatFor(name: string, formats: FormatTable = FORMATS) {
  const ext = extensionOf(name)
  if (ext && Object.hasOwn(formats, ext)) return formats[ext]!
  const known = Object.keys(formats).join(', ')
  throw reject(name, `unsupported format${ext ? ` (${ext})` : ' (no file extension)'}; the importer reads ${known}.`)
}

/**
 * Reads one file's bytes into an article (or a self-storing format's data). Throws ImportRejection with the reason; never touches the
 * database.
 */
export async function prepareFile(name: string, bytes: Uint8Array, formats: FormatTable = FORMATS): Promise<Prepared> {
  const format = formatFor(name, formats)
  if (bytes.length === 0) throw reject(name, 'is empty.')
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportRejection(tooLargeMessage(name, bytes.length))
  try {
    if (format.kind === 'store') return { kind: 'store', format, prepared: await format.prepare(bytes, name) }
    const parsed = await format.parse(bytes, name)
    const cleaned = stripControlCharacters(parsed.text)
    const body = canonicalText(cleaned.text)
    if (!body) throw reject(name, 'has no text.')
    return {
      kind: 'article',
      article: {
        title: titleFrom(parsed.title, name),
        body,
        source: parsed.source ?? null,
        url: parsed.url ?? null,
        published: parsed.published ?? null,
        format: format.format,
        fileName: baseName(name),
        warnings: [...parsed.warnings, ...cleaned.warnings]
      }
    }
  } catch (err) {
    if (err instanceof ImportRejection) throw err
    throw reject(name, `could not be read as ${format.format.toUpperCase()} (${err instanceof Error ? err.message : String(err)}).`)
  }
}
