import type { ReadBackupResult } from '../../domain/backup/read-backup'
import { readBackupFile } from '../../domain/backup/read-backup-file'
import type { CheckedBackup } from '../../domain/backup/read-backup'
import {
  mergeData,
  previewMerge,
  replaceAllData,
  schemaVersion,
  tableInfos,
} from '../../db/backup-repo'
import type { MergePlan } from '../../domain/backup/merge'

export type RestoreMode = 'replace' | 'merge'

/** Reads and checks a whole back-up file (of any layout); nothing is written. */
export async function checkBackupFile(file: Blob, passphrase?: string): Promise<ReadBackupResult> {
  return readBackupFile(file, { passphrase, schemaVersion: schemaVersion(), tables: tableInfos() })
}

export { previewMerge }
export type { CheckedBackup, MergePlan }

/** Writes a checked back-up: replace everything, or merge (newest change wins). */
export async function restoreBackup(
  backup: CheckedBackup,
  mode: RestoreMode,
  actor: string,
): Promise<MergePlan | null> {
  const meta = { createdAt: backup.header.createdAt, actor }
  if (mode === 'replace') {
    await replaceAllData(backup.data, meta)
    return null
  }
  return mergeData(backup.data, meta)
}
