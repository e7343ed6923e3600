import './zod-jitless.ts'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { initApi } from './api/client.ts'
import { App } from './App.tsx'
import { prefetchFirstScreen } from './api/first-screen.ts'
import './ui/theme.css'
import './ui/layout.css'
import './ui/annotate.css'

initApi()
prefetchFirstScreen()
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>
)
