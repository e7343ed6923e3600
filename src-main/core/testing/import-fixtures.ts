import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { appRoot } from '../app-root.ts'

/** fixtures/import: one committed file per format (PDF and DOCX built by scripts/make-import-fixtures.sh). */
export const importFixture = (name: string): string => join(appRoot(), 'fixtures', 'import', name)
export const readImportFixture = (name: string): Buffer => readFileSync(importFixture(name))
