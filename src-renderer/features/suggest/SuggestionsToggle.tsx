import { useState } from 'react'
import { LexiconDialog } from './LexiconDialog.tsx'

interface Props {
  shown: boolean
  count: number
  onToggle: () => void
  onAcceptAll: () => void
  /** the lexicon changed: suggest again */
  onLexiconChanged: () => void
  /** also show untagged candidates (statements with figures, dates, names but no cue) */
  withUntagged: boolean
  onWithUntagged: (v: boolean) => void
}

/** Show or hide the suggester's proposals; accept all of them in one (undoable) step. */
export function SuggestionsToggle({ shown, count, onToggle, onAcceptAll, onLexiconChanged, withUntagged, onWithUntagged }: Props) {
  const [editing, setEditing] = useState(false)
  return (
    <span className="suggestions-toggle" role="group" aria-label="Suggestions">
      <button
        type="button"
        aria-pressed={shown}
        onClick={onToggle}
        title="Show the claims the suggester proposes (dashed), with the cue that triggered each"
      >
        Suggestions <span className="suggestion-count">{shown ? `(${count})` : ''}</span>
      </button>
      {/* always there (disabled while hidden), so switching suggestions off moves nothing */}
      <label className="suggestions-untagged" title="Also suggest statements with figures, dates or names but no confidence cue">
        <input type="checkbox" checked={withUntagged} disabled={!shown} onChange={(e) => onWithUntagged(e.target.checked)} /> untagged too
      </label>
      <button
        type="button"
        onClick={onAcceptAll}
        disabled={!shown || count === 0}
        title="Accept every suggestion of this article (one undo takes them back)"
      >
        Accept all
      </button>
      <button
        type="button"
        onClick={() => setEditing(true)}
        title="The cue phrases behind the suggestions: add your own, switch built-in ones off"
      >
        Cues…
      </button>
      {editing ? <LexiconDialog onClose={() => setEditing(false)} onChanged={onLexiconChanged} /> : null}
    </span>
  )
}
