import { useEffect, useRef, useState } from 'react'
import type { ExportFormat, ExportSelection, ExportStatus } from '../../../src-main/contract/export.ts'
import { invoke } from '../../api/client.ts'
import { saveExport } from '../../api/save-export.ts'
import { useToast } from '../../ui/toasts.tsx'

const FINISHED = new Set<ExportStatus['state']>(['done', 'failed', 'cancelled', 'expired'])

/**
 * `label` says what the rows are (an article's title, "all articles"): the file is named after it.
 * Exports exactly the rows the table shows, in its order (`selection`: their ids, or the claim view the core reads
 * them from, for every claim's grid, whose rows are not all in the renderer): CSV for spreadsheets
 * or W3C Web Annotations. Shows progress with Cancel while the file is written.
 */
export function ExportControl({ selection, label }: { selection: () => ExportSelection; label: string }) {
  const toast = useToast()
  const [job, setJob] = useState<ExportStatus | null>(null)
  const live = useRef(true)
  useEffect(() => () => void (live.current = false), [])

  const follow = async (exportId: string) => {
    for (;;) {
      const status = await invoke('export.status', { exportId })
      if (!live.current) return
      setJob(status)
      if (FINISHED.has(status.state)) return status
      await new Promise((r) => window.setTimeout(r, 200))
    }
  }

  const run = async (format: ExportFormat) => {
    const chosen = selection()
    if ('ids' in chosen && chosen.ids.length === 0) {
      toast({ kind: 'info', message: 'No claims to export: the table is empty.' })
      return
    }
    try {
      const started = await invoke('export.start', { format, selection: chosen, label })
      setJob(started)
      const saving = saveExport(started)
      const [saved, final] = await Promise.all([saving, follow(started.exportId)])
      if (saved.saved === false) toast({ kind: 'info', message: 'Export cancelled.' })
      else if (final?.state === 'done')
        toast({
          kind: 'info',
          message: `Exported ${final.written} claim${final.written === 1 ? '' : 's'} to ${'path' in saved ? saved.path : started.fileName}.`
        })
      else if (final && final.state !== 'cancelled')
        toast({ kind: 'error', message: `Export ${final.state}${final.error ? `: ${final.error}` : ''}.` })
    } catch (err) {
      toast({ kind: 'error', message: `Could not export: ${(err as Error).message}` })
    } finally {
      if (live.current) setJob(null)
    }
  }

  if (job && !FINISHED.has(job.state)) {
    return (
      <span className="export-progress" role="status">
        <progress max={Math.max(1, job.rows)} value={job.written} aria-label="Export progress" /> {job.written} / {job.rows}
        <button type="button" onClick={() => void invoke('export.cancel', { exportId: job.exportId })}>
          Cancel
        </button>
      </span>
    )
  }
  return (
    <span className="export-buttons" role="group" aria-label="Export">
      <button type="button" onClick={() => void run('csv')} title="Export the rows shown, as CSV for Excel or LibreOffice">
        Export CSV
      </button>
      <button
        type="button"
        onClick={() => void run('jsonld')}
        title="Export the rows shown as W3C Web Annotations (JSON-LD), with their articles"
      >
        JSON-LD
      </button>
      <button
        type="button"
        onClick={() => void run('qdpx')}
        title="Export the rows shown as a REFI-QDA project (.qdpx) for ATLAS.ti, MAXQDA, NVivo or QualCoder, with their articles and the codebook"
      >
        QDPX
      </button>
    </span>
  )
}
