import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { Keyring } from './keyring'
import { createEncryptionMiddleware } from './middleware'

describe('the encryption middleware', () => {
  it('refuses a database where a protected field is indexed (ciphertext would break it)', async () => {
    const bad = new Dexie('indexed-protected-field')
    bad.version(1).stores({ youths: 'id, displayName' })
    bad.use(createEncryptionMiddleware(new Keyring()))
    await expect(bad.table('youths').get('x')).rejects.toThrow(/youths.displayName is indexed/)
    bad.close()
    await Dexie.delete('indexed-protected-field')
  })
})
