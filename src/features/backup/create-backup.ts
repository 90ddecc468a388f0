import { version } from '../../../package.json'
import { createBackupFile } from '../../domain/backup/make-backup'
import { readAllDataInPages, schemaVersion } from '../../db/backup-repo'

export const APP_VERSION: string = version

export interface MadeBackup {
  /** Built line by line (docs/backup-format.md), never one string. */
  file: Blob
  fileName: string
  createdAt: string
}

/** "doorstroombord-back-up-2026-11-23-1015.json", in local time, sortable by name. */
export function backupFileName(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
  return `doorstroombord-back-up-${day}-${pad(at.getHours())}${pad(at.getMinutes())}.json`
}

/** Reads every table and makes a back-up file (encrypted with a passphrase). */
export async function createBackup(
  passphrase?: string,
  now: Date = new Date(),
): Promise<MadeBackup> {
  const createdAt = now.toISOString()
  const file = await createBackupFile(
    { schemaVersion: schemaVersion(), appVersion: APP_VERSION, createdAt },
    readAllDataInPages,
    passphrase,
  )
  return { file, fileName: backupFileName(now), createdAt }
}
