import { afterEach, describe, expect, it } from 'vitest'
import { makeExchangeFile, makeExchangeYouth } from '../../../test/factories/exchange'
import { toStoredFile } from '../../domain/municipal'
import { db, DB_NAME } from '../database'
import {
  addAgreement,
  listAgreements,
  listExchangeFiles,
  storeExchangeFiles,
} from '../municipal-repo'
import { digestFile } from '../../domain/municipal/digest'
import { readExchangeDigests } from '../exchange-digests-repo'
import { disableEncryption, enableEncryption } from './encryption-repo'
import { keyring } from './keyring'

const PASS = 'zeven zonnige zeilboten'
const SECRET_REF = 'GEHEIM-K-77'
const SECRET_ACTION = 'Bellen met woningcorporatie Delft over kamer'
const SECRET_AGREEMENT = 'Aanbieder meldt K-77 aan bij Het Kamerhuis'

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
  const all = await Promise.all(['exchangeFiles', 'exchangeDigests', 'agreements'].map(readRaw))
  return JSON.stringify(all, (_, v: unknown) =>
    v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v,
  )
}

function secretFile(provider = 'Zorg A', youths = 1) {
  const rows = Array.from({ length: youths }, (_, i) =>
    makeExchangeYouth({
      clientRef: i === 0 ? SECRET_REF : `K-${i}`,
      statuses: { wonen: 'rood', school: 'groen', toekomstplan: 'nvt' },
      actions: [
        {
          preconditionId: 'wonen',
          status: 'rood',
          action: SECRET_ACTION,
          owner: 'woningcorporatie',
          dueDate: null,
        },
      ],
    }),
  )
  const file = makeExchangeFile({ provider, youths: rows, signals: 'Wachtlijst loopt op' })
  return toStoredFile(file, `${provider}.json`, '2026-04-01T09:00:00.000Z')
}

async function agreement() {
  return addAgreement(
    {
      providerKey: 'zorg a',
      providerName: 'Zorg A',
      rondeDate: '2026-03-29',
      reasonCode: null,
      clientRefs: ['K-77'],
      text: SECRET_AGREEMENT,
      owner: null,
      dueDate: null,
      kind: null,
      response: null,
    },
    'Accountmanager',
  )
}

afterEach(() => keyring.setOff())

describe('encryption at rest of the Gemeente-overzicht', () => {
  it('seals loaded files and afspraken already stored, and the app still reads them', async () => {
    const file = secretFile()
    await storeExchangeFiles([file])
    const made = await agreement()
    expect(await rawText()).toContain(SECRET_REF)

    await enableEncryption(PASS, 'Tester')

    const raw = await rawText()
    for (const secret of [SECRET_REF, SECRET_ACTION, SECRET_AGREEMENT, 'Wachtlijst loopt op']) {
      expect(raw).not.toContain(secret)
    }
    expect(await listExchangeFiles()).toEqual([file])
    expect(await listAgreements()).toEqual([made])
    // The file's digest (its rood cliëntnummer among them) is sealed too, and still read.
    expect((await readExchangeDigests()).digests).toEqual([
      { ...digestFile(file), loadedAt: file.loadedAt },
    ])
    // Keys and indexes stay plain, so lookups keep working.
    expect(await db.exchangeFiles.where('providerKey').equals('zorg a').count()).toBe(1)
    expect(await db.agreements.where('providerKey').equals('zorg a').count()).toBe(1)
  })

  it('seals new writes, also a large file, and reads it back exactly', async () => {
    await enableEncryption(PASS, 'Tester')
    const large = secretFile('Groot', 1500)
    await storeExchangeFiles([large])
    await agreement()
    const raw = await rawText()
    expect(raw).not.toContain(SECRET_REF)
    expect(raw).not.toContain(SECRET_AGREEMENT)
    expect((await readExchangeDigests()).digests[0]?.redRefs).toContain(SECRET_REF)
    const [stored] = await listExchangeFiles()
    expect(stored?.file.youths).toHaveLength(1500)
    expect(stored).toEqual(large)
  })

  it('re-encrypts many files in smaller chunks and turns them back to plain text', async () => {
    const files = Array.from({ length: 30 }, (_, i) => secretFile(`Zorg ${i}`))
    await storeExchangeFiles(files)

    await enableEncryption(PASS, 'Tester')
    const sealed = (await readRaw('exchangeFiles')) as Record<string, unknown>[]
    expect(sealed).toHaveLength(30)
    expect(sealed.every((r) => '__sealed' in r && !('file' in r))).toBe(true)

    await disableEncryption(PASS, 'Tester')
    expect(await rawText()).toContain(SECRET_REF)
    expect((await listExchangeFiles()).length).toBe(30)
  })
})
