import { useChanges } from '../../api/changes.ts'
import { useCall } from '../../api/use-call.ts'

/**
 * Undo and Redo, titled with what each would do. The undo state (one row) is read again after every change that
 * did not bring it along (a save does), and its answer redraws these two buttons only, not the app around them.
 */
export function UndoButtons({ onStep }: { onStep: (direction: 'undo' | 'redo') => void }) {
  const history = useCall('history.state', {})
  useChanges((c) => (c.undoState ? history.replace(c.undoState) : history.reload()))
  const { undo, redo } = history.data ?? {}
  return (
    <>
      <button type="button" onClick={() => onStep('undo')} disabled={!undo} title={undo ? `Undo ${undo}` : 'Nothing to undo'}>
        Undo
      </button>
      <button type="button" onClick={() => onStep('redo')} disabled={!redo} title={redo ? `Redo ${redo}` : 'Nothing to redo'}>
        Redo
      </button>
    </>
  )
}
