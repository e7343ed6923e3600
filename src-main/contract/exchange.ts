import { z } from 'zod'
import { call } from './call.ts'
import { singleLineName } from './common.ts'

/**
 * Exchange with qualitative-analysis programs (ATLAS.ti, MAXQDA, NVivo, QualCoder)
 * through REFI-QDA project files (.qdpx; docs/qdpx.md). Export is `export.start`
 * with format "qdpx", import goes through `import.start` like every other file;
 * what is set here is who the analyst is: the one REFI-QDA user of an exported
 * project, who created its selections and codings.
 */
export const analystName = singleLineName('the analyst needs a name')

export const analyst = z.object({ name: z.string() })

export const getAnalyst = call('exchange.analyst', z.object({}).strict(), analyst)
export const setAnalyst = call('exchange.setAnalyst', z.object({ name: analystName }).strict(), analyst)
