import { z } from 'zod'
import { call } from './call.ts'
import { id } from './common.ts'
import { claimQuery } from './claims.ts'
import { claimView } from './claim-page.ts'

/** csv: spreadsheets; jsonld: W3C Web Annotations; qdpx: a REFI-QDA project for ATLAS.ti, MAXQDA, NVivo, QualCoder (docs/qdpx.md). */
export const exportFormats = ['csv', 'jsonld', 'qdpx'] as const
export const exportFormat = z.enum(exportFormats)
export type ExportFormat = z.infer<typeof exportFormat>

/** Enough ids for any corpus the app handles; sent once per export. */
export const MAX_EXPORT_IDS = 1_000_000

/**
 * Which claims to export, in which order:
 * - `{ ids }`: exactly these claims, in this order (the rows the claims table shows, as it shows them);
 *   ids of claims deleted since are skipped.
 * - `{ query }`: the rows of a claim query (filters and sort as in `claims.list`);
 *   `{ query: { articleId } }` is one article, `{ query: {} }` the whole corpus.
 * - `{ view }`: the rows of a claim view (contract/claim-page.ts) in its order: All claims as filtered, sorted and
 *   grouped, without the renderer holding its rows.
 */
export const exportSelection = z.union([
  z
    .object({ ids: z.array(id).max(MAX_EXPORT_IDS) })
    .strict()
    .refine((s) => new Set(s.ids).size === s.ids.length, 'ids must not repeat a claim'),
  z.object({ query: claimQuery }).strict(),
  z.object({ view: claimView }).strict()
])
export type ExportSelection = z.infer<typeof exportSelection>

export const exportId = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'not an export id')

export const exportStates = ['ready', 'running', 'done', 'failed', 'cancelled', 'expired'] as const

export const exportStatus = z.object({
  exportId,
  /** ready: waiting to be downloaded or saved; running: rows are being written; then done, failed or cancelled. */
  state: z.enum(exportStates),
  /** Rows the selection held when the export started (the total for a progress bar). */
  rows: z.number().int().nonnegative(),
  /** Rows written so far. */
  written: z.number().int().nonnegative(),
  error: z.string().optional()
})
export type ExportStatus = z.infer<typeof exportStatus>

export const exportStartInput = z
  .object({
    format: exportFormat,
    selection: exportSelection,
    /** CSV only: start with a UTF-8 byte order mark so Excel reads UTF-8 (default true). */
    bom: z.boolean().optional(),
    /** Team mode: this analyst's own claims (default) or the team's adjudicated layer. */
    layer: z.enum(['mine', 'adjudicated']).optional(),
    /** What the selection holds, for the suggested file name: an article's title, "all articles". */
    label: z.string().max(500).optional()
  })
  .strict()
export type ExportStartInput = z.infer<typeof exportStartInput>

/**
 * Prepares an export. The file itself is then streamed: in browser mode by
 * GET `downloadPath(exportId)` (with the token), on the desktop by the shell's save
 * dialog. Progress and cancel through `export.status` / `export.cancel`.
 */
export const startExport = call(
  'export.start',
  exportStartInput,
  exportStatus.extend({
    /** A suggested file name, e.g. claims-2025-06-01.csv. */
    fileName: z.string(),
    contentType: z.string()
  })
)

export const getExportStatus = call('export.status', z.object({ exportId }).strict(), exportStatus)

/** Stops a running export (the partial file is removed, a download fails) or drops a prepared one. */
export const cancelExport = call('export.cancel', z.object({ exportId }).strict(), exportStatus)

/** Where browser mode downloads a prepared export (append `?token=` + the session token). */
export const downloadPath = (exportIdValue: string): string => `/download/${encodeURIComponent(exportIdValue)}`

export const saveExportResult = z.union([
  z.object({ saved: z.literal(false) }),
  z.object({ saved: z.literal(true), path: z.string(), rows: z.number().int().nonnegative() })
])
export type SaveExportResult = z.infer<typeof saveExportResult>

/**
 * Desktop: asks where to save a prepared export (the shell's native Save dialog)
 * and writes it there. Where the app has no dialog (browser mode, CLI) it is
 * refused: download `downloadPath(exportId)` instead.
 */
export const saveExport = call('export.save', z.object({ exportId }).strict(), saveExportResult)
