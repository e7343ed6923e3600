import { z } from 'zod'
import { call } from './call.ts'
import { emptyInput } from './common.ts'

export const appInfo = call(
  'app.info',
  emptyInput,
  z.object({
    version: z.string(),
    dbPath: z.string(),
    schemaVersion: z.number().int(),
    transport: z.enum(['ipc', 'http', 'direct'])
  })
)
