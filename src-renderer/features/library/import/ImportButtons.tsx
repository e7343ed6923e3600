import { useEffect, useRef } from 'react'
import { useCommands } from '../../../ui/use-commands.ts'
import { importExtensions } from '../../../../src-main/contract/import.ts'
import { pickedFiles } from './dropped-files.ts'
import type { PickedFile } from './upload-plan.ts'

interface Props {
  busy: boolean
  onFiles: (files: PickedFile[]) => void
  /** a job the desktop shell started from its native open dialog */
  onJob: (jobId: string) => void
}

const JOB_COMMAND = /^import-job\.([a-z0-9-]{8,64})$/

/**
 * Import files… and Import folder… (a file chooser; the folder one reads it
 * recursively). Also answers the desktop menu's commands: `import` and
 * `import-folder` open the choosers, `import-job.<id>` follows a job the shell
 * started after its own open dialog (see src-main/shell/dialogs.ts).
 */
export function ImportButtons({ busy, onFiles, onJob }: Props) {
  const files = useRef<HTMLInputElement>(null)
  const folder = useRef<HTMLInputElement>(null)

  useEffect(() => {
    folder.current?.setAttribute('webkitdirectory', '')
    const onCommand = (e: Event) => {
      const command = String((e as CustomEvent).detail ?? '')
      if (command === 'import') files.current?.click()
      else if (command === 'import-folder') folder.current?.click()
      else {
        const job = JOB_COMMAND.exec(command)
        if (job) onJob(job[1]!)
      }
    }
    window.addEventListener('workbench-command', onCommand)
    return () => window.removeEventListener('workbench-command', onCommand)
  }, [onJob])
  // Ctrl+O in browser mode (on the desktop the File menu's accelerator sends the command above)
  useCommands((command, e) => {
    if (command !== 'import' || !e || window.workbench || busy) return false
    files.current?.click()
    return true
  })

  const take = (input: HTMLInputElement) => {
    const picked = pickedFiles(input.files)
    input.value = '' // choosing the same files again is a new import
    onFiles(picked)
  }

  return (
    <div className="import-buttons">
      <button type="button" onClick={() => files.current?.click()} disabled={busy}>
        Import files…
      </button>
      <button type="button" onClick={() => folder.current?.click()} disabled={busy}>
        Import folder…
      </button>
      <input
        ref={files}
        type="file"
        multiple
        accept={importExtensions.join(',')}
        hidden
        aria-label="Files to import"
        onChange={(e) => take(e.currentTarget)}
      />
      <input ref={folder} type="file" multiple hidden aria-label="Folder to import" onChange={(e) => take(e.currentTarget)} />
    </div>
  )
}
