// Imported first by boot.tsx. zod compiles fast object parsers with `new Function` when it may; the
// renderer's CSP forbids eval, so zod's probe for it would be refused and reported as a CSP violation on
// every start. Jitless mode never tries (the parsers are the same, only not compiled).
import { z } from 'zod'

z.config({ jitless: true })
