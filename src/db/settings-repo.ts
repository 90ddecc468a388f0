import { restoreSettings } from '../domain/settings'
import type { Settings } from '../domain/types'
import { versionOf, type LastChange } from '../domain/versions/record-version'
import { appendAudit } from './audit-repo'
import { db, type SettingsRecord } from './database'
import { StaleRecordError } from './stale-record'

export const SETTINGS_KEY = 'app'

/** The settings with the version they were read at, for an edit that must start from it. */
export interface VersionedSettings {
  settings: Settings
  version: number
  lastChange: LastChange | null
}

function lastChangeOf(record: SettingsRecord | undefined): LastChange | null {
  return record?.versionBy && record.versionAt
    ? { actor: record.versionBy, at: record.versionAt }
    : null
}

export async function getSettings(): Promise<Settings> {
  const record = await db.settings.get(SETTINGS_KEY)
  return restoreSettings(record?.value)
}

export async function getVersionedSettings(): Promise<VersionedSettings> {
  const record = await db.settings.get(SETTINGS_KEY)
  return {
    settings: restoreSettings(record?.value),
    version: versionOf(record),
    lastChange: lastChangeOf(record),
  }
}

/**
 * Every write of the app settings goes through here: the next version, and who changed it.
 * Call inside a transaction holding db.settings, with the record as read in it. Open team-sync
 * conflicts stay with the record until a person chooses (docs/sync-design.md §5).
 */
export async function putSettings(
  value: Settings,
  actor: string,
  before: SettingsRecord | undefined,
): Promise<VersionedSettings> {
  const version = versionOf(before) + 1
  const record: SettingsRecord = {
    key: SETTINGS_KEY,
    value,
    version,
    versionBy: actor,
    versionAt: new Date().toISOString(),
    ...(before?.syncConflicts ? { syncConflicts: before.syncConflicts } : {}),
  }
  await db.settings.put(record)
  return { settings: value, version, lastChange: lastChangeOf(record) }
}

/**
 * Saves the settings (restored first, so nothing invalid is ever stored) with an audit line.
 * `expectedVersion` is the version the edit started from: a newer stored version throws
 * StaleRecordError (carrying the stored VersionedSettings) and writes nothing.
 */
export async function saveSettings(
  next: Settings,
  actor: string,
  expectedVersion?: number,
): Promise<VersionedSettings> {
  const clean = restoreSettings(next)
  return db.transaction('rw', db.settings, db.audit, async () => {
    const record = await db.settings.get(SETTINGS_KEY)
    const before = restoreSettings(record?.value)
    const fromVersion = versionOf(record)
    if (expectedVersion !== undefined && expectedVersion !== fromVersion) {
      const current: VersionedSettings = {
        settings: before,
        version: fromVersion,
        lastChange: lastChangeOf(record),
      }
      throw new StaleRecordError(
        'settings',
        expectedVersion,
        current,
        fromVersion,
        current.lastChange,
      )
    }
    const saved = await putSettings(clean, actor, record)
    await appendAudit({
      actor,
      kind: 'settings',
      youthId: null,
      preconditionId: null,
      before,
      after: clean,
      fromVersion,
    })
    return saved
  })
}

/**
 * The board's provider key (docs/agreements-file-design.md §2): made once, the first time an
 * uitwisselbestand is written, and kept in the team settings so every laptop and every
 * restore of a back-up has the same one.
 */
export async function ensureProviderId(actor: string): Promise<string> {
  return db.transaction('rw', db.settings, db.audit, async () => {
    const record = await db.settings.get(SETTINGS_KEY)
    const before = restoreSettings(record?.value)
    if (before.providerId) return before.providerId
    const after = { ...before, providerId: crypto.randomUUID() }
    const fromVersion = versionOf(record)
    await putSettings(after, actor, record)
    await appendAudit({
      actor,
      kind: 'settings',
      youthId: null,
      preconditionId: null,
      before,
      after,
      fromVersion,
    })
    return after.providerId
  })
}
