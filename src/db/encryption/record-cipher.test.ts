import { describe, expect, it, beforeAll } from 'vitest'
import { newDataKey } from './key-wrap'
import { NONCE_BYTES } from './params'
import { SEALED_PROPERTY } from './protected-fields'
import {
  DecryptionError,
  hasPlainProtectedFields,
  openRecord,
  sealRecord,
  loadCipher,
  type Sealed,
} from './record-cipher'

// As the app does before it installs a key (encryption-repo.ts).
beforeAll(loadCipher)

const youth = {
  id: 'y1',
  clientRef: 'K-001',
  displayName: 'Sanne',
  municipalityCode: 'GM0518',
  outflow: { date: '2026-01-01', destination: 'pleeggezin', reason: '01', note: 'Naar oma' },
}

function sealedOf(record: unknown): Sealed {
  return (record as Record<string, Sealed>)[SEALED_PROPERTY] as Sealed
}

describe('sealing a record', () => {
  it('round-trips: opening a sealed youth gives exactly the original back', () => {
    const key = newDataKey()
    const sealed = sealRecord('youths', youth, key)
    expect(openRecord('youths', sealed, key)).toEqual(youth)
  })

  it('leaves no protected text in the stored form, but keeps ids and index fields plain', () => {
    const sealed = sealRecord('youths', youth, newDataKey()) as Record<string, unknown>
    const json = JSON.stringify(sealed, (_, v: unknown) =>
      v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v,
    )
    expect(json).not.toContain('Sanne')
    expect(json).not.toContain('Naar oma')
    expect(sealed).toMatchObject({ id: 'y1', clientRef: 'K-001', municipalityCode: 'GM0518' })
    expect(sealed.outflow).toEqual({
      date: '2026-01-01',
      destination: 'pleeggezin',
      reason: '01',
    })
    expect(hasPlainProtectedFields('youths', sealed)).toBe(false)
    expect(hasPlainProtectedFields('youths', youth)).toBe(true)
  })

  it('uses a fresh random 96-bit nonce for every value, so equal notes look different', () => {
    const key = newDataKey()
    const nonces = new Set<string>()
    const ciphertexts = new Set<string>()
    for (let i = 0; i < 50; i++) {
      const s = sealedOf(sealRecord('assessments', { note: 'zelfde', action: 'zelfde' }, key))
      expect(s.n).toHaveLength(NONCE_BYTES)
      nonces.add(Buffer.from(s.n).toString('hex'))
      ciphertexts.add(Buffer.from(s.c).toString('hex'))
    }
    expect(nonces.size).toBe(50)
    expect(ciphertexts.size).toBe(50)
  })

  it('seals whole audit values (they hold notes and names)', () => {
    const key = newDataKey()
    const entry = { id: 3, youthId: 'y1', before: null, after: { note: 'geheim' } }
    const sealed = sealRecord('audit', entry, key) as Record<string, unknown>
    expect(sealed).not.toHaveProperty('before')
    expect(sealed).not.toHaveProperty('after')
    expect(openRecord('audit', sealed, key)).toEqual(entry)
  })

  it('reveals nothing with another key, and notices tampering', () => {
    const sealed = sealRecord('reportNotes', { id: 'p', text: 'Signaal' }, newDataKey())
    expect(() => openRecord('reportNotes', sealed, newDataKey())).toThrow(DecryptionError)
    const key = newDataKey()
    const good = sealRecord('reportNotes', { id: 'p', text: 'Signaal' }, key)
    const s = sealedOf(good)
    s.c[0] = (s.c[0] ?? 0) ^ 1
    expect(() => openRecord('reportNotes', good, key)).toThrow(DecryptionError)
  })

  it('binds ciphertext to its table: moved to another table it does not open', () => {
    const key = newDataKey()
    const sealed = sealRecord('reportNotes', { id: 'p', text: 'Signaal' }, key)
    expect(() => openRecord('youths', sealed, key)).toThrow(DecryptionError)
  })

  it('leaves tables without protected fields and plain records untouched', () => {
    const key = newDataKey()
    const snapshot = { reviewId: 'r1', date: '2026-03-01', youthIds: ['y1'] }
    expect(sealRecord('snapshots', snapshot, key)).toBe(snapshot)
    expect(openRecord('youths', youth, key)).toBe(youth)
  })

  it('seals staff names and typed settings, and keeps a settings record with none of them as is', () => {
    const key = newDataKey()
    const crypto = { key: 'crypto', value: { keyId: 'k1', migration: null } }
    expect(sealRecord('settings', crypto, key)).toEqual(crypto)
    const app = {
      key: 'app',
      value: { providerName: 'Huize Y', locations: ['Gezin Jansen'], futurePlanAge: 16 },
      version: 3,
      versionBy: 'Tjalling',
    }
    const sealed = sealRecord('settings', app, key)
    expect(JSON.stringify(sealed)).not.toMatch(/Huize|Jansen|Tjalling/)
    expect(sealed).toMatchObject({ key: 'app', value: { futurePlanAge: 16 }, version: 3 })
    expect(openRecord('settings', sealed, key)).toEqual(app)
    const item = { reviewId: 'r1', youthId: 'y1', discussedAt: null, discussedBy: 'Gerbrich' }
    expect(JSON.stringify(sealRecord('reviewItems', item, key))).not.toContain('Gerbrich')
  })
})
