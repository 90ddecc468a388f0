import type { AuditEntry, IsoTimestamp } from '../domain/types'

// The stored shape of the audit table, apart from the repository so that the database schema
// (database.ts) can name it without importing the repository that uses the database.

/**
 * One line of an audit batch. An import's lines share the batch's time and actor; a line moved
 * into a batch by `compactAudit` keeps its own `id`, `at` and `actor`, so it sorts exactly as
 * it did as a single record.
 */
export type AuditBatchLine = Pick<
  AuditEntry,
  'kind' | 'youthId' | 'preconditionId' | 'before' | 'after' | 'fromVersion'
> &
  Partial<Pick<AuditEntry, 'id' | 'at' | 'actor' | 'uid'>>

/**
 * Many audit lines made at one moment by one actor (an import), stored as one record (schema
 * v5): IndexedDB's cost is mostly per record. `youthIds` (a multi-entry index) finds the
 * batches about one youth. Only this folder sees batches: reads hand out their lines as
 * ordinary audit entries (`expandAudit`), so history and point-in-time reports read them
 * like any other line. A batch has no `uid` of its own (it stays out of the unique index);
 * each of its lines has one (schema v7).
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
