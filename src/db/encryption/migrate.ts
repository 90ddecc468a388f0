import type Dexie from 'dexie'
import type { DBCoreTransaction, IndexableType } from 'dexie'
import type { EncryptionMiddleware } from './middleware'
import { protectedTables } from './protected-fields'
import { sealRecord } from './record-cipher'

const CHUNK = 1000
/** Fewer records per transaction where one record is large (a whole uitwisselbestand). */
const CHUNK_OF: Readonly<Record<string, number>> = { exchangeFiles: 25 }

/**
 * Seals (encrypt) or opens (decrypt) every record of every protected table, one chunk per
 * transaction so the app stays responsive and a closed tab loses nothing: each chunk is read
 * and rewritten atomically, and running it again is harmless (it is resumed after unlock).
 *
 * Records are read through Dexie (the middleware opens them, whatever their state) and written
 * straight to the database below the middleware: the values do not change for anyone reading,
 * so the board and other tabs are not told to reload 50,000 youths chunk after chunk.
 */
export async function migrateRecords(
  database: Dexie,
  middleware: EncryptionMiddleware,
  direction: 'encrypt' | 'decrypt',
  key: Uint8Array,
  onProgress: (done: number, total: number) => void,
): Promise<void> {
  const names = protectedTables().filter((name) => database.tables.some((t) => t.name === name))
  let total = 0
  for (const name of names) total += await database.table(name).count()
  let done = 0
  onProgress(done, total)
  for (const name of names) {
    const table = database.table<unknown>(name)
    const chunk = CHUNK_OF[name] ?? CHUNK
    let last: IndexableType | undefined
    for (;;) {
      const count = await database.transaction('rw', table, async (tx) => {
        const records =
          last === undefined
            ? await table.orderBy(':id').limit(chunk).toArray()
            : await table.where(':id').above(last).limit(chunk).toArray()
        if (records.length === 0) return 0
        const core = middleware.downstream().table(name)
        const values =
          direction === 'encrypt' ? records.map((r) => sealRecord(name, r, key)) : records
        const result = await core.mutate({
          trans: tx.idbtrans as unknown as DBCoreTransaction,
          type: 'put',
          values,
        })
        if (result.numFailures > 0) throw Object.values(result.failures)[0] ?? new Error('put')
        const extract = core.schema.primaryKey.extractKey
        const lastRecord = records.at(-1)
        if (!extract || lastRecord === undefined) throw new Error(`${name} has no inbound key`)
        last = extract(lastRecord) as IndexableType
        return records.length
      })
      done += count
      onProgress(done, Math.max(total, done))
      if (count < chunk) break
    }
  }
}
