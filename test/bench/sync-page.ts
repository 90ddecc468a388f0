/**
 * The browser half of `npm run bench:sync` (sync-download.mjs): PouchDB 9 in Chromium
 * replicating a team database from pouchdb-server into IndexedDB, served from the server's
 * own origin as the app will be (`/db/` on the app's origin).
 */
import PouchDB from 'pouchdb-browser'

interface Download {
  ms: number
  docs: number
  written: number
  requests: number
  waitMs: number
  slowest: { path: string; ms: number }[]
}

/**
 * Counts the HTTP requests one replication makes (through PouchDB's fetch option) and the time
 * spent waiting for their responses' headers — the server's share, roughly.
 */
function countingFetch() {
  const counter = { requests: 0, waitMs: 0, slowest: [] as { path: string; ms: number }[] }
  const fetchWith = async (url: string | Request, init?: RequestInit) => {
    counter.requests += 1
    const start = performance.now()
    const response = await fetch(url, init)
    const ms = performance.now() - start
    counter.waitMs += ms
    const path = new URL(typeof url === 'string' ? url : url.url).pathname
    counter.slowest = [...counter.slowest, { path, ms: Math.round(ms) }]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3)
    return response
  }
  return { counter, fetchWith }
}

/** `?adapter=indexeddb` with sync-page-indexeddb.ts; PouchDB 9's default is `idb`. */
const adapter = new URLSearchParams(location.search).get('adapter') ?? undefined

async function replicate(remoteUrl: string, name: string, batchSize: number, auth: string) {
  const { counter, fetchWith } = countingFetch()
  const local = new PouchDB(name, { adapter })
  const remote = new PouchDB(remoteUrl, {
    fetch: (url, init) => {
      const headers = new Headers(init?.headers)
      headers.set('Authorization', auth)
      return fetchWith(url, { ...init, headers })
    },
  })
  const start = performance.now()
  const result = await PouchDB.replicate(remote, local, {
    batch_size: batchSize,
    batches_limit: 5,
  })
  const ms = performance.now() - start
  const info = await local.info()
  await local.close()
  await remote.close()
  return { ms, docs: info.doc_count, written: result.docs_written, ...counter }
}

declare global {
  interface Window {
    syncBench: {
      replicate(remote: string, name: string, batch: number, auth: string): Promise<Download>
      destroy(name: string): Promise<void>
    }
  }
}

window.syncBench = {
  replicate,
  async destroy(name) {
    await new PouchDB(name, { adapter }).destroy()
  },
}
