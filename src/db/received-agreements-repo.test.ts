import { describe, expect, it } from 'vitest'
import { ValidationError } from '../domain/validation'
import {
  agreementsFile,
  closeAgreement,
  gemeenteAgreement,
  must,
} from '../../test/factories/agreements'
import { db } from './database'
import {
  addProgress,
  listAgreementSources,
  listReceivedAgreements,
  storeAgreementsFile,
} from './received-agreements-repo'

const NAME = "Afspraken_'s-Gravenhage_Stichting De Linde_ronde-2026-10-25.json"

describe('afspraken from a gemeente on the provider’s board', () => {
  it('stores a file once; the same file again changes nothing', async () => {
    const file = agreementsFile([gemeenteAgreement(1), gemeenteAgreement(2)])
    expect(await storeAgreementsFile(file, NAME, 'Mentor')).toEqual({
      kind: 'loaded',
      issuerName: "'s-Gravenhage",
      added: 2,
      updated: 0,
    })
    expect(await storeAgreementsFile(file, NAME, 'Mentor')).toEqual({
      kind: 'refused',
      message: 'Dit afsprakenbestand is al geladen (ronde 25-10-2026).',
    })
    expect(await listReceivedAgreements()).toHaveLength(2)
    expect(await listAgreementSources()).toMatchObject([
      { issuerKey: 'gemeente:GM0518', ronde: '2026-10-25', fileName: NAME },
    ])
    // Loading is audited as one batch.
    expect(await db.audit.count()).toBe(1)
  })

  it('a newer file updates the afspraken it knew, adds new ones, never duplicates, keeps progress', async () => {
    const first = [gemeenteAgreement(1), gemeenteAgreement(2)]
    await storeAgreementsFile(agreementsFile(first), NAME, 'Mentor')
    const held = must(
      (await listReceivedAgreements()).find((r) => r.agreement.text === 'Afspraak 1'),
    )
    await addProgress(held.id, held.version, { status: 'loopt', reason: '', text: 'Gebeld' }, 'M')

    const closed = closeAgreement(must(first[0]), '2026-12-06', '2026-12-06T10:00:00.000Z', 'B')
    const newer = agreementsFile(
      [closed, must(first[1]), gemeenteAgreement(3, { rondeDate: '2026-12-06' })],
      '2026-12-06',
      '2026-12-07T09:00:00.000Z',
    )
    expect(await storeAgreementsFile(newer, 'b.json', 'Mentor')).toMatchObject({
      added: 1,
      updated: 1,
    })
    const all = await listReceivedAgreements()
    expect(all).toHaveLength(3)
    const one = must(all.find((r) => r.id === held.id))
    expect(one.agreement.status).toBe('afgerond')
    expect(one.progress.map((p) => [p.status, p.text, p.by])).toEqual([['loopt', 'Gebeld', 'M']])

    expect(await storeAgreementsFile(agreementsFile(first), NAME, 'Mentor')).toEqual({
      kind: 'refused',
      message:
        "Dit bestand (ronde 25-10-2026) is ouder dan het al geladen bestand van ronde 06-12-2026 van 's-Gravenhage.",
    })
    expect(await listReceivedAgreements()).toEqual(all)
  })

  it('Voortgang: "lukt niet" needs a reason; a stale version writes nothing', async () => {
    await storeAgreementsFile(agreementsFile([gemeenteAgreement(1)]), NAME, 'Mentor')
    const [held] = await listReceivedAgreements()
    await expect(
      addProgress(
        must(held).id,
        must(held).version,
        { status: 'lukt-niet', reason: ' ', text: '' },
        'M',
      ),
    ).rejects.toEqual(new ValidationError({ reason: 'required' }))
    const after = await addProgress(
      must(held).id,
      must(held).version,
      { status: 'lukt-niet', reason: 'Geen plek bij de corporatie', text: '' },
      'M',
    )
    expect(after.progress[0]).toMatchObject({ reason: 'Geen plek bij de corporatie' })
    await expect(
      addProgress(
        must(held).id,
        must(held).version,
        { status: 'gedaan', reason: '', text: '' },
        'M',
      ),
    ).rejects.toMatchObject({ name: 'StaleRecordError' })
    expect(must((await listReceivedAgreements())[0]).progress).toHaveLength(1)
  })
})
