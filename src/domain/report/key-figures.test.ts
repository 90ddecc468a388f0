import { describe, expect, it } from 'vitest'
import { makeHistoricState, type YouthWithAssessments } from '../../../test/factories/report-state'
import { makeSettings } from '../../../test/factories/settings'
import { makeYouth } from '../../../test/factories/youth'
import type { Outflow } from '../types'
import { isOverdue, keyFigures, lengthOfStay } from './key-figures'
import type { ReportPeriod } from './periods'
import type { ReportScope } from './scope'
import { stateOnDate } from './youth-state'

/** P1 of the six-weekly cycle from 05-01-2026: 16-02-2026 up to the peildatum 29-03-2026. */
const PERIOD: ReportPeriod = {
  index: 1,
  start: '2026-02-16',
  end: '2026-03-29',
  provisional: false,
}
const PREVIOUS_PEILDATUM = '2026-02-15'
const ALL: ReportScope = { kind: 'all' }

function figures(entries: readonly YouthWithAssessments[], scope: ReportScope = ALL) {
  const atEnd = makeHistoricState(entries)
  return keyFigures(
    atEnd,
    stateOnDate(atEnd, PERIOD.end, scope),
    stateOnDate(atEnd, PREVIOUS_PEILDATUM, scope),
    PERIOD,
    scope,
  )
}

const left = (date: string, over: Partial<Outflow> = {}): Outflow => ({
  date,
  destination: 'thuis-netwerk',
  reason: '01',
  note: '',
  ...over,
})

describe('isOverdue', () => {
  const settings = makeSettings()

  it('calls a beoogde uitstroomdatum passed from the day after it', () => {
    const youth = (expectedOutflowDate: string | null) => makeYouth({ expectedOutflowDate })
    expect(isOverdue(youth('2026-03-28'), PERIOD.end, settings)).toBe(true)
    expect(isOverdue(youth('2026-03-29'), PERIOD.end, settings)).toBe(false)
    expect(isOverdue(youth(null), PERIOD.end, settings)).toBe(false)
  })
})

describe('lengthOfStay', () => {
  it('gives the mean, the median and the bands < 1 jaar, 1–2 jaar, ≥ 2 jaar on the peildatum', () => {
    // 10 days, 364 days (a day short of a year), exactly one year (365), exactly two years (730).
    const stay = lengthOfStay(['2026-03-19', '2025-03-30', '2025-03-29', '2024-03-29'], PERIOD.end)
    expect(stay.meanDays).toBe((10 + 364 + 365 + 730) / 4)
    expect(stay.medianDays).toBe((364 + 365) / 2)
    expect(stay.bands).toEqual({ under1: 2, from1to2: 1, over2: 1 })
  })

  it('takes the middle verblijfsduur as the median of an odd number of youths', () => {
    const stay = lengthOfStay(['2026-03-19', '2026-03-09', '2026-02-27'], PERIOD.end)
    expect(stay.medianDays).toBe(20)
    expect(stay.meanDays).toBe(20)
  })

  it('gives no mean or median when nobody is placed', () => {
    expect(lengthOfStay([], PERIOD.end)).toEqual({
      meanDays: null,
      medianDays: null,
      bands: { under1: 0, from1to2: 0, over2: 0 },
    })
  })
})

describe('keyFigures', () => {
  it('counts the youths placed on the peildatum and on the previous peildatum', () => {
    const k = figures([
      { youth: { id: 'both', placementDate: '2025-01-01' } },
      { youth: { id: 'new', placementDate: '2026-03-01' } },
      { youth: { id: 'gone', placementDate: '2025-01-01', outflow: left('2026-03-01') } },
    ])
    expect(k.placed).toBe(2) // both, new
    expect(k.placedPrevious).toBe(2) // both, gone
  })

  it('counts instroom from the first day of the period up to and including the peildatum', () => {
    const k = figures([
      { youth: { id: 'before', placementDate: '2026-02-15' } },
      { youth: { id: 'first-day', placementDate: '2026-02-16' } },
      { youth: { id: 'peildatum', placementDate: '2026-03-29' } },
      { youth: { id: 'after', placementDate: '2026-03-30' } },
    ])
    expect(k.inflow).toBe(2)
  })

  it('counts instroom of a youth who also left within the period', () => {
    const k = figures([
      { youth: { id: 'a', placementDate: '2026-02-20', outflow: left('2026-03-10') } },
    ])
    expect(k).toMatchObject({ inflow: 1, outflow: 1, placed: 0 })
  })

  it('counts uitstroom dated within the period, by bestemming and by reden beëindiging', () => {
    const k = figures([
      { youth: { id: 'before', outflow: left('2026-02-15') } },
      { youth: { id: 'first-day', outflow: left('2026-02-16') } },
      { youth: { id: 'peildatum', outflow: left('2026-03-29', { destination: 'pleeggezin' }) } },
      { youth: { id: 'other-reason', outflow: left('2026-03-01', { reason: '03' }) } },
      { youth: { id: 'after', outflow: left('2026-03-30') } },
    ])
    expect(k.outflow).toBe(3)
    expect(k.outflowByDestination).toMatchObject({ 'thuis-netwerk': 2, pleeggezin: 1 })
    expect(Object.values(k.outflowByDestination).reduce((a, b) => a + b)).toBe(3)
    expect(k.outflowByReason).toEqual({ '01': 2, '02': 0, '03': 1, '04': 0, '05': 0 })
  })

  it('leaves youths of another gemeente out of instroom and uitstroom', () => {
    const k = figures(
      [
        { youth: { id: 'den-haag', placementDate: '2026-03-01' } },
        { youth: { id: 'rotterdam-in', municipalityCode: 'GM0599', placementDate: '2026-03-01' } },
        { youth: { id: 'rotterdam-out', municipalityCode: 'GM0599', outflow: left('2026-03-01') } },
      ],
      { kind: 'gemeente', code: 'GM0518' },
    )
    expect(k).toMatchObject({ placed: 1, inflow: 1, outflow: 0 })
  })

  it('counts a youth over the beoogde uitstroomdatum with the days since that date', () => {
    const k = figures([
      { youth: { id: 'a', expectedOutflowDate: '2026-03-01' } }, // 28 days over
      { youth: { id: 'b', expectedOutflowDate: '2026-01-29' } }, // 3 + 28 + 28 = 59 days over
      { youth: { id: 'on-the-day', expectedOutflowDate: '2026-03-29' } },
      { youth: { id: 'no-date', expectedOutflowDate: null } },
      { youth: { id: 'left', expectedOutflowDate: '2026-01-01', outflow: left('2026-03-01') } },
    ])
    expect(k.overdue).toEqual({ youths: 2, days: 28 + 59 })
  })

  it('works out verblijfsduur over the youths placed on the peildatum only', () => {
    const k = figures([
      { youth: { id: 'a', placementDate: '2026-03-19' } }, // 10 days
      { youth: { id: 'b', placementDate: '2026-03-09' } }, // 20 days
      { youth: { id: 'left', placementDate: '2020-01-01', outflow: left('2026-03-01') } },
    ])
    expect(k.lengthOfStay).toMatchObject({ meanDays: 15, medianDays: 15 })
  })
})
