import { useState } from 'react'
import { FormError, Modal } from '../../ui/Modal.tsx'

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`

interface Props {
  titles: string[]
  claims: number
  onConfirm: () => Promise<void>
  onClose: () => void
}

/** Asks before deleting; says how many claims go with the articles. Cancel has the focus. */
export function DeleteDialog({ titles, claims, onConfirm, onClose }: Props) {
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const what = titles.length === 1 ? `“${titles[0]}”` : plural(titles.length, 'article')
  const confirm = async () => {
    setBusy(true)
    try {
      await onConfirm()
      onClose()
    } catch (err) {
      setError((err as Error).message)
      setBusy(false)
    }
  }
  return (
    <Modal label="Delete articles" onClose={onClose}>
      <div className="delete-dialog">
        <h2>Delete {what}?</h2>
        <p>
          {claims > 0
            ? `Its ${plural(claims, 'claim')} will be deleted with ${titles.length === 1 ? 'it' : 'them'}.`
            : 'No claims are marked in ' + (titles.length === 1 ? 'it.' : 'them.')}{' '}
          You can undo this right after.
        </p>
        <FormError error={error} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose} autoFocus>
            Cancel
          </button>
          <button type="button" className="danger" onClick={confirm} disabled={busy}>
            Delete
          </button>
        </div>
      </div>
    </Modal>
  )
}
