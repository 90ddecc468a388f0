import { describe, expect, it } from 'vitest'
import {
  newDataKey,
  newKeyDerivation,
  unwrapDataKey,
  wrapDataKey,
  WrongPassphraseError,
} from './key-wrap'
import { DATA_KEY_BYTES, PBKDF2_ITERATIONS, SALT_BYTES } from './params'

describe('key derivation parameters', () => {
  it('uses PBKDF2-SHA-256 with at least 600,000 iterations and a 128-bit random salt', () => {
    const a = newKeyDerivation()
    const b = newKeyDerivation()
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000)
    expect(a).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS })
    expect(a.salt).toHaveLength(SALT_BYTES)
    expect(SALT_BYTES).toBeGreaterThanOrEqual(16)
    expect(a.salt).not.toEqual(b.salt)
  })

  it('makes a random 256-bit data key every time', () => {
    const a = newDataKey()
    expect(a).toHaveLength(DATA_KEY_BYTES)
    expect(DATA_KEY_BYTES * 8).toBe(256)
    expect(a).not.toEqual(newDataKey())
  })
})

describe('wrapping the data key with a passphrase', () => {
  it('gives the same data key back with the right passphrase, and refuses any other', async () => {
    const key = newDataKey()
    const kdf = newKeyDerivation()
    const wrapped = await wrapDataKey(key, 'paard batterij nietje correct', kdf)
    expect(wrapped.iv).toHaveLength(12)
    // The stored form does not contain the key.
    expect(Buffer.from(wrapped.data).includes(Buffer.from(key))).toBe(false)
    expect(await unwrapDataKey(wrapped, 'paard batterij nietje correct', kdf)).toEqual(key)
    await expect(unwrapDataKey(wrapped, 'paard batterij nietje fout', kdf)).rejects.toBeInstanceOf(
      WrongPassphraseError,
    )
  })

  it('needs the salt it was made with: another salt opens nothing', async () => {
    const kdf = newKeyDerivation()
    const wrapped = await wrapDataKey(newDataKey(), 'een lange wachtwoordzin', kdf)
    await expect(
      unwrapDataKey(wrapped, 'een lange wachtwoordzin', { ...kdf, salt: newKeyDerivation().salt }),
    ).rejects.toBeInstanceOf(WrongPassphraseError)
  })
})
