import { useCallback, useRef, useState } from 'react'
import type { ImportResult, ImportStatus, UploadedFile } from '../../../../src-main/contract/import.ts'
import { invoke } from '../../../api/client.ts'
import { planUploads, worthSending, type PickedFile } from './upload-plan.ts'

export interface ImportTotals {
  total: number
  done: number
  imported: number
  duplicates: number
  rejected: number
}

export type ImportView =
  | { phase: 'idle' }
  | { phase: 'running'; totals: ImportTotals; cancelling: boolean }
  | { phase: 'done'; totals: ImportTotals; results: ImportResult[]; cancelled: boolean; error: string | null }

const zero: ImportTotals = { total: 0, done: 0, imported: 0, duplicates: 0, rejected: 0 }

/** Totals of the jobs finished so far plus the one running; `total` is the files picked, or what the jobs found. */
const plus = (before: ImportTotals, s: ImportStatus, total: number): ImportTotals => ({
  total: Math.max(total, before.done + s.total),
  done: before.done + s.done,
  imported: before.imported + s.imported,
  duplicates: before.duplicates + s.duplicates,
  rejected: before.rejected + s.rejected
})

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).slice(String(reader.result).indexOf(',') + 1))
    reader.onerror = () => reject(reader.error ?? new Error(`${file.name} could not be read`))
    reader.readAsDataURL(file)
  })
}

/** The bytes of a file worth importing; only name and size of one the core will refuse (or that the browser could not read). */
async function toUpload(f: PickedFile): Promise<UploadedFile> {
  if (!worthSending(f)) return { name: f.name, size: f.size }
  try {
    return { name: f.name, size: f.size, dataBase64: await base64Of(f.file) }
  } catch {
    return { name: f.name, size: f.size }
  }
}

interface Session {
  cancelled: boolean
  jobId: string | null
}

/**
 * Imports files through the core's import jobs: uploads in groups (browser
 * mode), or follows a job the desktop shell started from its own open dialog.
 * Progress comes by long polling import.status; Cancel stops after the current file.
 * `onStored` runs when new articles are in the library (at most every 1.5 s while running).
 */
export function useImport(onStored: () => void) {
  const [view, setView] = useState<ImportView>({ phase: 'idle' })
  const session = useRef<Session | null>(null)
  const storedAt = useRef(0)

  const follow = useCallback(
    async (jobId: string, before: ImportTotals, s: Session, total: number): Promise<ImportStatus> => {
      const results: ImportResult[] = []
      for (;;) {
        const status = await invoke('import.status', { jobId, resultsFrom: results.length, waitMs: 2000 })
        results.push(...status.results)
        setView({ phase: 'running', totals: plus(before, status, total), cancelling: s.cancelled })
        if (status.imported > 0 && Date.now() - storedAt.current > 1500) {
          storedAt.current = Date.now()
          onStored()
        }
        if (status.finished) return { ...status, results }
      }
    },
    [onStored]
  )

  /** Runs jobs one after another (each started by `start`) and shows the summary of them all. */
  const run = useCallback(
    async (starts: (() => Promise<string>)[], total: number) => {
      if (session.current) return // one import at a time
      const s: Session = { cancelled: false, jobId: null }
      session.current = s
      let totals: ImportTotals = { ...zero, total }
      const results: ImportResult[] = []
      let error: string | null = null
      setView({ phase: 'running', totals, cancelling: false })
      try {
        for (const start of starts) {
          if (s.cancelled) break
          s.jobId = await start()
          if (s.cancelled) await invoke('import.cancel', { jobId: s.jobId })
          const end = await follow(s.jobId, totals, s, total)
          results.push(...end.results)
          totals = plus(totals, end, total)
          error = end.error
          if (end.error || end.cancelled) break
        }
      } catch (err) {
        error = err instanceof Error ? err.message : String(err)
      }
      session.current = null
      onStored()
      setView({ phase: 'done', totals, results, cancelled: s.cancelled, error })
    },
    [follow, onStored]
  )

  /** Browser mode (and drag-and-drop): uploads the files in groups, one job each. */
  const importFiles = useCallback(
    (files: PickedFile[]) => {
      if (!files.length) return
      const starts = planUploads(files).map(
        (chunk) => async () => (await invoke('import.start', { files: await Promise.all(chunk.map(toUpload)) })).jobId
      )
      void run(starts, files.length)
    },
    [run]
  )

  /** A job started elsewhere (the desktop app's native open dialog). */
  const followJob = useCallback((jobId: string) => void run([async () => jobId], 0), [run])

  const cancel = useCallback(() => {
    const s = session.current
    if (!s || s.cancelled) return
    s.cancelled = true
    setView((v) => (v.phase === 'running' ? { ...v, cancelling: true } : v))
    if (s.jobId) void invoke('import.cancel', { jobId: s.jobId }).catch(() => undefined)
  }, [])

  const dismiss = useCallback(() => setView({ phase: 'idle' }), [])

  return { view, importFiles, followJob, cancel, dismiss }
}
