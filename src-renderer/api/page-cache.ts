/** Pages of a view read from the core a window at a time (All claims, the library): page number → its rows. */
export type Pages<T> = ReadonlyMap<number, readonly T[]>

/** Before the count comes: the rows read so far from the start (the scrollbar grows when the count comes). */
export function rowsReadFromStart<T>(pages: Pages<T>): number {
  let n = 0
  for (let p = 0; pages.has(p); p++) n += pages.get(p)!.length
  return n
}

/** At most `keep` pages, those nearest `here` (the page on screen) kept. */
export function keepNearest<T>(pages: Map<number, readonly T[]>, here: number, keep: number): Map<number, readonly T[]> {
  if (pages.size <= keep) return pages
  const near = [...pages.keys()].sort((a, b) => Math.abs(a - here) - Math.abs(b - here)).slice(0, keep)
  return new Map(near.map((p) => [p, pages.get(p)!]))
}

/** The pages with one row changed (the same map when no page holds it). */
export function patchPages<T extends { id: number }>(pages: Pages<T>, id: number, change: (r: T) => T): Pages<T> {
  let hit = false
  const next = new Map(
    [...pages].map(([p, rows]) => {
      const at = rows.findIndex((r) => r.id === id)
      if (at < 0) return [p, rows] as const
      hit = true
      return [p, rows.map((r, i) => (i === at ? change(r) : r))] as const
    })
  )
  return hit ? next : pages
}

/** Where a row is among the pages read (`size` rows a page): its row index and the row, or undefined. */
export function locateRow<T extends { id: number }>(pages: Pages<T>, size: number, id: number): { row: T; index: number } | undefined {
  for (const [p, rows] of pages) {
    const at = rows.findIndex((r) => r.id === id)
    if (at >= 0) return { row: rows[at]!, index: p * size + at }
  }
  return undefined
}
