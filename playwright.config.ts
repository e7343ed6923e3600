import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath, VIEWPORT } from './e2e/support/chromium.ts'

// e2e runs against browser mode in Debian's Chromium (Playwright's own browser
// download is not reachable here). Each test gets its own server and database.
export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/support/global-setup.ts',
  outputDir: 'test-results/e2e-artifacts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    headless: true,
    viewport: VIEWPORT,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS
    }
  }
})
