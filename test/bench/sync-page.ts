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

/** Bytes of the replica's stored records (JSON), read raw from PouchDB's IndexedDB store. */
async function storedBytes(name: string): Promise<number> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(`_pouch_${name}`)
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(open.error ?? new Error('open'))
  })
  const store = adapter === 'indexeddb' ? 'docs' : 'by-sequence'
  let bytes = 0
  await new Promise<void>((resolve, reject) => {
    const cursor = idb.transaction(store).objectStore(store).openCursor()
    cursor.onsuccess = () => {
      const at = cursor.result
      if (!at) return resolve()
      bytes += JSON.stringify(at.value).length
      at.continue()
    }
    cursor.onerror = () => reject(cursor.error ?? new Error('cursor'))
  })
  idb.close()
  return bytes
}

/**
 * A year of edits on the downloaded replica (`edits` new revisions of every youth, as the
 * bridge writes them), then `compact()`: stored bytes and a full read before and after.
 */
async function compaction(name: string, edits: number) {
  const local = new PouchDB(name, { adapter, auto_compaction: false })
  const ids = (await local.allDocs({ startkey: 'youth:', endkey: 'youth:\ufff0' })).rows.map(
    (r) => r.id,
  )
  const editStart = performance.now()
  for (let round = 1; round <= edits; round++) {
    for (let i = 0; i < ids.length; i += 500) {
      const docs = (
        await local.allDocs({ keys: ids.slice(i, i + 500), include_docs: true })
      ).rows.flatMap((r) => (r.doc ? [r.doc] : []))
      for (const doc of docs) {
        const data = doc.data as { version: number; updatedAt: string }
        doc.data = { ...data, version: data.version + 1, updatedAt: `2026-${round}` }
      }
      await local.bulkDocs(docs)
    }
  }
  const editMs = performance.now() - editStart
  const readAll = async () => {
    const start = performance.now()
    await local.allDocs({ include_docs: true })
    return performance.now() - start
  }
  const estimate = async () => (await navigator.storage.estimate()).usage ?? 0
  const before = {
    bytes: await storedBytes(name),
    usage: await estimate(),
    readMs: await readAll(),
  }
  const start = performance.now()
  await local.compact()
  const compactMs = performance.now() - start
  const after = { bytes: await storedBytes(name), usage: await estimate(), readMs: await readAll() }
  await local.close()
  return { youths: ids.length, edits, editMs, before, compactMs, after }
}

declare global {
  interface Window {
    syncBench: {
      replicate(remote: string, name: string, batch: number, auth: string): Promise<Download>
      destroy(name: string): Promise<void>
      compaction(name: string, edits: number): Promise<unknown>
    }
  }
}

window.syncBench = {
  replicate,
  compaction,
  async destroy(name) {
    await new PouchDB(name, { adapter }).destroy()
  },
}
