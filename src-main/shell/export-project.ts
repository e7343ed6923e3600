import { dialog } from 'electron'
import type { Dispatch } from '../core/dispatch.ts'

/**
 * File › Export Project (.qdpx)…: the whole library (every article, claim and
 * code) as a REFI-QDA project, through the same export.start / export.save the
 * page uses; export.save asks where with the native Save dialog.
 */
export async function exportProjectWithDialog(dispatch: Dispatch): Promise<void> {
  const started = await dispatch('export.start', { format: 'qdpx', selection: { query: {} } })
  const saved = started.ok ? await dispatch('export.save', { exportId: (started.value as { exportId: string }).exportId }) : started
  if (!saved.ok) dialog.showErrorBox('The project could not be exported', saved.error.message)
}
