import { z } from 'zod/mini'
import { PBKDF2_ITERATIONS } from './crypto'
import { BACKUP_FORMAT } from './format'

/**
 * Layout 2 of the back-up file: one JSON value per line, the whole file one JSON array, so it
 * can be written and read a line at a time (docs/backup-format.md). Files without
 * `formatVersion` are layout 1: one JSON object.
 */
export const FORMAT_VERSION = 2

/** A data line holds at most this many records… */
export const LINE_RECORDS = 1000
/** …and stops growing past this many characters of JSON (one larger record gets a line alone). */
export const LINE_CHARS = 1 << 20
/** A reader refuses longer lines instead of gathering an unbounded string. */
export const MAX_LINE_BYTES = 256 << 20
/** Random per file; the chunk counter fills the other 4 bytes of the 96-bit AES-GCM nonce. */
export const NONCE_PREFIX_BYTES = 8

export interface StreamEncryption {
  algorithm: 'AES-GCM'
  kdf: 'PBKDF2-SHA-256'
  iterations: number
  /** Base64, 16 bytes. */
  salt: string
  /** Base64, 8 bytes. */
  noncePrefix: string
}

/** The first line. Encrypted files authenticate its exact text with every chunk. */
export interface StreamHeader {
  format: typeof BACKUP_FORMAT
  formatVersion: typeof FORMAT_VERSION
  schemaVersion: number
  appVersion: string
  createdAt: string
  encryption?: StreamEncryption
}

export const streamHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  schemaVersion: z.int().check(z.gte(1)),
  appVersion: z.string(),
  createdAt: z.string().check(z.minLength(10)),
  encryption: z.optional(
    z.object({
      algorithm: z.literal('AES-GCM'),
      kdf: z.literal('PBKDF2-SHA-256'),
      iterations: z.int().check(z.gte(PBKDF2_ITERATIONS), z.lte(10_000_000)),
      salt: z.string(),
      noncePrefix: z.string(),
    }),
  ),
})

/** A batch of records of one table. */
export const dataLineSchema = z.object({ table: z.string(), records: z.array(z.unknown()) })

/** The last line: how many data lines came before it and the SHA-256 over the lines. */
export const endLineSchema = z.object({
  end: z.object({
    lines: z.int().check(z.gte(0)),
    checksum: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  }),
})

/** Chunk n's nonce: the file's random prefix, then n as a 32-bit big-endian number. */
export function chunkNonce(prefix: Uint8Array, counter: number): Uint8Array<ArrayBuffer> {
  const nonce = new Uint8Array(12)
  nonce.set(prefix.subarray(0, NONCE_PREFIX_BYTES))
  new DataView(nonce.buffer).setUint32(NONCE_PREFIX_BYTES, counter)
  return nonce
}
