// The page's first script, kept small: it starts the first screen's reads, then loads the app (boot.tsx, its own
// chunk), so the reads run while the browser fetches, parses and runs the app's code instead of after it.
import { initApi } from './api/client.ts'
import { prefetchFirstScreen } from './api/first-screen.ts'

initApi()
prefetchFirstScreen()
void import('./boot.tsx')
