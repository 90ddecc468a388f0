import { db } from '../../src/db/database'

/**
 * The storage floor: plain IndexedDB, no Dexie, no middleware, no app code. What the board's
 * load and the import cost beside it shows how much of their time is the app's own.
 */
function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'))
  })
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('transaction failed'))
  })
}

/** Every youth (with its assessments, schema v5) read with one getAll, in one read transaction. */
export async function rawRead(): Promise<{ ms: number; records: number }> {
  await db.open()
  const idb = db.backendDB()
  const start = performance.now()
  const tx = idb.transaction(['youths'], 'readonly')
  const youths = await request(tx.objectStore('youths').getAll())
  return { ms: performance.now() - start, records: youths.length }
}

const WRITTEN = ['youths', 'audit'] as const

/** Reads what the tables now hold (not timed), for `rawWrite` to write the same records. */
export async function currentRecords(): Promise<Record<(typeof WRITTEN)[number], unknown[]>> {
  const [youths, audit] = await Promise.all(WRITTEN.map((t) => db.table(t).toArray()))
  return { youths: youths ?? [], audit: audit ?? [] }
}

/** Puts these records with plain IndexedDB in one transaction (the tables emptied first, not timed). */
export async function rawWrite(
  records: Record<(typeof WRITTEN)[number], unknown[]>,
): Promise<{ ms: number; records: number }> {
  await db.open()
  const idb = db.backendDB()
  const clear = idb.transaction([...WRITTEN], 'readwrite')
  for (const name of WRITTEN) clear.objectStore(name).clear()
  await done(clear)
  const start = performance.now()
  const tx = idb.transaction([...WRITTEN], 'readwrite')
  let count = 0
  for (const name of WRITTEN) {
    const store = tx.objectStore(name)
    for (const value of records[name]) {
      store.put(value)
      count++
    }
  }
  await done(tx)
  return { ms: performance.now() - start, records: count }
}
