import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src-main/**/*.test.ts', 'src-renderer/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // the run's shared PostgreSQL cluster, started by the first test that needs one and stopped at the end
    globalSetup: ['src-main/core/testing/pg-global-setup.ts'],
    testTimeout: 30_000
  }
})
