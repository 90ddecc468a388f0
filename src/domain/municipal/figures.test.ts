import { describe, expect, it } from 'vitest'
import { overview } from '../../../test/fixtures/municipal-scenario'

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
