import { useEffect, useState } from 'react'
import { droppedFiles } from './dropped-files.ts'
import type { PickedFile } from './upload-plan.ts'

const carriesFiles = (e: DragEvent): boolean => [...(e.dataTransfer?.types ?? [])].includes('Files')

/** Files or folders dragged anywhere onto the window are imported; while dragging, the window says so. */
export function DropOverlay({ busy, onFiles }: { busy: boolean; onFiles: (files: PickedFile[]) => void }) {
  const [depth, setDepth] = useState(0)

  useEffect(() => {
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      e.preventDefault()
      setDepth((d) => d + 1)
    }
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      e.preventDefault() // allows the drop (and stops the browser opening the file)
      if (e.dataTransfer) e.dataTransfer.dropEffect = busy ? 'none' : 'copy'
    }
    const leave = (e: DragEvent) => {
      if (carriesFiles(e)) setDepth((d) => Math.max(0, d - 1))
    }
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e) || !e.dataTransfer) return
      e.preventDefault()
      setDepth(0)
      if (!busy) void droppedFiles(e.dataTransfer).then(onFiles)
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [busy, onFiles])

  if (depth === 0) return null
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p>{busy ? 'An import is running; drop again when it has finished.' : 'Drop files or folders to import them'}</p>
    </div>
  )
}
