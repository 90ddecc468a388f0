import { recordBackupMade } from '../../db/backup-repo'
import { createBackup } from './create-backup'

/** Hands a file to the browser's downloads, the way a link with `download` does. */
export function saveFile(content: string | Blob, fileName: string, type = 'application/json') {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/**
 * Makes a back-up of everything and downloads it; remembers the date for Instellingen and
 * the reminder. No React: the error screen calls this (unencrypted) when the app itself fails.
 * Returns the file name.
 */
export async function downloadBackup(options: { passphrase?: string } = {}): Promise<string> {
  const backup = await createBackup(options.passphrase)
  saveFile(backup.file, backup.fileName)
  await recordBackupMade(backup.createdAt)
  return backup.fileName
}
