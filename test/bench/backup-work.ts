import { db } from '../../src/db/database'
import { storedYouths } from '../../src/db/youth-record'
import type { Assessment, Youth } from '../../src/domain/types'
import type { CheckedBackup } from '../../src/domain/backup/read-backup'
import { createBackup } from '../../src/features/backup/create-backup'
import { checkBackupFile, restoreBackup } from '../../src/features/backup/restore-backup'

/** The back-up and its check are kept between calls, as the restore dialog keeps them. */
let file: Blob | null = null
let checked: CheckedBackup | null = null

export const BACKUP_PASSPHRASE = 'een lange zin voor de benchmark'

/** Makes a back-up of everything (as "Back-up maken" does, without the download). */
export async function writeBackup(encrypted: boolean) {
  const made = await createBackup(encrypted ? BACKUP_PASSPHRASE : undefined)
  file = made.file
  return { mb: Math.round((made.file.size / 1024 / 1024) * 10) / 10 }
}

/** Reads and checks the last back-up made (every line, every record); nothing is written. */
export async function checkBackup(encrypted: boolean) {
  if (!file) throw new Error('No back-up made yet')
  const result = await checkBackupFile(file, encrypted ? BACKUP_PASSPHRASE : undefined)
  if (!result.ok) throw new Error(`The back-up was refused: ${result.problem.code}`)
  checked = result.backup
  return Object.fromEntries(
    Object.entries(result.backup.data)
      .filter(([, records]) => records.length > 0)
      .map(([table, records]) => [table, records.length]),
  )
}

/** Replaces everything with the checked back-up, in one transaction (Vervangen). */
export async function restoreChecked() {
  if (!checked) throw new Error('No checked back-up')
  await restoreBackup(checked, 'replace', 'Benchmark')
}

/**
 * The floor for that write: the same records cleared and put straight into IndexedDB in one
 * transaction, with nothing else (no device records kept, no audit line).
 */
export async function rawWrite() {
  const data = checked?.data
  if (!data) throw new Error('No checked back-up')
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear()
    for (const table of db.tables) {
      // Stored as the app stores them: each youth with its assessments (schema v5).
      const records =
        table.name === 'youths'
          ? storedYouths((data.youths ?? []) as Youth[], (data.assessments ?? []) as Assessment[])
          : (data[table.name] ?? [])
      for (let i = 0; i < records.length; i += 5000) {
        await table.bulkPut(records.slice(i, i + 5000))
      }
    }
  })
}

export function releaseBackup() {
  file = null
  checked = null
}
