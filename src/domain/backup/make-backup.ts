import type { IsoTimestamp } from '../types'
import { encryptText, sha256Hex } from './crypto'
import { BACKUP_FORMAT, canonicalJson, type BackupData, type BackupHeader } from './format'

export interface BackupMeta {
  schemaVersion: number
  appVersion: string
  createdAt: IsoTimestamp
}

/** The header fields, in a fixed form; encrypted files authenticate exactly this text. */
export function associatedData(header: BackupHeader): string {
  const { format, schemaVersion, appVersion, createdAt, checksum } = header
  return canonicalJson({ format, schemaVersion, appVersion, createdAt, checksum })
}

/**
 * The text of a back-up file: a readable header (format, versions, date, checksum) and the
 * data, or with a passphrase its AES-GCM ciphertext.
 */
export async function createBackupText(
  data: BackupData,
  meta: BackupMeta,
  passphrase?: string,
): Promise<string> {
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    ...meta,
    checksum: await sha256Hex(canonicalJson(data)),
  }
  if (!passphrase) return JSON.stringify({ ...header, data })
  const sealed = await encryptText(JSON.stringify(data), passphrase, associatedData(header))
  return JSON.stringify({ ...header, ...sealed })
}
