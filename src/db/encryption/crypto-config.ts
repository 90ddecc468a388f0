import { isBytes } from '@noble/ciphers/utils.js'
import { z } from 'zod/mini'
import type { KeyDerivation, WrappedKey } from './key-wrap'
import { DEFAULT_IDLE_MINUTES, MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, SALT_BYTES } from './params'

/** Key of the record in the `settings` table that holds the encryption configuration. */
export const CRYPTO_SETTINGS_KEY = 'crypto'

/**
 * Encryption at rest as stored (nothing in here is secret: the data key is wrapped by a key
 * derived from the passphrase, which is never stored).
 */
export interface CryptoConfig {
  version: 1
  /** Random id of the data key: tabs compare it to notice that encryption changed elsewhere. */
  keyId: string
  kdf: KeyDerivation
  wrappedKey: WrappedKey
  /** A re-encryption under way; resumed after the next unlock when a tab was closed halfway. */
  migration: 'encrypt' | 'decrypt' | null
  /**
   * The PROTECTED_FIELDS_VERSION the records were sealed with (1: before staff names and
   * other typed fields were added). An older one is sealed again on the next unlock.
   */
  fields: number
  /** Minutes without keyboard or mouse use before the app locks itself. */
  idleMinutes: number
  enabledAt: string
}

export class BrokenCryptoConfigError extends Error {
  constructor() {
    super('The stored encryption configuration is damaged')
    this.name = 'BrokenCryptoConfigError'
  }
}

const bytes = z.custom<Uint8Array>((value) => isBytes(value))

const schema = z.object({
  version: z.literal(1),
  keyId: z.string().check(z.minLength(1)),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.int().check(z.gte(100_000)),
    salt: bytes.check(z.refine((salt) => salt.length >= SALT_BYTES)),
  }),
  wrappedKey: z.object({ iv: bytes, data: bytes }),
  migration: z.catch(z.nullable(z.enum(['encrypt', 'decrypt'])), null),
  fields: z.catch(z.int().check(z.gte(1)), 1),
  idleMinutes: z.catch(
    z.number().check(z.gte(MIN_IDLE_MINUTES), z.lte(MAX_IDLE_MINUTES)),
    DEFAULT_IDLE_MINUTES,
  ),
  enabledAt: z.catch(z.string(), ''),
})

/**
 * The stored configuration, or null when encryption is off. A record that is there but
 * damaged is an error: treating it as "off" would show sealed records as if they were empty.
 */
export function restoreCryptoConfig(value: unknown): CryptoConfig | null {
  if (value === undefined || value === null) return null
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw new BrokenCryptoConfigError()
  return parsed.data
}
