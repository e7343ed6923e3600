import type { ClaimRow } from '../../../src-main/contract/index.ts'

/** Claims whose quote no longer matches the text: listed, never drawn in the wrong place. */
export function OrphanedClaims({ claims, onSelect }: { claims: ClaimRow[]; onSelect: (id: number) => void }) {
  if (claims.length === 0) return null
  return (
    <aside className="orphaned" aria-label="Orphaned claims">
      <strong>
        {claims.length} claim{claims.length === 1 ? '' : 's'} no longer match{claims.length === 1 ? 'es' : ''} this text
      </strong>
      <ul>
        {claims.map((c) => (
          <li key={c.id}>
            <button type="button" className="link-button" onClick={() => onSelect(c.id)}>
              “{c.quote}”
            </button>
          </li>
        ))}
      </ul>
    </aside>
  )
}
