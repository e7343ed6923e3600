import { useCallback, useEffect, useRef, useState } from 'react'
import { LIBRARY_SEARCH, type SearchHit, type SearchMarks } from '../../../src-main/contract/library.ts'
import { invoke } from '../../api/client.ts'

export interface SearchState {
  /** null: not searching (empty query) */
  hits: SearchHit[] | null
  error: Error | undefined
  searching: boolean
}

const NONE: ReadonlyMap<number, SearchMarks> = new Map()

/**
 * Searches as the query changes, after a short pause in typing; answers to older queries are dropped. `generation` re-runs it (after
 * imports, edits).
 */
export function useSearch(
  query: string,
  generation: number,
  delayMs = 120
): SearchState & { marks: ReadonlyMap<number, SearchMarks>; fillSnippets: (ids: number[]) => void } {
  const [state, setState] = useState<SearchState>({ hits: null, error: undefined, searching: false })
  // snippets fetched later, for the hits that came without one (kept apart, so the hits and the rows stay as they are)
  const [marks, setMarks] = useState<{ hits: SearchHit[] | null; byId: Map<number, SearchMarks> }>({ hits: null, byId: new Map() })
  const q = query.trim()
  const shown = useRef<{ q: string; hits: SearchHit[] | null; byId: Map<number, SearchHit>; asked: Set<number> }>({
    q: '',
    hits: null,
    byId: new Map(),
    asked: new Set()
  })

  useEffect(() => {
    if (!q) {
      setState({ hits: null, error: undefined, searching: false })
      return
    }
    let live = true
    setState((s) => ({ ...s, searching: true }))
    const timer = setTimeout(() => {
      invoke('articles.search', { query: q, ...LIBRARY_SEARCH }).then(
        (hits) => live && setState({ hits, error: undefined, searching: false }),
        (error: Error) => live && setState({ hits: [], error, searching: false })
      )
    }, delayMs)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [q, generation, delayMs])

  if (shown.current.hits !== state.hits)
    shown.current = { q, hits: state.hits, byId: new Map(state.hits?.map((h) => [h.id, h])), asked: new Set() }

  /** Fetches the snippets of these hits (the rows in view) that came without one; they arrive into `hits`. */
  const fillSnippets = useCallback((ids: number[]) => {
    const { q, hits, byId, asked } = shown.current
    if (!hits) return
    const missing = ids.filter((id) => byId.get(id)?.snippet === null && !asked.has(id)).slice(0, 200)
    if (!missing.length) return
    for (const id of missing) asked.add(id)
    invoke('articles.snippets', { query: q, ids: missing }).then(
      (got) =>
        setMarks((m) => {
          const merged = new Map(m.hits === hits ? m.byId : [])
          for (const g of got) merged.set(g.id, g)
          return { hits, byId: merged }
        }),
      () => missing.forEach((id) => asked.delete(id)) // asked again when next in view
    )
  }, [])

  return { ...state, marks: marks.hits === state.hits ? marks.byId : NONE, fillSnippets }
}
