import { useEffect, useRef } from 'react'

/** The library's full-text search. Escape clears it; the desktop menu's Find in Library (`search`) focuses it. */
export function SearchBox({ value, onChange, status }: { value: string; onChange: (q: string) => void; status: string }) {
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => {
    const onCommand = (e: Event) => {
      if ((e as CustomEvent).detail === 'search') input.current?.focus()
    }
    window.addEventListener('workbench-command', onCommand)
    return () => window.removeEventListener('workbench-command', onCommand)
  }, [])
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
