import { test as base, expect } from '@playwright/test'
import { startServer, type RunningServer } from './server.ts'

/** `server`: a fresh browser-mode server with its own database, seeded with the sample reports. */
export const test = base.extend<{ server: RunningServer }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  server: async ({}, use) => {
    const server = await startServer()
    await use(server)
    await server.stop()
  }
})

export { expect }
