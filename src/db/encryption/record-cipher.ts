import type { gcm as Gcm } from '@noble/ciphers/aes.js'
import { bytesToUtf8, isBytes, utf8ToBytes } from '@noble/ciphers/utils.js'
import { DATA_KEY_BYTES, NONCE_BYTES } from './params'
import { EMBEDDED_RECORDS, PROTECTED_FIELDS, SEALED_PROPERTY } from './protected-fields'

/** What a record holds instead of its protected fields. */
export interface Sealed {
  v: 1
  /** Random 96-bit nonce, never reused. */
  n: Uint8Array
  /** AES-256-GCM ciphertext (with tag) of the protected fields as JSON. */
  c: Uint8Array
}

type Row = Record<string, unknown>

let aesGcm: typeof Gcm | undefined

/**
 * Loads AES-GCM before a key is installed (unlock, turning encryption on): a browser without
 * encryption never downloads it, so it stays out of the first load.
 */
export async function loadCipher(): Promise<void> {
  aesGcm ??= (await import('@noble/ciphers/aes.js')).gcm
}

function gcm(...args: Parameters<typeof Gcm>) {
  if (!aesGcm) throw new Error('AES-GCM is not loaded: await loadCipher() before using a key')
  return aesGcm(...args)
}

export class DecryptionError extends Error {
  constructor(table: string) {
    super(`Could not decrypt a record in ${table}`)
    this.name = 'DecryptionError'
  }
}

/** A shallow copy of `row` without the given keys. */
function without(row: Row, keys: readonly string[]): Row {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !keys.includes(key)))
}

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isSealed(value: unknown): value is Sealed {
  return (
    // isBytes, not instanceof: IndexedDB may hand back arrays of another realm (tests, workers).
    isRow(value) && value.v === 1 && isBytes(value.n) && isBytes(value.c)
  )
}

/** The table name is authenticated with the ciphertext, so values cannot be moved elsewhere. */
function aad(table: string): Uint8Array {
  return utf8ToBytes(`doorstroombord:${table}`)
}

export function isSealedRecord(record: unknown): boolean {
  return isRow(record) && SEALED_PROPERTY in record
}

/** True when the record holds any protected field in plain text. */
export function hasPlainProtectedFields(table: string, record: unknown): boolean {
  if (!isRow(record)) return false
  return (PROTECTED_FIELDS[table] ?? []).some((path) => {
    const [head = '', tail] = path.split('.')
    if (tail === undefined) return head in record
    const inner = record[head]
    return isRow(inner) && tail in inner
  })
}

/** The record with every embedded record (EMBEDDED_RECORDS) passed through `change`. */
function mapEmbedded(
  table: string,
  record: Row,
  change: (table: string, r: unknown) => unknown,
): Row {
  const embedded = EMBEDDED_RECORDS[table]
  if (!embedded) return record
  let copy: Row | null = null
  for (const [field, inner] of Object.entries(embedded)) {
    const map = record[field]
    if (!isRow(map)) continue
    const changed: Row = {}
    for (const [key, value] of Object.entries(map)) changed[key] = change(inner, value)
    copy ??= { ...record }
    copy[field] = changed
  }
  return copy ?? record
}

/**
 * Moves the protected fields of a record into one AES-GCM ciphertext (one per record keeps
 * reading 50,000 youths fast). Synchronous on purpose: it runs inside IndexedDB transactions,
 * which an awaited Web Crypto call would commit early.
 */
export function sealRecord(table: string, record: unknown, key: Uint8Array): unknown {
  const paths = PROTECTED_FIELDS[table]
  if (!paths || !isRow(record)) return record
  if (key.length !== DATA_KEY_BYTES) throw new Error('Invalid data key')
  const secret: Row = {}
  const copy: Row = without(
    mapEmbedded(table, record, (inner, r) => sealRecord(inner, openRecord(inner, r, key), key)),
    [SEALED_PROPERTY],
  )
  for (const path of paths) {
    const [head = '', tail] = path.split('.')
    if (tail === undefined) {
      if (head in copy) {
        secret[path] = copy[head]
        copy[head] = undefined
      }
      continue
    }
    const inner = copy[head]
    if (isRow(inner) && tail in inner) {
      secret[path] = inner[tail]
      copy[head] = without(inner, [tail])
    }
  }
  // Nothing to protect (a settings record such as the encryption configuration): kept as is.
  if (Object.keys(secret).length === 0) return copy
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES))
  const ciphertext = gcm(key, nonce, aad(table)).encrypt(utf8ToBytes(JSON.stringify(secret)))
  const sealed: Sealed = { v: 1, n: nonce, c: ciphertext }
  // Protected top-level fields are left out entirely, not kept as `undefined`.
  return { ...without(copy, paths), [SEALED_PROPERTY]: sealed }
}

/** The record with its protected fields back in place; a record without ciphertext as is. */
export function openRecord(table: string, record: unknown, key: Uint8Array): unknown {
  if (!isRow(record)) return record
  const opened = mapEmbedded(table, record, (inner, r) => openRecord(inner, r, key))
  return SEALED_PROPERTY in opened ? openOwnFields(table, opened, key) : opened
}

function openOwnFields(table: string, record: Row, key: Uint8Array): Row {
  const sealed = record[SEALED_PROPERTY]
  if (!isSealed(sealed)) throw new DecryptionError(table)
  let secret: unknown
  try {
    secret = JSON.parse(bytesToUtf8(gcm(key, sealed.n, aad(table)).decrypt(sealed.c)))
  } catch {
    throw new DecryptionError(table)
  }
  if (!isRow(secret)) throw new DecryptionError(table)
  const copy: Row = without(record, [SEALED_PROPERTY])
  for (const [path, value] of Object.entries(secret)) {
    const [head = '', tail] = path.split('.')
    if (tail === undefined) copy[head] = value
    else if (isRow(copy[head])) copy[head] = { ...copy[head], [tail]: value }
  }
  return copy
}
