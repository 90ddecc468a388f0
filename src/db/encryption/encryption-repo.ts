import { appendAudit } from '../audit-repo'
import { db } from '../database'
import { stampPendingAuditUids } from '../sync/audit-uids'
import { CRYPTO_SETTINGS_KEY, type CryptoConfig } from './crypto-config'
import { readCryptoConfig } from './encryption-start'
import { configStamp, expectStamp } from './config-stamp'
import { encryptionMiddleware } from './instance'
import { newDataKey, newKeyDerivation, unwrapDataKey, wrapDataKey } from './key-wrap'
import { keyring } from './keyring'
import { LockedError } from './middleware'
import { migrateRecords } from './migrate'
import { loadCipher } from './record-cipher'
import { PROTECTED_FIELDS_VERSION } from './protected-fields'
import { DEFAULT_IDLE_MINUTES, MAX_IDLE_MINUTES, MIN_IDLE_MINUTES } from './params'

export { WrongPassphraseError } from './key-wrap'
export { loadEncryption, lock, readCryptoConfig, watchEncryptionChanges } from './encryption-start'

async function writeConfig(config: CryptoConfig) {
  expectStamp(configStamp(config))
  await db.settings.put({ key: CRYPTO_SETTINGS_KEY, value: config })
}

async function runMigration(config: CryptoConfig, key: Uint8Array) {
  // Records sealed before more fields were protected hold those fields in plain: seal again.
  const direction =
    config.migration ?? (config.fields < PROTECTED_FIELDS_VERSION ? 'encrypt' : null)
  if (!direction) return
  keyring.setSealing(direction === 'encrypt')
  try {
    await migrateRecords(db, encryptionMiddleware, direction, key, (done, total) =>
      keyring.setMigration({ direction, done, total }),
    )
    if (direction === 'encrypt') {
      await writeConfig({ ...config, migration: null, fields: PROTECTED_FIELDS_VERSION })
    } else {
      expectStamp(configStamp(null))
      await db.settings.delete(CRYPTO_SETTINGS_KEY)
      keyring.setOff()
    }
  } finally {
    keyring.setMigration(null)
  }
}

/**
 * Opens the data key with the passphrase (WrongPassphraseError otherwise: nothing is read)
 * and finishes a re-encryption that a closed tab left halfway, or seals the fields that an
 * older version of the app left plain (PROTECTED_FIELDS_VERSION), or stamps the audit lines
 * of batches that were sealed when schema v7 came (sync/audit-uids.ts).
 */
export async function unlock(passphrase: string): Promise<void> {
  const config = await readCryptoConfig()
  if (!config) return keyring.setOff()
  const key = await unwrapDataKey(config.wrappedKey, passphrase, config.kdf)
  await loadCipher()
  keyring.setUnlocked(key, config.keyId, config.idleMinutes)
  await runMigration(config, key)
  // Batches the v7 upgrade found sealed get their lines' uids now that they can be read.
  await stampPendingAuditUids(db)
}

export function validIdleMinutes(minutes: number): boolean {
  return Number.isFinite(minutes) && minutes >= MIN_IDLE_MINUTES && minutes <= MAX_IDLE_MINUTES
}

/**
 * Turns encryption on: a new random data key, wrapped by the passphrase, then every existing
 * personal and free-text field re-written as ciphertext (with progress in the keyring).
 */
export async function enableEncryption(
  passphrase: string,
  actor: string,
  idleMinutes: number = DEFAULT_IDLE_MINUTES,
): Promise<void> {
  await startEncryption(newDataKey(), crypto.randomUUID(), passphrase, actor, idleMinutes)
}

/**
 * Turns encryption on with a key that exists already: the team data key a member opened from
 * their key slot becomes this browser's data key (docs/sync-design.md §7), wrapped by the
 * member's own passphrase. Encryption must be off here (see `releaseDataKey`).
 */
export async function adoptDataKey(
  key: Uint8Array,
  keyId: string,
  passphrase: string,
  actor: string,
): Promise<void> {
  await startEncryption(new Uint8Array(key), keyId, passphrase, actor, DEFAULT_IDLE_MINUTES)
}

async function startEncryption(
  key: Uint8Array,
  keyId: string,
  passphrase: string,
  actor: string,
  idleMinutes: number,
): Promise<void> {
  if (await readCryptoConfig()) throw new Error('Encryption is already on')
  const kdf = newKeyDerivation()
  const config: CryptoConfig = {
    version: 1,
    keyId,
    kdf,
    wrappedKey: await wrapDataKey(key, passphrase, kdf),
    migration: 'encrypt',
    fields: PROTECTED_FIELDS_VERSION,
    idleMinutes: validIdleMinutes(idleMinutes) ? idleMinutes : DEFAULT_IDLE_MINUTES,
    enabledAt: new Date().toISOString(),
  }
  await loadCipher()
  keyring.setUnlocked(key, config.keyId, config.idleMinutes)
  // Progress from the start, so the UI never shows "on" before everything is sealed.
  keyring.setMigration({ direction: 'encrypt', done: 0, total: 0 })
  try {
    expectStamp(configStamp(config))
    await db.transaction('rw', db.settings, db.audit, async () => {
      await db.settings.put({ key: CRYPTO_SETTINGS_KEY, value: config })
      await appendAudit(encryptionAudit(actor, false, true))
    })
  } catch (error) {
    keyring.setOff()
    expectStamp(configStamp(null))
    throw error
  }
  await runMigration(config, key)
}

/** Turns encryption off after checking the passphrase: everything is written back in plain. */
export async function disableEncryption(passphrase: string, actor: string): Promise<void> {
  const config = await readCryptoConfig()
  if (!config) return
  const key = await unwrapDataKey(config.wrappedKey, passphrase, config.kdf)
  await loadCipher()
  keyring.setUnlocked(key, config.keyId, config.idleMinutes)
  await startDecryption(config, key, actor)
}

/**
 * Turns this browser's own encryption off with the key already open in this tab, so that a
 * team data key can take its place (`adoptDataKey`). A tab closed halfway resumes at the next
 * unlock with the old passphrase, exactly like turning encryption off.
 */
export async function releaseDataKey(actor: string): Promise<void> {
  const config = await readCryptoConfig()
  const key = keyring.dataKey()
  if (!config) return
  if (!key || keyring.getSnapshot().keyId !== config.keyId) throw new LockedError()
  await startDecryption(config, key, actor)
}

async function startDecryption(config: CryptoConfig, key: Uint8Array, actor: string) {
  keyring.setMigration({ direction: 'decrypt', done: 0, total: 0 })
  const decrypting: CryptoConfig = { ...config, migration: 'decrypt' }
  expectStamp(configStamp(decrypting))
  try {
    await db.transaction('rw', db.settings, db.audit, async () => {
      await db.settings.put({ key: CRYPTO_SETTINGS_KEY, value: decrypting })
      await appendAudit(encryptionAudit(actor, true, false))
    })
  } catch (error) {
    expectStamp(configStamp(config))
    keyring.setMigration(null)
    throw error
  }
  await runMigration(decrypting, key)
}

/** A new passphrase for the same data key: only the wrapped key changes, no record does. */
export async function changePassphrase(current: string, next: string): Promise<void> {
  const config = await readCryptoConfig()
  if (!config) return
  const key = await unwrapDataKey(config.wrappedKey, current, config.kdf)
  const kdf = newKeyDerivation()
  await writeConfig({ ...config, kdf, wrappedKey: await wrapDataKey(key, next, kdf) })
  key.fill(0)
}

export async function setIdleMinutes(minutes: number): Promise<void> {
  if (!validIdleMinutes(minutes)) throw new RangeError('idle minutes out of range')
  const config = await readCryptoConfig()
  if (!config) return
  await writeConfig({ ...config, idleMinutes: minutes })
  keyring.setIdleMinutes(minutes)
}

/** For a forgotten passphrase: removes the whole database from this browser. */
export async function deleteAllData(): Promise<void> {
  keyring.setOff()
  await db.delete({ disableAutoOpen: false })
}

function encryptionAudit(actor: string, before: boolean, after: boolean) {
  return {
    actor,
    kind: 'settings' as const,
    youthId: null,
    preconditionId: null,
    before: { encryption: before },
    after: { encryption: after },
  }
}
