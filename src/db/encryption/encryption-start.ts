import { watchEncryptionConfig } from '../connection-events'
import { db } from '../database'
import { configStamp, expectStamp } from './config-stamp'
import { restoreCryptoConfig, type CryptoConfig } from './crypto-config'
import { CRYPTO_SETTINGS_KEY } from './crypto-config'
import { keyring } from './keyring'

/*
 * What every start needs (is encryption on, is it locked) apart from unlocking and turning it
 * on or off (encryption-repo.ts), which only a browser with encryption loads.
 */

export async function readCryptoConfig(): Promise<CryptoConfig | null> {
  return restoreCryptoConfig((await db.settings.get(CRYPTO_SETTINGS_KEY))?.value)
}

/** Stops this tab when another tab turns encryption on or off. Returns the unsubscribe. */
export function watchEncryptionChanges(): () => void {
  return watchEncryptionConfig(db)
}

/** On start: off, or locked when a passphrase protects the data. */
export async function loadEncryption(): Promise<void> {
  const config = await readCryptoConfig()
  expectStamp(configStamp(config))
  if (config) keyring.setLocked(config.keyId, config.idleMinutes)
  else keyring.setOff()
}

/** Drops the key from memory. The UI reloads after this, so no opened record stays behind. */
export function lock(): void {
  const { keyId, idleMinutes } = keyring.getSnapshot()
  if (keyId) keyring.setLocked(keyId, idleMinutes)
}
