import { defineConfig } from 'vitest/config'

const WORKERS = Math.max(1, Number(process.env.E2E_WORKERS ?? 1) || 1)

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
    // E2E_WORKERS browsers side by side (files, never tests of one file); default one at a time.
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
