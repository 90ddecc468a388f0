import { firstSignificantByte } from './blob-lines'
import { readBackup, type ReadBackupOptions, type ReadBackupResult } from './read-backup'
import { readBackupStream } from './stream-reader'

const OPEN_BRACKET = 0x5b

/**
 * Reads and checks a back-up file of any layout: layout 2 (a JSON array, one value per line)
 * is read line by line; a layout-1 file (one JSON object, what the app wrote before) is read
 * whole, as it was written whole.
 */
export async function readBackupFile(
  file: Blob,
  options: ReadBackupOptions,
): Promise<ReadBackupResult> {
  if ((await firstSignificantByte(file)) === OPEN_BRACKET) return readBackupStream(file, options)
  return readBackup(await file.text(), options)
}
