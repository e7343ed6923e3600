import { z } from 'zod'
import { confidence, isoDate } from '../../contract/common.ts'
import { credibility, reliability } from '../../contract/claims.ts'
import { ANNO_CONTEXT, AWB_NAMESPACE } from './vocabulary.ts'

/** One value or several (JSON-LD lets a single item stand without its array). */
const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[])

const hasType = (name: string) => (t: string | string[]) => (Array.isArray(t) ? t.includes(name) : t === name)

/** ISO 8601 date-time with a zone, as the model's created/modified require. */
const dateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/, 'expected an ISO date-time like 2025-06-01T09:30:00.000Z')

const context = z
  .union([z.string(), z.array(z.unknown())])
  .refine((c) => (Array.isArray(c) ? c.includes(ANNO_CONTEXT) : c === ANNO_CONTEXT), {
    message: `the @context must include ${ANNO_CONTEXT}`
  })

export const textQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional()
})

export const textPositionSelector = z
  .object({ type: z.literal('TextPositionSelector'), start: z.number().int().nonnegative(), end: z.number().int().positive() })
  .refine((s) => s.end > s.start, 'end must be after start')

/** A body item: any object with a purpose we know is read by the schema for that purpose. */
const bodyItem = z.union([z.string(), z.record(z.string(), z.unknown())])

export const textualBody = z.object({ value: z.string() }).loose()
export const tagBody = z.object({ value: confidence }).loose()
export const gradeBody = z
  .object({ 'awb:sourceReliability': reliability.optional(), 'awb:claimCredibility': credibility.optional() })
  .loose()
  .refine(
    (b) => b['awb:sourceReliability'] !== undefined || b['awb:claimCredibility'] !== undefined,
    'a grading body needs awb:sourceReliability or awb:claimCredibility'
  )

export const codeBody = z
  .object({
    value: z.string(),
    'awb:code': z.string().regex(/^urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/),
    'awb:codePath': z.array(z.string().min(1)).min(1)
  })
  .loose()
export const annotation = z
  .object({
    id: z.string().min(1),
    type: z.union([z.string(), z.array(z.string())]).refine(hasType('Annotation'), 'type must be Annotation'),
    created: dateTime.optional(),
    modified: dateTime.optional(),
    body: oneOrMany(bodyItem).optional(),
    target: z
      .object({
        source: z.string().min(1),
        selector: oneOrMany(z.object({ type: z.string() }).loose())
      })
      .loose()
  })
  .loose()
export type AnnotationIn = z.infer<typeof annotation>

export const articleNode = z
  .object({
    id: z.string().min(1),
    'awb:title': z.string().min(1),
    'awb:text': z.string().min(1),
    'awb:publisher': z.string().optional(),
    'awb:url': z.string().optional(),
    'awb:published': isoDate.optional(),
    'awb:originalFormat': z.string().optional()
  })
  .loose()
export type ArticleIn = z.infer<typeof articleNode>

export const collection = z
  .object({
    '@context': context.refine(
      (c) => Array.isArray(c) && c.some((e) => typeof e === 'object' && e !== null && (e as Record<string, unknown>).awb === AWB_NAMESPACE),
      { message: `the @context must define "awb" as ${AWB_NAMESPACE} (the Analyst Workbench vocabulary)` }
    ),
    type: z.union([z.string(), z.array(z.string())]).refine(hasType('AnnotationCollection'), 'type must be AnnotationCollection'),
    first: z.object({ items: z.array(annotation) }).loose(),
    'awb:articles': z.array(articleNode)
  })
  .loose()
