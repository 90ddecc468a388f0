import { clearAll, seed } from './seed'

/**
 * The benchmark's in-browser side, served next to the app on the same origin (so it shares
 * the app's IndexedDB). `run.mjs` calls these through `window.__bench`; each timed operation
 * returns its own duration measured with the Performance API.
 */
async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now()
  const result = await work()
  return { ms: performance.now() - start, result }
}

const bench = {
  seed: (size: number) => timed(() => seed(size)),
  clear: () => timed(clearAll),
}

declare global {
  interface Window {
    __bench: typeof bench
  }
}

window.__bench = bench
document.body.dataset.ready = 'true'
