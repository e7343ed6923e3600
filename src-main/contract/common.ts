import { z } from 'zod'

/** Row ids are positive integers (SQLite rowids). */
export const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)

export const confidences = ['evidence', 'assess', 'do not yet know'] as const
export const confidence = z.enum(confidences)
export type Confidence = z.infer<typeof confidence>

/** ISO date (YYYY-MM-DD) or full ISO timestamp. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}([T ][\d:.]+Z?)?$/, 'expected an ISO date like 2024-10-23')

export const emptyInput = z.object({}).strict()

/** A name on one line (a code, an analyst): trimmed, 1–200 characters, no line breaks or control characters. */
export const singleLineName = (missing: string) =>
  z
    .string()
    .trim()
    .min(1, missing)
    .max(200)
    .regex(/^[^\u0000-\u001f\u007f]+$/, 'a name cannot hold line breaks or control characters')
