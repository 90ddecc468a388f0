import type { AuditEntry, AuditKind, IsoTimestamp } from '../domain/types'
import type { LastChange } from '../domain/versions/record-version'
import {
  isAuditBatch,
  type AuditBatch,
  type AuditBatchLine,
  type StoredAuditEntry,
} from './audit-record'
import { db } from './database'

/** The bridge's audit position in `syncMeta`: lines with local id ≤ `pushedThrough` are packed. */
export const AUDIT_SYNC_META_ID = '_audit'

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
 * Stored entries as audit entries: a batch becomes its lines (each with its own id, time and
 * actor where it kept them, else the batch's), last line first — a batch holds its lines
 * oldest first, so newest first means from the end. With `youthId`, only the lines about that
 * youth.
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
      // A line that kept its own id, time and actor is an audit entry as it is (no copy: a
      // report reads tens of thousands of them).
      if (line.id !== undefined && line.at !== undefined && line.actor !== undefined)
        out.push(line as AuditEntry)
      else out.push({ ...line, id: line.id ?? id, at: line.at ?? at, actor: line.actor ?? actor })
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
