import { describe, expect, it } from 'vitest'
import { makeExchangeYouth, makeStoredFile } from '../../../test/factories/exchange'
import { buildMunicipalOverview } from './overview'
import {
  filterYouths,
  hasYouthFilters,
  municipalityOptions,
  NO_YOUTH_FILTERS,
  reasonCodeCounts,
} from './youth-filter'
import { shareOfTotal } from './youth-rules'

function overviewOf(youths: Parameters<typeof makeExchangeYouth>[0][]) {
  return buildMunicipalOverview({
    files: [
      makeStoredFile({
        provider: 'De Linde',
        scope: { kind: 'all', name: 'Alle gemeenten' },
        peildatum: '2026-03-29',
        youths: youths.map((y, i) => makeExchangeYouth({ clientRef: `c${i}`, ...y })),
      }),
    ],
    rondeDate: '2026-03-29',
    settings: {
      rondeAnchorDate: '2026-02-15',
      rondeWeeks: 6,
      rondeWindowWeeks: 6,
      dailyTariffs: {},
    },
    selection: { kind: 'all' },
    agreements: [],
    today: '2026-04-02',
  })
}

const refs = (list: { row: { clientRef: string } }[]) => list.map((y) => y.row.clientRef).sort()

describe('the Jongeren filters and the overview figures apply the same rules', () => {
  const overview = overviewOf([
    { age: 16 },
    { age: 17 },
    { age: 17, daysOverdue: 12, change: 'slechter' },
    { age: 18, daysOverdue: 1, change: 'beter' },
    { age: 15, daysOverdue: 0, change: 'nieuw' },
  ])

  it('18 binnen 12 maanden zonder groen Toekomstplan keeps exactly the youths its tile counts', () => {
    const shown = filterYouths(overview.youths, { ...NO_YOUTH_FILTERS, turning18: true })
    expect(refs(shown)).toEqual(['c1', 'c2'])
    expect(overview.figures.eighteenPlus12.notGreen).toBe(shown.length)
    // A groen Toekomstplan takes a youth of 17 out of both.
    const green = overviewOf([
      { age: 17, statuses: { wonen: 'groen', school: 'groen', toekomstplan: 'groen' } },
      { age: 17, statuses: { wonen: 'groen', school: 'groen', toekomstplan: 'oranje' } },
      { age: 17, statuses: { wonen: 'groen' } },
    ])
    const left = filterYouths(green.youths, { ...NO_YOUTH_FILTERS, turning18: true })
    expect(refs(left)).toEqual(['c1', 'c2'])
    expect(green.figures.eighteenPlus12).toMatchObject({ youths: 3, notGreen: 2 })
  })

  it('klaar maar vast keeps the overdue youths held by the chosen randvoorwaarde', () => {
    const o = overviewOf([
      { daysOverdue: 5, statuses: { wonen: 'rood', school: 'groen', toekomstplan: 'nvt' } },
      { daysOverdue: 9, statuses: { wonen: 'groen', school: 'oranje', toekomstplan: 'nvt' } },
      { daysOverdue: 0, statuses: { wonen: 'rood', school: 'groen', toekomstplan: 'nvt' } },
    ])
    const shown = filterYouths(o.youths, { ...NO_YOUTH_FILTERS, stuckOn: 'wonen' })
    expect(refs(shown)).toEqual(['c0'])
    expect(o.stuck.total.perKey.wonen).toBe(shown.length)
  })

  it('counts each knelpunt among the youths the other filters leave', () => {
    const o = overviewOf([
      { age: 17, reasonCodes: ['WON-2'] },
      { age: 15, reasonCodes: ['WON-2'] },
      { age: 17, reasonCodes: ['SCH-1'] },
    ])
    expect(reasonCodeCounts(o.youths, NO_YOUTH_FILTERS)).toEqual([
      { code: 'WON-2', youths: 2 },
      { code: 'SCH-1', youths: 1 },
    ])
    expect(reasonCodeCounts(o.youths, { ...NO_YOUTH_FILTERS, turning18: true })).toEqual([
      { code: 'SCH-1', youths: 1 },
      { code: 'WON-2', youths: 1 },
    ])
    // WON-2 chosen, then a filter that leaves none of its youths: still a choice, with 0.
    const chosen = { ...NO_YOUTH_FILTERS, reasonCode: 'WON-2', totalStatus: 'rood' as const }
    expect(reasonCodeCounts(o.youths, chosen)).toContainEqual({ code: 'WON-2', youths: 0 })
  })

  it('over uitstroomdatum keeps the youths at least one day over, as the overdue figure counts', () => {
    const shown = filterYouths(overview.youths, { ...NO_YOUTH_FILTERS, overdue: true })
    expect(refs(shown)).toEqual(['c2', 'c3'])
    expect(overview.figures.overdue).toEqual({ youths: 2, days: 13 })
  })

  it('verbeterd, verslechterd and nieuw keep the rows the change table counts as such', () => {
    for (const change of ['beter', 'slechter', 'nieuw', 'gelijk'] as const) {
      const shown = filterYouths(overview.youths, { ...NO_YOUTH_FILTERS, change })
      expect(shown.every((y) => y.row.change === change)).toBe(true)
      expect(shown.length, change).toBe(overview.figures.change[change])
    }
    expect(refs(filterYouths(overview.youths, { ...NO_YOUTH_FILTERS, change: 'beter' }))).toEqual([
      'c3',
    ])
  })

  it('combines filters and returns the list itself when no filter is set', () => {
    const both = { ...NO_YOUTH_FILTERS, turning18: true, overdue: true }
    expect(refs(filterYouths(overview.youths, both))).toEqual(['c2'])
    expect(hasYouthFilters(both)).toBe(true)
    expect(hasYouthFilters(NO_YOUTH_FILTERS)).toBe(false)
    expect(filterYouths(overview.youths, NO_YOUTH_FILTERS)).toBe(overview.youths)
  })

  it('offers each gemeente in the rows once, by name', () => {
    const o = overviewOf([
      { municipalityCode: 'GM0344' },
      { municipalityCode: 'GM0363' },
      { municipalityCode: 'GM0344' },
    ])
    expect(municipalityOptions(o.youths).map((m) => m.label)).toEqual(['Amsterdam', 'Utrecht'])
  })
})

describe('shares', () => {
  it('are a fraction of the total, and no share at all (not 0) without youths', () => {
    expect(shareOfTotal(1, 4)).toBe(0.25)
    expect(shareOfTotal(0, 0)).toBeNull()
  })
})
