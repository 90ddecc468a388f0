import type { DoorstroomDatabase } from '../database'
import { enqueueAllLocal } from './bridge-repo'
import { BRIDGED_TABLES } from './doc-map'

/**
 * The Dexie side of team encryption in the bridge (docs/sync-design.md §7): which team key
 * this browser's documents were last all sealed under, so turning encryption on re-writes
 * every document once, sealed, and a reload halfway goes on from the outbox.
 */
const SEALED_META_ID = '_sealed'

/** The reason kept for a sealed document that does not open (listed like a refused record). */
export const SEALED_REASON = 'sealed-body'

export async function sealedUnder(database: DoorstroomDatabase): Promise<string | null> {
  const meta = await database.syncMeta.get(SEALED_META_ID)
  return typeof meta?.keyId === 'string' ? meta.keyId : null
}

/** Marks that everything from now on leaves sealed under `keyId` (no re-write needed). */
export async function markSealedUnder(database: DoorstroomDatabase, keyId: string): Promise<void> {
  await database.syncMeta.put({ id: SEALED_META_ID, keyId })
}

/**
 * Team encryption was turned on while connected: every bridged record goes into the outbox
 * again (the drain writes each one sealed over its plain document), together with the mark.
 */
export async function resealAll(database: DoorstroomDatabase, keyId: string): Promise<number> {
  const tables = [...Object.keys(BRIDGED_TABLES), 'syncOutbox', 'syncMeta']
  return database.transaction('rw', tables, async () => {
    const rows = await enqueueAllLocal(database)
    await markSealedUnder(database, keyId)
    return rows
  })
}
