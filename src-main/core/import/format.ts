import type { Article } from '../../contract/articles.ts'
import type { Store } from '../db/store.ts'

/** What a format parser gets out of one file, before the text is made canonical. */
export interface ParsedDocument {
  /** null: use the file name */
  title: string | null
  /** plain text, paragraphs one per line (made canonical by the importer) */
  text: string
  source?: string | null
  url?: string | null
  /** ISO date (YYYY-MM-DD) or null */
  published?: string | null
  warnings: string[]
}

/** A format whose file becomes one article, stored by the importer. */
export interface ArticleFormat {
  kind: 'article'
  format: Article['format']
  /** Reads the bytes; throws ImportRejection (or any error, reported as unreadable) for a bad file. Runs outside any transaction. */
  parse(bytes: Uint8Array, name: string): Promise<ParsedDocument>
}

/** What a self-storing format reports for one file. */
export interface StoredOutcome {
  status: 'imported' | 'duplicate'
  /** the (first) article stored; none for a file that held only a codebook */
  id?: number
  title?: string
  warnings?: string[]
}

/**
 * A format that stores itself (an article together with its claims, say). `prepare`
 * runs outside any transaction; `store` runs inside the batch transaction (`tx`),
 * in a savepoint of its own, so a throw undoes only this file.
 */
export interface StoringFormat<P = unknown> {
  kind: 'store'
  /** named in messages ("could not be read as QDPX") */
  format: Article['format'] | 'qdpx'
  prepare(bytes: Uint8Array, name: string): Promise<P>
  store(tx: Store, prepared: P, name: string): Promise<StoredOutcome>
}

export type ImportFormat = ArticleFormat | StoringFormat

/** Formats by lower-case extension, with the dot. */
export type FormatTable = Readonly<Record<string, ImportFormat>>
