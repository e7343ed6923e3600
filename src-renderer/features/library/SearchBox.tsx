import { useEffect, useRef } from 'react'
import { useCommands } from '../../ui/use-commands.ts'

/** The library's full-text search. Escape clears it; / and Ctrl+F (and the desktop menu's Find in Library) focus it. */
export function SearchBox({ value, onChange, status }: { value: string; onChange: (q: string) => void; status: string }) {
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => {
    const onCommand = (e: Event) => {
      if ((e as CustomEvent).detail === 'search') input.current?.focus()
    }
    window.addEventListener('workbench-command', onCommand)
    return () => window.removeEventListener('workbench-command', onCommand)
  }, [])
  // the keys (/ and Ctrl+F, as the help lists them); the menu's event is handled above
  useCommands((command, e) => {
    if (command !== 'search' || !e) return false
    input.current?.focus()
    input.current?.select()
    return true
  })
  return (
    <div className={`search-box${status ? ' has-status' : ''}`}>
      <input
        ref={input}
        type="search"
        role="searchbox"
        aria-label="Search library"
        placeholder="Search titles and text"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value) {
            e.preventDefault()
            onChange('')
          }
        }}
      />
      <span className="search-status" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  )
}
