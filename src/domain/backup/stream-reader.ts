import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { blobLines, LineTooLongError } from './blob-lines'
import { RecordChecker } from './check-records'
import { deriveKey, fromBase64 } from './crypto'
import { BACKUP_FORMAT, type BackupData } from './format'
import type { BackupProblem } from './format'
import type { ReadBackupOptions, ReadBackupResult } from './read-backup'
import {
  chunkNonce,
  dataLineSchema,
  endLineSchema,
  FORMAT_VERSION,
  NONCE_PREFIX_BYTES,
  streamHeaderSchema,
} from './stream-format'
import { upgradeRecords } from './upgrade'

const NEWLINE = new Uint8Array([0x0a])
const COMMA = 0x2c
const OPEN = 0x5b
const CLOSE = 0x5d
const decoder = new TextDecoder('utf-8', { fatal: true })

const fail = (problem: BackupProblem): ReadBackupResult => ({ ok: false, problem })

function parse(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(decoder.decode(bytes)) as unknown
  } catch {
    return undefined
  }
}

function withoutBom(bytes: Uint8Array): Uint8Array {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
}

interface Opened {
  schemaVersion: number
  appVersion: string
  createdAt: string
  encrypted: boolean
  /** Opens chunk n; null when it does not authenticate. */
  open?: (counter: number, sealed: Uint8Array) => Promise<Uint8Array | null>
}

/** Checks the header line; derives the key of an encrypted file. */
async function openHeader(
  line: Uint8Array,
  options: ReadBackupOptions,
): Promise<Opened | BackupProblem> {
  const bytes = withoutBom(line)
  if (bytes[0] !== OPEN) return { code: 'notJson' }
  const headerBytes = bytes.subarray(1)
  const raw = parse(headerBytes)
  if (raw === undefined) return { code: 'notJson' }
  if (typeof raw !== 'object' || raw === null) return { code: 'notBackup' }
  const { format, formatVersion, schemaVersion } = raw as Record<string, unknown>
  if (format !== BACKUP_FORMAT) return { code: 'notBackup' }
  if (typeof formatVersion === 'number' && formatVersion > FORMAT_VERSION) {
    // A later layout: only a newer app can read it.
    const version = typeof schemaVersion === 'number' ? schemaVersion : options.schemaVersion + 1
    return { code: 'newerVersion', version }
  }
  const head = streamHeaderSchema.safeParse(raw)
  if (!head.success) return { code: 'damaged' }
  const meta = head.data
  if (meta.schemaVersion > options.schemaVersion) {
    return { code: 'newerVersion', version: meta.schemaVersion }
  }
  const opened: Opened = {
    schemaVersion: meta.schemaVersion,
    appVersion: meta.appVersion,
    createdAt: meta.createdAt,
    encrypted: meta.encryption !== undefined,
  }
  if (!meta.encryption) return opened
  if (!options.passphrase) return { code: 'passphraseRequired' }
  const salt = fromBase64(meta.encryption.salt)
  const prefix = fromBase64(meta.encryption.noncePrefix)
  if (!salt || salt.length < 16 || prefix?.length !== NONCE_PREFIX_BYTES) {
    return { code: 'damaged' }
  }
  const key = await deriveKey(options.passphrase, salt, meta.encryption.iterations)
  opened.open = async (counter, sealed) => {
    try {
      const plain = await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: chunkNonce(prefix, counter),
          additionalData: headerBytes as BufferSource,
        },
        key,
        sealed as BufferSource,
      )
      return new Uint8Array(plain)
    } catch {
      return null
    }
  }
  return opened
}

/**
 * Reads and checks a layout-2 back-up file line by line (docs/backup-format.md): every line is
 * hashed, decrypted and its records checked as it comes, and only the records (as objects) are
 * kept. After a first problem in the content the rest is still hashed, so a damaged file is
 * named by its checksum rather than by the record the damage happened to hit.
 */
export async function readBackupStream(
  file: Blob,
  options: ReadBackupOptions,
): Promise<ReadBackupResult> {
  const lines = blobLines(file)
  try {
    const first = await lines.next()
    if (first.done) return fail({ code: 'notJson' })
    const opened = await openHeader(first.value.bytes, options)
    if ('code' in opened) return fail(opened)
    const headerLine = withoutBom(first.value.bytes).subarray(1)
    const hash = sha256.create().update(headerLine).update(NEWLINE)
    const checker = new RecordChecker(options.tables)
    const data: BackupData = {}
    let problem: BackupProblem | null = null
    let dataLines = 0
    let end: { lines: number; checksum: string } | null = null

    for await (const { bytes: line, terminated } of lines) {
      if (end) return fail({ code: 'damaged' })
      if (line.length === 0) continue
      const last = line[line.length - 1] === CLOSE
      let body = line.subarray(1, last ? line.length - 1 : line.length)
      if (line[0] !== COMMA) problem ??= { code: 'notJson' }
      if (opened.open) {
        const text = parse(body)
        const sealed = typeof text === 'string' ? fromBase64(text) : null
        const plain = sealed && (await opened.open(dataLines, sealed))
        if (!plain) {
          // A line cut off by the end of the file: the file is incomplete, not altered.
          if (!terminated) return fail({ code: 'incomplete' })
          return fail(
            dataLines === 0
              ? { code: 'wrongPassphrase' }
              : { code: 'partDamaged', part: dataLines + 1 },
          )
        }
        body = plain
      }
      const value = parse(body)
      const closing = endLineSchema.safeParse(value)
      if (closing.success) {
        end = closing.data.end
        continue
      }
      hash.update(body).update(NEWLINE)
      dataLines++
      if (problem) continue
      const batch = dataLineSchema.safeParse(value)
      if (!batch.success) {
        problem = { code: 'notJson' }
        continue
      }
      const { table } = batch.data
      const records = upgradeRecords(
        table,
        batch.data.records,
        opened.schemaVersion,
        options.schemaVersion,
      )
      problem = checker.check(table, records)
      if (problem) continue
      const kept = (data[table] ??= [])
      for (const record of records) kept.push(record)
    }

    if (!end) return fail({ code: 'incomplete' })
    const checksum = bytesToHex(hash.digest())
    if (checksum !== end.checksum || end.lines !== dataLines) {
      return fail({ code: 'checksumMismatch' })
    }
    if (problem) return fail(problem)
    for (const { name } of options.tables) data[name] ??= []
    const { schemaVersion, appVersion, createdAt, encrypted } = opened
    return {
      ok: true,
      backup: {
        header: { format: BACKUP_FORMAT, schemaVersion, appVersion, createdAt, checksum },
        encrypted,
        data,
      },
    }
  } catch (error) {
    if (error instanceof LineTooLongError) return fail({ code: 'notJson' })
    throw error
  }
}
