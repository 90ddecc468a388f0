import { afterEach, describe, expect, it } from 'vitest'
import { makeYouthValues } from '../../../test/factories/youth'
import type { AssessmentInput } from '../../domain/types'
import { getAssessment, setAssessment } from '../assessments-repo'
import { isAuditBatch } from '../audit-record'
import { AUDIT_COMPACT_LINES, compactAudit } from '../audit-compaction'
import { auditForYouth } from '../audit-repo'
import { db, DB_NAME } from '../database'
import { addYouth, getYouth } from '../youths-repo'
import { CRYPTO_SETTINGS_KEY } from './crypto-config'
import {
  disableEncryption,
  enableEncryption,
  loadEncryption,
  lock,
  readCryptoConfig,
  unlock,
  WrongPassphraseError,
} from './encryption-repo'
import { keyring } from './keyring'
import { LockedError } from './middleware'
import { PROTECTED_FIELDS, PROTECTED_FIELDS_VERSION } from './protected-fields'

const PASS = 'zeven zonnige zeilboten'
const red: AssessmentInput = {
  status: 'rood',
  reasonCodes: ['WON-2'],
  note: 'Wachtlijst kamertraining Delft',
  action: 'Bellen met woningcorporatie',
  owner: 'gemeente',
  dueDate: null,
}

/** Every record of a store as IndexedDB holds it, read without Dexie (and its middleware). */
function readRaw(store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DB_NAME)
    open.onerror = () => reject(open.error ?? new Error('open'))
    open.onsuccess = () => {
      const idb = open.result
      const request = idb.transaction(store).objectStore(store).getAll()
      request.onsuccess = () => {
        idb.close()
        resolve(request.result as unknown[])
      }
      request.onerror = () => reject(request.error ?? new Error('read'))
    }
  })
}

async function rawText(): Promise<string> {
  const stores = ['youths', 'audit']
  const all = await Promise.all(stores.map(readRaw))
  return JSON.stringify(all, (_, v: unknown) =>
    v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v,
  )
}

async function youthWithNotes() {
  const youth = await addYouth(makeYouthValues({ displayName: 'Roos Jansen' }), 'Tester')
  await setAssessment(youth.id, 'wonen', red, 'Tester')
  return youth
}

afterEach(() => keyring.setOff())

describe('encryption at rest', () => {
  it('encrypts existing roepnamen, toelichtingen and acties, and the app still reads them', async () => {
    const youth = await youthWithNotes()
    expect(await rawText()).toContain('Roos Jansen')

    await enableEncryption(PASS, 'Tester')

    const raw = await rawText()
    for (const secret of ['Roos Jansen', 'Wachtlijst kamertraining', 'Bellen met woningcorp']) {
      expect(raw).not.toContain(secret)
    }
    expect(await getYouth(youth.id)).toMatchObject({ displayName: 'Roos Jansen' })
    expect(await getAssessment(youth.id, 'wonen')).toMatchObject({ note: red.note })
    // Indexes on plain fields keep working.
    expect(await db.youths.where('clientRef').equals('K-001').count()).toBe(1)
    expect(await db.audit.where('youthId').equals(youth.id).count()).toBeGreaterThanOrEqual(2)
    expect((await auditForYouth(youth.id)).length).toBeGreaterThanOrEqual(2)
    expect((await readCryptoConfig())?.migration).toBeNull()
  })

  it('encrypts the general note on a youth, as imported from a remarks column', async () => {
    await enableEncryption(PASS, 'Tester')
    const youth = await addYouth(makeYouthValues({ note: 'Zorgen over schulden moeder' }), 'T')
    expect(await rawText()).not.toContain('Zorgen over schulden')
    expect((await getYouth(youth.id))?.note).toBe('Zorgen over schulden moeder')
  })

  it('encrypts new writes too, and keeps the audit history readable', async () => {
    await enableEncryption(PASS, 'Tester')
    const youth = await youthWithNotes()
    expect(await rawText()).not.toContain('Roos Jansen')
    const history = await auditForYouth(youth.id)
    expect(history.find((e) => e.kind === 'youth')?.after).toMatchObject({
      displayName: 'Roos Jansen',
    })
  })

  it('when locked: refuses to write personal data in plain text and opens nothing', async () => {
    const youth = await youthWithNotes()
    await enableEncryption(PASS, 'Tester')
    lock()
    expect(keyring.dataKey()).toBeNull()
    await expect(addYouth(makeYouthValues({ clientRef: 'K-2' }), 'T')).rejects.toBeInstanceOf(
      LockedError,
    )
    expect(await db.youths.count()).toBe(1)
    const stored = await getYouth(youth.id)
    expect(JSON.stringify(stored)).not.toContain('Roos')
  })

  it('a wrong passphrase unlocks nothing; the right one opens everything again', async () => {
    const youth = await youthWithNotes()
    await enableEncryption(PASS, 'Tester')
    keyring.setOff()
    await loadEncryption()
    expect(keyring.getSnapshot().status).toBe('locked')

    await expect(unlock('zeven zonnige zeilboot')).rejects.toBeInstanceOf(WrongPassphraseError)
    expect(keyring.getSnapshot().status).toBe('locked')
    expect(keyring.dataKey()).toBeNull()

    await unlock(PASS)
    expect(keyring.getSnapshot().status).toBe('unlocked')
    expect((await getYouth(youth.id))?.displayName).toBe('Roos Jansen')
  })

  it('turning it off writes everything back in plain text and forgets the key', async () => {
    const youth = await youthWithNotes()
    await enableEncryption(PASS, 'Tester')
    await expect(disableEncryption('fout fout fout', 'Tester')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    )
    await disableEncryption(PASS, 'Tester')
    expect(await rawText()).toContain('Roos Jansen')
    expect(await rawText()).not.toContain('__sealed')
    expect(await db.settings.get(CRYPTO_SETTINGS_KEY)).toBeUndefined()
    expect(keyring.getSnapshot().status).toBe('off')
    expect((await getYouth(youth.id))?.displayName).toBe('Roos Jansen')
  })

  it('finishes an interrupted encryption after the next unlock', async () => {
    await enableEncryption(PASS, 'Tester')
    const config = await readCryptoConfig()
    if (!config) throw new Error('no config')
    // As if the tab closed halfway: the flag is still set and one record is still plain.
    keyring.setOff()
    await db.settings.put({ key: CRYPTO_SETTINGS_KEY, value: { ...config, migration: 'encrypt' } })
    await addYouth(makeYouthValues({ displayName: 'Nog leesbaar' }), 'T')
    expect(await rawText()).toContain('Nog leesbaar')

    await loadEncryption()
    await unlock(PASS)
    expect(await rawText()).not.toContain('Nog leesbaar')
    expect((await readCryptoConfig())?.migration).toBeNull()
  })

  it('keeps audit lines sealed when compaction moves them into batches', async () => {
    await enableEncryption(PASS, 'Tester')
    const youth = await youthWithNotes()
    for (let i = 0; i < AUDIT_COMPACT_LINES; i++) {
      await setAssessment(youth.id, 'school', { ...red, note: `Gesprek ${i} met mentor` }, 'T')
    }
    expect(await compactAudit()).toBeGreaterThanOrEqual(AUDIT_COMPACT_LINES)
    expect((await db.audit.toArray()).some(isAuditBatch)).toBe(true)
    const raw = await rawText()
    for (const secret of ['Roos Jansen', 'Wachtlijst kamertraining', 'met mentor']) {
      expect(raw).not.toContain(secret)
    }
    const history = await auditForYouth(youth.id)
    expect(history.at(-1)?.after).toMatchObject({ displayName: 'Roos Jansen' })
    expect(history[0]?.after).toMatchObject({
      note: `Gesprek ${AUDIT_COMPACT_LINES - 1} met mentor`,
    })
  })

  it('seals on the next unlock a staff name that an older version left plain', async () => {
    const youth = await youthWithNotes()
    // Turned on by the previous version, which protected fewer fields of a youth.
    const fields = PROTECTED_FIELDS as Record<string, readonly string[]>
    const current = fields.youths ?? []
    fields.youths = ['displayName', 'note', 'outflow.note']
    try {
      await enableEncryption(PASS, 'Tester')
    } finally {
      fields.youths = current
    }
    const config = await readCryptoConfig()
    if (!config) throw new Error('no config')
    await db.settings.put({ key: CRYPTO_SETTINGS_KEY, value: { ...config, fields: 1 } })
    lock()
    expect(await rawText()).toContain(youth.caseOwner)
    expect(await rawText()).not.toContain('Roos Jansen')

    await unlock(PASS)
    expect(await rawText()).not.toContain(youth.caseOwner)
    expect((await getYouth(youth.id))?.caseOwner).toBe(youth.caseOwner)
    expect((await readCryptoConfig())?.fields).toBe(PROTECTED_FIELDS_VERSION)
  })

  it('reports progress while re-encrypting', async () => {
    for (let i = 0; i < 5; i++) {
      await addYouth(makeYouthValues({ clientRef: `K-${i}`, displayName: `Naam ${i}` }), 'T')
    }
    const seen: number[] = []
    const stop = keyring.subscribe(() => {
      const m = keyring.getSnapshot().migration
      if (m) seen.push(m.done)
    })
    await enableEncryption(PASS, 'Tester')
    stop()
    // 5 youths + 5 audit lines + 1 for turning encryption on + 3 settings (app, encryption,
    // replica id).
    expect(seen.at(-1)).toBe(14)
    expect(keyring.getSnapshot().migration).toBeNull()
  })
})
