import { describe, expect, it } from 'vitest'
import { makeExchangeYouth, makeStoredFile } from '../../../test/factories/exchange'
import { makeStoredFileV2 } from '../../../test/factories/exchange-v2'
import { buildMunicipalOverview } from './overview'
import { stuckOn } from './stuck-figures'
import type { Selection, StoredExchangeFile } from './types'

const overdue = (
  clientRef: string,
  statuses: Record<string, 'rood' | 'oranje' | 'groen' | 'nvt'>,
) =>
  makeExchangeYouth({
    clientRef,
    statuses,
    daysOverdue: 30,
    expectedOutflowDate: '2026-02-27',
    livingArrangement: 'open-residentieel',
  })

function overviewOf(files: StoredExchangeFile[], selection: Selection = { kind: 'all' }) {
  return buildMunicipalOverview({
    files,
    rondeDate: '2026-03-29',
    settings: {
      rondeAnchorDate: '2026-02-15',
      rondeWeeks: 6,
      rondeWindowWeeks: 6,
      dailyTariffs: { 'open-residentieel': 400 },
    },
    selection,
    agreements: [],
    today: '2026-04-02',
  })
}

describe('klaar maar vast', () => {
  it('counts an overdue youth under every randvoorwaarde that holds it, and none open apart', () => {
    expect(
      stuckOn(overdue('a', { wonen: 'rood', school: 'oranje', toekomstplan: 'groen' })),
    ).toEqual(['wonen', 'school'])
    expect(stuckOn(overdue('b', { wonen: 'groen', 'eigen-x': 'rood' }))).toEqual(['eigen'])
    expect(stuckOn(overdue('c', { wonen: 'groen', school: 'nvt' }))).toEqual(['geen'])
    expect(stuckOn(makeExchangeYouth({ statuses: { wonen: 'rood' } }))).toEqual([])
  })

  it('per provider and in total, with placed youths per verblijfsvorm', () => {
    const { stuck } = overviewOf([
      makeStoredFile({
        provider: 'A',
        youths: [
          overdue('a1', { wonen: 'rood', school: 'groen', toekomstplan: 'nvt' }),
          overdue('a2', { wonen: 'rood', school: 'oranje', toekomstplan: 'nvt' }),
          makeExchangeYouth({ clientRef: 'a3' }),
        ],
      }),
      makeStoredFile({
        provider: 'B',
        youths: [overdue('b1', { wonen: 'groen', school: 'groen', toekomstplan: 'groen' })],
      }),
    ])
    expect(stuck.total.overdue).toBe(3)
    expect(stuck.total.perKey).toMatchObject({ wonen: 2, school: 1, toekomstplan: 0, geen: 1 })
    expect(stuck.perProvider.map((p) => [p.providerName, p.overdue, p.perKey.wonen])).toEqual([
      ['A', 2, 2],
      ['B', 1, 0],
    ])
    expect(stuck.perArrangement['open-residentieel']).toBe(3)
    expect(stuck.perArrangement.gezinshuis).toBe(1)
  })
})

describe('age at instroom and the cost in this period need version 2', () => {
  const v2 = makeStoredFileV2({
    provider: 'Nieuw',
    youths: [
      makeExchangeYouth({
        clientRef: 'n1',
        age: 16,
        placementDate: '2026-03-01',
        lengthOfStayDays: 28,
      }),
      { ...overdue('n2', { wonen: 'rood' }), age: 17 },
    ],
    leavers: [
      {
        municipalityCode: 'GM0518',
        placementDate: '2026-02-20',
        ageAtPlacement: 13,
        livingArrangement: 'open-residentieel',
        daysOverdueInPeriod: 5,
      },
    ],
  })

  it('averages the age on the plaatsingsdatum of youths placed in the period, leavers too', () => {
    const { inflowAge } = overviewOf([v2])
    // n1 placed 01-03 at 16; the leaver placed 20-02 at 13. n2 was placed before the period.
    expect(inflowAge).toEqual({ kind: 'value', value: { meanYears: 14.5, youths: 2 } })
  })

  it('prices the days within the period apart from the days since the uitstroomdatum', () => {
    const { money } = overviewOf([v2])
    // n2: 30 days past the date, all of them within the 42-day period; the leaver: 5 days.
    expect(money?.totalCost).toBe(30 * 400)
    expect(money?.inPeriod).toEqual({ kind: 'value', value: { cost: 35 * 400, days: 35 } })
    expect(money?.perProvider).toEqual([
      { providerKey: 'nieuw', providerName: 'Nieuw', cost: 12000, costInPeriod: 14000 },
    ])
  })

  it('is n.b. for a version 1 file, naming the provider', () => {
    const { inflowAge, money } = overviewOf([v2, makeStoredFile({ provider: 'Oud' })])
    const reason = { cause: 'version-1', providers: [{ providerKey: 'oud', providerName: 'Oud' }] }
    expect(inflowAge).toEqual({ kind: 'nb', reason })
    expect(money?.inPeriod).toEqual({ kind: 'nb', reason })
  })
})
