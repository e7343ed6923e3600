import { useState } from 'react'
import { createColumnHelper } from '@tanstack/react-table'
import type { ClaimRow } from '../../../src-main/contract/claims.ts'
import { codebookSnapshot, useCodebook } from './codebook-store.ts'
import { codeLabel, type CodedClaim } from './coded-claims.ts'
import { CodeChips } from './CodeChips.tsx'
import { CodePicker } from './CodePicker.tsx'

function CodesCell({ claim }: { claim: CodedClaim }) {
  const codebook = useCodebook()
  const [picking, setPicking] = useState(false)
  if (claim.id < 0 || (claim as { suggested?: boolean }).suggested) return null
  return (
    <span className="codes-cell">
      <button
        type="button"
        tabIndex={-1}
        className="codes-add"
        aria-label="Codes"
        title="Give or take topic codes (t)"
        onClick={() => setPicking(true)}
      >
        +
      </button>
      <CodeChips ids={claim.codes} codebook={codebook} />
      {picking ? <CodePicker claim={claim} onClose={() => setPicking(false)} /> : null}
    </span>
  )
}

const col = createColumnHelper<ClaimRow>()

/** The claims grid's Codes column: the claim's codes (sorted and grouped by their names), + to change them. */
export const codeColumn = () =>
  col.accessor((r) => codeLabel((r as CodedClaim).codes, codebookSnapshot()), {
    id: 'codes',
    header: 'Codes',
    size: 120,
    cell: (c) => <CodesCell claim={c.row.original as CodedClaim} />
  })
