import Dexie, { type EntityTable, type Table } from 'dexie'
import type { ReportNote, Review, ReviewItem, ReviewSnapshot, Youth } from '../domain/types'
import type { AgreementSource, ReceivedAgreement } from '../domain/agreements/received'
import type { StoredAgreement, StoredExchangeFile } from '../domain/municipal/types'
import type { StoredFileDigest } from '../domain/municipal/digest'
import { handleVersionChange } from './connection-events'
import { encryptionMiddleware } from './encryption/instance'
import { faultInjectionMiddleware } from './fault-injection'
import { createStorageWatchMiddleware } from './storage'
import { foldAssessmentsIntoYouths } from './upgrade-v5'
import type { StoredYouth } from './youth-record'
import type { StoredAuditEntry } from './audit-record'
import type { SyncMetaRecord, SyncOutboxRow } from './sync/records'
import type { FieldConflict } from '../domain/sync/types'
import { installAuditUids, upgradeAuditUids } from './sync/audit-uids'
import { followSyncSetting, outboxMiddleware } from './sync/outbox-middleware'

export const DB_NAME = 'doorstroombord'

export interface SettingsRecord {
  key: string
  value: unknown
  /**
   * The app settings' last-changed version, who made it and when (settings-repo.ts); absent: 0.
   * Not named changedAt: a back-up merge reads that as the record's time (a behaviour change).
   */
  version?: number
  versionBy?: string
  versionAt?: string
  /** Open team-sync conflicts of the team's settings (`app`; domain/sync/merge-doc.ts). */
  syncConflicts?: FieldConflict[]
}

/**
 * The one IndexedDB database. Every schema change is a new version with an upgrade
 * (see README.md in this folder) and a test that opens a database of the old version.
 */
export class DoorstroomDatabase extends Dexie {
  /** Each youth with its current assessments (since v5; see youth-record.ts). */
  youths!: EntityTable<StoredYouth, 'id'>
  settings!: EntityTable<SettingsRecord, 'key'>
  /** Single audit lines and, since v5, batches of lines (audit-repo.ts). */
  audit!: EntityTable<StoredAuditEntry, 'id'>
  reviews!: EntityTable<Review, 'id'>
  reviewItems!: Table<ReviewItem, [string, string]>
  snapshots!: EntityTable<ReviewSnapshot, 'reviewId'>
  reportNotes!: EntityTable<ReportNote, 'id'>
  exchangeFiles!: EntityTable<StoredExchangeFile, 'key'>
  /** Per stored uitwisselbestand, what the overview needs of it without its rows (v9). */
  exchangeDigests!: EntityTable<StoredFileDigest, 'key'>
  /** The gemeente's afspraken; records from before schema v8 may have the old shape. */
  agreements!: EntityTable<StoredAgreement, 'id'>
  /** The provider's side (v8): afspraken the gemeenten sent, with the provider's progress. */
  receivedAgreements!: EntityTable<ReceivedAgreement, 'id'>
  /** The newest afsprakenbestand loaded per gemeente or jeugdregio (v8). */
  agreementSources!: EntityTable<AgreementSource, 'issuerKey'>
  /** Team sync (v7): local writes not yet handed to PouchDB, and the bridge's bookkeeping. */
  syncOutbox!: EntityTable<SyncOutboxRow, 'seq'>
  syncMeta!: EntityTable<SyncMetaRecord, 'id'>

  constructor(name: string = DB_NAME) {
    super(name)
    this.version(1).stores({
      youths: 'id, &clientRef, municipalityCode, updatedAt',
      assessments: '[youthId+preconditionId], preconditionId',
      settings: 'key',
      audit: '++id, at, youthId',
    })
    // v2: monthly reviews with their immutable snapshots, and report notes per period.
    this.version(2)
      .stores({
        reviews: 'id, status, date',
        reviewItems: '[reviewId+youthId], reviewId, youthId',
        snapshots: 'reviewId, date',
        reportNotes: 'id',
      })
      .upgrade(async (tx) => {
        await tx
          .table<Youth>('youths')
          .toCollection()
          .modify((youth) => {
            youth.redStreaks = {}
          })
      })
    // v3: drop indexes that nothing queries (youths by gemeente or updatedAt, assessments by
    // precondition). Every index costs on every write; an import of 50,000 rows writes over
    // 200,000 records.
    this.version(3).stores({
      youths: 'id, &clientRef',
      assessments: '[youthId+preconditionId]',
    })
    // v4: the Gemeente-overzicht's loaded uitwisselbestanden (keyed by fileKey, the same on every
    // laptop) and its afspraken. Only new tables, so no upgrade: this step does not depend on
    // the ones before it and can take another number when branches merge.
    this.version(4).stores({
      exchangeFiles: 'key, providerKey, peildatum',
      agreements: 'id, providerKey',
    })
    // v5: a youth's assessments live in its own record (youth-record.ts), and an audit entry
    // can hold a batch of lines (an import) indexed by every youth it is about (`*youthIds`).
    // Measured in Chromium: 50,000 youths imported with their assessments and audit lines as
    // today's ~225,000 records take ~21 s to put; as 50,000 youth records and 50 batch
    // entries ~9 s. The old table stays until v6, which drops it (Dexie reads a table in an
    // upgrade only while a version still declares it).
    this.version(5)
      .stores({ audit: '++id, at, youthId, *youthIds' })
      .upgrade(foldAssessmentsIntoYouths)
    this.version(6).stores({ assessments: null })
    // v7: team sync (docs/sync-design.md §4, §12). Audit lines get a global `uid` beside the
    // local `++id` order (lines without one stay out of the unique index); the outbox and the
    // bridge's bookkeeping are local-only tables. The upgrade creates the replica id and
    // stamps every existing line (sync/audit-uids.ts); new lines are stamped by a hook.
    this.version(7)
      .stores({
        audit: '++id, &uid, at, youthId, *youthIds',
        syncOutbox: '++seq',
        syncMeta: 'id',
      })
      .upgrade(upgradeAuditUids)
    // v8: afspraken from gemeenten on the provider's board (docs/agreements-file-design.md §4).
    // Only new tables, so no upgrade: the gemeente's records are normalised when read.
    this.version(8).stores({
      receivedAgreements: 'id, issuerKey',
      agreementSources: 'issuerKey',
    })
    // v9: the Gemeente-overzicht opens from a digest per stored uitwisselbestand and reads rows
    // only for the ronde shown (issue 21 item 11; exchange-digests-repo.ts). `loadedAt` is
    // indexed so a digest is checked against its file without reading the file. Only a new
    // table and index, so no upgrade: files stored before get their digest when first shown.
    this.version(9).stores({
      exchangeFiles: 'key, providerKey, peildatum, loadedAt',
      exchangeDigests: 'key',
    })
    // After the last version: declaring a version anew replaces the tables and their hooks.
    installAuditUids(this)
  }
}

export const db = new DoorstroomDatabase()
// Optional encryption at rest (src/db/encryption) and failed-commit reporting (storage.ts).
db.use(encryptionMiddleware)
db.use(createStorageWatchMiddleware())
// Inert unless a test arms it (fault-injection.ts): simulates a full disk and its relatives.
db.use(faultInjectionMiddleware)
// Team sync: every write to a replicated table leaves an outbox row in its own transaction,
// only while a team is connected (sync/outbox-middleware.ts).
db.use(outboxMiddleware)
followSyncSetting(db)
// Another tab opened a newer schema: close here and let the UI ask for a reload.
db.on('versionchange', handleVersionChange(db))
