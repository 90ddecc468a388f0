import { describe, expect, it } from 'vitest'
import { makeExchangeYouth, makeStoredFile } from '../../../test/factories/exchange'
import { buildMunicipalOverview, type MunicipalOverviewInput } from './overview'
import type { Selection, StoredExchangeFile } from './types'

const HAAG = { kind: 'gemeente', code: 'GM0518', name: "'s-Gravenhage" } as const
const ALL = { kind: 'all', name: 'Alle gemeenten' } as const
const GM0518: Selection = { kind: 'gemeente', code: 'GM0518' }
const DAGRITME = { id: 'eigen-dagritme', name: 'Dagritme' }
const STANDARD = [
  { id: 'wonen', name: 'Wonen' },
  { id: 'school', name: 'School & dagbesteding' },
  { id: 'toekomstplan', name: 'Toekomstplan 18+' },
]

/**
 * A (gemeente file, peildatum 29 March), B (all-gemeenten file, 22 March, with its own
 * randvoorwaarde Dagritme) and C (gemeente file, 29 March, its own Dagritme too and no
 * Toekomstplan). Figures below are worked out by hand for selection 's-Gravenhage.
 */
function scenario(): StoredExchangeFile[] {
  const a = makeStoredFile({
    provider: 'Aanbieder A',
    scope: HAAG,
    peildatum: '2026-03-29',
    signals: 'Wachtlijst kamertraining loopt op.',
    youths: [
      makeExchangeYouth({
        clientRef: 'a1',
        age: 17,
        lengthOfStayDays: 100,
        daysOverdue: 10,
        livingArrangement: 'gezinshuis',
        statuses: { wonen: 'rood', school: 'groen', toekomstplan: 'oranje' },
        reasonCodes: ['INK-1', 'WON-2'],
        actions: [
          {
            preconditionId: 'wonen',
            status: 'rood',
            action: 'Urgentie',
            owner: 'gemeente',
            dueDate: '2026-03-01',
          },
          {
            preconditionId: 'toekomstplan',
            status: 'oranje',
            action: 'Plan',
            owner: 'aanbieder',
            dueDate: '2026-04-30',
          },
        ],
        change: 'slechter',
        previousTotalStatus: 'oranje',
      }),
      makeExchangeYouth({
        clientRef: 'a2',
        age: 15,
        lengthOfStayDays: 400,
        statuses: { wonen: 'oranje', school: 'groen', toekomstplan: 'nvt' },
        reasonCodes: ['JON-1', 'WON-2'],
        actions: [
          {
            preconditionId: 'wonen',
            status: 'oranje',
            action: 'Woning',
            owner: 'woningcorporatie',
            dueDate: null,
          },
        ],
        change: 'beter',
        previousTotalStatus: 'rood',
      }),
    ],
  })
  const b = makeStoredFile({
    provider: 'Aanbieder B',
    scope: ALL,
    peildatum: '2026-03-22',
    signals: '   ',
    preconditions: [...STANDARD, DAGRITME],
    youths: [
      makeExchangeYouth({
        clientRef: 'b1',
        age: 17,
        lengthOfStayDays: 800,
        daysOverdue: 5,
        livingArrangement: 'gesloten',
        statuses: {
          wonen: 'groen',
          school: 'rood',
          toekomstplan: 'groen',
          'eigen-dagritme': 'rood',
        },
        reasonCodes: ['JON-1', 'SCH-1'],
        actions: [
          // Passed on A's peildatum, not on B's own (22 March): not overdue.
          {
            preconditionId: 'school',
            status: 'rood',
            action: 'School',
            owner: 'gemeente',
            dueDate: '2026-03-25',
          },
          {
            preconditionId: 'eigen-dagritme',
            status: 'rood',
            action: 'Dagbesteding',
            owner: null,
            dueDate: null,
          },
        ],
        change: 'nieuw',
        previousTotalStatus: null,
      }),
      makeExchangeYouth({
        clientRef: 'b2',
        municipalityCode: 'GM0599',
        daysOverdue: 3,
        livingArrangement: 'kamertraining',
        statuses: {
          wonen: 'rood',
          school: 'groen',
          toekomstplan: 'nvt',
          'eigen-dagritme': 'groen',
        },
        reasonCodes: ['WON-1'],
      }),
      makeExchangeYouth({
        clientRef: 'b3',
        age: 14,
        lengthOfStayDays: 30,
        statuses: {
          wonen: 'groen',
          school: 'groen',
          toekomstplan: 'nvt',
          'eigen-dagritme': 'onbekend',
        },
        change: 'nieuw',
        previousTotalStatus: null,
      }),
    ],
  })
  const c = makeStoredFile({
    provider: 'Aanbieder C',
    scope: HAAG,
    peildatum: '2026-03-29',
    preconditions: [{ id: 'wonen', name: 'Wonen' }, DAGRITME],
    youths: [
      makeExchangeYouth({
        clientRef: 'c1',
        age: 17,
        lengthOfStayDays: 365,
        statuses: { wonen: 'groen', 'eigen-dagritme': 'groen' },
      }),
    ],
  })
  return [a, b, c]
}

function overview(overrides: Partial<MunicipalOverviewInput> = {}) {
  return buildMunicipalOverview({
    files: scenario(),
    rondeDate: '2026-03-29',
    settings: {
      rondeAnchorDate: '2026-02-15',
      rondeWeeks: 6,
      rondeWindowWeeks: 6,
      dailyTariffs: {},
    },
    selection: GM0518,
    agreements: [],
    today: '2026-04-02',
    ...overrides,
  })
}

describe('figures from youth rows are computed for the selection', () => {
  it('placed and totaalstatus counts and shares count only the selection’s rows, across providers and peildata', () => {
    const { figures } = overview()
    expect(figures.placed).toBe(5)
    expect(figures.totalStatus).toEqual({ rood: 2, oranje: 1, onbekend: 1, groen: 1 })
    expect(figures.totalStatusShare).toEqual({ rood: 0.4, oranje: 0.2, onbekend: 0.2, groen: 0.2 })
    expect(overview({ selection: { kind: 'all' } }).figures.totalStatus.rood).toBe(3)
  })

  it('standard randvoorwaarden are combined across providers; an eigen-… one is kept per provider', () => {
    const rows = overview().figures.perPrecondition.map((p) => ({
      key: p.key,
      provider: p.provider?.providerName ?? null,
      youths: p.youths,
      rood: p.counts.rood,
      oranje: p.counts.oranje,
      groen: p.counts.groen,
      onbekend: p.counts.onbekend,
      nvt: p.counts.nvt,
    }))
    expect(rows).toEqual([
      {
        key: 'wonen',
        provider: null,
        youths: 5,
        rood: 1,
        oranje: 1,
        groen: 3,
        onbekend: 0,
        nvt: 0,
      },
      {
        key: 'school',
        provider: null,
        youths: 4,
        rood: 1,
        oranje: 0,
        groen: 3,
        onbekend: 0,
        nvt: 0,
      },
      {
        key: 'toekomstplan',
        provider: null,
        youths: 4,
        rood: 0,
        oranje: 1,
        groen: 1,
        onbekend: 0,
        nvt: 2,
      },
      {
        key: 'aanbieder b|eigen-dagritme',
        provider: 'Aanbieder B',
        youths: 2,
        rood: 1,
        oranje: 0,
        groen: 0,
        onbekend: 1,
        nvt: 0,
      },
      {
        key: 'aanbieder c|eigen-dagritme',
        provider: 'Aanbieder C',
        youths: 1,
        rood: 0,
        oranje: 0,
        groen: 1,
        onbekend: 0,
        nvt: 0,
      },
    ])
  })

  it('change counts come from the rows’ change', () => {
    expect(overview().figures.change).toEqual({ beter: 1, slechter: 1, gelijk: 1, nieuw: 2 })
  })

  it('knelpunten per code count youths and the number of providers', () => {
    expect(overview().figures.reasonCodes).toEqual([
      { code: 'JON-1', youths: 2, providers: 2 },
      { code: 'WON-2', youths: 2, providers: 1 },
      { code: 'INK-1', youths: 1, providers: 1 },
      { code: 'SCH-1', youths: 1, providers: 1 },
    ])
  })

  it('open randvoorwaarden per eigenaar count youths once; overdue is a streefdatum before that file’s own peildatum', () => {
    expect(overview().figures.owners).toEqual([
      { owner: 'gemeente', youths: 2, rood: 2, overdue: 1 },
      { owner: 'aanbieder', youths: 1, rood: 0, overdue: 0 },
      { owner: 'woningcorporatie', youths: 1, rood: 0, overdue: 0 },
      { owner: null, youths: 1, rood: 1, overdue: 0 },
    ])
  })

  it('18+ within 12 months is the rows aged 17, with their Toekomstplan 18+ (not used counts as not groen)', () => {
    expect(overview().figures.eighteenPlus12).toEqual({
      youths: 3,
      futurePlan: { rood: 0, oranje: 1, groen: 1, onbekend: 0, nvt: 0 },
      planNotUsed: 1,
      notGreen: 2,
    })
  })

  it('verblijfsduur mean, median and bands (<365, 365–729, ≥730 days) and over uitstroomdatum from the rows', () => {
    const { figures } = overview()
    expect(figures.lengthOfStay).toEqual({
      meanDays: 339,
      medianDays: 365,
      under1Year: 2,
      from1To2Years: 2,
      over2Years: 1,
    })
    expect(figures.overdue).toEqual({ youths: 2, days: 15 })
  })
})

describe('money for the days past the beoogde uitstroomdatum', () => {
  it('costs daysOverdue × the verblijfsvorm’s tariff; a verblijfsvorm without tariff is counted, never priced at 0', () => {
    const settings = {
      rondeAnchorDate: '2026-02-15',
      rondeWeeks: 6,
      rondeWindowWeeks: 6,
      dailyTariffs: { gezinshuis: 250.5, pleegzorg: 80 },
    }
    const money = overview({ settings, selection: { kind: 'all' } }).money
    // a1: 10 days gezinshuis = 2505; b1: 5 days gesloten, b2: 3 days kamertraining: no tariff.
    expect(money?.totalCost).toBe(2505)
    expect(money?.pricedYouths).toBe(1)
    expect(money?.pricedDays).toBe(10)
    expect(money?.withoutTariff).toEqual({
      youths: 2,
      days: 8,
      livingArrangements: ['gesloten', 'kamertraining'],
    })
    expect(money?.perArrangement.find((a) => a.livingArrangement === 'gesloten')).toEqual({
      livingArrangement: 'gesloten',
      tariff: null,
      youths: 1,
      days: 5,
      cost: null,
    })
  })

  it('no money at all when no tariff is entered', () => {
    expect(overview().money).toBeNull()
  })
})

describe('per aanbieder', () => {
  it('one row per provider with its own peildatum, counts in the selection, change, overdue, top knelpunt and signalen yes/no', () => {
    const rows = overview().perProvider
    expect(rows.map((r) => [r.providerName, r.peildatum, r.placed])).toEqual([
      ['Aanbieder A', '2026-03-29', 2],
      ['Aanbieder B', '2026-03-22', 2],
      ['Aanbieder C', '2026-03-29', 1],
    ])
    const [a, b] = rows
    expect(a?.totalStatus).toEqual({ rood: 1, oranje: 1, onbekend: 0, groen: 0 })
    expect(a?.change).toMatchObject({ beter: 1, slechter: 1 })
    expect(a?.overdue).toEqual({ youths: 1, days: 10 })
    expect(a?.topReasonCode).toEqual({ code: 'WON-2', youths: 2 })
    expect(a?.hasSignals).toBe(true)
    expect(b?.hasSignals).toBe(false)
    expect(b?.scopes).toEqual([ALL])
  })

  it('a provider whose only file is for another gemeente is not part of the selection’s overview', () => {
    const rotterdam = makeStoredFile({
      provider: 'Aanbieder R',
      scope: { kind: 'gemeente', code: 'GM0599', name: 'Rotterdam' },
      youths: [makeExchangeYouth({ municipalityCode: 'GM0599' })],
    })
    const result = overview({ files: [...scenario(), rotterdam] })
    expect(result.perProvider.map((r) => r.providerName)).not.toContain('Aanbieder R')
  })
})

describe('signalen', () => {
  it('lists every provider’s non-empty signalen of the ronde', () => {
    expect(overview().signals).toEqual([
      {
        providerKey: 'aanbieder a',
        providerName: 'Aanbieder A',
        peildatum: '2026-03-29',
        scope: HAAG,
        text: 'Wachtlijst kamertraining loopt op.',
      },
    ])
  })
})

describe('signalen of a file for another gemeente', () => {
  it('are left out of the selection’s overview', () => {
    const rotterdam = makeStoredFile({
      provider: 'Aanbieder A',
      scope: { kind: 'gemeente', code: 'GM0599', name: 'Rotterdam' },
      signals: 'Alleen over Rotterdam.',
      youths: [makeExchangeYouth({ clientRef: 'r1', municipalityCode: 'GM0599' })],
    })
    const texts = overview({ files: [...scenario(), rotterdam] }).signals.map((s) => s.text)
    expect(texts).toEqual(['Wachtlijst kamertraining loopt op.'])
  })
})

describe('jongeren', () => {
  it('lists the selection’s rows of every provider with the provider name, red first', () => {
    const youths = overview().youths
    expect(youths.map((y) => [y.providerName, y.row.clientRef, y.row.totalStatus])).toEqual([
      ['Aanbieder A', 'a1', 'rood'],
      ['Aanbieder B', 'b1', 'rood'],
      ['Aanbieder A', 'a2', 'oranje'],
      ['Aanbieder B', 'b3', 'onbekend'],
      ['Aanbieder C', 'c1', 'groen'],
    ])
  })
})
