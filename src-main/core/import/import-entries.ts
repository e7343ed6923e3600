import type { ImportResult } from '../../contract/import.ts'
import { savepoint, writeTransaction, type Store } from '../db/store.ts'
import { articleRow, type NewArticle } from '../services/articles.ts'
import type { StoredArticle } from '../db/ports.ts'
import type { FormatTable } from './format.ts'
import { FORMATS } from './formats.ts'
import { prepareFile, type Prepared } from './prepare-file.ts'
import type { ImportEntry } from './read-paths.ts'
import { ImportRejection } from './rejection.ts'

export interface ImportProgress {
  total: number
  /** files read and checked so far */
  done: number
}

export interface ImportOptions {
  signal?: AbortSignal
  /** after each file is read and checked */
  onProgress?: (p: ImportProgress) => void
  /** each batch's results, in file order, once its transaction has committed */
  onCommitted?: (results: ImportResult[]) => void
  formats?: FormatTable
  /** a batch commits after this many files, */
  batchFiles?: number
  /** or this much text, */
  batchChars?: number
  /** or this long since the last commit (so progress shows up). */
  batchMs?: number
}

export interface ImportOutcome {
  results: ImportResult[]
  cancelled: boolean
}

type Pending = { name: string; prepared: Prepared } | { name: string; rejected: string }

/** Failures of the database itself: they stop the whole import instead of rejecting one file. */
const FATAL = /^SQLITE_(FULL|READONLY|IOERR|CORRUPT|NOTADB|BUSY|LOCKED|CANTOPEN|NOMEM)/

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err))

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/** A file of a self-storing format (its article with its claims, say), in its own savepoint: stored whole or not at all. */
async function storeFile(tx: Store, name: string, p: Extract<Prepared, { kind: 'store' }>): Promise<ImportResult> {
  const r = await savepoint(tx, () => p.format.store(tx, p.prepared, name))
  return {
    path: name,
    status: r.status,
    ...(r.id !== undefined ? { id: r.id } : {}),
    ...(r.title ? { title: r.title } : {}),
    ...(r.warnings?.length ? { warnings: r.warnings } : {})
  }
}

function articleResult(name: string, article: NewArticle, stored: Exclude<StoredArticle, { error: unknown }>): ImportResult {
  if (stored.status === 'duplicate') return { path: name, status: 'duplicate', id: stored.id, title: stored.title }
  const warnings = article.warnings ?? []
  return { path: name, status: 'imported', id: stored.id, title: article.title, ...(warnings.length ? { warnings } : {}) }
}

/** The plain articles from `from` on, up to the next file of another kind. */
function articleRun(batch: Pending[], from: number): { name: string; article: NewArticle }[] {
  const run: { name: string; article: NewArticle }[] = []
  for (const item of batch.slice(from)) {
    if ('rejected' in item || item.prepared.kind !== 'article') break
    run.push({ name: item.name, article: item.prepared.article })
  }
  return run
}

/**
 * Stores one batch in one transaction. A plain article is one INSERT (its FTS rows come with it by trigger): atomic on
 * its own, so a run of them goes to the ArticleStore port in one call. Formats that store several rows get a savepoint
 * each. Not one per article: FTS5 flushes its pending index at every savepoint, which made a bulk import write one
 * tiny index segment per file.
 */
function commitBatch(store: Store, batch: Pending[]): Promise<ImportResult[]> {
  return writeTransaction(store, async (tx) => {
    const results: ImportResult[] = []
    const failed = (name: string, err: unknown): void => {
      if (FATAL.test(String((err as { code?: string }).code ?? ''))) throw err
      results.push({ path: name, status: 'rejected', error: `${name}: could not be stored (${messageOf(err)}).` })
    }
    for (let i = 0; i < batch.length;) {
      const item = batch[i]!
      if ('rejected' in item) {
        results.push({ path: item.name, status: 'rejected', error: item.rejected })
        i++
      } else if (item.prepared.kind === 'store') {
        try {
          results.push(await storeFile(tx, item.name, item.prepared))
        } catch (err) {
          failed(item.name, err)
        }
        i++
      } else {
        const run = articleRun(batch, i)
        const stored = await tx.ports.articles.storeAll(
          tx.db,
          run.map((r) => articleRow(r.article))
        )
        stored.forEach((s, k) =>
          'error' in s ? failed(run[k]!.name, s.error) : results.push(articleResult(run[k]!.name, run[k]!.article, s))
        )
        i += stored.length
      }
    }
    return results
  })
}

/**
 * Imports files one after another: each is read and parsed outside any
 * transaction, then stored in batches, one transaction per batch. A bad file is
 * rejected with its reason and the rest go on; cancelling (the signal) stops
 * before the next file and keeps what was already read. A failure of the database
 * itself (disk full, read-only file) stops the import with that error; batches
 * committed before it stay.
 */
export async function importEntries(store: Store, entries: ImportEntry[], opts: ImportOptions = {}): Promise<ImportOutcome> {
  const formats = opts.formats ?? FORMATS
  // Few, large batches: the import's CPU time is the raw inserts' (bench: import_cpu_ratio ≈ 1), its extra wall time is
  // waiting on each commit's fsync and WAL checkpoint, which a loaded disk makes long; a commit a second still shows progress.
  const batchFiles = opts.batchFiles ?? 1000
  const batchChars = opts.batchChars ?? 32 * 1024 * 1024
  const batchMs = opts.batchMs ?? 1000
  const results: ImportResult[] = []
  let pending: Pending[] = []
  let pendingChars = 0
  let lastCommit = Date.now()
  let lastYield = Date.now()
  let cancelled = false

  const flush = async (): Promise<void> => {
    if (pending.length) {
      const committed = await commitBatch(store, pending)
      results.push(...committed)
      opts.onCommitted?.(committed)
    }
    pending = []
    pendingChars = 0
    lastCommit = Date.now()
  }

  for (const [i, entry] of entries.entries()) {
    if (opts.signal?.aborted) {
      cancelled = true
      break
    }
    if ('rejected' in entry) pending.push(entry)
    else {
      try {
        const prepared = await prepareFile(entry.name, await entry.load(), formats)
        pending.push({ name: entry.name, prepared })
        if (prepared.kind === 'article') pendingChars += prepared.article.body.length
      } catch (err) {
        pending.push({ name: entry.name, rejected: err instanceof ImportRejection ? err.message : `${entry.name}: ${messageOf(err)}` })
      }
    }
    opts.onProgress?.({ total: entries.length, done: i + 1 })
    if (pending.length >= batchFiles || pendingChars >= batchChars || Date.now() - lastCommit >= batchMs) await flush()
    if (Date.now() - lastYield > 20) {
      await yieldToEventLoop() // let status and cancel requests in between files
      lastYield = Date.now()
    }
  }
  await flush()
  return { results, cancelled }
}
