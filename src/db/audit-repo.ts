import type { AuditEntry, AuditKind, IsoTimestamp } from '../domain/types'
import type { LastChange } from '../domain/versions/record-version'
import { db } from './database'

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

/** The change history of one youth, newest first. */
export async function auditForYouth(youthId: string): Promise<AuditEntry[]> {
  const entries = await db.audit.where('youthId').equals(youthId).toArray()
  return entries.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : (b.id ?? 0) - (a.id ?? 0)))
}

/** Who last changed the youth's own record (details or uitstroom) and when; null if no one. */
export async function lastYouthChange(youthId: string): Promise<LastChange | null> {
  const latest = (await auditForYouth(youthId)).find(
    (e) => e.kind === 'youth' || e.kind === 'outflow',
  )
  return latest ? { actor: latest.actor, at: latest.at } : null
}
