import type { ClaimFields, ClaimRow } from '../../../src-main/contract/index.ts'
import { ClaimCodes } from '../codes/ClaimCodes.tsx'
import { ClaimHistory } from './ClaimHistory.tsx'
import { CredibilityEditor, ReliabilityEditor, TextEditor } from './editors.tsx'

interface Props {
  claim: ClaimRow
  /** Columns the claims table has no room for: their fields are edited here. */
  hidden?: string[]
  onSave?: (id: number, patch: Partial<ClaimFields>) => void
}

/** The fields of the columns the table collapsed, each with its editor. */
function CollapsedFields({ claim, hidden, onSave }: Required<Props>) {
  const has = (id: string) => hidden.includes(id)
  const save = (patch: Partial<ClaimFields>) => onSave(claim.id, patch)
  if (!['attributedTo', 'note', 'sourceReliability', 'claimCredibility'].some(has)) return null
  return (
    <div className="details-fields" role="group" aria-label="Claim fields">
      {has('attributedTo') ? (
        <label>
          <span>Attributed to</span>
          <TextEditor
            id={claim.id}
            field="attributedTo"
            label="Attributed to"
            list="speaker-suggestions"
            value={claim.attributedTo}
            onSave={(v) => save({ attributedTo: v })}
          />
        </label>
      ) : null}
      {has('note') ? (
        <label>
          <span>Note</span>
          <TextEditor id={claim.id} field="note" label="Note" value={claim.note} onSave={(v) => save({ note: v })} />
        </label>
      ) : null}
      {has('sourceReliability') ? (
        <label>
          <span>Reliability</span>
          <ReliabilityEditor value={claim.sourceReliability} onSave={save} />
        </label>
      ) : null}
      {has('claimCredibility') ? (
        <label>
          <span>Credibility</span>
          <CredibilityEditor value={claim.claimCredibility} onSave={save} />
        </label>
      ) : null}
    </div>
  )
}

/** The selected claim in full, with its history. */
export function ClaimDetails({ claim, hidden = [], onSave }: Props) {
  return (
    <section className="claim-details" aria-label="Selected claim">
      <blockquote className="details-quote">{claim.quote}</blockquote>
      <p className="details-meta">
        {claim.confidence ?? 'untagged'}
        {claim.attributedTo ? ` · ${claim.attributedTo}` : ''}
        {claim.sourceReliability || claim.claimCredibility ? ` · ${claim.sourceReliability ?? '–'}${claim.claimCredibility ?? '–'}` : ''}
      </p>
      {onSave ? <CollapsedFields claim={claim} hidden={hidden} onSave={onSave} /> : null}
      <ClaimCodes claim={claim} />
      {claim.id > 0 ? <ClaimHistory claim={claim} /> : null}
    </section>
  )
}
