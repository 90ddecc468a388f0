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
}

/** Counts the HTTP requests one replication makes (through PouchDB's fetch option). */
function countingFetch() {
  const counter = { requests: 0 }
  const fetchWith = (url: string | Request, init?: RequestInit) => {
    counter.requests += 1
    return fetch(url, init)
  }
  return { counter, fetchWith }
}

async function replicate(remoteUrl: string, name: string, batchSize: number, auth: string) {
  const { counter, fetchWith } = countingFetch()
  const local = new PouchDB(name)
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
  return { ms, docs: info.doc_count, written: result.docs_written, requests: counter.requests }
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
    await new PouchDB(name).destroy()
  },
}
