import Dexie, { type IndexableType, type Table } from 'dexie'
import {
  DEVICE_SETTINGS_KEYS,
  LOCAL_ONLY_TABLES,
  type BackupData,
  type TableInfo,
} from '../domain/backup/format'
import { planMerge, type MergePlan } from '../domain/backup/merge'
import { restoreBackupStatus, type BackupStatus } from '../domain/backup/reminder'
import type { IsoTimestamp } from '../domain/types'
import { appendGeneralAudit } from './audit-repo'
import { db, type SettingsRecord } from './database'
import { assessmentsByYouth } from '../domain/assessments-by-youth'
import type { Assessment, Youth } from '../domain/types'
import { assessmentsIn, youthOf, type StoredYouth } from './youth-record'

export const BACKUP_STATUS_KEY = 'backup'
const CHUNK = 5000
/** Records read per request when a back-up is written. */
const PAGE = 2000

/**
 * A back-up holds the records as the app knows them, not as they are stored: a youth's
 * assessments (stored inside the youth since schema v5, youth-record.ts) are a table of their
 * own in the file, keyed youth id + precondition id, as in every earlier back-up. So files of
 * every version restore alike, and merging compares assessment by assessment.
 */
const ASSESSMENTS: TableInfo = {
  name: 'assessments',
  keyPath: ['youthId', 'preconditionId'],
  autoIncrement: false,
}

/**
 * The tables a back-up holds: every table but team sync's local bookkeeping (its outbox and
 * positions belong to this browser; a restore leaves them as they are).
 */
function backupTables(): Table[] {
  return db.tables.filter((t) => !LOCAL_ONLY_TABLES.includes(t.name))
}

/** How every table of a back-up is keyed, read from Dexie so new tables come along. */
export function tableInfos(): TableInfo[] {
  return backupTables().flatMap((t) => {
    const info = {
      name: t.name,
      keyPath: t.schema.primKey.keyPath ?? null,
      autoIncrement: t.schema.primKey.auto ?? false,
    }
    return t.name === 'youths' ? [info, ASSESSMENTS] : [info]
  })
}

/** Stored records as a back-up's tables: youths and their assessments apart. */
function toBackupTables(table: string, records: readonly unknown[]): [string, unknown[]][] {
  if (table !== 'youths') return [[table, records.filter((r) => !isDeviceRecord(table, r))]]
  const youths = records as readonly StoredYouth[]
  return [
    ['youths', youths.map(youthOf)],
    ['assessments', youths.flatMap(assessmentsIn)],
  ]
}

/**
 * A back-up's youths as stored: each with its assessments, taken from `assessments` and laid
 * over the ones it already holds (`base`, for a merge). An assessment without its youth has
 * nowhere to go and is left out (no screen could show it).
 */
function toStoredYouths(
  youths: readonly unknown[],
  assessments: readonly unknown[],
  base: ReadonlyMap<string, StoredYouth> = new Map(),
): StoredYouth[] {
  const byYouth = assessmentsByYouth(assessments as readonly Assessment[])
  const out = new Map<string, StoredYouth>()
  for (const y of youths as readonly Youth[]) {
    out.set(y.id, { ...youthOf(y), assessments: { ...base.get(y.id)?.assessments } })
  }
  for (const [youthId, of] of byYouth) {
    let youth = out.get(youthId)
    if (!youth) {
      const stored = base.get(youthId)
      if (!stored) continue
      out.set(youthId, (youth = { ...stored, assessments: { ...stored.assessments } }))
    }
    for (const [preconditionId, a] of of) (youth.assessments ??= {})[preconditionId] = a
  }
  return [...out.values()]
}

export function schemaVersion(): number {
  return db.verno
}

function isDeviceRecord(table: string, record: unknown): boolean {
  return table === 'settings' && DEVICE_SETTINGS_KEYS.includes((record as SettingsRecord).key)
}

async function readTables(): Promise<BackupData> {
  const data: BackupData = {}
  for (const table of backupTables()) {
    for (const [name, records] of toBackupTables(table.name, await table.toArray())) {
      data[name] = records
    }
  }
  return data
}

/** Every record of every table, in one consistent read, without this browser's own records. */
export async function readAllData(): Promise<BackupData> {
  return db.transaction('r', backupTables(), readTables)
}

/**
 * Hands every record of every table to `add`, a page at a time, in one read transaction (so
 * the back-up is one consistent moment), without this browser's own records. `add` must be
 * synchronous: awaiting anything else would end the transaction. Only one page is in memory.
 */
export async function readAllDataInPages(
  add: (table: string, records: readonly unknown[]) => void,
): Promise<void> {
  await db.transaction('r', backupTables(), async () => {
    for (const table of backupTables()) {
      const keyPath = table.schema.primKey.keyPath
      if (!keyPath) {
        // Outbound keys cannot be paged by key (none of our tables has them).
        const all: unknown[] = await table.toArray()
        for (const [name, records] of toBackupTables(table.name, all)) add(name, records)
        continue
      }
      const keyOf = (record: unknown): IndexableType => {
        const row = record as object
        return (
          Array.isArray(keyPath)
            ? keyPath.map((k) => Dexie.getByKeyPath(row, k) as unknown)
            : Dexie.getByKeyPath(row, keyPath)
        ) as IndexableType
      }
      // Keyset paging (after the last key) stays fast deep into a table, unlike an offset.
      let page: unknown[] = await table.orderBy(':id').limit(PAGE).toArray()
      while (page.length > 0) {
        for (const [name, records] of toBackupTables(table.name, page)) add(name, records)
        if (page.length < PAGE) break
        page = await table
          .where(':id')
          .above(keyOf(page.at(-1)))
          .limit(PAGE)
          .toArray()
      }
    }
  })
}

export async function getBackupStatus(): Promise<BackupStatus> {
  return restoreBackupStatus((await db.settings.get(BACKUP_STATUS_KEY))?.value)
}

/**
 * Remembers when this browser made a back-up. Not audited: it is a fact about this browser,
 * not a change to the provider's data.
 */
export async function recordBackupMade(at: IsoTimestamp): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const status = await getBackupStatus()
    await db.settings.put({ key: BACKUP_STATUS_KEY, value: { ...status, lastBackupAt: at } })
  })
}

/** Notes, once, the moment this browser first holds youths (the reminder counts from there). */
export async function noteWorkStarted(now: IsoTimestamp = new Date().toISOString()): Promise<void> {
  await db.transaction('rw', db.settings, db.youths, async () => {
    const status = await getBackupStatus()
    if (status.workSince || (await db.youths.count()) === 0) return
    await db.settings.put({ key: BACKUP_STATUS_KEY, value: { ...status, workSince: now } })
  })
}

/** What the quiet back-up reminder needs to know. */
export async function getReminderFacts() {
  return db.transaction('r', db.settings, db.youths, async () => {
    const status = await getBackupStatus()
    return {
      lastBackupAt: status.lastBackupAt,
      firstChangeAt: status.workSince ?? null,
      hasYouths: (await db.youths.count()) > 0,
    }
  })
}

async function putAll(table: Table, records: readonly unknown[]) {
  for (let i = 0; i < records.length; i += CHUNK) {
    await table.bulkPut(records.slice(i, i + CHUNK))
  }
}

export interface RestoreMeta {
  createdAt: IsoTimestamp
  actor: string
}

/**
 * Replaces all data with a checked back-up, in one transaction: everything or nothing.
 * This browser's own records (last back-up date, encryption key) stay as they are.
 */
export async function replaceAllData(data: BackupData, meta: RestoreMeta): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    const device = await db.settings.bulkGet([...DEVICE_SETTINGS_KEYS])
    for (const table of backupTables()) await table.clear()
    for (const table of backupTables()) {
      const records =
        table.name === 'youths'
          ? toStoredYouths(data.youths ?? [], data.assessments ?? [])
          : (data[table.name] ?? []).filter((r) => !isDeviceRecord(table.name, r))
      await putAll(table, records)
    }
    await db.settings.bulkPut(device.filter((r): r is SettingsRecord => r !== undefined))
    // The data now is exactly what the file holds, so it counts as backed up at its date.
    const status = await getBackupStatus()
    if (!status.lastBackupAt || status.lastBackupAt < meta.createdAt) {
      await recordBackupMade(meta.createdAt)
    }
    await appendGeneralAudit('settings', meta.actor, {
      backupRestored: meta.createdAt,
      mode: 'replace',
    })
  })
}

function withoutDeviceRecords(data: BackupData): BackupData {
  const clean: BackupData = {}
  for (const [name, records] of Object.entries(data)) {
    clean[name] = records.filter((r) => !isDeviceRecord(name, r))
  }
  return clean
}

/** What merging a back-up would do, without writing anything. */
export async function previewMerge(incoming: BackupData): Promise<MergePlan> {
  return planMerge(await readAllData(), withoutDeviceRecords(incoming), tableInfos())
}

/**
 * Merges a checked back-up into the current data in one transaction. The plan is made again
 * inside it, so a change made meanwhile in another tab is taken into account.
 */
export async function mergeData(incoming: BackupData, meta: RestoreMeta): Promise<MergePlan> {
  const clean = withoutDeviceRecords(incoming)
  return db.transaction('rw', db.tables, async () => {
    const plan = planMerge(await readTables(), clean, tableInfos())
    for (const table of backupTables()) {
      if (table.name === 'youths') {
        const [youths, assessments] = [plan.puts.youths ?? [], plan.puts.assessments ?? []]
        const ids = [
          ...new Set([
            ...(youths as Youth[]).map((y) => y.id),
            ...(assessments as Assessment[]).map((a) => a.youthId),
          ]),
        ]
        const stored = (await db.youths.bulkGet(ids)).flatMap((y) =>
          y ? [[y.id, y] as const] : [],
        )
        await putAll(table, toStoredYouths(youths, assessments, new Map(stored)))
        continue
      }
      await putAll(table, plan.puts[table.name] ?? [])
      const appends = plan.appends[table.name] ?? []
      for (let i = 0; i < appends.length; i += CHUNK) {
        await table.bulkAdd(appends.slice(i, i + CHUNK))
      }
    }
    await appendGeneralAudit('settings', meta.actor, {
      backupRestored: meta.createdAt,
      mode: 'merge',
      added: plan.added,
      replaced: plan.replaced,
    })
    return plan
  })
}
