import type { EncryptionInfo } from './format'

/** OWASP's 2023 minimum for PBKDF2-HMAC-SHA-256. */
export const PBKDF2_ITERATIONS = 600_000
/** Refuse absurd counts from a crafted file instead of hanging the browser. */
const MAX_ITERATIONS = 10_000_000

const encoder = new TextEncoder()

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(text))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** Native in newer browsers (Chromium 140+, Firefox 133+): much faster on megabyte chunks. */
interface NativeBase64 {
  toBase64?: (this: Uint8Array) => string
}
const nativeFromBase64 = (
  Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> }
).fromBase64

export function toBase64(bytes: Uint8Array): string {
  const native = (bytes as NativeBase64).toBase64
  if (native) return native.call(bytes)
  let binary = ''
  const CHUNK = 0x8000
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  }
  return btoa(binary)
}

/** Null when the text is not base64. */
export function fromBase64(text: string): Uint8Array | null {
  try {
    if (nativeFromBase64) return nativeFromBase64(text)
    const binary = atob(text)
    const bytes = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
    return bytes
  } catch {
    return null
  }
}

function keyMaterial(passphrase: string, use: 'deriveKey' | 'deriveBits') {
  return crypto.subtle.importKey(
    'raw',
    encoder.encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    [use],
  )
}

/** A Web Crypto AES-GCM key from PBKDF2-SHA-256 (decrypting happens outside transactions). */
export async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number) {
  const material = await keyMaterial(passphrase, 'deriveKey')
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
}

/**
 * The same key as raw bytes, for @noble/ciphers: a streamed back-up is sealed chunk by chunk
 * inside a read transaction, where awaiting Web Crypto would end the transaction.
 */
export async function deriveKeyBytes(
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
): Promise<Uint8Array> {
  const material = await keyMaterial(passphrase, 'deriveBits')
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    256,
  )
  return new Uint8Array(bits)
}

/**
 * Encrypts with AES-GCM under a key from PBKDF2-SHA-256 (random salt and IV, stored in the
 * file). `associated` (the readable header) is authenticated too, so it cannot be altered.
 */
export async function encryptText(
  plaintext: string,
  passphrase: string,
  associated: string,
): Promise<{ encryption: EncryptionInfo; ciphertext: string }> {
  const salt = crypto.getRandomValues(new Uint8Array(16))
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const key = await deriveKey(passphrase, salt, PBKDF2_ITERATIONS)
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(associated) },
    key,
    encoder.encode(plaintext),
  )
  return {
    encryption: {
      algorithm: 'AES-GCM',
      kdf: 'PBKDF2-SHA-256',
      iterations: PBKDF2_ITERATIONS,
      salt: toBase64(salt),
      iv: toBase64(iv),
    },
    ciphertext: toBase64(new Uint8Array(sealed)),
  }
}

/** The plaintext, or null when the passphrase is wrong or the ciphertext was altered. */
export async function decryptText(
  ciphertext: string,
  encryption: EncryptionInfo,
  passphrase: string,
  associated: string,
): Promise<string | null> {
  const salt = fromBase64(encryption.salt)
  const iv = fromBase64(encryption.iv)
  const sealed = fromBase64(ciphertext)
  const { iterations } = encryption
  if (!salt || !iv || !sealed || iterations < PBKDF2_ITERATIONS || iterations > MAX_ITERATIONS) {
    return null
  }
  try {
    const key = await deriveKey(passphrase, salt, iterations)
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: iv as BufferSource, additionalData: encoder.encode(associated) },
      key,
      sealed as BufferSource,
    )
    return new TextDecoder().decode(plain)
  } catch {
    return null
  }
}
