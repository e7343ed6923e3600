import type { RefObject } from 'react'
import type { ClaimFields } from '../../../src-main/contract/index.ts'
import type { CommandId } from '../../../src-main/contract/shortcuts.ts'
import { useCommands } from '../../ui/use-commands.ts'
import type { ClaimsTableHandle } from '../claims/ClaimsTable.tsx'
import type { ClaimsStore, LocalClaim } from '../claims/use-claims.ts'
import type { ReaderHandle } from '../reader/ReaderPane.tsx'
import { isSuggested, type SuggestedClaim } from '../suggest/use-suggestions.ts'

const TAG_FOR: Partial<Record<CommandId, ClaimFields['confidence']>> = {
  'tag-evidence': 'evidence',
  'tag-assess': 'assess',
  'tag-unknown': 'do not yet know',
  'tag-clear': null
}

interface Deps {
  active: boolean
  reader: RefObject<ReaderHandle | null>
  table: RefObject<ClaimsTableHandle | null>
  selected: LocalClaim | undefined
  selectRow: (id: number | null) => void
  setSelectedId: (f: (s: number | null) => number | null) => void
  create: ClaimsStore['create']
  update: ClaimsStore['update']
  remove: ClaimsStore['remove']
  acceptSuggestion: (s: SuggestedClaim, patch?: Partial<ClaimFields>) => Promise<void>
  rejectSuggestion: (s: SuggestedClaim) => void
}

/**
 * The annotate view's keyboard: with text selected, 1/2/3/c make a claim; with a
 * claim selected, 1/2/3/0 retag it; with a suggestion selected, Enter/1/2/3/0
 * accept it (retagged) and x or Delete reject it.
 */
export function useAnnotateCommands(d: Deps): void {
  const createFromSelection = (confidence: ClaimFields['confidence']): boolean => {
    const span = d.reader.current?.selection()
    if (!span) return false
    d.reader.current?.clearSelection()
    const { tempId, saved } = d.create({ ...span, quote: d.reader.current?.quote(span), confidence })
    d.selectRow(tempId) // select at once, so the next key (a, n, 1/2/3) acts on it
    void saved.then((row) => d.setSelectedId((s) => (s === tempId ? (row?.id ?? null) : s)))
    return true
  }

  const move = (step: number) => {
    const ids = d.table.current?.visibleIds() ?? []
    if (ids.length === 0) return
    const at = d.selected ? ids.indexOf(d.selected.id) : -1
    const next = ids[Math.max(0, Math.min(ids.length - 1, at === -1 && step < 0 ? 0 : at + step))]
    if (next !== undefined) d.selectRow(next)
  }

  useCommands((command, e) => {
    if (!d.active) return false
    const s = d.selected
    if (command in TAG_FOR) {
      const confidence = TAG_FOR[command]!
      if (createFromSelection(confidence)) return true
      if (s && isSuggested(s)) void d.acceptSuggestion(s, { confidence })
      else if (s) void d.update(s.id, { confidence })
      return !!s
    }
    switch (command) {
      case 'new-claim':
        if (createFromSelection(null)) return true
        if (s && isSuggested(s) && e?.key === 'Enter') {
          void d.acceptSuggestion(s)
          return true
        }
        return false
      case 'reject-suggestion':
        if (!s || !isSuggested(s)) return false
        d.rejectSuggestion(s)
        return true
      case 'delete-claim': {
        if (!s) return false
        if (isSuggested(s)) {
          d.rejectSuggestion(s)
          return true
        }
        const ids = d.table.current?.visibleIds() ?? []
        const next = ids[ids.indexOf(s.id) + 1] ?? ids[ids.indexOf(s.id) - 1] ?? null
        void d.remove(s.id)
        d.selectRow(next)
        return true
      }
      case 'next-claim':
      case 'previous-claim':
        if (e && e.key.startsWith('Arrow')) return false // arrows scroll the page unless the grid has focus
        move(command === 'next-claim' ? 1 : -1)
        return true
      case 'edit-speaker':
      case 'edit-note': {
        if (!s || isSuggested(s)) return false
        const field = command === 'edit-speaker' ? 'attributedTo' : 'note'
        // the table's rows are plain text: its editor comes in the selected row at once (else the details pane has it).
        // The table gives it: a claim just saved may be drawn under its new id already, not the one `s` still has
        const shown = d.table.current?.showEditor(field)
        const input =
          shown instanceof HTMLInputElement ? shown : document.querySelector<HTMLInputElement>(`input[data-field="${field}"][data-claim]`)
        input?.focus()
        input?.select() // typing replaces what is there (a suggested speaker), as in a spreadsheet cell
        return true
      }
      default:
        return false
    }
  })
}
