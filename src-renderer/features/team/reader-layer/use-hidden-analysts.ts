import { useCallback, useEffect, useState } from 'react'

const KEY = 'workbench.team.hidden'

function read(): Set<string> {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]')
    return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])
  } catch {
    return new Set()
  }
}

/** Which analysts' claims are switched off in the reader: kept across articles and restarts. */
export function useHiddenAnalysts(): { hidden: ReadonlySet<string>; toggle: (name: string) => void } {
  const [hidden, setHidden] = useState(read)
  useEffect(() => localStorage.setItem(KEY, JSON.stringify([...hidden])), [hidden])
  const toggle = useCallback(
    (name: string) =>
      setHidden((h) => {
        const next = new Set(h)
        if (next.has(name)) next.delete(name)
        else next.add(name)
        return next
      }),
    []
  )
  return { hidden, toggle }
}
