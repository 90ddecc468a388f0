// Records as IndexedDB holds them, read without Dexie (and its encryption middleware).
import { DB_NAME } from '../../src/db/database'

function readRaw(store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DB_NAME)
    open.onerror = () => reject(open.error ?? new Error('open'))
    open.onsuccess = () => {
      const idb = open.result
      const request = idb.transaction(store).objectStore(store).getAll()
      request.onsuccess = () => {
        idb.close()
        resolve(request.result as unknown[])
      }
      request.onerror = () => reject(request.error ?? new Error('read'))
    }
  })
}

/** The stores' raw records as one text, ciphertext included, to search for plain values. */
export async function rawStoreText(stores: readonly string[]): Promise<string> {
  const all = await Promise.all(stores.map(readRaw))
  return JSON.stringify(all, (_, v: unknown) =>
    v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v,
  )
}
