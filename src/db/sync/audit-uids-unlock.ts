import type Dexie from 'dexie'
import { isAuditBatch, type StoredAuditEntry } from '../audit-record'
import {
  batchLineUid,
  loadedReplicaId,
  PENDING_UIDS_SETTINGS_KEY,
  stampBatchLines,
} from './audit-uids'

// Apart from audit-uids.ts so that it loads only for the one unlock that needs it (it is not
// part of the JavaScript every visit downloads).

/** Sealed batches opened and stamped per transaction (a batch holds up to 1,000 lines). */
const PENDING_CHUNK = 50

/**
 * The one-time pass for the batches the v7 upgrade found sealed: at the first unlock after it
 * (the records are opened and sealed again by the encryption middleware), each line without a
 * uid gets `batchLineUid`, the rule the upgrade applies to plain batches. Each chunk and the
 * shortened list are written together, so a closed tab resumes where it stopped.
 */
export async function stampPendingAuditUids(database: Dexie): Promise<void> {
  const settings = database.table<{ key: string; value: unknown }, string>('settings')
  const audit = database.table<StoredAuditEntry, number>('audit')
  const listed = (await settings.get(PENDING_UIDS_SETTINGS_KEY))?.value
  if (!Array.isArray(listed)) return
  const pending = listed.filter((id): id is number => typeof id === 'number')
  if (!database.isOpen()) await database.open()
  const replicaId = loadedReplicaId(database)
  if (replicaId === null) throw new Error('The replica id was not read when the database opened')
  for (let start = 0; start < pending.length || start === 0; start += PENDING_CHUNK) {
    const ids = pending.slice(start, start + PENDING_CHUNK)
    const rest = pending.slice(start + PENDING_CHUNK)
    await database.transaction('rw', audit, settings, async () => {
      const changed = (await audit.bulkGet(ids)).flatMap((entry) => {
        if (!entry || !isAuditBatch(entry) || !Array.isArray(entry.lines)) return []
        const id = entry.id as number
        const lines = stampBatchLines(entry.lines, (i) => batchLineUid(replicaId, id, i))
        return lines === entry.lines ? [] : [{ ...entry, lines }]
      })
      await audit.bulkPut(changed)
      if (rest.length > 0) await settings.put({ key: PENDING_UIDS_SETTINGS_KEY, value: rest })
      else await settings.delete(PENDING_UIDS_SETTINGS_KEY)
    })
  }
}
