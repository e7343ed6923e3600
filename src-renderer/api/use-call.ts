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
  const [generation, setGeneration] = useState(0)
  const key = input === null ? null : JSON.stringify(input)
  const waiting = useRef<(() => void)[]>([])
  const settle = () => waiting.current.splice(0).forEach((resolve) => resolve())

  useEffect(() => {
    if (key === null) {
      setAnswer(undefined)
      setLoading(false)
      settle()
      return
    }
    let live = true
    setLoading(true)
    invoke(name, JSON.parse(key) as InputOf<N>).then(
      (value) => {
        if (!live) return
        setAnswer({ key, value })
        setError(undefined)
        setLoading(false)
        settle()
      },
      (err: Error) => {
        if (!live) return
        setError(err)
        setLoading(false)
        settle()
      }
    )
    return () => {
      live = false
    }
  }, [name, key, generation, refresh])

  const reload = useCallback(
    () =>
      new Promise<void>((resolve) => {
        waiting.current.push(resolve)
        setGeneration((g) => g + 1)
      }),
    []
  )
  const mutate = useCallback((f: (data: OutputOf<N>) => OutputOf<N>) => setAnswer((a) => (a ? { key: a.key, value: f(a.value) } : a)), [])
  const data = answer !== undefined && answer.key === key ? answer.value : undefined
  return { data, error, loading, reload, mutate }
}
