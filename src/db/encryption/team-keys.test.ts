import { afterEach, describe, expect, it } from 'vitest'
import { makeYouthValues } from '../../../test/factories/youth'
import type { SyncDoc } from '../../domain/sync/types'
import { readAllData } from '../backup-repo'
import { db } from '../database'
import { addYouth, getYouth } from '../youths-repo'
import {
  enableEncryption,
  lock,
  readCryptoConfig,
  unlock,
  WrongPassphraseError,
} from './encryption-repo'
import { keyring } from './keyring'
import {
  acceptTeamKeyDoc,
  addKeySlot,
  enableTeamEncryption,
  joinTeamKey,
  readTeamKeyStatus,
  removeKeySlot,
  TeamKeyError,
  teamKeyDocs,
} from './team-keys'
import { openDocument, sealDocument } from './team-seal'

const ANNA_PASS = 'zeven zonnige zeilboten'
const BO_PASS = 'bo kiest haar eigen zin'
const youthDoc: SyncDoc = {
  _id: 'youth:y1',
  type: 'youth',
  layout: 1,
  by: 'anna',
  data: { id: 'y1', displayName: 'Roos Jansen' },
}

afterEach(() => {
  keyring.setOff()
})

/** Another browser: an empty database, nothing in memory. */
async function freshBrowser() {
  keyring.setOff()
  await db.delete({ disableAutoOpen: false })
}

async function problemOf(action: Promise<unknown>): Promise<string> {
  const error = await action.catch((e: unknown) => e)
  if (!(error instanceof TeamKeyError))
    throw new Error(`expected TeamKeyError, got ${String(error)}`)
  return error.problem
}

/** Anna turns team encryption on and adds a slot for Bo; returns what Anna publishes. */
async function annaAddsBo() {
  await enableTeamEncryption('anna', ANNA_PASS, 'Anna')
  const added = await addKeySlot('bo')
  const sealed = await sealDocument(youthDoc)
  return { ...added, sealed }
}

describe('team data key and key slots', () => {
  it('turns encryption on for the team with this browser key as the team key', async () => {
    const docs = await enableTeamEncryption('anna', ANNA_PASS, 'Anna')
    const local = await readCryptoConfig()
    expect(local).not.toBeNull()
    expect(docs.map((d) => d._id)).toEqual(['team:config', 'keyslot:anna'])
    expect(docs[0]?.data).toMatchObject({ encrypted: true, keyId: local?.keyId })
    expect(docs[1]?.data).toMatchObject({ member: 'anna', oneTime: false, keyId: local?.keyId })
    expect(docs.every((d) => d.sealed === undefined)).toBe(true)
    // Records leave the browser sealed from now on.
    expect((await sealDocument(youthDoc)).data).toBeUndefined()
  })

  it('keeps an existing local key as the team key, after checking its passphrase', async () => {
    await enableEncryption(ANNA_PASS, 'Anna')
    const keyId = (await readCryptoConfig())?.keyId
    await expect(enableTeamEncryption('anna', 'niet de juiste zin', 'Anna')).rejects.toThrow(
      WrongPassphraseError,
    )
    expect((await readTeamKeyStatus()).encrypted).toBe(false)
    await enableTeamEncryption('anna', ANNA_PASS, 'Anna')
    expect((await readCryptoConfig())?.keyId).toBe(keyId)
    expect(await readTeamKeyStatus()).toMatchObject({ encrypted: true, unlocked: true })
  })

  it('refuses to turn team encryption on while this browser is locked', async () => {
    await enableEncryption(ANNA_PASS, 'Anna')
    lock()
    expect(await problemOf(enableTeamEncryption('anna', ANNA_PASS, 'Anna'))).toBe('locked')
  })

  it('adds a slot under a one-time passphrase that only opens with that passphrase', async () => {
    const { passphrase, docs } = await annaAddsBo()
    expect(passphrase).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/)
    const slot = docs.find((d) => d._id === 'keyslot:bo')
    expect(slot?.data).toMatchObject({ member: 'bo', oneTime: true, addedBy: 'anna' })
    // Who added it by user name only: a display name is personal data the server must not see.
    expect(JSON.stringify(docs)).not.toContain('Anna')
    expect(JSON.stringify(docs)).not.toContain(passphrase)
    expect((await readTeamKeyStatus()).members.map((m) => m.member)).toEqual(['anna', 'bo'])
    expect(await problemOf(addKeySlot('bo'))).toBe('slot-exists')
  })

  it('lets the new member open the team key once, under a passphrase of their own', async () => {
    const { passphrase, docs, sealed } = await annaAddsBo()
    await freshBrowser()
    for (const doc of docs) expect(await acceptTeamKeyDoc(doc, 'bo')).toBe(true)
    expect(await readTeamKeyStatus()).toMatchObject({ encrypted: true, canJoin: true })
    await expect(joinTeamKey('verkeerd-1234', BO_PASS, 'Bo')).rejects.toThrow(WrongPassphraseError)
    expect(await problemOf(joinTeamKey(passphrase, null, 'Bo'))).toBe('own-passphrase-needed')

    const published = await joinTeamKey(passphrase, BO_PASS, 'Bo')
    expect(await openDocument(sealed)).toEqual(youthDoc)
    expect(published.find((d) => d._id === 'keyslot:bo')?.data).toMatchObject({ oneTime: false })
    // From now on Bo's own passphrase opens this browser; the one-time passphrase does not.
    lock()
    await expect(unlock(passphrase)).rejects.toThrow(WrongPassphraseError)
    await unlock(BO_PASS)
    expect(await openDocument(sealed)).toEqual(youthDoc)
  })

  it('re-seals the records of a browser that encrypted with its own key under the team key', async () => {
    const { passphrase, docs, sealed } = await annaAddsBo()
    await freshBrowser()
    await enableEncryption(BO_PASS, 'Bo')
    const youth = await addYouth(makeYouthValues({ displayName: 'Roos Jansen' }), 'Bo')
    for (const doc of docs) await acceptTeamKeyDoc(doc, 'bo')
    await joinTeamKey(passphrase, BO_PASS, 'Bo')
    const teamKeyId = (docs[0]?.data as { keyId: string }).keyId
    expect((await readCryptoConfig())?.keyId).toBe(teamKeyId)
    lock()
    await unlock(BO_PASS)
    expect((await getYouth(youth.id))?.displayName).toBe('Roos Jansen')
    expect(await openDocument(sealed)).toEqual(youthDoc)
  })

  it('asks a browser with its own locked key to unlock before joining', async () => {
    const { passphrase, docs } = await annaAddsBo()
    await freshBrowser()
    await enableEncryption(BO_PASS, 'Bo')
    lock()
    for (const doc of docs) await acceptTeamKeyDoc(doc, 'bo')
    expect(await problemOf(joinTeamKey(passphrase, BO_PASS, 'Bo'))).toBe('locked')
  })

  it('does not add a slot while the team key is locked in this tab', async () => {
    await enableTeamEncryption('anna', ANNA_PASS, 'Anna')
    lock()
    expect(await problemOf(addKeySlot('bo'))).toBe('locked')
    expect((await readTeamKeyStatus()).members.map((m) => m.member)).toEqual(['anna'])
  })

  it('removes a slot as a deletion to publish, but never the own slot', async () => {
    await annaAddsBo()
    const docs = await removeKeySlot('bo')
    expect(docs.find((d) => d._id === 'keyslot:bo')).toMatchObject({ _deleted: true })
    expect((await readTeamKeyStatus()).members.map((m) => m.member)).toEqual(['anna'])
    expect(await problemOf(removeKeySlot('anna'))).toBe('own-slot')
  })

  it('stops publishing its own slot once another member removed it', async () => {
    const { passphrase, docs } = await annaAddsBo()
    await freshBrowser()
    for (const doc of docs) await acceptTeamKeyDoc(doc, 'bo')
    await joinTeamKey(passphrase, BO_PASS, 'Bo')
    const deletion: SyncDoc = {
      _id: 'keyslot:bo',
      type: 'keyslot',
      layout: 1,
      by: 'anna',
      _deleted: true,
    }
    await acceptTeamKeyDoc(deletion, 'bo')
    const published = await teamKeyDocs()
    expect(published.find((d) => d._id === 'keyslot:bo')).toMatchObject({ _deleted: true })
  })

  it('keeps the team key slots out of a back-up file', async () => {
    await annaAddsBo()
    const data = await readAllData()
    const settings = JSON.stringify(data.settings ?? [])
    expect(settings).not.toContain('teamKeys')
    expect(settings).not.toContain('"bo"')
  })

  it('ignores malformed team documents', async () => {
    const broken: SyncDoc = {
      _id: 'keyslot:eve',
      type: 'keyslot',
      layout: 1,
      by: 'x',
      data: { member: 'eve' },
    }
    const moved: SyncDoc = { ...broken, _id: 'keyslot:mallory' }
    const config: SyncDoc = {
      _id: 'team:config',
      type: 'team',
      layout: 1,
      by: 'x',
      data: { encrypted: true },
    }
    expect(await acceptTeamKeyDoc(broken, 'bo')).toBe(false)
    expect(await acceptTeamKeyDoc(moved, 'bo')).toBe(false)
    expect(await acceptTeamKeyDoc(config, 'bo')).toBe(false)
    expect(await readTeamKeyStatus()).toMatchObject({ encrypted: false, members: [] })
  })
})
