import Dexie, { type EntityTable, type Table } from 'dexie'
import type { Assessment, AuditEntry, Youth } from '../domain/types'

export const DB_NAME = 'doorstroombord'

export interface SettingsRecord {
  key: string
  value: unknown
}

/**
 * The one IndexedDB database. Every schema change is a new version with an upgrade
 * (see README.md in this folder) and a test that opens a database of the old version.
 */
export class DoorstroomDatabase extends Dexie {
  youths!: EntityTable<Youth, 'id'>
  assessments!: Table<Assessment, [string, string]>
  settings!: EntityTable<SettingsRecord, 'key'>
  audit!: EntityTable<AuditEntry, 'id'>

  constructor(name: string = DB_NAME) {
    super(name)
    this.version(1).stores({
      youths: 'id, &clientRef, municipalityCode, updatedAt',
      assessments: '[youthId+preconditionId], preconditionId',
      settings: 'key',
      audit: '++id, at, youthId',
    })
  }
}

export const db = new DoorstroomDatabase()
