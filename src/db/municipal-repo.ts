import { todayIso } from '../domain/dates'
import { readExchangeFile } from '../domain/exchange/read-exchange-file'
import {
  fileKey,
  toStoredFile,
  type MunicipalSettings,
  type StoredExchangeFile,
} from '../domain/municipal'
import { restoreSettings } from '../domain/settings'
import type { IsoDate, IsoTimestamp } from '../domain/types'
import { versionOf } from '../domain/versions/record-version'
import { appendAudit } from './audit-repo'
import { db } from './database'
import { hasStoredRondeSettings, sampleFileSet } from './municipal-samples'
import { putSettings, SETTINGS_KEY } from './settings-repo'

export {
  addAgreement,
  AgreementSentError,
  listAgreements,
  markAgreementsSent,
  removeAgreement,
  setAgreementStatus,
  updateAgreement,
  type AgreementInput,
} from './municipal-agreements-repo'
export { MissingRecordError, StaleRecordError } from './record-change'

/** What loading one uitwisselbestand would do; nothing is stored until the user confirms. */
export type LoadOutcome =
  | { kind: 'new'; fileName: string; stored: StoredExchangeFile }
  | {
      kind: 'replaces'
      fileName: string
      stored: StoredExchangeFile
      replaces: { fileName: string; loadedAt: IsoTimestamp }
    }
  /** Dutch reasons that name the field. */
  | { kind: 'refused'; fileName: string; errors: string[] }
  /** The same provider, scope and peildatum as an earlier file in this batch. */
  | { kind: 'duplicate'; fileName: string; sameAs: string }

/** Sample files may not be mixed with files of real providers. */
export class SampleFilesNotAllowedError extends Error {
  constructor() {
    super('Uitwisselbestanden of real providers are loaded; sample files would mix with them')
    this.name = 'SampleFilesNotAllowedError'
  }
}

/**
 * Checks files completely with the exchange reader and says per file what loading it would do.
 * Writes nothing. Of the stored files it reads only the ones a file would replace.
 */
export async function checkExchangeFiles(
  files: readonly { name: string; text: string }[],
  loadedAt: IsoTimestamp,
): Promise<LoadOutcome[]> {
  const firstOfKey = new Map<string, string>()
  const read = files.map((f) => {
    // A file dated after the day it is loaded is refused: `today` is that day here.
    const result = readExchangeFile(f.text, todayIso(new Date(loadedAt)))
    if (!result.ok) return { kind: 'refused' as const, fileName: f.name, errors: result.errors }
    const stored = toStoredFile(result.file, f.name, loadedAt)
    const sameAs = firstOfKey.get(stored.key)
    if (sameAs !== undefined) return { kind: 'duplicate' as const, fileName: f.name, sameAs }
    firstOfKey.set(stored.key, f.name)
    return { kind: 'new' as const, fileName: f.name, stored }
  })
  const keys = [...firstOfKey.keys()]
  const earlier = await db.transaction('r', db.exchangeFiles, async () => {
    const present = await db.exchangeFiles.where(':id').anyOf(keys).primaryKeys()
    return db.exchangeFiles.bulkGet(present)
  })
  const byKey = new Map(earlier.flatMap((f) => (f ? [[f.key, f] as const] : [])))
  return read.map((outcome): LoadOutcome => {
    if (outcome.kind !== 'new') return outcome
    const before = byKey.get(outcome.stored.key)
    return before
      ? {
          ...outcome,
          kind: 'replaces',
          replaces: { fileName: before.fileName, loadedAt: before.loadedAt },
        }
      : outcome
  })
}

/** Stores the files the user confirmed, all in one transaction; a file with the same key is replaced. */
export async function storeExchangeFiles(
  files: readonly StoredExchangeFile[],
  actor = '',
): Promise<void> {
  if (files.length === 0) return
  // The key is the file's identity on every laptop; a record that disagrees would never be replaced.
  const wrong = files.find((f) => f.key !== fileKey(f.file))
  if (wrong) throw new Error(`Stored file ${wrong.fileName} has key ${wrong.key}`)
  await db.transaction('rw', db.exchangeFiles, db.audit, async () => {
    await db.exchangeFiles.bulkPut([...files])
    await appendAudit({
      actor,
      kind: 'municipal',
      youthId: null,
      preconditionId: null,
      before: null,
      after: { exchangeFilesStored: files.map((f) => ({ key: f.key, fileName: f.fileName })) },
    })
  })
}

export async function removeExchangeFile(key: string, actor = ''): Promise<void> {
  await db.transaction('rw', db.exchangeFiles, db.audit, async () => {
    if ((await db.exchangeFiles.where(':id').equals(key).count()) === 0) return
    await db.exchangeFiles.delete(key)
    await appendAudit({
      actor,
      kind: 'municipal',
      youthId: null,
      preconditionId: null,
      before: { exchangeFileRemoved: key },
      after: null,
    })
  })
}

export async function listExchangeFiles(): Promise<StoredExchangeFile[]> {
  return db.exchangeFiles.toArray()
}

/**
 * Fills the Gemeente-overzicht with fictitious providers and rondes (Voorbeeldbestanden laden).
 * The last ronde fits the user's rhythm when one was set; otherwise it is today and the sample
 * rhythm is saved. Refuses when files of real providers are stored; loading twice replaces the
 * sample files. Returns the number of files stored.
 */
export async function loadSampleExchangeFiles(today: IsoDate, actor = ''): Promise<number> {
  const now = new Date().toISOString()
  const set = await sampleFileSet(today, now)
  const { lastRonde } = set
  const files = set.files.map((s) => toStoredFile(s.file, s.fileName, now))
  const sampleProviders = new Set(files.map((f) => f.providerKey))

  await db.transaction('rw', db.exchangeFiles, db.settings, db.audit, async () => {
    const providers = await db.exchangeFiles.orderBy('providerKey').uniqueKeys()
    if (providers.some((p) => typeof p !== 'string' || !sampleProviders.has(p))) {
      throw new SampleFilesNotAllowedError()
    }
    const record = await db.settings.get(SETTINGS_KEY)
    if (!hasStoredRondeSettings(record?.value)) {
      const before = restoreSettings(record?.value)
      const municipal: MunicipalSettings = {
        ...before.municipal,
        ...set.rhythm,
      }
      const after = { ...before, municipal }
      await putSettings(after, actor, record)
      await appendAudit({
        actor,
        kind: 'settings',
        youthId: null,
        preconditionId: null,
        before,
        after,
        fromVersion: versionOf(record),
      })
    }
    await db.exchangeFiles.bulkPut(files)
    await appendAudit({
      actor,
      kind: 'municipal',
      youthId: null,
      preconditionId: null,
      before: null,
      after: { sampleExchangeFiles: files.length, lastRonde },
    })
  })
  return files.length
}
