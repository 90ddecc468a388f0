import { afterEach, describe, expect, it } from 'vitest'
import type { SyncDoc } from '../../domain/sync/types'
import { newDataKey } from './key-wrap'
import { keyring } from './keyring'
import { openDocument, sealDocument, TeamLockedError, TeamSealError } from './team-seal'
import { updateTeamState } from './team-state'

const KEY_ID = 'team-key-1'
const youth: SyncDoc = {
  _id: 'youth:7f3c',
  type: 'youth',
  layout: 1,
  by: 'anna',
  data: {
    id: '7f3c',
    clientRef: 'C-104',
    displayName: 'Sam de Vries',
    note: 'Wil naar kamertraining',
  },
}

async function teamEncrypts(keyId = KEY_ID) {
  await updateTeamState((s) => ({
    ...s,
    config: { encrypted: true, keyId, by: 'anna', at: '2026-12-06T20:00:00.000Z' },
  }))
}

function unlockWith(key: Uint8Array, keyId = KEY_ID) {
  keyring.setUnlocked(key, keyId, 15)
}

afterEach(() => {
  keyring.setOff()
})

describe('sealDocument / openDocument', () => {
  it('passes documents through unchanged when the team does not encrypt', async () => {
    unlockWith(newDataKey())
    expect(await sealDocument(youth)).toEqual(youth)
  })

  it('seals the data so no typed name or text is in the document, and opens it again', async () => {
    await teamEncrypts()
    unlockWith(newDataKey())
    const sealed = await sealDocument(youth)
    expect(sealed.data).toBeUndefined()
    expect(sealed.sealed?.k).toBe(KEY_ID)
    expect(sealed).toMatchObject({ _id: 'youth:7f3c', type: 'youth', layout: 1, by: 'anna' })
    const text = JSON.stringify(sealed)
    for (const secret of ['Sam de Vries', 'kamertraining', 'C-104']) {
      expect(text).not.toContain(secret)
    }
    expect(await openDocument(sealed)).toEqual(youth)
  })

  it('uses a fresh nonce for every seal', async () => {
    await teamEncrypts()
    unlockWith(newDataKey())
    const a = await sealDocument(youth)
    const b = await sealDocument(youth)
    expect(a.sealed?.n).not.toBe(b.sealed?.n)
    expect(a.sealed?.c).not.toBe(b.sealed?.c)
  })

  it('never seals team and key-slot documents', async () => {
    await teamEncrypts()
    unlockWith(newDataKey())
    const config: SyncDoc = { _id: 'team:config', type: 'team', layout: 1, by: 'anna', data: {} }
    const slot: SyncDoc = { _id: 'keyslot:bo', type: 'keyslot', layout: 1, by: 'anna', data: {} }
    expect(await sealDocument(config)).toEqual(config)
    expect(await sealDocument(slot)).toEqual(slot)
  })

  it('refuses to seal while the team encrypts and the key is locked, naming the document', async () => {
    await teamEncrypts()
    keyring.setLocked(KEY_ID, 15)
    const error = await sealDocument(youth).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TeamLockedError)
    expect((error as TeamLockedError).docId).toBe('youth:7f3c')
  })

  it('refuses to open a sealed document while locked', async () => {
    await teamEncrypts()
    unlockWith(newDataKey())
    const sealed = await sealDocument(youth)
    keyring.setLocked(KEY_ID, 15)
    await expect(openDocument(sealed)).rejects.toThrow(TeamLockedError)
  })

  it('detects a changed ciphertext and names the document', async () => {
    await teamEncrypts()
    unlockWith(newDataKey())
    const sealed = await sealDocument(youth)
    const body = sealed.sealed
    if (!body) throw new Error('not sealed')
    const bytes = Buffer.from(body.c, 'base64')
    bytes[3] = (bytes[3] ?? 0) ^ 1
    const tampered = { ...sealed, sealed: { ...body, c: bytes.toString('base64') } }
    const error = await openDocument(tampered).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TeamSealError)
    expect((error as Error).message).toContain('youth:7f3c')
  })

  it('refuses a sealed body moved to another document id or type', async () => {
    await teamEncrypts()
    unlockWith(newDataKey())
    const sealed = await sealDocument(youth)
    await expect(openDocument({ ...sealed, _id: 'youth:other' })).rejects.toThrow(TeamSealError)
    await expect(
      openDocument({ ...sealed, _id: 'agreement:7f3c', type: 'agreement' }),
    ).rejects.toThrow(TeamSealError)
    await expect(openDocument({ ...sealed, layout: 2 })).rejects.toThrow(TeamSealError)
  })

  it('refuses a body sealed with another key under the same key id', async () => {
    await teamEncrypts()
    unlockWith(newDataKey())
    const sealed = await sealDocument(youth)
    unlockWith(newDataKey())
    await expect(openDocument(sealed)).rejects.toThrow(TeamSealError)
  })

  it('treats a body sealed under another team key id as locked, not as damaged', async () => {
    await teamEncrypts()
    unlockWith(newDataKey())
    const sealed = await sealDocument(youth)
    unlockWith(newDataKey(), 'other-key')
    await expect(openDocument(sealed)).rejects.toThrow(TeamLockedError)
  })

  it('notices the team turning encryption on after a first pass-through', async () => {
    unlockWith(newDataKey())
    expect((await sealDocument(youth)).data).toEqual(youth.data)
    await teamEncrypts()
    expect((await sealDocument(youth)).data).toBeUndefined()
  })
})
