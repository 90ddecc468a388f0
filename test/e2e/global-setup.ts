import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { preview, type PreviewServer } from 'vite'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
  }
}

let server: PreviewServer | undefined

/** Serves the built app (dist/) on a free localhost port for the whole suite. */
export async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../..')
  // E2E_DIST lets several builds be tested side by side; CI uses the default dist/.
  const outDir = resolve(root, process.env.E2E_DIST ?? 'dist')
  if (!existsSync(resolve(outDir, 'index.html'))) {
    throw new Error(`${outDir} is missing: run \`npm run build\` before the end-to-end suite`)
  }
  server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1', open: false },
  })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('vite preview did not report its URL')
  project.provide('baseURL', url)
}

export async function teardown() {
  await server?.close()
}
