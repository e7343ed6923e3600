import { useState } from 'react'
import { useCall } from './api/use-call.ts'
import { LibraryPane } from './features/library/LibraryPane.tsx'
import { ReaderPane } from './features/reader/ReaderPane.tsx'
import { ErrorNote } from './ui/ErrorNote.tsx'

export function App() {
  const library = useCall('articles.list', {})
  const [selectedId, setSelectedId] = useState<number | null>(null)

  return (
    <div className="app">
      <header className="app-bar">
        <span className="app-name">Analyst Workbench</span>
        <span className="app-count" aria-live="polite">
          {library.data ? `${library.data.length} article${library.data.length === 1 ? '' : 's'}` : ''}
        </span>
      </header>
      <main className="workspace">
        <nav className="pane library-pane" aria-label="Library pane">
          {library.error ? <ErrorNote error={library.error} onRetry={library.reload} /> : null}
          <LibraryPane articles={library.data ?? []} loading={library.loading} selectedId={selectedId} onSelect={setSelectedId} onChanged={library.reload} />
        </nav>
        <ReaderPane articleId={selectedId} />
      </main>
    </div>
  )
}
