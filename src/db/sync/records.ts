import type { SyncDocType } from '../../domain/sync/types'

/**
 * The local-only tables team sync adds in schema v7 (docs/sync-design.md §4). Never replicated,
 * never in a back-up.
 */

/**
 * One local write to a replicated table, appended in the same IndexedDB transaction as the
 * write itself (outbox middleware), so nothing changed offline or before a crash is forgotten.
 * The bridge drains rows in `seq` order and deletes them once the document is in PouchDB.
 */
export interface SyncOutboxRow {
  seq?: number
  /** Dexie table name of the written record. */
  table: string
  /** The record's primary key; compound keys as their JSON text. */
  key: string
}

/**
 * The bridge's bookkeeping: per document id (`youth:<id>`, …) the revision last exchanged with
 * PouchDB, and under ids starting with `_` its positions, refused records and duplicate
 * conflicts. The bridge owns the exact fields.
 */
export interface SyncMetaRecord {
  id: string
  rev?: string
  [field: string]: unknown
}

/** A local record as the body of its document; `data: null` when the record was deleted. */
export interface OutgoingDoc {
  docId: string
  type: SyncDocType
  data: unknown
  /** The revision last exchanged with PouchDB; absent for a document that never left here. */
  rev: string | undefined
}

/**
 * A document from PouchDB to write into Dexie; `data: null` deletes the record. A part of a
 * snapshot or file carries the whole record once every part is here, and `partOnly` before
 * (only its revision is kept).
 */
export interface IncomingDoc {
  docId: string
  type: SyncDocType
  rev: string
  data: unknown
  partOnly?: boolean
}
