import { useCallback, useEffect, useRef, useState } from 'react'
import type { SearchMarks } from '../../../src-main/contract/library.ts'
import { invoke } from '../../api/client.ts'

/** The query after a short pause in typing (each keystroke would otherwise read a new view). */
export function useSettled(query: string, delayMs = 120): string {
  const q = query.trim()
  const [settled, setSettled] = useState(q)
  useEffect(() => {
    if (!q) return setSettled('') // clearing the search shows the library at once
    const timer = setTimeout(() => setSettled(q), delayMs)
    return () => clearTimeout(timer)
  }, [q, delayMs])
  return settled
}

/**
 * The snippets and marks of a search's hits on screen (articles.snippets), fetched as they scroll into view, kept for
 * this query only (and read again for `generation`: after imports, edits). null while not searching.
 */
export function useSnippets(
  query: string,
  generation: number
): { marks: ReadonlyMap<number, SearchMarks> | null; fill: (ids: number[]) => void } {
  const [marks, setMarks] = useState<{ key: string; byId: ReadonlyMap<number, SearchMarks> }>({ key: '', byId: new Map() })
  const key = `${generation}:${query}`
  const asked = useRef({ key, ids: new Set<number>() })
  if (asked.current.key !== key) asked.current = { key, ids: new Set() }

  const fill = useCallback(
    (ids: number[]) => {
      if (!query) return
      const own = asked.current
      const missing = ids.filter((id) => !own.ids.has(id)).slice(0, 200)
      if (!missing.length) return
      for (const id of missing) own.ids.add(id)
      invoke('articles.snippets', { query, ids: missing }).then(
        (got) =>
          setMarks((m) => {
            const merged = new Map(m.key === key ? m.byId : [])
            for (const g of got) merged.set(g.id, g)
            return { key, byId: merged }
          }),
        () => missing.forEach((id) => own.ids.delete(id)) // asked again when next in view
      )
    },
    [query, key]
  )
  const empty = useRef(new Map<number, SearchMarks>()).current
  return { marks: query ? (marks.key === key ? marks.byId : empty) : null, fill }
}
