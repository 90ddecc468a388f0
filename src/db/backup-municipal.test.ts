import { describe, expect, it } from 'vitest'
import { makeStoredFile } from '../../test/factories/exchange'
import { createBackupText } from '../domain/backup/make-backup'
import { readBackup } from '../domain/backup/read-backup'
import type { Agreement } from '../domain/municipal'
import { mergeData, readAllData, replaceAllData, schemaVersion, tableInfos } from './backup-repo'
import { db } from './database'
import { addAgreement, storeExchangeFiles } from './municipal-repo'

const meta = { schemaVersion: 4, appVersion: '0.1.0', createdAt: '2026-11-23T10:00:00.000Z' }
const options = () => ({ schemaVersion: schemaVersion(), tables: tableInfos() })
const restoreMeta = { createdAt: meta.createdAt, actor: 'T' }

const newAgreement = (text: string) =>
  addAgreement(
    {
      providerKey: 'zorg a',
      providerName: 'Zorg A',
      rondeDate: '2026-03-29',
      reasonCode: 'WON-2',
      clientRefs: ['K-1'],
      text,
      owner: 'gemeente',
      dueDate: '2026-05-01',
      kind: null,
      response: null,
    },
    'T',
  )

async function checked(data: Record<string, unknown[]>) {
  const result = await readBackup(await createBackupText(data, meta), options())
  if (!result.ok) throw new Error(JSON.stringify(result.problem))
  return result.backup.data
}

describe('back-up and restore of the Gemeente-overzicht', () => {
  it('a back-up restored with replace gives back the loaded files and afspraken exactly', async () => {
    await storeExchangeFiles([
      makeStoredFile({ provider: 'Zorg A' }),
      makeStoredFile({ provider: 'Zorg B', scope: { kind: 'all', name: 'Alle gemeenten' } }),
    ])
    await newAgreement('Aanmelden bij woningcorporatie')
    const original = await readAllData()
    expect(original.exchangeFiles).toHaveLength(2)
    expect(original.agreements).toHaveLength(1)
    const data = await checked(original)

    await db.exchangeFiles.clear()
    await db.agreements.clear()
    await storeExchangeFiles([makeStoredFile({ provider: 'Moet weg' })])
    await replaceAllData(data, restoreMeta)

    const restored = await readAllData()
    expect(restored.exchangeFiles).toEqual(original.exchangeFiles)
    expect(restored.agreements).toEqual(original.agreements)
  })

  it('merge adds missing files and keeps the afspraak and file changed last', async () => {
    const shared = makeStoredFile({ provider: 'Zorg A' })
    await storeExchangeFiles([shared])
    const agreement = await newAgreement('Eerste tekst')
    const backup = await readAllData()

    // Meanwhile here: a file only here; and in the back-up a newer afspraak and a later load.
    await storeExchangeFiles([makeStoredFile({ provider: 'Alleen hier' })])
    const newer: Agreement = {
      ...agreement,
      text: 'Bijgewerkt op de andere laptop',
      updatedAt: '2099-01-01T00:00:00.000Z',
      version: 2,
    }
    const laterLoad = { ...shared, fileName: 'opnieuw.json', loadedAt: '2099-01-01T00:00:00.000Z' }
    const onlyInBackup = makeStoredFile({ provider: 'Alleen in back-up' })
    const data = await checked({
      ...backup,
      agreements: [newer],
      exchangeFiles: [laterLoad, onlyInBackup],
    })

    const plan = await mergeData(data, restoreMeta)
    expect(plan.conflicts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          table: 'agreements',
          label: 'Zorg A (2026-03-29)',
          winner: 'backup',
        }),
        expect.objectContaining({
          table: 'exchangeFiles',
          label: 'opnieuw.json',
          winner: 'backup',
        }),
      ]),
    )
    expect(await db.agreements.get(agreement.id)).toEqual(newer)
    expect((await db.exchangeFiles.get(shared.key))?.fileName).toBe('opnieuw.json')
    expect((await db.exchangeFiles.toArray()).map((f) => f.providerKey).sort()).toEqual([
      'alleen hier',
      'alleen in back-up',
      'zorg a',
    ])
  })

  it('refuses a back-up whose file record does not match its key, or whose afspraak is broken', async () => {
    const file = makeStoredFile({ provider: 'Zorg A' })
    const badKey = await readBackup(
      await createBackupText({ exchangeFiles: [{ ...file, key: 'zorg b|all|2026-03-29' }] }, meta),
      options(),
    )
    expect(badKey).toEqual({
      ok: false,
      problem: { code: 'invalidRecord', table: 'exchangeFiles', index: 0, field: 'key' },
    })
    const agreement = await newAgreement('x')
    const badStatus = await readBackup(
      await createBackupText({ agreements: [{ ...agreement, status: 'klaar' }] }, meta),
      options(),
    )
    expect(badStatus).toMatchObject({
      ok: false,
      problem: { code: 'invalidRecord', table: 'agreements', field: 'status' },
    })
  })

  it('an older back-up (schema 3) restores with empty Gemeente-overzicht tables', async () => {
    const result = await readBackup(
      await createBackupText({ youths: [], settings: [] }, { ...meta, schemaVersion: 3 }),
      options(),
    )
    expect(result.ok && result.backup.data.exchangeFiles).toEqual([])
    expect(result.ok && result.backup.data.agreements).toEqual([])
  })
})
