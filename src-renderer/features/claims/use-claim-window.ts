import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ClaimFields, ClaimView } from '../../../src-main/contract/index.ts'
import { invoke } from '../../api/client.ts'
import { publish, tagKey, touchesClaims, useChanges } from '../../api/changes.ts'
import { useToast } from '../../ui/toasts.tsx'
import { keepNearest, patchPages, rowsReadFromStart } from '../../api/page-cache.ts'
import { GroupItem, type GridItem } from './claim-rows.ts'
import type { LocalClaim } from './use-claims.ts'

/** Rows per read; the grid shows about 12, so a read covers the screen and a margin on each side. */
export const PAGE = 100
/** Pages kept: a few screens around the view, never the corpus. */
const KEEP = 12

interface Group {
  group: string
  count: number
}

interface Snapshot {
  /** which view these pages are of */
  key: string
  pages: ReadonlyMap<number, readonly LocalClaim[]>
  /** the view's rows; null until counted (a short first page counts itself) */
  total: number | null
  groups: readonly Group[] | null
}

export interface ClaimWindow {
  /** the grid's items: rows and group headings */
  count: number
  /** rows the view holds (null: being counted) */
  total: number | null
  itemAt: (i: number) => GridItem<LocalClaim> | undefined
  /** the item index of a claim among the rows read, -1 if not among them */
  indexOf: (id: number) => number
  /** a claim among the rows read */
  claim: (id: number) => LocalClaim | undefined
  /** a new value whenever the rows read change */
  version: Snapshot
  /** the rows on screen are not yet those of the current view */
  busy: boolean
  error: Error | undefined
  /** the grid's items on screen: read what is missing around them */
  setRange: (first: number, last: number) => void
  update: (id: number, patch: Partial<ClaimFields>) => Promise<void>
  reload: () => void
}

/** Where each group's heading is among the items: heading g at starts[g], its rows after it. */
function groupStarts(groups: readonly Group[] | null): number[] | null {
  if (!groups) return null
  const starts: number[] = []
  let at = 0
  for (const g of groups) {
    starts.push(at)
    at += g.count + 1
  }
  return starts
}

/** The last g with starts[g] <= i. */
function groupAt(starts: number[], i: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= i) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * Every claim of a view, read from the core a window at a time (claims.page): the renderer holds the pages around
 * what is on screen, at most KEEP of them. A new view (a filter keystroke, a sort) reads its first page and its
 * count; the rows on screen stay until the new ones come (aria-busy meanwhile). Another view's write, an undo or a
 * sync reads the pages on screen again; this view's own edits show at once and are saved (undone on failure).
 */
export function useClaimWindow(view: ClaimView): ClaimWindow {
  const toast = useToast()
  const key = JSON.stringify(view)
  const [snap, setSnap] = useState<Snapshot>({ key: '', pages: new Map(), total: null, groups: null })
  const [error, setError] = useState<Error>()
  const latest = useRef({ key, snap })
  latest.current = { key, snap }
  /** a count (and groups) that came before the view's first page */
  const counted = useRef<{ key: string; total: number; groups: readonly Group[] | null } | null>(null)
  const range = useRef({ first: 0, last: 30 })
  const inFlight = useRef(new Set<string>())
  /** this store's own writes are on screen already: it does not read again for them */
  const source = useRef({}).current

  const starts = useMemo(() => groupStarts(snap.groups), [snap.groups])
  const rowOf = useCallback(
    (i: number): number | GroupItem => {
      if (!starts || !snap.groups) return i
      const g = groupAt(starts, i)
      const group = snap.groups[g]!
      return i === starts[g] ? new GroupItem(group.group, group.count) : i - g - 1
    },
    [starts, snap.groups]
  )

  /** Reads pages of view `k`; `fresh`: they start its snapshot (a new view), else they join it. */
  const readPages = useCallback(async (k: string, pages: number[], fresh: boolean) => {
    const v = JSON.parse(k) as ClaimView
    const wanted = fresh ? pages : pages.filter((p) => !inFlight.current.has(`${k}:${p}`))
    if (wanted.length === 0) return
    wanted.forEach((p) => inFlight.current.add(`${k}:${p}`))
    try {
      const read = await Promise.all(wanted.map((p) => invoke('claims.page', { view: v, offset: p * PAGE, limit: PAGE })))
      if (latest.current.key !== k) return // the view changed meanwhile
      setSnap((s) => {
        if (s.key !== k && !fresh) return s
        const next = new Map(s.key === k ? s.pages : [])
        wanted.forEach((p, i) => next.set(p, read[i]!.rows))
        if (s.key === k) return { ...s, pages: trim(next, range.current.first) }
        const c = counted.current?.key === k ? counted.current : null
        // a first page shorter than a page is the whole view: counted without asking (groups still tell the headings)
        const short = wanted[0] === 0 && read[0]!.rows.length < PAGE && !v.groupBy ? read[0]!.rows.length : null
        return { key: k, pages: next, total: c?.total ?? short, groups: c?.groups ?? null }
      })
      setError(undefined)
    } catch (err) {
      setError(err as Error)
    } finally {
      wanted.forEach((p) => inFlight.current.delete(`${k}:${p}`))
    }
  }, [])

  const readCount = useCallback(async (k: string) => {
    const v = JSON.parse(k) as ClaimView
    try {
      const [{ total }, groups] = await Promise.all([
        invoke('claims.count', { view: v }),
        v.groupBy ? invoke('claims.groups', { view: { ...v, groupBy: v.groupBy } }) : Promise.resolve(null)
      ])
      counted.current = { key: k, total, groups }
      setSnap((s) => (s.key === k ? { ...s, total, groups } : s))
    } catch (err) {
      setError(err as Error)
    }
  }, [])

  /** the pages holding the rows of items first…last, and one page either side */
  const pagesFor = useCallback(
    (first: number, last: number): number[] => {
      const row = (i: number) => {
        const r = rowOf(Math.max(0, i))
        return typeof r === 'number' ? r : Math.max(0, i - 1)
      }
      const from = Math.max(0, Math.floor(row(first) / PAGE) - 1)
      const to = Math.floor(row(last) / PAGE) + 1
      return Array.from({ length: to - from + 1 }, (_, i) => from + i)
    },
    [rowOf]
  )

  // a new view: its first page (the rows shown change once it comes) and its count
  useEffect(() => {
    void readPages(key, [0], true)
    void readCount(key)
  }, [key, readPages, readCount])

  const setRange = useCallback(
    (first: number, last: number) => {
      range.current = { first, last }
      const s = latest.current.snap
      if (s.key !== key) return
      const rows = s.total ?? Infinity
      const missing = pagesFor(first, last).filter((p) => p * PAGE < rows && !s.pages.has(p))
      if (missing.length) void readPages(key, missing, false)
    },
    [key, pagesFor, readPages]
  )
  // the count or the groups came: the pages for the rows on screen may be others now
  useEffect(() => setRange(range.current.first, range.current.last), [snap.total, snap.groups, setRange])

  const reload = useCallback(() => {
    const { first, last } = range.current
    void readCount(key)
    // the view's first page never came (a failed read, Retry): read it as a new view
    if (latest.current.snap.key !== key) return void readPages(key, [0], true)
    const keep = pagesFor(first, last)
    // the pages on screen again, in place (the rows stay until they come); the others are dropped
    setSnap((s) => (s.key === key ? { ...s, pages: new Map([...s.pages].filter(([p]) => keep.includes(p))) } : s))
    inFlight.current.clear()
    void readPages(key, keep, false)
  }, [key, pagesFor, readCount, readPages])

  useChanges((c) => {
    if (c.source !== source && touchesClaims(c)) reload()
  })

  const count = snap.total === null ? countRead(snap) : snap.total + (snap.groups?.length ?? 0)

  const itemAt = useCallback(
    (i: number): GridItem<LocalClaim> | undefined => {
      const r = rowOf(i)
      if (typeof r !== 'number') return r
      return snap.pages.get(Math.floor(r / PAGE))?.[r % PAGE]
    },
    [rowOf, snap.pages]
  )

  const locate = useCallback(
    (id: number): { row: LocalClaim; index: number } | undefined => {
      for (const [p, rows] of snap.pages) {
        const at = rows.findIndex((r) => r.id === id)
        if (at < 0) continue
        const row = p * PAGE + at
        if (!snap.groups) return { row: rows[at]!, index: row }
        // the row's item index: its row index plus the headings up to its own
        let g = 0
        let before = 0
        while (g < snap.groups.length - 1 && before + snap.groups[g]!.count <= row) before += snap.groups[g++]!.count
        return { row: rows[at]!, index: row + g + 1 }
      }
      return undefined
    },
    [snap.pages, snap.groups]
  )
  const indexOf = useCallback((id: number) => locate(id)?.index ?? -1, [locate])
  const claim = useCallback((id: number) => locate(id)?.row, [locate])

  const update = useCallback(
    async (id: number, patch: Partial<ClaimFields>) => {
      const before = locate(id)?.row
      setSnap((s) => patchRow(s, id, (r) => ({ ...r, ...patch })))
      try {
        const { history, undoState, ...saved } = await invoke('claims.update', { id, patch, refresh: ['history', 'undo'] })
        setSnap((s) => patchRow(s, id, (r) => ({ ...saved, prefix: '', suffix: '', key: r.key })))
        const retagged = before && 'confidence' in patch && before.confidence !== saved.confidence
        void publish({
          articles: [saved.articleId],
          claims: [id],
          speakers: 'attributedTo' in patch,
          undoState,
          history: history && { claimId: id, entries: history },
          tally: retagged ? [{ article: saved.articleId, plus: tagKey(saved.confidence), minus: tagKey(before.confidence) }] : [],
          source
        })
      } catch (err) {
        if (before) setSnap((s) => patchRow(s, id, () => before))
        toast({ kind: 'error', message: `Could not save the change: ${(err as Error).message} (change undone)` })
      }
    },
    [locate, source, toast]
  )

  return { count, total: snap.total, itemAt, indexOf, claim, version: snap, busy: snap.key !== key, error, setRange, update, reload }
}

/** The snapshot with one claim changed (the same snapshot if it is not among the rows read). */
function patchRow(s: Snapshot, id: number, change: (r: LocalClaim) => LocalClaim): Snapshot {
  const pages = patchPages(s.pages, id, change)
  return pages === s.pages ? s : { ...s, pages }
}

const countRead = (s: Snapshot): number => rowsReadFromStart(s.pages)

/** At most KEEP pages, those nearest the view kept. */
const trim = (pages: Map<number, readonly LocalClaim[]>, firstItem: number) => keepNearest(pages, Math.floor(firstItem / PAGE), KEEP)
