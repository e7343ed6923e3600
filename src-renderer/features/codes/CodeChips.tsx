import type { CodeRow } from '../../../src-main/contract/codes.ts'

/** A claim's codes as small labels, each with its colour (and its path as a tooltip); × buttons when `onRemove` is given. */
export function CodeChips({
  ids,
  codebook,
  onRemove
}: {
  ids: readonly number[] | undefined
  codebook: readonly CodeRow[]
  onRemove?: (id: number) => void
}) {
  if (!ids || ids.length === 0) return null
  const byId = new Map(codebook.map((c) => [c.id, c]))
  return (
    <span className="code-chips">
      {ids.map((id) => {
        const c = byId.get(id)
        if (!c) return null
        return (
          <span key={id} className="code-chip" title={c.path.join(' / ')} style={c.color ? { borderColor: c.color } : undefined}>
            <span className="code-dot" style={c.color ? { background: c.color } : undefined} aria-hidden="true" />
            <span className="code-chip-name">{c.name}</span>
            {onRemove ? (
              <button
                type="button"
                className="code-chip-remove"
                aria-label={`Remove code ${c.path.join(' / ')}`}
                onClick={() => onRemove(id)}
              >
                ×
              </button>
            ) : null}
          </span>
        )
      })}
    </span>
  )
}
