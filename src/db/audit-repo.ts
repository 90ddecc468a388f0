import type { AuditEntry, AuditKind, IsoTimestamp } from '../domain/types'
import type { LastChange } from '../domain/versions/record-version'
import { db } from './database'

/** One line of an audit batch: an audit line without its own time and actor. */
export type AuditBatchLine = Pick<
  AuditEntry,
  'kind' | 'youthId' | 'preconditionId' | 'before' | 'after' | 'fromVersion'
>

/**
 * Many audit lines made at one moment by one actor (an import), stored as one record (schema
 * v5): IndexedDB's cost is mostly per record. `youthIds` (a multi-entry index) finds the
 * batches about one youth. Only this folder sees batches: reads hand out their lines as
 * ordinary audit entries (`expandAudit`), so history and point-in-time reports read them
 * like any other line.
 */
export interface AuditBatch {
  id?: number
  at: IsoTimestamp
  actor: string
  kind: 'batch'
  youthId: null
  preconditionId: null
  before: null
  after: null
  youthIds: string[]
  lines: AuditBatchLine[]
}

/** What the audit table holds: single lines and batches. */
export type StoredAuditEntry = AuditEntry | AuditBatch

export function isAuditBatch(entry: StoredAuditEntry): entry is AuditBatch {
  return entry.kind === 'batch'
}

/** Lines per batch record: one youth's history then reads at most this many lines extra. */
export const AUDIT_BATCH_LINES = 1000

/** The batch records for these lines, all made at `at` by `actor`. */
export function auditBatches(
  lines: readonly AuditBatchLine[],
  actor: string,
  at: IsoTimestamp,
): AuditBatch[] {
  const batches: AuditBatch[] = []
  for (let start = 0; start < lines.length; start += AUDIT_BATCH_LINES) {
    const chunk = lines.slice(start, start + AUDIT_BATCH_LINES)
    const youthIds = [...new Set(chunk.flatMap((l) => (l.youthId ? [l.youthId] : [])))]
    batches.push({
      at,
      actor,
      kind: 'batch',
      youthId: null,
      preconditionId: null,
      before: null,
      after: null,
      youthIds,
      lines: chunk,
    })
  }
  return batches
}

/**
 * Stored entries as audit entries: a batch becomes its lines (each with the batch's time,
 * actor and id), last line first — within a batch, newest first means from the end.
 * With `youthId`, only the lines about that youth.
 */
export function expandAudit(entries: readonly StoredAuditEntry[], youthId?: string): AuditEntry[] {
  const out: AuditEntry[] = []
  for (const entry of entries) {
    if (!isAuditBatch(entry)) {
      out.push(entry)
      continue
    }
    const { id, at, actor, lines } = entry
    for (let i = lines.length - 1; i >= 0; i--) {
      const line = lines[i]
      if (!line || (youthId !== undefined && line.youthId !== youthId)) continue
      out.push({ ...line, id, at, actor })
    }
  }
  return out
}

/** One audit line as written: the time defaults to now. */
export type AuditLine = Omit<AuditEntry, 'id' | 'at'> & { at?: IsoTimestamp }

/** Appends one line to the audit log; call inside the transaction of the change it records. */
export async function appendAudit(entry: AuditLine) {
  await db.audit.add({ ...entry, at: entry.at ?? new Date().toISOString() })
}

/** An audit line about the data as a whole (a review, a restored back-up), not one youth. */
export async function appendGeneralAudit(
  kind: Extract<AuditKind, 'review' | 'settings'>,
  actor: string,
  after: unknown,
  at?: IsoTimestamp,
) {
  await appendAudit({ actor, kind, youthId: null, preconditionId: null, before: null, after, at })
}

/** The change history of one youth (its own lines and its lines in batches), newest first. */
export async function auditForYouth(youthId: string): Promise<AuditEntry[]> {
  const [own, batches] = await Promise.all([
    db.audit.where('youthId').equals(youthId).toArray(),
    db.audit.where('youthIds').equals(youthId).toArray(),
  ])
  const entries = expandAudit([...own, ...batches], youthId)
  return entries.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : (b.id ?? 0) - (a.id ?? 0)))
}

/** Who last changed the youth's own record (details or uitstroom) and when; null if no one. */
export async function lastYouthChange(youthId: string): Promise<LastChange | null> {
  const latest = (await auditForYouth(youthId)).find(
    (e) => e.kind === 'youth' || e.kind === 'outflow',
  )
  return latest ? { actor: latest.actor, at: latest.at } : null
}
