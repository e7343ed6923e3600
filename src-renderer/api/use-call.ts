import { useCallback, useEffect, useState } from 'react'
import type { CallName, InputOf, OutputOf } from '../../src-main/contract/index.ts'
import { invoke } from './client.ts'

export interface CallState<T> {
  data: T | undefined
  error: Error | undefined
  loading: boolean
  reload: () => void
}

/** Runs a read call, re-running when its input changes (compared by JSON), when `refresh` changes, or on reload(). Pass null to skip. */
export function useCall<N extends CallName>(name: N, input: InputOf<N> | null, refresh?: unknown): CallState<OutputOf<N>> {
  const [data, setData] = useState<OutputOf<N>>()
  const [error, setError] = useState<Error>()
  const [loading, setLoading] = useState(input !== null)
  const [generation, setGeneration] = useState(0)
  const key = input === null ? null : JSON.stringify(input)

  useEffect(() => {
    if (key === null) {
      setData(undefined)
      setLoading(false)
      return
    }
    let live = true
    setLoading(true)
    invoke(name, JSON.parse(key) as InputOf<N>).then(
      (value) => {
        if (!live) return
        setData(value)
        setError(undefined)
        setLoading(false)
      },
      (err: Error) => {
        if (!live) return
        setError(err)
        setLoading(false)
      }
    )
    return () => {
      live = false
    }
  }, [name, key, generation, refresh])

  const reload = useCallback(() => setGeneration((g) => g + 1), [])
  return { data, error, loading, reload }
}
