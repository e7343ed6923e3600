import type { ArticleSummary } from '../../../src-main/contract/index.ts'

const PARTS = [
  ['evidence', 'evidence'],
  ['assess', 'assess'],
  ['do not yet know', 'unknown'],
  ['untagged', 'untagged']
] as const

/** "2 evidence, 1 assess, 0 do not yet know, 1 untagged" */
export const tagLabel = (counts: ArticleSummary['tagCounts']): string => PARTS.map(([tag]) => `${counts[tag]} ${tag}`).join(', ')

/** A small stacked bar of an article's claims by confidence tag; the counts show on hover and are its accessible name. */
export function TagBar({ counts, total }: { counts: ArticleSummary['tagCounts']; total: number }) {
  if (total === 0) return <span className="tag-bar tag-bar-empty" role="img" aria-label="no claims" title="no claims" />
  const label = tagLabel(counts)
  return (
    <span className="tag-bar" role="img" aria-label={label} title={label}>
      {PARTS.map(([tag, cls]) =>
        counts[tag] > 0 ? <span key={tag} className={`tag-bar-part tag-${cls}`} style={{ flexGrow: counts[tag] }} /> : null
      )}
    </span>
  )
}
