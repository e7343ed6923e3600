import { useCallback, useEffect, useRef, useState } from 'react'
import type { ArticleSummary, LibraryView } from '../../../src-main/contract/index.ts'
import { invoke } from '../../api/client.ts'
import { useChanges } from '../../api/changes.ts'
import { keepNearest, locateRow, rowsReadFromStart, type Pages } from '../../api/page-cache.ts'
import { applyTally } from './tally.ts'
import { LIBRARY_PAGE } from '../../api/library-first-page.ts'

/** Pages kept: a few screens around the view, never the library. */
const KEEP = 12

interface Snapshot {
  key: string
  pages: Pages<ArticleSummary>
  /** the view's rows; null until counted */
  total: number | null
}

export interface LibraryWindow {
  /** rows the view holds (before the count: those read from the start) */
  count: number
  total: number | null
  rowAt: (i: number) => ArticleSummary | undefined
  /** the row index of an article among the rows read, -1 if not among them */
  indexOf: (id: number) => number
  article: (id: number) => ArticleSummary | undefined
  /** the rows on screen are not yet the current view's */
  busy: boolean
  error: Error | undefined
  /** the rows on screen: read what is missing around them */
  setRange: (first: number, last: number) => void
  /** the row at index i, read if need be */
  rowAtLoaded: (i: number) => Promise<ArticleSummary | undefined>
  /** the ids of rows a…b (either order), in view order */
  idsBetween: (a: number, b: number) => Promise<number[]>
  /** an article's row index in the view (read from the core when not among the rows read), null if the view lacks it */
  position: (id: number) => Promise<number | null>
  reload: () => Promise<void>
  /** a new value whenever the rows read change */
  version: Snapshot
}

/** Does a view's order or membership depend on the claim counts (then a retag reads its pages again)? */
const countsMatter = (v: LibraryView) => v.sort?.column === 'claims' || (v.claims !== undefined && v.claims !== 'all')

/**
 * A library view read from the core a window at a time (articles.page): the pane holds the pages around what is on
 * screen, at most KEEP of them. A new view (a search, a filter, a sort) reads its first page with its count; the rows
 * on screen stay until the new ones come. `first`: the default view's first page read already (App's), used once.
 * A change to the library reads the pages on screen again; a retag's tally patches the rows read (unless the view
 * sorts or filters by claims).
 */
export function useLibraryWindow(view: LibraryView, first?: { key: string; rows: ArticleSummary[]; total: number | null }): LibraryWindow {
  const key = JSON.stringify(view)
  const [snap, setSnap] = useState<Snapshot>(() =>
    first?.key === key ? { key, pages: new Map([[0, first.rows]]), total: first.total } : { key: '', pages: new Map(), total: null }
  )
  const [error, setError] = useState<Error>()
  const latest = useRef({ key, snap })
  latest.current = { key, snap }
  const range = useRef({ first: 0, last: 30 })
  const inFlight = useRef(new Map<string, Promise<void>>())

  /** Reads pages of view `k` (each once at a time); `fresh`: they start its snapshot (a new view), else they join it. */
  const readPages = useCallback(async (k: string, pages: number[], fresh: boolean): Promise<void> => {
    const v = JSON.parse(k) as LibraryView
    const waits: Promise<void>[] = []
    for (const p of pages) {
      const id = `${k}:${p}`
      const running = inFlight.current.get(id)
      if (running && !fresh) {
        waits.push(running)
        continue
      }
      const read = invoke('articles.page', { view: v, offset: p * LIBRARY_PAGE, limit: LIBRARY_PAGE, count: fresh && p === pages[0] })
        .then((page) => {
          if (latest.current.key !== k) return // the view changed meanwhile
          setSnap((s) => {
            if (s.key !== k && !fresh) return s
            const next = new Map(s.key === k ? s.pages : [])
            next.set(p, page.rows)
            const total = page.total ?? (s.key === k ? s.total : null)
            return { key: k, pages: keepNearest(next, Math.floor(range.current.first / LIBRARY_PAGE), KEEP), total }
          })
          setError(undefined)
        })
        .catch((err: Error) => setError(err))
        .finally(() => inFlight.current.delete(id))
      inFlight.current.set(id, read)
      waits.push(read)
    }
    await Promise.all(waits)
  }, [])

  /** the pages holding rows first…last, and one either side */
  const pagesFor = (firstRow: number, lastRow: number, rows: number): number[] => {
    const from = Math.max(0, Math.floor(firstRow / LIBRARY_PAGE) - 1)
    const to = Math.min(Math.floor(lastRow / LIBRARY_PAGE) + 1, Math.max(0, Math.ceil(rows / LIBRARY_PAGE) - 1))
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)
  }

  // a new view: its first page (the rows shown change once it comes) and its count
  useEffect(() => {
    if (latest.current.snap.key === key) return // App's first page
    void readPages(key, [0], true)
  }, [key, readPages])

  const setRange = useCallback(
    (firstRow: number, lastRow: number) => {
      range.current = { first: firstRow, last: lastRow }
      const s = latest.current.snap
      if (s.key !== key || s.total === null) return
      const missing = pagesFor(firstRow, lastRow, s.total).filter((p) => !s.pages.has(p))
      if (missing.length) void readPages(key, missing, false)
    },
    [key, readPages]
  )
  useEffect(() => setRange(range.current.first, range.current.last), [snap.total, setRange])

  const reload = useCallback(async () => {
    const s = latest.current.snap
    if (s.key !== key) return readPages(key, [0], true)
    const { first: f, last: l } = range.current
    const keep = pagesFor(f, l, Infinity)
    inFlight.current.clear()
    // the count and the pages on screen again, in place (the rows stay until they come); the others are dropped
    setSnap((x) => (x.key === key ? { ...x, pages: new Map([...x.pages].filter(([p]) => keep.includes(p))) } : x))
    const [head, ...rest] = keep
    await Promise.all([
      invoke('articles.page', { view, offset: (head ?? 0) * LIBRARY_PAGE, limit: LIBRARY_PAGE, count: true }).then(
        (page) => setSnap((x) => (x.key === key ? { ...x, total: page.total, pages: new Map(x.pages).set(head ?? 0, page.rows) } : x)),
        (err: Error) => setError(err)
      ),
      readPages(key, rest, false)
    ])
  }, [key, view, readPages])

  useChanges((c) => {
    if (c.library || c.everything || (c.structure && !c.tally) || (c.tally?.length && countsMatter(view))) return reload()
    if (c.tally?.length) {
      const tally = c.tally
      setSnap((s) => ({ ...s, pages: new Map([...s.pages].map(([p, rows]) => [p, applyTally(rows as ArticleSummary[], tally)])) }))
    }
  })

  const rowAt = useCallback((i: number) => snap.pages.get(Math.floor(i / LIBRARY_PAGE))?.[i % LIBRARY_PAGE], [snap.pages])
  const indexOf = useCallback((id: number) => locateRow(snap.pages, LIBRARY_PAGE, id)?.index ?? -1, [snap.pages])
  const article = useCallback((id: number) => locateRow(snap.pages, LIBRARY_PAGE, id)?.row, [snap.pages])

  const rowAtLoaded = useCallback(
    async (i: number) => {
      const p = Math.floor(i / LIBRARY_PAGE)
      if (!latest.current.snap.pages.has(p)) await readPages(key, [p], false)
      return latest.current.snap.pages.get(p)?.[i % LIBRARY_PAGE]
    },
    [key, readPages]
  )

  const idsBetween = useCallback(
    async (a: number, b: number) => {
      const [from, to] = a <= b ? [a, b] : [b, a]
      const s = latest.current.snap
      const ids: number[] = []
      for (let i = from; i <= to; i++) {
        const row = s.pages.get(Math.floor(i / LIBRARY_PAGE))?.[i % LIBRARY_PAGE]
        if (!row) return invoke('articles.ids', { view, offset: from, limit: Math.min(100_000, to - from + 1) })
        ids.push(row.id)
      }
      return ids
    },
    [view]
  )

  const position = useCallback(
    async (id: number) => {
      const known = locateRow(latest.current.snap.pages, LIBRARY_PAGE, id)
      if (known) return known.index
      return (await invoke('articles.position', { view, id })).index
    },
    [view]
  )

  const current = snap.key === key
  const count = snap.total ?? rowsReadFromStart(snap.pages)
  return {
    count,
    total: snap.total,
    rowAt,
    indexOf,
    article,
    busy: !current,
    error,
    setRange,
    rowAtLoaded,
    idsBetween,
    position,
    reload,
    version: snap
  }
}
