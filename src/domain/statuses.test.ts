import {
  CRITERIA_STATUSES,
  isOpenStatus,
  severity,
  STATUS_DISPLAY_ORDER,
  statusChange,
  statusRank,
  TOTAL_STATUS_ORDER,
  worseOf,
} from './statuses'
import type { Status, TotalStatus } from './types'

/** The product rule, worst first: rood > oranje > onbekend > groen. */
const WORST_FIRST: readonly TotalStatus[] = ['rood', 'oranje', 'onbekend', 'groen']

describe('status order', () => {
  it('lists statuses worst first: rood, oranje, onbekend, groen, then n.v.t.', () => {
    expect(STATUS_DISPLAY_ORDER).toEqual(['rood', 'oranje', 'onbekend', 'groen', 'nvt'])
  })

  it('sorts a mixed list with rood first and n.v.t. last', () => {
    const statuses: Status[] = ['groen', 'nvt', 'onbekend', 'rood', 'oranje', 'groen']
    const sorted = [...statuses].sort((a, b) => statusRank(a) - statusRank(b))
    expect(sorted).toEqual(['rood', 'oranje', 'onbekend', 'groen', 'groen', 'nvt'])
  })

  it('rates rood as most severe and groen as least', () => {
    const severities = WORST_FIRST.map(severity)
    expect(severities).toEqual([...severities].sort((a, b) => b - a))
    expect(new Set(severities).size).toBe(4)
  })
})

describe('totaalstatus order', () => {
  it('lists the totaalstatus colours worst first: rood, oranje, onbekend, groen', () => {
    expect(TOTAL_STATUS_ORDER).toEqual(WORST_FIRST)
  })

  it('lists criteria from groen to rood, one per colour a precondition describes', () => {
    expect(CRITERIA_STATUSES).toEqual(['groen', 'oranje', 'rood'])
  })
})

describe('isOpenStatus', () => {
  it('treats rood and oranje as open: they still need work', () => {
    expect(isOpenStatus('rood')).toBe(true)
    expect(isOpenStatus('oranje')).toBe(true)
  })

  it('treats groen, onbekend and n.v.t. as not open', () => {
    expect(isOpenStatus('groen')).toBe(false)
    expect(isOpenStatus('onbekend')).toBe(false)
    expect(isOpenStatus('nvt')).toBe(false)
  })
})

describe('worseOf', () => {
  it.each(
    WORST_FIRST.flatMap((a, i) =>
      WORST_FIRST.map((b, j) => [a, b, WORST_FIRST[Math.min(i, j)]] as const),
    ),
  )('picks the worse of %s and %s: %s', (a, b, expected) => {
    expect(worseOf(a, b)).toBe(expected)
  })
})

describe('statusChange', () => {
  it('is positive when a status got better', () => {
    expect(statusChange('rood', 'groen')).toBeGreaterThan(0)
    expect(statusChange('rood', 'oranje')).toBeGreaterThan(0)
    expect(statusChange('onbekend', 'groen')).toBeGreaterThan(0)
  })

  it('is negative when a status got worse, including groen → onbekend', () => {
    expect(statusChange('groen', 'rood')).toBeLessThan(0)
    expect(statusChange('oranje', 'rood')).toBeLessThan(0)
    expect(statusChange('groen', 'onbekend')).toBeLessThan(0)
  })

  it('is zero when nothing changed', () => {
    for (const status of WORST_FIRST) expect(statusChange(status, status)).toBe(0)
  })
})
