import { describe, expect, it } from 'vitest'
import { agreementsFile, gemeenteAgreement, must } from '../../test/factories/agreements'
import { createBackupText } from '../domain/backup/make-backup'
import { readBackup } from '../domain/backup/read-backup'
import { mergeData, readAllData, replaceAllData, schemaVersion, tableInfos } from './backup-repo'
import { db } from './database'
import {
  addProgress,
  listReceivedAgreements,
  storeAgreementsFile,
} from './received-agreements-repo'

const meta = { schemaVersion: 8, appVersion: '0.1.0', createdAt: '2026-12-07T10:00:00.000Z' }
const options = () => ({ schemaVersion: schemaVersion(), tables: tableInfos() })
const restoreMeta = { createdAt: meta.createdAt, actor: 'T' }

async function checked(data: Record<string, unknown[]>) {
  const result = await readBackup(await createBackupText(data, meta), options())
  if (!result.ok) throw new Error(JSON.stringify(result.problem))
  return result.backup.data
}

async function heldWithProgress(text: string) {
  const [held] = await listReceivedAgreements()
  return addProgress(
    must(held).id,
    must(held).version,
    { status: 'loopt', reason: '', text },
    'Mentor',
  )
}

describe('back-up and restore of the afspraken from gemeenten', () => {
  it('replace gives back the afspraken, their progress and the loaded file exactly', async () => {
    await storeAgreementsFile(agreementsFile([gemeenteAgreement(1)]), 'a.json', 'Mentor')
    await heldWithProgress('Gebeld met de corporatie')
    const original = await readAllData()
    expect(original.receivedAgreements).toHaveLength(1)
    expect(original.agreementSources).toHaveLength(1)
    const data = await checked(original)

    await db.receivedAgreements.clear()
    await db.agreementSources.clear()
    await replaceAllData(data, restoreMeta)
    const restored = await readAllData()
    expect(restored.receivedAgreements).toEqual(original.receivedAgreements)
    expect(restored.agreementSources).toEqual(original.agreementSources)
  })

  it('merge keeps the progress written on both laptops', async () => {
    await storeAgreementsFile(agreementsFile([gemeenteAgreement(1)]), 'a.json', 'Mentor')
    await heldWithProgress('Op deze laptop')
    const backup = await readAllData()
    // Here, after the back-up was made: another entry.
    const [here] = await listReceivedAgreements()
    await addProgress(
      must(here).id,
      must(here).version,
      { status: 'gedaan', reason: '', text: 'Hier' },
      'M',
    )
    // In the back-up: an entry this laptop never saw.
    const theirs = must((backup.receivedAgreements as (typeof here)[])[0])
    const other = {
      ...theirs,
      progress: [
        ...theirs.progress,
        {
          id: 'ffffffff-0000-4000-8000-000000000000',
          status: 'lukt-niet' as const,
          reason: 'Geen plek',
          text: 'Andere laptop',
          by: 'Collega',
          at: '2026-12-07T08:00:00.000Z',
        },
      ],
    }
    await mergeData(await checked({ ...backup, receivedAgreements: [other] }), restoreMeta)
    const [merged] = await listReceivedAgreements()
    expect(
      must(merged)
        .progress.map((p) => p.text)
        .sort(),
    ).toEqual(['Andere laptop', 'Hier', 'Op deze laptop'])
  })
})
