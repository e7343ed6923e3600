import { useState } from 'react'
import type { ClaimRow } from '../../../src-main/contract/claims.ts'
import { useCommands } from '../../ui/use-commands.ts'
import { useToast } from '../../ui/toasts.tsx'
import { setClaimCode, useCodesByClaim } from './claim-codes-store.ts'
import { useCodebook } from './codebook-store.ts'
import { CodeChips } from './CodeChips.tsx'
import { CodePicker } from './CodePicker.tsx'
import './codes.css'

/** The selected claim's topic codes in the details pane: remove one with ×, add with the button or t. */
export function ClaimCodes({ claim }: { claim: ClaimRow }) {
  const toast = useToast()
  const codebook = useCodebook()
  const codes = useCodesByClaim().get(claim.id)
  const [picking, setPicking] = useState(false)
  const suggested = (claim as { suggested?: boolean }).suggested === true
  const saved = claim.id > 0 && !suggested
  // t on a claim still being saved (just made from the text) opens its codes once the core has stored it
  useCommands((command) => {
    if (command !== 'code-claim' || suggested) return false
    setPicking(true)
    return true
  })
  if (!saved) return null
  const remove = (id: number) =>
    setClaimCode([claim.id], id, false).catch((err: Error) =>
      toast({ kind: 'error', message: `Could not remove the code: ${err.message} (change undone)` })
    )
  return (
    <div className="claim-codes" role="group" aria-label="Codes of the selected claim">
      <CodeChips ids={codes} codebook={codebook} onRemove={(id) => void remove(id)} />
      <button type="button" className="link-button" onClick={() => setPicking(true)} title="Give or take topic codes (t)">
        {codes?.length ? 'Codes…' : 'Add a code…'}
      </button>
      {picking ? <CodePicker claim={claim} onClose={() => setPicking(false)} /> : null}
    </div>
  )
}
