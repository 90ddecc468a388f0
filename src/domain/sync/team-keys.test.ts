import { describe, expect, it } from 'vitest'
import {
  cleanMemberName,
  keySlotId,
  memberOfKeySlotId,
  oneTimePassphrase,
  restoreKeySlot,
  restoreTeamConfig,
} from './team-keys'

describe('team key documents', () => {
  it('writes a one-time passphrase as five groups of four unambiguous symbols', () => {
    const all = new Uint8Array(20).map((_, i) => i * 13)
    const passphrase = oneTimePassphrase(all)
    expect(passphrase).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/)
    expect(passphrase).not.toMatch(/[ILOU]/)
    expect(oneTimePassphrase()).not.toBe(oneTimePassphrase())
  })

  it('finds the member in a key-slot id and nowhere else', () => {
    expect(memberOfKeySlotId(keySlotId('bo.de.vries'))).toBe('bo.de.vries')
    expect(memberOfKeySlotId('keyslot:')).toBeNull()
    expect(memberOfKeySlotId('team:config')).toBeNull()
  })

  it('accepts a member name trimmed, refuses empty, overlong or control characters', () => {
    expect(cleanMemberName('  bo ')).toBe('bo')
    expect(cleanMemberName('   ')).toBeNull()
    expect(cleanMemberName('x'.repeat(101))).toBeNull()
    expect(cleanMemberName('bo\nanna')).toBeNull()
  })

  it('refuses an encrypted team configuration without a key id', () => {
    expect(restoreTeamConfig({ encrypted: true, keyId: null, by: 'a', at: '' })).toBeNull()
    expect(restoreTeamConfig({ encrypted: false, keyId: null, by: 'a', at: '' })).toEqual({
      encrypted: false,
      keyId: null,
      by: 'a',
      at: '',
    })
  })

  it('refuses a key slot with a weak derivation or non-base64 values', () => {
    const slot = {
      member: 'bo',
      keyId: 'k1',
      kdf: {
        name: 'PBKDF2',
        hash: 'SHA-256',
        iterations: 600_000,
        salt: 'c2FsdHNhbHRzYWx0c2FsdA==',
      },
      wrapped: { iv: 'aXZpdml2aXZpdml2', data: 'ZGF0YQ==' },
      oneTime: true,
      addedBy: 'anna',
      addedAt: '2026-12-06T20:00:00.000Z',
    }
    expect(restoreKeySlot(slot)).toEqual(slot)
    expect(restoreKeySlot({ ...slot, kdf: { ...slot.kdf, iterations: 1000 } })).toBeNull()
    expect(
      restoreKeySlot({ ...slot, wrapped: { ...slot.wrapped, data: 'not base64!' } }),
    ).toBeNull()
  })
})
