import { wholeKeyOfPart } from '../../domain/sync/parts'
import type { SyncDocType } from '../../domain/sync/types'

/**
 * Which Dexie table becomes which document type (docs/sync-design.md §2), and how a record's
 * primary key becomes the document id and back. Snapshots and loaded uitwisselbestanden are
 * too large for one document: each record travels as parts `<type>:<key>:<part>`
 * (domain/sync/parts.ts, parted-records.ts).
 */
export const BRIDGED_TABLES = {
  youths: 'youth',
  reviews: 'review',
  reviewItems: 'reviewItem',
  reportNotes: 'reportNote',
  agreements: 'agreement',
  // The provider's side of the afspraken (issue 22): as received, with this team's progress.
  receivedAgreements: 'receivedAgreement',
  agreementSources: 'agreementSource',
  settings: 'setting',
  snapshots: 'snapshot',
  exchangeFiles: 'exchangeFile',
} as const satisfies Record<string, SyncDocType>

export type BridgedTable = keyof typeof BRIDGED_TABLES

/** Tables whose records travel as several documents, one per part. */
export type PartedTable = 'snapshots' | 'exchangeFiles'

export function isPartedTable(table: string): table is PartedTable {
  return table === 'snapshots' || table === 'exchangeFiles'
}

/** Of `settings` only the team's settings replicate; the other keys belong to this browser. */
export const TEAM_SETTINGS_KEY = 'app'

const TABLE_OF_TYPE = Object.fromEntries(
  Object.entries(BRIDGED_TABLES).map(([table, type]) => [type, table]),
) as Record<string, BridgedTable>

export function isBridgedTable(table: string): table is BridgedTable {
  return Object.hasOwn(BRIDGED_TABLES, table)
}

/** A record's primary key (reviewItems: `[reviewId, youthId]`) as Dexie takes it. */
export type RecordKey = string | [string, string]

/** The outbox stores strings as they are and compound keys as JSON text. */
export function keyFromOutbox(table: BridgedTable, key: string): RecordKey | null {
  if (table !== 'reviewItems') return key
  try {
    const parsed: unknown = JSON.parse(key)
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((k) => typeof k === 'string'))
      return [parsed[0] as string, parsed[1] as string]
  } catch {
    // Not a compound key: nothing to bridge.
  }
  return null
}

/**
 * `youth:<id>`, `reviewItem:<reviewId>:<youthId>`, `setting:app`, …; for a parted table the
 * whole's id (`snapshot:<reviewId>`), which its parts extend with `:<part>`.
 */
export function docIdOf(table: BridgedTable, key: RecordKey): string {
  return `${BRIDGED_TABLES[table]}:${Array.isArray(key) ? key.join(':') : key}`
}

/** The table and record key a document id stands for; null for types not bridged here. */
export function recordOfDocId(id: string): { table: BridgedTable; key: RecordKey } | null {
  const colon = id.indexOf(':')
  if (colon < 1) return null
  const table = TABLE_OF_TYPE[id.slice(0, colon)]
  const rest = id.slice(colon + 1)
  if (!table || rest === '') return null
  if (isPartedTable(table)) {
    const whole = wholeKeyOfPart(rest)
    return whole === null ? null : { table, key: whole }
  }
  if (table !== 'reviewItems') return { table, key: rest }
  const [reviewId, youthId, ...more] = rest.split(':')
  if (!reviewId || !youthId || more.length > 0) return null
  return { table, key: [reviewId, youthId] }
}

/** Every table the bridge writes when documents arrive (one transaction). */
export const INBOX_TABLES = [...Object.keys(BRIDGED_TABLES), 'audit', 'syncMeta'] as const
