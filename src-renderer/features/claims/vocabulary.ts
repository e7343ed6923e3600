// Plain copies of the contract's enums for the UI (importing the contract's values would bundle zod).
import type { ClaimFields } from '../../../src-main/contract/index.ts'

export const confidences = ['evidence', 'assess', 'do not yet know'] as const satisfies readonly NonNullable<ClaimFields['confidence']>[]
export const reliabilityGrades = ['A', 'B', 'C', 'D', 'E', 'F'] as const satisfies readonly NonNullable<ClaimFields['sourceReliability']>[]
export type ConfidenceFilter = (typeof confidences)[number] | 'none'
