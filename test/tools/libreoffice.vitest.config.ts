import { defineConfig } from 'vitest/config'

/**
 * The LibreOffice round trip (test/tools/libreoffice-roundtrip.mjs runs it): the Excel export
 * opened by a second spreadsheet program, headless. Not in `npm test`: it needs soffice.
 */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/tools/**/*.libreoffice.ts'],
    environment: 'node',
    testTimeout: 240_000,
    reporters: process.env.CI_REPORT_FILE
      ? ['default', ['json', { outputFile: process.env.CI_REPORT_FILE }]]
      : ['default'],
  },
})
