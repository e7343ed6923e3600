import { z } from 'zod'
import { call } from './call.ts'
import { confidences, id, singleLineName } from './common.ts'

/** At most this many claims per assign/unassign call (the whole corpus view at once). */
export const MAX_CODED_CLAIMS = 200_000

const isTagName = (name: string): boolean => (confidences as readonly string[]).includes(name.replace(/\s+/g, ' ').toLowerCase())

/**
 * A code's name: 1–200 characters, no control characters, not a confidence tag's
 * name (in a .qdpx file a code named like a tag is read as that tag).
 */
export const codeName = singleLineName('a code needs a name').refine((n) => !isTagName(n), {
  message: 'that is the name of a confidence tag; tags are set with 1, 2 and 3, not as codes'
})

/** #rrggbb; stored lower-case. */
export const codeColor = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #rrggbb')
  .transform((c) => c.toLowerCase())

export const codeDescription = z.string().max(20_000)

/** One code of the codebook. `codes.list` gives them depth-first: each code right after its parent, siblings in their order. */
export const codeRow = z.object({
  id,
  /** REFI-QDA GUID (upper case), kept through .qdpx export and import */
  guid: z.string(),
  parentId: id.nullable(),
  name: z.string(),
  color: z.string().nullable(),
  description: z.string(),
  /** 0 for a top-level code */
  depth: z.number().int().nonnegative(),
  /** the names from the top-level code down to this one */
  path: z.array(z.string()),
  /** how many claims carry this code (not counting its sub-codes) */
  claims: z.number().int().nonnegative()
})
export type CodeRow = z.infer<typeof codeRow>

export const listCodes = call('codes.list', z.object({}).strict(), z.array(codeRow))

export const createCode = call(
  'codes.create',
  z
    .object({
      name: codeName,
      parentId: id.nullable().optional(),
      color: codeColor.nullable().optional(),
      description: codeDescription.optional()
    })
    .strict(),
  codeRow
)

/** Renames, recolours or re-describes a code. */
export const updateCode = call(
  'codes.update',
  z
    .object({ id, name: codeName.optional(), color: codeColor.nullable().optional(), description: codeDescription.optional() })
    .strict()
    .refine((c) => c.name !== undefined || c.color !== undefined || c.description !== undefined, { message: 'nothing to change' }),
  codeRow
)

/** Puts a code (with its sub-codes) under another parent (null: top level), at `position` among its new siblings (default: last). */
export const moveCode = call(
  'codes.move',
  z.object({ id, parentId: id.nullable(), position: z.number().int().nonnegative().optional() }).strict(),
  z.array(codeRow)
)

/**
 * Merges `sourceId` into `targetId`: the source's claims get the target, its
 * sub-codes move under the target (merging with a same-named sub-code there),
 * and the source is deleted.
 */
export const mergeCodes = call(
  'codes.merge',
  z
    .object({ sourceId: id, targetId: id })
    .strict()
    .refine((m) => m.sourceId !== m.targetId, { message: 'a code cannot be merged into itself' }),
  z.object({ target: codeRow, claims: z.number().int().nonnegative() })
)

/** Deletes a code and its sub-codes; the claims keep everything else. */
export const deleteCode = call(
  'codes.delete',
  z.object({ id }).strict(),
  z.object({ codes: z.number().int().positive(), claims: z.number().int().nonnegative() })
)

const coding = z.object({ codeId: id, claimIds: z.array(id).min(1).max(MAX_CODED_CLAIMS) }).strict()

/** Gives these claims the code (those that have it already are left as they are). */
export const assignCode = call('codes.assign', coding, z.object({ changed: z.number().int().nonnegative() }))
export const unassignCode = call('codes.unassign', coding, z.object({ changed: z.number().int().nonnegative() }))

/**
 * Which claims carry which codes, as pairs in two columns (compact for a whole
 * corpus): of one article's claims, or of every claim.
 */
export const codeAssignments = call(
  'codes.assignments',
  z.object({ articleId: id.optional() }).strict(),
  z.object({ claimIds: z.array(id), codeIds: z.array(id) })
)
