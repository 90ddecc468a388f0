/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // CI asks for a JSON report too, to total the tests over all suites.
    reporters: process.env.CI_REPORT_FILE
      ? ['default', ['json', { outputFile: process.env.CI_REPORT_FILE }]]
      : ['default'],
    testTimeout: 20_000,
  },
})
