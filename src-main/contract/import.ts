import { z } from 'zod'
import { call } from './call.ts'
import { id } from './common.ts'

/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024

/** The message for a file over MAX_IMPORT_BYTES (shared so the browser can refuse an upload it will not send). */
export const tooLargeMessage = (name: string, bytes: number): string =>
  `${name}: too large to import (${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`

/** Extensions the importer reads (lower case, with the dot). */
export const importExtensions = ['.txt', '.md', '.markdown', '.html', '.htm', '.pdf', '.docx', '.jsonld', '.qdpx'] as const

/**
 * A browser-mode upload: the file's name (a relative path for a folder upload) and
 * its bytes in base64. A file the browser knows will be refused (an extension not
 * in importExtensions, or over MAX_IMPORT_BYTES) comes with its size but without
 * its bytes; the core reports it as rejected, with the same message as a file on disk.
 */
export const uploadedFile = z
  .object({
    name: z.string().min(1).max(1000),
    dataBase64: z
      .string()
      .max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4)
      .optional(),
    size: z.number().int().nonnegative().optional()
  })
  .strict()
export type UploadedFile = z.infer<typeof uploadedFile>

export const importStartInput = z.union([
  /** desktop and CLI: files or folders on this machine (folders are read recursively) */
  z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(100_000) }).strict(),
  /** browser mode: the bytes themselves */
  z.object({ files: z.array(uploadedFile).min(1).max(5000) }).strict()
])

export const importStatuses = ['imported', 'duplicate', 'rejected'] as const

/** What happened to one file. A duplicate carries the id and title of the article already stored. */
export const importResult = z.object({
  path: z.string(),
  status: z.enum(importStatuses),
  id: id.optional(),
  title: z.string().optional(),
  warnings: z.array(z.string()).optional(),
  error: z.string().optional()
})
export type ImportResult = z.infer<typeof importResult>

export const jobId = z.string().regex(/^[a-z0-9-]{8,64}$/, 'not an import job id')

export const importStatus = z.object({
  jobId,
  /** files found so far (grows while folders are read) */
  total: z.number().int().nonnegative(),
  /** files read and checked (stored or not) */
  done: z.number().int().nonnegative(),
  imported: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  /** final results, in the order files were committed, starting at `resultsFrom` */
  results: z.array(importResult),
  resultsFrom: z.number().int().nonnegative(),
  finished: z.boolean(),
  cancelled: z.boolean(),
  /** a failure that stopped the whole job (e.g. the disk is full); files already committed stay */
  error: z.string().nullable()
})
export type ImportStatus = z.infer<typeof importStatus>

export const startImport = call('import.start', importStartInput, z.object({ jobId }))

export const getImportStatus = call(
  'import.status',
  z
    .object({
      jobId,
      /** only the results from this index on (poll without resending what you have) */
      resultsFrom: z.number().int().nonnegative().optional(),
      /** wait up to this long for something to change before answering (long poll) */
      waitMs: z.number().int().min(0).max(10_000).optional()
    })
    .strict(),
  importStatus
)

export const cancelImport = call('import.cancel', z.object({ jobId }).strict(), z.object({ cancelled: z.boolean() }))
