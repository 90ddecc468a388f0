import { describe, expect, it } from 'vitest'
import { makeSettings } from '../../../test/factories/settings'
import {
  afterPeildatum,
  defaultPeriod,
  periodAt,
  periodIndexOf,
  previousPeriod,
  selectablePeriods,
} from './periods'

const settings = makeSettings({ reportAnchorDate: '2026-01-05', reportPeriodWeeks: 6 })

describe('report periods', () => {
  it('are consecutive blocks of the configured number of weeks from the anchor date', () => {
    expect(periodAt(0, settings, '2026-12-01')).toMatchObject({
      start: '2026-01-05',
      end: '2026-02-15',
    })
    expect(periodAt(1, settings, '2026-12-01')).toMatchObject({
      start: '2026-02-16',
      end: '2026-03-29',
    })
    const monthly = makeSettings({ reportAnchorDate: '2026-01-05', reportPeriodWeeks: 4 })
    expect(periodAt(2, monthly, '2026-12-01')).toMatchObject({
      start: '2026-03-02',
      end: '2026-03-29',
    })
  })

  it('have the period end as peildatum, and the day after it starts the next period', () => {
    expect(periodIndexOf('2026-02-15', settings)).toBe(0)
    expect(periodIndexOf('2026-02-16', settings)).toBe(1)
    expect(periodIndexOf('2026-01-04', settings)).toBe(-1)
  })

  it('mark the period containing today as voorlopig, including its last day', () => {
    expect(periodAt(1, settings, '2026-03-29').provisional).toBe(true)
    expect(periodAt(1, settings, '2026-03-30').provisional).toBe(false)
  })

  it('offer the current period and every ended one, newest first', () => {
    const periods = selectablePeriods(settings, '2026-03-30')
    expect(periods.map((p) => [p.index, p.provisional])).toEqual([
      [2, true],
      [1, false],
      [0, false],
    ])
    expect(defaultPeriod(periods)?.index).toBe(1)
  })

  it('open on the current period when none has ended yet, also before the anchor', () => {
    const first = selectablePeriods(settings, '2026-01-20')
    expect(first.map((p) => p.index)).toEqual([0])
    expect(defaultPeriod(first)?.provisional).toBe(true)
    expect(selectablePeriods(settings, '2025-12-01').map((p) => p.index)).toEqual([-1])
  })

  it('compare with the peildatum of the period before', () => {
    expect(previousPeriod(periodAt(0, settings, '2026-05-01'), settings, '2026-05-01').end).toBe(
      '2026-01-04',
    )
  })

  it('count changes from the first moment of the day after the peildatum, in local time', () => {
    expect(afterPeildatum('2026-03-29')).toBe(new Date(2026, 2, 30).toISOString())
    expect(afterPeildatum('2026-12-31')).toBe(new Date(2027, 0, 1).toISOString())
  })
})
