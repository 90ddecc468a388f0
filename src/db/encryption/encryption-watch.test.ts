import { afterEach, describe, expect, it } from 'vitest'
import { connectionState, watchEncryptionConfig } from '../connection-events'
import { db } from '../database'
import { CRYPTO_SETTINGS_KEY, type CryptoConfig } from './crypto-config'
import { enableEncryption, loadEncryption, setIdleMinutes } from './encryption-repo'
import { newKeyDerivation } from './key-wrap'
import { keyring } from './keyring'

afterEach(() => keyring.setOff())

async function settled() {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 5))
}

describe('encryption changed in another tab', () => {
  it('does not stop the tab that made the change, nor for a new idle time', async () => {
    await loadEncryption()
    const stop = watchEncryptionConfig(db)
    await enableEncryption('een lange wachtwoordzin', 'Tester')
    await setIdleMinutes(5)
    await settled()
    stop()
    expect(connectionState.getSnapshot()).toBeNull()
    expect(keyring.getSnapshot()).toMatchObject({ status: 'unlocked', idleMinutes: 5 })
  })

  it('stops this tab when another tab turns encryption on', async () => {
    await db.settings.delete(CRYPTO_SETTINGS_KEY)
    await loadEncryption()
    const stop = watchEncryptionConfig(db)
    const elsewhere: CryptoConfig = {
      version: 1,
      keyId: 'other-tab-key',
      kdf: newKeyDerivation(),
      wrappedKey: { iv: new Uint8Array(12), data: new Uint8Array(48) },
      migration: 'encrypt',
      fields: 2,
      idleMinutes: 15,
      enabledAt: new Date().toISOString(),
    }
    // Written behind this tab's back, as another tab would.
    await db.settings.put({ key: CRYPTO_SETTINGS_KEY, value: elsewhere })
    await settled()
    stop()
    expect(connectionState.getSnapshot()).toBe('encryption-changed')
    expect(db.isOpen()).toBe(false)
  })
})
