import type { DoorstroomDatabase } from '../database'
import { isKeyConflict } from '../storage'
import type { StoredYouth } from '../youth-record'

/**
 * `syncMeta` ids of youths that arrived with a cliëntnummer this laptop already has; the
 * bridge stores `{ id: '_duplicate:<docId>', clientRef, localYouthId, record }` and the youth
 * waits there until a person decides or the team's decision arrives (docs/sync-design.md §6).
 */
export const DUPLICATE_PREFIX = '_duplicate:'

export interface DuplicateRow {
  id: string
  clientRef: string
  localYouthId: string
  record: StoredYouth
}

/**
 * Stores `youth` from the team, or, when another youth here has its cliëntnummer, keeps it
 * waiting as a duplicate (then true). Call inside the inbox transaction.
 */
export async function putIncomingYouth(
  database: DoorstroomDatabase,
  docId: string,
  youth: StoredYouth,
): Promise<boolean> {
  try {
    await database.youths.put(youth)
    await database.syncMeta.delete(`${DUPLICATE_PREFIX}${docId}`)
    return false
  } catch (error) {
    if (!isKeyConflict(error)) throw error
    const local = await database.youths.where('clientRef').equals(youth.clientRef).first()
    await database.syncMeta.put({
      id: `${DUPLICATE_PREFIX}${docId}`,
      clientRef: youth.clientRef,
      localYouthId: local?.id ?? null,
      record: youth,
    })
    return true
  }
}

/** Whether any youth waits as a duplicate (the inbox then settles after each youth it writes). */
export async function anyWaiting(database: DoorstroomDatabase): Promise<boolean> {
  return (await database.syncMeta.where('id').startsWith(DUPLICATE_PREFIX).count()) > 0
}

/**
 * After a youth here was deleted or renumbered by the team (the other laptop merged or
 * renumbered a duplicate pair): a youth waiting on it with its cliëntnummer is tried again,
 * so the duplicate goes from this laptop's list too. Call inside the inbox transaction.
 */
export async function settleWaiting(database: DoorstroomDatabase, youthId: string): Promise<void> {
  const waiting = (await database.syncMeta
    .where('id')
    .startsWith(DUPLICATE_PREFIX)
    .toArray()) as unknown as DuplicateRow[]
  const current = await database.youths.get(youthId)
  for (const row of waiting) {
    if (row.localYouthId !== youthId) continue
    if (current?.clientRef === row.clientRef) continue
    await putIncomingYouth(database, row.id.slice(DUPLICATE_PREFIX.length), row.record)
  }
}
