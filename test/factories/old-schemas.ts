import Dexie from 'dexie'

/**
 * Schema versions 1–8 exactly as src/db/database.ts declares them, for upgrade tests: a
 * database made with these is what a browser that last ran an older release holds.
 */
const OLD_SCHEMAS: readonly Record<string, string | null>[] = [
  {
    youths: 'id, &clientRef, municipalityCode, updatedAt',
    assessments: '[youthId+preconditionId], preconditionId',
    settings: 'key',
    audit: '++id, at, youthId',
  },
  {
    reviews: 'id, status, date',
    reviewItems: '[reviewId+youthId], reviewId, youthId',
    snapshots: 'reviewId, date',
    reportNotes: 'id',
  },
  { youths: 'id, &clientRef', assessments: '[youthId+preconditionId]' },
  { exchangeFiles: 'key, providerKey, peildatum', agreements: 'id, providerKey' },
  // v5 to v7 without their upgrade: a database created at that version has nothing to move.
  { audit: '++id, at, youthId, *youthIds' },
  { assessments: null },
  { audit: '++id, &uid, at, youthId, *youthIds', syncOutbox: '++seq', syncMeta: 'id' },
  { receivedAgreements: 'id, issuerKey', agreementSources: 'issuerKey' },
]

/** A Dexie database named `name` at schema `version` (1–8), to fill and close. */
export function oldDatabase(name: string, version: number): Dexie {
  const old = new Dexie(name)
  OLD_SCHEMAS.slice(0, version).forEach((stores, i) => old.version(i + 1).stores(stores))
  return old
}
