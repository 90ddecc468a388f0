import type { Transaction } from 'dexie'
import type { AuditBatch, AuditBatchLine, StoredAuditEntry } from '../audit-record'
import { isAuditBatch } from '../audit-record'
import type { DoorstroomDatabase } from '../database'
import { batchLineUid, singleLineUid } from './audit-uids'
import type { SyncMetaRecord } from './records'

/** Lines per audit document (docs/sync-design.md §4): the size compaction found cheap to read. */
export const AUDIT_PACK_LINES = 250
/** Bookkeeping record: the local audit id up to which this laptop's lines are packed. */
export const AUDIT_META_ID = '_audit'

/** One line as it travels: its global `uid` instead of this browser's local `id`. */
export type PackLine = Omit<AuditBatchLine, 'id'> & { uid: string; at: string; actor: string }

export interface AuditPack {
  docId: string
  data: { lines: PackLine[] }
}

type LineWithUid = AuditBatchLine & { uid?: string }

function packLine(line: LineWithUid, uid: string, at: string, actor: string): PackLine {
  const { id: _localId, ...rest } = line
  return { ...rest, uid, at, actor }
}

/**
 * The lines of one stored entry with their uids. A line written before uids existed gets the
 * upgrade's deterministic one (`<replica>.<id>`, in a batch `<replica>.<batch id>.<index>`), so
 * whichever stamps it first, the result is the same.
 */
function linesOf(entry: StoredAuditEntry, replicaId: string): PackLine[] {
  const id = entry.id ?? 0
  if (!isAuditBatch(entry)) {
    const uid = (entry as { uid?: string }).uid ?? singleLineUid(replicaId, id)
    return [packLine(entry, uid, entry.at, entry.actor)]
  }
  return entry.lines.map((line: LineWithUid, index) =>
    packLine(
      line,
      line.uid ?? batchLineUid(replicaId, id, index),
      line.at ?? entry.at,
      line.actor ?? entry.actor,
    ),
  )
}

/**
 * This laptop's audit lines not yet packed, as documents `audit:<replica>:<first>` of ≤ 250
 * lines, and the local id they reach. The ids are deterministic, so a pack put before a crash
 * is found again (409 on the same id) instead of written twice. Lines of other laptops (packs
 * that arrived as batch records) are passed over.
 */
export async function readUnpackedAudit(
  database: DoorstroomDatabase,
  replicaId: string,
  maxRecords = 2_000,
): Promise<{ packs: AuditPack[]; through: number }> {
  const meta = await database.syncMeta.get(AUDIT_META_ID)
  const from = typeof meta?.pushedThrough === 'number' ? meta.pushedThrough : 0
  const entries = await database.audit.where(':id').above(from).limit(maxRecords).toArray()
  const packs: AuditPack[] = []
  let current: AuditPack | null = null
  for (const entry of entries) {
    const lines = linesOf(entry, replicaId)
    lines.forEach((line, index) => {
      if (!line.uid.startsWith(`${replicaId}.`)) return
      if (!current || current.data.lines.length >= AUDIT_PACK_LINES) {
        const first = index === 0 ? `${entry.id}` : `${entry.id}.${index}`
        current = { docId: `audit:${replicaId}:${first}`, data: { lines: [] } }
        packs.push(current)
      }
      current.data.lines.push(line)
    })
  }
  const last = entries.at(-1)
  return { packs, through: last?.id ?? from }
}

/** Records that the packs are in PouchDB (their revs) and that lines up to `through` are packed. */
export async function markAuditPacked(
  database: DoorstroomDatabase,
  through: number,
  revs: readonly [string, string][],
): Promise<void> {
  await database.transaction('rw', database.syncMeta, async () => {
    const meta = await database.syncMeta.get(AUDIT_META_ID)
    await database.syncMeta.put({ ...meta, id: AUDIT_META_ID, pushedThrough: through })
    await database.syncMeta.bulkPut(revs.map(([id, rev]) => ({ id, rev })))
  })
}

/**
 * An audit pack from another laptop becomes one batch record (already as cheap to read as
 * compaction makes lines). Its lines keep their uid, time and actor; they take the batch's local
 * id, as an import's lines do. Call inside the inbox transaction; a pack already here (its
 * document known in syncMeta) is not added twice.
 */
export async function addIncomingPack(
  tx: Transaction,
  known: SyncMetaRecord | undefined,
  data: unknown,
): Promise<void> {
  if (known) return
  const lines = (data as { lines?: PackLine[] } | null)?.lines
  const first = lines?.[0]
  if (!lines || !first) return
  const youthIds = [...new Set(lines.flatMap((l) => (l.youthId ? [l.youthId] : [])))]
  const batch: AuditBatch = {
    at: first.at,
    actor: first.actor,
    kind: 'batch',
    youthId: null,
    preconditionId: null,
    before: null,
    after: null,
    youthIds,
    lines,
  }
  await tx.table<StoredAuditEntry, number>('audit').add(batch)
}
