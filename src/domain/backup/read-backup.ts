import { z } from 'zod/mini'
import { decryptText, PBKDF2_ITERATIONS, sha256Hex } from './crypto'
import { checkRecords } from './check-records'
import {
  BACKUP_FORMAT,
  canonicalJson,
  type BackupData,
  type BackupHeader,
  type BackupProblem,
  type TableInfo,
} from './format'
import { associatedData } from './make-backup'
import { upgradeBackupData } from './upgrade'

export interface CheckedBackup {
  header: BackupHeader
  encrypted: boolean
  /** Upgraded to the current schema, every table present, every record checked. */
  data: BackupData
}

export type ReadBackupResult =
  { ok: true; backup: CheckedBackup } | { ok: false; problem: BackupProblem }

export interface ReadBackupOptions {
  passphrase?: string
  /** The schema version of this app's database. */
  schemaVersion: number
  tables: readonly TableInfo[]
}

const header = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.int().check(z.gte(1)),
  appVersion: z.string(),
  createdAt: z.string().check(z.minLength(10)),
  checksum: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
})
const dataSchema = z.record(z.string(), z.array(z.unknown()))
const plain = z.object({ data: dataSchema })
const encrypted = z.object({
  encryption: z.object({
    algorithm: z.literal('AES-GCM'),
    kdf: z.literal('PBKDF2-SHA-256'),
    iterations: z.int().check(z.gte(PBKDF2_ITERATIONS), z.lte(10_000_000)),
    salt: z.string(),
    iv: z.string(),
  }),
  ciphertext: z.string(),
})

const fail = (problem: BackupProblem): ReadBackupResult => ({ ok: false, problem })

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/**
 * Reads and checks a whole back-up file before anything is written: format, version,
 * passphrase, checksum and the shape of every record. Older schema versions are upgraded.
 */
export async function readBackup(
  text: string,
  options: ReadBackupOptions,
): Promise<ReadBackupResult> {
  const raw = parseJson(text)
  if (raw === undefined) return fail({ code: 'notJson' })
  if (
    typeof raw !== 'object' ||
    raw === null ||
    (raw as { format?: unknown }).format !== BACKUP_FORMAT
  ) {
    return fail({ code: 'notBackup' })
  }
  const head = header.safeParse(raw)
  if (!head.success) return fail({ code: 'damaged' })
  const meta = head.data
  if (meta.schemaVersion > options.schemaVersion) {
    return fail({ code: 'newerVersion', version: meta.schemaVersion })
  }

  let data: BackupData
  const sealed = encrypted.safeParse(raw)
  if (sealed.success) {
    if (!options.passphrase) return fail({ code: 'passphraseRequired' })
    const { ciphertext, encryption } = sealed.data
    const plainText = await decryptText(
      ciphertext,
      encryption,
      options.passphrase,
      associatedData(meta),
    )
    if (plainText === null) return fail({ code: 'wrongPassphrase' })
    const inner = dataSchema.safeParse(parseJson(plainText))
    if (!inner.success) return fail({ code: 'damaged' })
    data = inner.data
  } else {
    const open = plain.safeParse(raw)
    if (!open.success) return fail({ code: 'damaged' })
    data = open.data.data
  }

  if ((await sha256Hex(canonicalJson(data))) !== meta.checksum)
    return fail({ code: 'checksumMismatch' })
  const names = options.tables.map((t) => t.name)
  const upgraded = upgradeBackupData(data, meta.schemaVersion, options.schemaVersion, names)
  const problem = checkRecords(upgraded, options.tables)
  if (problem) return fail(problem)
  return { ok: true, backup: { header: meta, encrypted: sealed.success, data: upgraded } }
}
