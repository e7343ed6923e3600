import { useState } from 'react'
import { CodebookDialog } from './CodebookDialog.tsx'
import './codes.css'

/** The app bar's way into the codebook editor. */
export function CodebookButton() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} title="Topic codes: add, rename, nest, merge, delete; export the project (.qdpx)">
        Codebook
      </button>
      {open ? <CodebookDialog onClose={() => setOpen(false)} /> : null}
    </>
  )
}
