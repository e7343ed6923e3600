import type { CoreContext } from '../context.ts'

export function appInfo(ctx: CoreContext) {
  return { version: ctx.version, dbPath: ctx.database.path, schemaVersion: ctx.database.schemaVersion, transport: ctx.transport }
}
