import type { ClaimRow } from '../../../src-main/contract/index.ts'
import { ClaimCodes } from '../codes/ClaimCodes.tsx'
import { ClaimHistory } from './ClaimHistory.tsx'

/** The selected claim in full, with its history. */
export function ClaimDetails({ claim }: { claim: ClaimRow }) {
  return (
    <section className="claim-details" aria-label="Selected claim">
      <blockquote className="details-quote">{claim.quote}</blockquote>
      <p className="details-meta">
        {claim.confidence ?? 'untagged'}
        {claim.attributedTo ? ` · ${claim.attributedTo}` : ''}
        {claim.sourceReliability || claim.claimCredibility ? ` · ${claim.sourceReliability ?? '–'}${claim.claimCredibility ?? '–'}` : ''}
      </p>
      <ClaimCodes claim={claim} />
      {claim.id > 0 ? <ClaimHistory claim={claim} /> : null}
    </section>
  )
}
