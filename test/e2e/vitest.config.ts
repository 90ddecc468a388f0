import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

/**
 * Browsers side by side: E2E_WORKERS, else one per core up to two. Measured on this 2-core
 * machine, quiet: the suite took 439 s with one and 279–282 s with two (README, "Tests").
 */
const WORKERS = Math.max(
  1,
  Number(process.env.E2E_WORKERS ?? Math.min(2, availableParallelism())) || 1,
)

/** End-to-end tests: real Chromium (Debian's) against the built app served by `vite preview`. */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    // One module registry per worker: the files of a worker share one Chromium (browser.ts)
    // and load Playwright and axe once. Each test opens its own browser context.
    isolate: false,
    // Side by side per file, never tests of one file.
    fileParallelism: WORKERS > 1,
    maxWorkers: WORKERS,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // What a user waits for (unlocking runs PBKDF2, a reload rebuilds the board) can take more
    // than vitest's default second on a busy 2-core machine; a real failure still fails.
    expect: { poll: { timeout: 10_000 } },
    reporters: process.env.CI_REPORT_FILE
      ? ['default', ['json', { outputFile: process.env.CI_REPORT_FILE }]]
      : ['default'],
  },
})
