import type { IsoTimestamp } from '../types'

export const BACKUP_FORMAT = 'doorstroombord-backup'

/** Every table of the database by name, each as the array of its records. */
export type BackupData = Record<string, unknown[]>

/** The readable head of a back-up file; the data (or its ciphertext) follows. */
export interface BackupHeader {
  format: typeof BACKUP_FORMAT
  /** The Dexie schema version the data was read from. */
  schemaVersion: number
  appVersion: string
  createdAt: IsoTimestamp
  /** SHA-256 (hex) over the canonical JSON of `data`; checked before anything is written. */
  checksum: string
}

export interface EncryptionInfo {
  algorithm: 'AES-GCM'
  kdf: 'PBKDF2-SHA-256'
  iterations: number
  /** Base64. */
  salt: string
  /** Base64, 96 bits. */
  iv: string
}

export type BackupFile =
  | (BackupHeader & { data: BackupData })
  | (BackupHeader & { encryption: EncryptionInfo; ciphertext: string })

/** How a table is keyed, as Dexie describes it; the back-up code stays generic over tables. */
export interface TableInfo {
  name: string
  /** Null for an outbound key (none of ours). */
  keyPath: string | string[] | null
  autoIncrement: boolean
}

/**
 * Records in `settings` that belong to this browser, not to the data: when the last back-up
 * was made here, the key material of encryption at rest, this browser's copy of the team's
 * key slots (`teamKeys`), and team sync's own (the replica id naming this database, the team
 * connection, batches awaiting their audit uids; see src/db/sync). A back-up neither carries
 * nor overwrites them.
 */
export const DEVICE_SETTINGS_KEYS: readonly string[] = [
  'backup',
  'crypto',
  'teamKeys',
  'replica',
  'sync',
  'auditUidsPending',
]

/**
 * Never in a back-up, untouched by a restore: team sync's local bookkeeping (schema v7), and
 * the digests of the uitwisselbestanden (v9), which are worked out again from the files the
 * back-up holds (a digest whose file changed is never used).
 */
export const LOCAL_ONLY_TABLES: readonly string[] = ['syncOutbox', 'syncMeta', 'exchangeDigests']

/**
 * JSON with object keys sorted at every level, so the same data always gives the same text
 * (and checksum), whatever order the fields were written in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  const withJson = value as { toJSON?: () => unknown }
  if (typeof withJson.toJSON === 'function') return canonicalJson(withJson.toJSON())
  if (Array.isArray(value)) {
    return `[${value.map((v: unknown) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`
  }
  const record = value as Record<string, unknown>
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined && typeof record[k] !== 'function')
    .sort()
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`
}

/** The primary key of a record as one comparable string. */
export function recordKey(record: unknown, keyPath: string | string[] | null): string {
  if (keyPath === null || typeof record !== 'object' || record === null) return ''
  const r = record as Record<string, unknown>
  return Array.isArray(keyPath)
    ? JSON.stringify(keyPath.map((k) => r[k]))
    : JSON.stringify(r[keyPath])
}

/** What the app records about itself in a back-up it makes. */
export interface BackupMeta {
  schemaVersion: number
  appVersion: string
  createdAt: IsoTimestamp
}

/** Why a back-up file cannot be restored: data, not words (the screen words it). */
export type BackupProblem =
  | { code: 'notJson' }
  | { code: 'notBackup' }
  | { code: 'damaged' }
  /** Layout 2: the end line is missing (a cut-off download or copy). */
  | { code: 'incomplete' }
  /** Layout 2, encrypted: chunk `part` (1-based) does not authenticate at its place. */
  | { code: 'partDamaged'; part: number }
  | { code: 'newerVersion'; version: number }
  | { code: 'passphraseRequired' }
  | { code: 'wrongPassphrase' }
  | { code: 'checksumMismatch' }
  | { code: 'unknownTable'; table: string }
  | { code: 'invalidRecord'; table: string; index: number; field: string }
  | { code: 'duplicateKey'; table: string; key: string }
