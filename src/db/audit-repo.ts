import type { AuditEntry } from '../domain/types'
import { db } from './database'

/** Appends one line to the audit log; call inside the transaction of the change it records. */
export async function appendAudit(entry: Omit<AuditEntry, 'id' | 'at'> & { at?: string }) {
  await db.audit.add({ ...entry, at: entry.at ?? new Date().toISOString() })
}

/** The change history of one youth, newest first. */
export async function auditForYouth(youthId: string): Promise<AuditEntry[]> {
  const entries = await db.audit.where('youthId').equals(youthId).toArray()
  return entries.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : (b.id ?? 0) - (a.id ?? 0)))
}
