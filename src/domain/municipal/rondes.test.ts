import { describe, expect, it } from 'vitest'
import {
  defaultRonde,
  rondeDates,
  rondeOnOrAfter,
  rondeOnOrBefore,
  rondeWindowStart,
} from './rondes'

const SETTINGS = { rondeAnchorDate: '2026-02-15', rondeWeeks: 6, rondeWindowWeeks: 6 }

describe('rondes', () => {
  it('are every rondeWeeks weeks in the rhythm of the anchor, also before it', () => {
    expect(rondeOnOrAfter('2026-03-29', SETTINGS)).toBe('2026-03-29')
    expect(rondeOnOrAfter('2026-03-30', SETTINGS)).toBe('2026-05-10')
    expect(rondeOnOrAfter('2026-01-01', SETTINGS)).toBe('2026-01-04')
    expect(rondeOnOrBefore('2026-03-29', SETTINGS)).toBe('2026-03-29')
    expect(rondeOnOrBefore('2026-05-09', SETTINGS)).toBe('2026-03-29')
  })

  it('run from the first ronde on or after the earliest peildatum to the first on or after the latest', () => {
    expect(rondeDates(['2026-03-20', '2026-05-01', '2026-02-10'], SETTINGS)).toEqual([
      '2026-02-15',
      '2026-03-29',
      '2026-05-10',
    ])
    expect(rondeDates(['2026-03-29'], SETTINGS)).toEqual(['2026-03-29'])
    expect(rondeDates([], SETTINGS)).toEqual([])
  })

  it('follow a changed ronde length', () => {
    expect(rondeDates(['2026-02-15', '2026-03-10'], { ...SETTINGS, rondeWeeks: 4 })).toEqual([
      '2026-02-15',
      '2026-03-15',
    ])
  })

  it('take peildata in the window (rondeDate − windowWeeks·7 days, rondeDate]', () => {
    expect(rondeWindowStart('2026-03-29', SETTINGS)).toBe('2026-02-16')
    expect(rondeWindowStart('2026-03-29', { ...SETTINGS, rondeWindowWeeks: 4 })).toBe('2026-03-02')
  })

  it('the default ronde is the latest ronde that has a file in its window', () => {
    expect(defaultRonde(['2026-02-01', '2026-03-20'], SETTINGS)).toBe('2026-03-29')
    // With a two-week window the ronde of 10 May sees nothing of 20 April; 29 March does not
    // see it either (later), so the latest ronde with a file is 29 March's for 20 March.
    const narrow = { ...SETTINGS, rondeWindowWeeks: 2 }
    expect(defaultRonde(['2026-03-20', '2026-04-20'], narrow)).toBe('2026-03-29')
    expect(defaultRonde([], SETTINGS)).toBeNull()
  })
})
