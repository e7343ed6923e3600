/**
 * Which claim columns fit a pane of a given width. Columns are taken in order of use (the quote and its tag
 * first, the timestamps last) while their least widths add up to no more than the pane; the rest collapse
 * into the selected claim's details pane. `keep` columns always stay.
 */
export const COLUMN_PRIORITY = [
  'articleTitle',
  'quote',
  'confidence',
  'attributedTo',
  'codes',
  'note',
  'sourceReliability',
  'claimCredibility',
  'createdAt',
  'updatedAt'
]

const KEEP = new Set(['articleTitle', 'quote', 'confidence'])

export function fitColumns(columns: { id: string; size: number }[], width: number): Record<string, boolean> {
  const visible: Record<string, boolean> = {}
  if (width <= 0) return visible // not measured yet: every column
  const rank = (id: string) => (COLUMN_PRIORITY.includes(id) ? COLUMN_PRIORITY.indexOf(id) : COLUMN_PRIORITY.length)
  let used = 0
  let full = false
  for (const c of [...columns].sort((a, b) => rank(a.id) - rank(b.id))) {
    const fits = !full && used + c.size <= width
    if (KEEP.has(c.id) || fits) used += c.size
    else full = true // keep the order of use: a later, narrower column does not jump ahead of a wider one
    visible[c.id] = KEEP.has(c.id) || fits
  }
  return visible
}

/** The ids of the columns a visibility map hides. */
export const hiddenColumns = (visible: Record<string, boolean>): string[] => Object.keys(visible).filter((id) => !visible[id])
