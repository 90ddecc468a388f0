import { describe, expect, it } from 'vitest'
import { makeExchangeYouth, makeStoredFile } from '../../../test/factories/exchange'
import { buildMunicipalOverview } from './overview'
import type { Selection, StoredExchangeFile } from './types'

const HAAG = { kind: 'gemeente', code: 'GM0518', name: "'s-Gravenhage" } as const
const DELFT = { kind: 'gemeente', code: 'GM0503', name: 'Delft' } as const
const HAAGLANDEN = { kind: 'regio', name: 'Haaglanden' } as const
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

const a = makeStoredFile({
  provider: 'A',
  scope: HAAG,
  youths: [makeExchangeYouth({ clientRef: 'a1', age: 17 })],
  previousRows: [makeExchangeYouth({ clientRef: 'a1' }), makeExchangeYouth({ clientRef: 'a0' })],
  outflows: [{ destination: 'kamertraining', reason: '01' }],
  inflow: 2,
  within6Months: () => true,
})
const d = makeStoredFile({
  provider: 'D',
  scope: DELFT,
  peildatum: '2026-03-22',
  youths: [makeExchangeYouth({ clientRef: 'd1', municipalityCode: 'GM0503' })],
  outflows: [
    { destination: 'thuis-netwerk', reason: '02' },
    { destination: 'kamertraining', reason: '01' },
  ],
  inflow: 1,
})
const regio = makeStoredFile({ provider: 'R', scope: HAAGLANDEN, inflow: 4, outflows: [] })
const all = makeStoredFile({ provider: 'Breed', scope: ALL, inflow: 7, outflows: [] })

describe('summary-only figures are used only when every file lies inside the selection', () => {
  it('sums instroom, uitstroom by bestemming and reden, and placed before over files inside the selection', () => {
    const s = summaryOf([a, d, regio], { kind: 'regio', name: 'Haaglanden' })
    expect(s.inflow).toEqual({ kind: 'value', value: 7 })
    expect(s.outflow).toEqual({ kind: 'value', value: 3 })
    expect(s.outflowByDestination.kind === 'value' && s.outflowByDestination.value).toMatchObject({
      kamertraining: 2,
      'thuis-netwerk': 1,
      pleeggezin: 0,
    })
    expect(s.outflowByReason.kind === 'value' && s.outflowByReason.value).toMatchObject({
      '01': 2,
      '02': 1,
    })
    expect(s.placedPrevious).toEqual({ kind: 'value', value: 2 })
  })

  it('is n.b. naming the provider whose file covers a wider area than the selection', () => {
    const s = summaryOf([a, all], { kind: 'gemeente', code: 'GM0518' })
    const nb = {
      kind: 'nb',
      reason: {
        cause: 'scope-wider',
        providers: [{ providerKey: 'breed', providerName: 'Breed', scopes: [ALL] }],
      },
    }
    expect(s.inflow).toEqual(nb)
    expect(s.outflowByDestination).toEqual(nb)
    expect(s.eighteenPlus6).toEqual(nb)
  })

  it('a jeugdregio file is wider than one of its gemeenten, and inside its own jeugdregio', () => {
    expect(summaryOf([a, regio], { kind: 'gemeente', code: 'GM0518' }).inflow.kind).toBe('nb')
    expect(summaryOf([a, regio], { kind: 'regio', name: 'Haaglanden' }).inflow).toEqual({
      kind: 'value',
      value: 6,
    })
  })

  it('a provider’s file for a gemeente outside the selection neither counts nor makes a figure n.b.', () => {
    const rotterdam = { kind: 'gemeente', code: 'GM0599', name: 'Rotterdam' } as const
    const twoCities = [
      makeStoredFile({ provider: 'Z', scope: HAAG, inflow: 2, outflows: [] }),
      makeStoredFile({
        provider: 'Z',
        scope: rotterdam,
        inflow: 5,
        outflows: [],
        youths: [makeExchangeYouth({ clientRef: 'r1', municipalityCode: 'GM0599' })],
      }),
    ]
    expect(summaryOf(twoCities, { kind: 'regio', name: 'Haaglanden' }).inflow).toEqual({
      kind: 'value',
      value: 2,
    })
    expect(summaryOf(twoCities, { kind: 'all' }).inflow).toEqual({ kind: 'value', value: 7 })
  })

  it('every file lies inside selection all', () => {
    expect(summaryOf([a, d, regio, all], { kind: 'all' }).inflow).toEqual({
      kind: 'value',
      value: 14,
    })
  })

  it('18+ within 6 months comes from the summaries', () => {
    expect(summaryOf([a, d], { kind: 'all' }).eighteenPlus6).toEqual({
      kind: 'value',
      value: {
        youths: 1,
        futurePlan: { rood: 0, oranje: 0, groen: 0, onbekend: 0, nvt: 1 },
        planNotUsed: 0,
      },
    })
  })

  it('is n.b. without any file in the ronde, never 0', () => {
    expect(summaryOf([], { kind: 'all' }).inflow).toEqual({
      kind: 'nb',
      reason: { cause: 'no-files' },
    })
  })

  it('stoplight on the previous peildatum is n.b. when a file does not hold it', () => {
    const file = structuredClone(a)
    file.file.summary.totalStatus.rood.previous = null
    expect(summaryOf([file, d], { kind: 'all' }).totalStatusPrevious).toEqual({
      kind: 'nb',
      reason: { cause: 'not-in-file', providers: [{ providerKey: 'a', providerName: 'A' }] },
    })
    expect(summaryOf([a, d], { kind: 'all' }).totalStatusPrevious).toEqual({
      kind: 'value',
      value: { rood: 0, oranje: 0, onbekend: 0, groen: 2 },
    })
  })
})
