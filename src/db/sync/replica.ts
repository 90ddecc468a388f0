import { db } from '../database'
import { loadedReplicaId } from './audit-uids'

/**
 * This database's replica id (80 random bits, base32): the prefix of every audit line's uid
 * written here and the name of this browser's audit packs (docs/sync-design.md §12). Created
 * with the database or by the v7 upgrade, read once when the database opens, never replicated.
 */
export async function getReplicaId(): Promise<string> {
  if (!db.isOpen()) await db.open()
  const replicaId = loadedReplicaId(db)
  if (replicaId === null) throw new Error('The replica id was not read when the database opened')
  return replicaId
}
