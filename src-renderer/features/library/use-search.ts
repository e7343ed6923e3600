import { useEffect, useState } from 'react'
import type { SearchHit } from '../../../src-main/contract/index.ts'
import { invoke } from '../../api/client.ts'

export interface SearchState {
  /** null: not searching (empty query) */
  hits: SearchHit[] | null
  error: Error | undefined
  searching: boolean
}

/** Searches as the query changes, after a short pause in typing; answers to older queries are dropped. `generation` re-runs it (after imports, edits). */
export function useSearch(query: string, generation: number, delayMs = 120): SearchState {
  const [state, setState] = useState<SearchState>({ hits: null, error: undefined, searching: false })
  const q = query.trim()

  useEffect(() => {
    if (!q) {
      setState({ hits: null, error: undefined, searching: false })
      return
    }
    let live = true
    setState((s) => ({ ...s, searching: true }))
    const timer = setTimeout(() => {
      invoke('articles.search', { query: q, limit: 500 }).then(
        (hits) => live && setState({ hits, error: undefined, searching: false }),
        (error: Error) => live && setState({ hits: [], error, searching: false })
      )
    }, delayMs)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [q, generation, delayMs])

  return state
}
