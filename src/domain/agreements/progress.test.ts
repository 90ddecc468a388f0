import { describe, expect, it } from 'vitest'
import { agreementsFile, gemeenteAgreement, must } from '../../../test/factories/agreements'
import { progressInRonde } from '../municipal/agreement-progress'
import type { SelectedProvider } from '../municipal/selected'
import { matchProvider, progressForExchange, type ReceivedAgreement } from './received'

const ID = '0b6c1c5e-8d3a-4f7e-9a41-2c5d8e7f9a10'

function held(n: number, overrides: Partial<ReceivedAgreement> = {}): ReceivedAgreement {
  const file = agreementsFile([gemeenteAgreement(n)])
  const agreement = must(file.agreements[0])
  return {
    id: agreement.id,
    issuerKey: 'gemeente:GM0518',
    issuerName: file.issuer.name,
    issuer: file.issuer,
    agreement,
    fileRonde: file.ronde,
    fileCreatedAt: file.createdAt,
    progress: [],
    createdAt: '2026-10-28T10:00:00.000Z',
    updatedAt: '2026-10-28T10:00:00.000Z',
    version: 1,
    ...overrides,
  }
}

describe('which board an afsprakenbestand is for', () => {
  const file = (name: string, id: string | null) =>
    agreementsFile([gemeenteAgreement(1)], undefined, undefined, { name, id })

  it('by the provider key when the file has one; another key is refused with both names', () => {
    expect(matchProvider(file('Stichting De Linde', ID), { id: ID, name: 'x' })).toEqual({
      kind: 'ours',
    })
    expect(
      matchProvider(file('Stichting De Linde', ID), { id: null, name: 'Stichting de Linde' }),
    ).toEqual({
      kind: 'refused',
      message:
        'Dit afsprakenbestand is voor een ander bord: ‘Stichting De Linde’ — dit bord is ‘Stichting de Linde’. Vraag de gemeente om het bestand voor uw organisatie.',
    })
  })

  it('by name without a key: the same name is ours, a spelling difference asks, another is refused', () => {
    const own = (name: string) => ({ id: null, name })
    expect(matchProvider(file('Stichting De Linde', null), own('stichting  de linde'))).toEqual({
      kind: 'ours',
    })
    expect(matchProvider(file('Stichting De-Linde', null), own('Stichting De Linde'))).toEqual({
      kind: 'confirm',
      fileName: 'Stichting De-Linde',
      ownName: 'Stichting De Linde',
    })
    expect(matchProvider(file('Zorggroep Oost', null), own('Stichting De Linde')).kind).toBe(
      'refused',
    )
  })
})

describe('progress back to the gemeente', () => {
  const entry = {
    id: 'aaaaaaaa-0000-4000-8000-000000000001',
    status: 'lukt-niet' as const,
    reason: 'Geen plek',
    text: 'Corporatie heeft niets vrij',
    by: 'Mentor',
    at: '2026-12-01T10:00:00.000Z',
  }

  it('the next uitwisselbestand carries the newest Voortgang of afspraken in its scope', () => {
    const list = [
      held(1, { progress: [entry] }),
      held(2),
      held(3, { issuer: { kind: 'gemeente', code: 'GM0599', name: 'Rotterdam' } }),
    ]
    const out = progressForExchange(
      list,
      { kind: 'gemeente', code: 'GM0518' },
      '2026-10-26',
      '2026-12-07T09:00:00.000Z',
    )
    expect(out.map((p) => [p.agreementId, p.latest?.status ?? null])).toEqual([
      [list[0]?.id, 'lukt-niet'],
      [list[1]?.id, null],
    ])
    expect(out[0]).toMatchObject({ fileRonde: '2026-10-25', latest: { reason: 'Geen plek' } })
    expect(
      progressForExchange(list, { kind: 'all' }, '2026-10-26', '2026-12-07T09:00:00.000Z'),
    ).toHaveLength(3)
  })

  it('the gemeente reads it from the provider’s file chosen for the ronde, never another’s', () => {
    const a = gemeenteAgreement(1)
    const progress = progressForExchange(
      [held(1, { progress: [entry] })],
      { kind: 'all' },
      '2026-10-26',
      '2026-12-07T09:00:00.000Z',
    )
    const provider = (providerKey: string, file: object): SelectedProvider =>
      ({
        provider: { providerKey, files: [{ peildatum: '2026-12-06', file }] },
      }) as unknown as SelectedProvider
    expect(progressInRonde(a, [provider('stichting de linde', { agreements: progress })])).toEqual({
      kind: 'progress',
      entry: progress[0],
      peildatum: '2026-12-06',
    })
    expect(progressInRonde(a, [provider('zorg b', { agreements: progress })])).toEqual({
      kind: 'none',
    })
    expect(progressInRonde(a, [provider('stichting de linde', { version: 1 })])).toEqual({
      kind: 'v1',
    })
  })
})
