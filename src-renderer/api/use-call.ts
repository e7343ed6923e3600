import { useCallback, useEffect, useRef, useState } from 'react'
import type { CallName, InputOf, OutputOf } from '../../src-main/contract/index.ts'
import { invoke } from './client.ts'

export interface CallState<T> {
  data: T | undefined
  error: Error | undefined
  loading: boolean
  /** Reads again; resolves when the new answer is there (or the read failed). */
  reload: () => Promise<void>
  /** Changes the answer on screen without a read (a write's known effect). */
  mutate: (f: (data: T) => T) => void
  /** Shows a newer answer a write brought with it (no read): a read still under way, older, no longer replaces it. */
  replace: (value: T) => void
}

/**
 * Runs a read call, re-running when its input changes (compared by JSON), when `refresh` changes, or on reload().
 * Pass null to skip. `data` is always the answer for the current input: after the input changes it is undefined
 * until the new answer arrives (never the previous input's answer, e.g. another article's highlights); a
 * refresh or reload keeps showing the last answer while it runs.
 */
export function useCall<N extends CallName>(name: N, input: InputOf<N> | null, refresh?: unknown): CallState<OutputOf<N>> {
  const [answer, setAnswer] = useState<{ key: string; value: OutputOf<N> }>()
  const [error, setError] = useState<Error>()
  const [loading, setLoading] = useState(input !== null)
  const key = input === null ? null : JSON.stringify(input)
  const current = useRef(key)
  current.current = key
  /** the latest read's number: an older read's answer never replaces a newer one's */
  const reads = useRef(0)

  const read = useCallback(
    (k: string): Promise<void> => {
      const mine = ++reads.current
      setLoading(true)
      return invoke(name, JSON.parse(k) as InputOf<N>).then(
        (value) => {
          if (mine !== reads.current) return
          setAnswer({ key: k, value })
          setError(undefined)
          setLoading(false)
        },
        (err: Error) => {
          if (mine !== reads.current) return
          setError(err)
          setLoading(false)
        }
      )
    },
    [name]
  )

  useEffect(() => {
    if (key !== null) return void read(key)
    reads.current++ // a read still under way is for an input no longer asked for
    setAnswer(undefined)
    setLoading(false)
  }, [key, refresh, read])

  // the read starts here and now, not after a render: a write's refreshes are asked for as soon as it is answered
  const reload = useCallback(() => (current.current === null ? Promise.resolve() : read(current.current)), [read])
  const mutate = useCallback((f: (data: OutputOf<N>) => OutputOf<N>) => setAnswer((a) => (a ? { key: a.key, value: f(a.value) } : a)), [])
  const replace = useCallback((value: OutputOf<N>) => {
    if (current.current === null) return
    reads.current++
    setAnswer({ key: current.current, value })
    setError(undefined)
    setLoading(false)
  }, [])
  const data = answer !== undefined && answer.key === key ? answer.value : undefined
  return { data, error, loading, reload, mutate, replace }
}
