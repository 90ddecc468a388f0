import { describe, expect, it } from 'vitest'
import { makeExchangeYouth, makeStoredFile } from '../../../test/factories/exchange'
import { makeStoredFileV2 } from '../../../test/factories/exchange-v2'
import { buildMunicipalOverview } from './overview'
import type { Selection, StoredExchangeFile } from './types'

const ALL = { kind: 'all', name: 'Alle gemeenten' } as const

function summaryOf(files: StoredExchangeFile[], selection: Selection) {
  return buildMunicipalOverview({
    files,
    rondeDate: '2026-03-29',
    settings: {
      rondeAnchorDate: '2026-02-15',
      rondeWeeks: 6,
      rondeWindowWeeks: 6,
      dailyTariffs: {},
    },
    selection,
    agreements: [],
    today: '2026-04-02',
  }).summary
}

// One provider, one file for all its gemeenten: two youths in 's-Gravenhage, one in Delft.
const haag = (ref: string, age = 15) =>
  makeExchangeYouth({ clientRef: ref, municipalityCode: 'GM0518', age })
const delft = (ref: string) => makeExchangeYouth({ clientRef: ref, municipalityCode: 'GM0503' })
const wide = {
  provider: 'Breed',
  scope: ALL,
  youths: [haag('h1', 17), haag('h2'), delft('d1')],
  previousRows: [
    haag('h1'),
    makeExchangeYouth({
      clientRef: 'h0',
      statuses: { wonen: 'rood', school: 'groen', toekomstplan: 'nvt' },
    }),
    delft('d1'),
  ],
  inflowCodes: ['GM0518', 'GM0503', 'GM0503'],
  leavers: [
    { municipalityCode: 'GM0518', destination: 'pleeggezin' as const, endReason: '02' as const },
    { municipalityCode: 'GM0503' },
  ],
  within6Months: (row: { clientRef: string }) => row.clientRef === 'h1',
}

describe('a gemeente picked from all-gemeenten files of version 2', () => {
  it('has instroom, uitstroom, the previous peildatum and 18+ within 6 months, none n.b.', () => {
    const s = summaryOf([makeStoredFileV2(wide)], { kind: 'gemeente', code: 'GM0518' })
    expect(s.inflow).toEqual({ kind: 'value', value: 1 })
    expect(s.outflow).toEqual({ kind: 'value', value: 1 })
    expect(s.outflowByDestination.kind === 'value' && s.outflowByDestination.value.pleeggezin).toBe(
      1,
    )
    expect(s.outflowByReason.kind === 'value' && s.outflowByReason.value['02']).toBe(1)
    expect(s.placedPrevious).toEqual({ kind: 'value', value: 2 })
    expect(s.totalStatusPrevious).toEqual({
      kind: 'value',
      value: { rood: 1, oranje: 0, onbekend: 0, groen: 1 },
    })
    expect(s.eighteenPlus6).toEqual({
      kind: 'value',
      value: {
        youths: 1,
        futurePlan: { rood: 0, oranje: 0, groen: 0, onbekend: 0, nvt: 1 },
        planNotUsed: 0,
      },
    })
    const regio = summaryOf([makeStoredFileV2(wide)], { kind: 'regio', name: 'Haaglanden' })
    expect(regio.inflow).toEqual({ kind: 'value', value: 3 })
  })

  it('stays n.b. for the same file as version 1, naming the provider', () => {
    const v1 = makeStoredFile({
      ...wide,
      outflows: [{ destination: 'pleeggezin', reason: '02' }],
      inflow: 3,
    })
    const s = summaryOf([makeStoredFileV2({ ...wide, provider: 'Nieuw' }), v1], {
      kind: 'gemeente',
      code: 'GM0518',
    })
    expect(s.inflow).toEqual({
      kind: 'nb',
      reason: {
        cause: 'scope-wider',
        providers: [{ providerKey: 'breed', providerName: 'Breed', scopes: [ALL] }],
      },
    })
  })
})
