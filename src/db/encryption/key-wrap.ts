import { DATA_KEY_BYTES, NONCE_BYTES, PBKDF2_ITERATIONS, SALT_BYTES } from './params'

/** How the data key is protected by the passphrase; stored (not secret) with the settings. */
export interface KeyDerivation {
  name: 'PBKDF2'
  hash: 'SHA-256'
  iterations: number
  salt: Uint8Array
}

export interface WrappedKey {
  iv: Uint8Array
  /** AES-GCM ciphertext of the raw data key. */
  data: Uint8Array
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('The passphrase does not open the data key')
    this.name = 'WrongPassphraseError'
  }
}

const WRAP_AAD = new TextEncoder().encode('doorstroombord:data-key:v1')

// Web Crypto wants ArrayBuffer-backed views; copying also keeps callers' arrays untouched.
function buffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes)
}

export function newKeyDerivation(): KeyDerivation {
  return {
    name: 'PBKDF2',
    hash: 'SHA-256',
    iterations: PBKDF2_ITERATIONS,
    salt: crypto.getRandomValues(new Uint8Array(SALT_BYTES)),
  }
}

export function newDataKey(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(DATA_KEY_BYTES))
}

/** The key-encryption key: PBKDF2-SHA-256 over the (NFC-normalised) passphrase. */
export async function deriveWrappingKey(passphrase: string, kdf: KeyDerivation) {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  )
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: kdf.hash, salt: buffer(kdf.salt), iterations: kdf.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
}

export async function wrapDataKey(
  dataKey: Uint8Array,
  passphrase: string,
  kdf: KeyDerivation,
): Promise<WrappedKey> {
  const wrappingKey = await deriveWrappingKey(passphrase, kdf)
  const iv = crypto.getRandomValues(new Uint8Array(NONCE_BYTES))
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: WRAP_AAD },
    wrappingKey,
    buffer(dataKey),
  )
  return { iv, data: new Uint8Array(data) }
}

/** The raw data key, or WrongPassphraseError: AES-GCM's tag check fails for any other key. */
export async function unwrapDataKey(
  wrapped: WrappedKey,
  passphrase: string,
  kdf: KeyDerivation,
): Promise<Uint8Array> {
  const wrappingKey = await deriveWrappingKey(passphrase, kdf)
  try {
    const raw = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: buffer(wrapped.iv), additionalData: WRAP_AAD },
      wrappingKey,
      buffer(wrapped.data),
    )
    return new Uint8Array(raw)
  } catch {
    throw new WrongPassphraseError()
  }
}
