interface Props {
  shown: boolean
  count: number
  onToggle: () => void
  onAcceptAll: () => void
}

/** Show or hide the suggester's proposals; accept all of them in one (undoable) step. */
export function SuggestionsToggle({ shown, count, onToggle, onAcceptAll }: Props) {
  return (
    <span className="suggestions-toggle" role="group" aria-label="Suggestions">
      <button type="button" aria-pressed={shown} onClick={onToggle} title="Show the claims the suggester proposes (dashed), with the cue that triggered each">
        Suggestions{shown ? ` (${count})` : ''}
      </button>
      {shown && count > 0 ? (
        <button type="button" onClick={onAcceptAll} title="Accept every suggestion of this article (one undo takes them back)">
          Accept all
        </button>
      ) : null}
    </span>
  )
}
