import { gcm } from '@noble/ciphers/aes.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { PBKDF2_ITERATIONS, deriveKeyBytes, toBase64 } from './crypto'
import { BACKUP_FORMAT, type BackupMeta } from './format'
import {
  chunkNonce,
  FORMAT_VERSION,
  LINE_CHARS,
  LINE_RECORDS,
  NONCE_PREFIX_BYTES,
  type StreamHeader,
} from './stream-format'

const encoder = new TextEncoder()
const NEWLINE = encoder.encode('\n')

/** A passphrase-derived key with what the file must say to derive it again. */
export interface StreamKey {
  key: Uint8Array
  salt: Uint8Array
  iterations: number
  noncePrefix: Uint8Array
}

/** Derives a fresh key (random salt and nonce prefix); async, so done before any transaction. */
export async function streamKey(passphrase: string): Promise<StreamKey> {
  const salt = crypto.getRandomValues(new Uint8Array(16))
  const noncePrefix = crypto.getRandomValues(new Uint8Array(NONCE_PREFIX_BYTES))
  const key = await deriveKeyBytes(passphrase, salt, PBKDF2_ITERATIONS)
  return { key, salt, iterations: PBKDF2_ITERATIONS, noncePrefix }
}

/** `prefix` + `body` + `suffix` as one array (the prefix and suffix are one ASCII byte each). */
function framed(prefix: string, body: Uint8Array, suffix: string): Uint8Array<ArrayBuffer> {
  const head = encoder.encode(prefix)
  const tail = encoder.encode(suffix)
  const out = new Uint8Array(head.length + body.length + tail.length)
  out.set(head)
  out.set(body, head.length)
  out.set(tail, head.length + body.length)
  return out
}

/**
 * Writes a back-up file (layout 2) a line at a time: `[header`, then `,{table, records}` per
 * batch of at most LINE_RECORDS records or LINE_CHARS characters, then `,{end}]`. Every part
 * handed to `emit` is one line, so no string ever holds more than one batch. With a key, each
 * line's JSON becomes one AES-GCM chunk (nonce: prefix and chunk counter; the header line as
 * associated data). Synchronous on purpose: it runs inside an IndexedDB read transaction.
 */
export class BackupStreamWriter {
  private readonly hash = sha256.create()
  private readonly headerBytes: Uint8Array
  private pending: string[] = []
  private pendingChars = 0
  private pendingTable = ''
  private lines = 0
  private finished = false

  constructor(
    meta: BackupMeta,
    private readonly emit: (part: Uint8Array<ArrayBuffer>) => void,
    private readonly key?: StreamKey,
  ) {
    const header: StreamHeader = {
      format: BACKUP_FORMAT,
      formatVersion: FORMAT_VERSION,
      schemaVersion: meta.schemaVersion,
      appVersion: meta.appVersion,
      createdAt: meta.createdAt,
    }
    if (key) {
      header.encryption = {
        algorithm: 'AES-GCM',
        kdf: 'PBKDF2-SHA-256',
        iterations: key.iterations,
        salt: toBase64(key.salt),
        noncePrefix: toBase64(key.noncePrefix),
      }
    }
    this.headerBytes = encoder.encode(JSON.stringify(header))
    this.hash.update(this.headerBytes).update(NEWLINE)
    emit(framed('[', this.headerBytes, '\n'))
  }

  /** Adds records of one table; call as often as needed, a table's records one after another. */
  add(table: string, records: readonly unknown[]): void {
    if (this.finished) throw new Error('The back-up is already finished')
    for (const record of records) {
      const json = JSON.stringify(record) ?? 'null'
      if (
        this.pending.length > 0 &&
        (table !== this.pendingTable ||
          this.pending.length >= LINE_RECORDS ||
          this.pendingChars + json.length > LINE_CHARS)
      ) {
        this.flush()
      }
      this.pendingTable = table
      this.pending.push(json)
      this.pendingChars += json.length + 1
    }
  }

  /** Writes the last batch and the end line (line count and checksum). */
  finish(): void {
    this.flush()
    this.finished = true
    const end = { end: { lines: this.lines, checksum: bytesToHex(this.hash.digest()) } }
    this.writeLine(encoder.encode(JSON.stringify(end)), true)
  }

  private flush() {
    if (this.pending.length === 0) return
    const json = `{"table":${JSON.stringify(this.pendingTable)},"records":[${this.pending.join(',')}]}`
    this.pending = []
    this.pendingChars = 0
    const bytes = encoder.encode(json)
    this.hash.update(bytes).update(NEWLINE)
    this.writeLine(bytes, false)
    this.lines++
  }

  private writeLine(bytes: Uint8Array, last: boolean) {
    const suffix = last ? ']\n' : '\n'
    if (!this.key) {
      this.emit(framed(',', bytes, suffix))
      return
    }
    // Chunk n is line n after the header: the end line is the last chunk.
    const nonce = chunkNonce(this.key.noncePrefix, this.lines)
    const sealed = gcm(this.key.key, nonce, this.headerBytes).encrypt(bytes)
    this.emit(framed(',', encoder.encode(`"${toBase64(sealed)}"`), suffix))
  }
}

/**
 * Gathers the parts into a Blob, folding them into it every few megabytes so the bytes leave
 * the JavaScript heap (browsers keep large blobs outside it, on disk if need be).
 */
export class BlobCollector {
  private blob: Blob
  private parts: Uint8Array<ArrayBuffer>[] = []
  private size = 0

  constructor(
    private readonly type: string,
    private readonly foldAt = 16 << 20,
  ) {
    this.blob = new Blob([], { type })
  }

  readonly add = (part: Uint8Array<ArrayBuffer>) => {
    this.parts.push(part)
    this.size += part.length
    if (this.size >= this.foldAt) this.fold()
  }

  finish(): Blob {
    this.fold()
    return this.blob
  }

  private fold() {
    this.blob = new Blob([this.blob, ...this.parts], { type: this.type })
    this.parts = []
    this.size = 0
  }
}
