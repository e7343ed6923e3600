import type { KeyboardEvent } from 'react'
import type { ClaimPair, ComparedClaim } from '../../../src-main/contract/index.ts'
import { TAG_LABEL, tagClass } from '../reader/Highlights.tsx'

interface Props {
  /** the pairs shown, each with its index in the full comparison */
  rows: { pair: ClaimPair; index: number }[]
  selected: number | null
  onSelect: (index: number) => void
  loading: boolean
}

const RELATION_CLASS: Record<ClaimPair['relation'], string> = {
  agrees: 'agrees',
  conflicts: 'conflicts',
  'only left': 'only',
  'only right': 'only'
}

function Claim({ claim }: { claim: ComparedClaim | null }) {
  if (!claim) return <span className="no-claim">—</span>
  return (
    <span className="pair-claim">
      <span className={`tag-chip tag-${tagClass(claim.confidence)}`} title={claim.confidence ?? 'untagged'}>
        {TAG_LABEL[claim.confidence ?? ''] ?? '·'}
      </span>
      <span className="pair-quote">{claim.quote}</span>
      {claim.suggested ? <span className="suggested-note"> (suggested)</span> : null}
    </span>
  )
}

/**
 * The aligned claim pairs: relation and conflicts as coloured badges with their words; arrow keys move, a click or Enter shows both spans.
 */
export function ComparisonTable({ rows, selected, onSelect, loading }: Props) {
  const at = rows.findIndex((r) => r.index === selected)
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowDown' || e.key === 'j' ? 1 : e.key === 'ArrowUp' || e.key === 'k' ? -1 : 0
    if (!step || rows.length === 0) return
    e.preventDefault()
    const next = rows[Math.min(rows.length - 1, Math.max(0, at + step))]!
    onSelect(next.index)
    document.getElementById(`pair-row-${next.index}`)?.scrollIntoView({ block: 'nearest' })
  }
  return (
    <table className="grid comparison-grid" role="grid" aria-label="Comparison" aria-busy={loading} tabIndex={0} onKeyDown={onKeyDown}>
      <thead>
        <tr>
          <th scope="col" className="col-relation">
            Relation
          </th>
          <th scope="col" className="col-conflicts">
            Conflicts
          </th>
          <th scope="col" className="col-claim">
            Left claim
          </th>
          <th scope="col" className="col-claim">
            Right claim
          </th>
          <th scope="col" className="col-similarity">
            Similarity
          </th>
          <th scope="col" className="col-names">
            Shared names
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ pair, index }) => (
          <tr key={index} id={`pair-row-${index}`} aria-selected={index === selected} onClick={() => onSelect(index)}>
            <td className="col-relation">
              <span className={`relation relation-${RELATION_CLASS[pair.relation]}`}>{pair.relation}</span>
            </td>
            <td className="col-conflicts">
              {pair.conflicts.map((c, k) => (
                <span key={k} className="conflict">
                  <span className={`conflict-badge kind-${c.kind}`}>{c.kind}</span>
                  <span className="conflict-detail">
                    {c.left} ≠ {c.right}
                  </span>
                </span>
              ))}
            </td>
            <td>
              <Claim claim={pair.left} />
            </td>
            <td>
              <Claim claim={pair.right} />
            </td>
            <td className="col-similarity">{pair.similarity === null ? '' : pair.similarity.toFixed(2)}</td>
            <td className="col-names">{pair.sharedEntities.join(', ')}</td>
          </tr>
        ))}
        {rows.length === 0 && !loading ? (
          <tr>
            <td colSpan={6} className="empty">
              No pairs to show.
            </td>
          </tr>
        ) : null}
      </tbody>
    </table>
  )
}
