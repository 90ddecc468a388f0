import { encryptText, sha256Hex } from './crypto'
import {
  BACKUP_FORMAT,
  canonicalJson,
  type BackupData,
  type BackupHeader,
  type BackupMeta,
} from './format'
import { BackupStreamWriter, BlobCollector, streamKey } from './stream-writer'

/** The header fields, in a fixed form; encrypted files authenticate exactly this text. */
export function associatedData(header: BackupHeader): string {
  const { format, schemaVersion, appVersion, createdAt, checksum } = header
  return canonicalJson({ format, schemaVersion, appVersion, createdAt, checksum })
}

/** Hands every record to `add`, table by table in batches; synchronous callers only. */
export type RecordSource = (
  add: (table: string, records: readonly unknown[]) => void,
) => Promise<void>

/**
 * A back-up file as the app writes it now (layout 2, `stream-writer.ts`): built line by line
 * into a Blob while `source` reads the tables, so the whole back-up is never one string. With a
 * passphrase every line is an AES-GCM chunk.
 */
export async function createBackupFile(
  meta: BackupMeta,
  source: RecordSource,
  passphrase?: string,
): Promise<Blob> {
  // Key derivation awaits Web Crypto, so it happens before the read transaction starts.
  const key = passphrase ? await streamKey(passphrase) : undefined
  const blob = new BlobCollector('application/json')
  const writer = new BackupStreamWriter(meta, blob.add, key)
  await source((table, records) => writer.add(table, records))
  writer.finish()
  return blob.finish()
}

/**
 * Layout 1, the single JSON object the app wrote until layout 2; no longer used by the app but
 * kept so tests can make the old files that must still restore.
 *
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
