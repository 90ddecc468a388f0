/**
 * Parameters of encryption at rest. OWASP (2023) asks for at least 600,000 PBKDF2-SHA-256
 * iterations; a stored configuration keeps its own count, so raising this later only
 * affects passphrases set afterwards.
 */
export const PBKDF2_ITERATIONS = 600_000
/** Random salt per passphrase (128 bits). */
export const SALT_BYTES = 16
/** AES-GCM nonce: 96 bits, random for every value written. */
export const NONCE_BYTES = 12
/** The data key: AES-256. */
export const DATA_KEY_BYTES = 32
/** A passphrase shorter than this is refused. */
export const MIN_PASSPHRASE_LENGTH = 10
/** Default idle time before the app locks itself. */
export const DEFAULT_IDLE_MINUTES = 15
export const MIN_IDLE_MINUTES = 0.1
export const MAX_IDLE_MINUTES = 240
