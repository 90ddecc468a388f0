import {
  computeSignals,
  isStale,
  noPerspective,
  outflowDatePassed,
  turns18WithoutPlan,
} from './signals'
import { signalInput as input, TODAY, type Statuses } from '../../test/factories/signal-input'
import type { Status } from './types'

it('gives no signals for a youth with everything in order', () => {
  expect(computeSignals(input())).toEqual([])
})

describe('verouderd', () => {
  // Cadence 35 days: 19 October + 35 days = 23 November.
  it('does not flag verouderd when the last review is exactly the cadence ago', () => {
    expect(isStale(input({ youth: { lastReviewDate: '2026-10-19' } }))).toBe(false)
  })

  it('flags verouderd when the last review is older than the cadence', () => {
    // 18 October → 23 November: 13 + 23 = 36 days.
    expect(isStale(input({ youth: { lastReviewDate: '2026-10-18' } }))).toBe(true)
    expect(computeSignals(input({ youth: { lastReviewDate: '2026-10-18' } }))).toEqual([
      'verouderd',
    ])
  })

  it('uses the configured cadence', () => {
    // 24 October → 23 November is 30 days: fine with 35, too long with 28.
    const reviewed = { lastReviewDate: '2026-10-24' }
    expect(isStale(input({ youth: reviewed, cadence: 35 }))).toBe(false)
    expect(isStale(input({ youth: reviewed, cadence: 28 }))).toBe(true)
  })

  it('counts the entry day in local time: just after midnight in Amsterdam is that day', () => {
    const original = process.env.TZ
    process.env.TZ = 'Europe/Amsterdam'
    try {
      // Entered 19 October 00:30 Amsterdam time = 18 October 22:30 UTC; 35 days later is today.
      const youth = {
        lastReviewDate: null,
        placementDate: '2026-09-01',
        createdAt: '2026-10-18T22:30:00.000Z',
      }
      expect(isStale(input({ youth }))).toBe(false)
    } finally {
      process.env.TZ = original
    }
  })

  it('counts a never-reviewed youth from the entry date when it was entered after placement', () => {
    // Placed 1 September (83 days ago) but entered here on 25 October (29 days ago).
    const youth = {
      lastReviewDate: null,
      placementDate: '2026-09-01',
      createdAt: '2026-10-25T09:00:00.000Z',
    }
    expect(isStale(input({ youth }))).toBe(false)
  })

  it('counts a never-reviewed youth from placement when it was entered before placement', () => {
    // Entered on 1 August (114 days ago) for a placement starting 25 October (29 days ago).
    const youth = {
      lastReviewDate: null,
      placementDate: '2026-10-25',
      createdAt: '2026-08-01T09:00:00.000Z',
    }
    expect(isStale(input({ youth }))).toBe(false)
  })

  it('flags a never-reviewed youth when both placement and entry are older than the cadence', () => {
    const base = { lastReviewDate: null, placementDate: '2026-09-01' }
    // The later of the two is 19 October: exactly 35 days, so not yet.
    expect(isStale(input({ youth: { ...base, createdAt: '2026-10-19T09:00:00.000Z' } }))).toBe(
      false,
    )
    // The later of the two is 18 October: 36 days.
    expect(isStale(input({ youth: { ...base, createdAt: '2026-10-18T09:00:00.000Z' } }))).toBe(true)
  })

  it('counts from the last review, not from placement, once the youth has been reviewed', () => {
    const youth = {
      lastReviewDate: '2026-11-01',
      placementDate: '2020-01-01',
      createdAt: '2020-01-01T09:00:00.000Z',
    }
    expect(isStale(input({ youth }))).toBe(false)
  })
})

describe('achttienZonderPlan', () => {
  // Six months after 23 November 2026 is 23 May 2027.
  const plan = (status: Status): Statuses => ({
    wonen: 'groen',
    school: 'groen',
    toekomstplan: status,
  })

  it.each(['oranje', 'rood', 'onbekend'] as const)(
    'flags a youth turning 18 within six months while Toekomstplan 18+ is %s',
    (status) => {
      const youth = { birthDate: '2009-02-01' }
      expect(turns18WithoutPlan(input({ youth, statuses: plan(status) }))).toBe(true)
    },
  )

  it('does not flag a youth turning 18 within six months whose Toekomstplan 18+ is groen', () => {
    const youth = { birthDate: '2009-02-01' }
    expect(turns18WithoutPlan(input({ youth, statuses: plan('groen') }))).toBe(false)
  })

  it('flags a youth turning 18 exactly six months from today', () => {
    const youth = { birthDate: '2009-05-23' }
    expect(turns18WithoutPlan(input({ youth, statuses: plan('oranje') }))).toBe(true)
  })

  it('does not flag a youth turning 18 one day after the six months', () => {
    const youth = { birthDate: '2009-05-24' }
    expect(turns18WithoutPlan(input({ youth, statuses: plan('oranje') }))).toBe(false)
  })

  it('does not flag when Toekomstplan 18+ is switched off: no colour could clear it', () => {
    const youth = { birthDate: '2009-02-01' }
    expect(turns18WithoutPlan(input({ youth, statuses: { wonen: 'rood', school: 'rood' } }))).toBe(
      false,
    )
  })

  it('does not flag when Toekomstplan 18+ is n.v.t. for this youth', () => {
    const youth = { birthDate: '2009-02-01' }
    expect(turns18WithoutPlan(input({ youth, statuses: plan('nvt') }))).toBe(false)
  })

  it('does not flag a youth who turns 18 today: that youth is already 18', () => {
    const youth = { birthDate: '2008-11-23' }
    expect(turns18WithoutPlan(input({ youth, statuses: plan('rood') }))).toBe(false)
  })
})

describe('uitstroomdatumVerstreken', () => {
  it('flags a beoogde uitstroomdatum that has passed', () => {
    expect(outflowDatePassed(input({ youth: { expectedOutflowDate: '2026-11-22' } }))).toBe(true)
  })

  it('does not flag it on the day itself', () => {
    expect(outflowDatePassed(input({ youth: { expectedOutflowDate: TODAY } }))).toBe(false)
  })

  it('does not flag a youth without a beoogde uitstroomdatum', () => {
    expect(outflowDatePassed(input({ youth: { expectedOutflowDate: null } }))).toBe(false)
  })
})

describe('geenPerspectief', () => {
  it('flags a youth without a recorded perspectief', () => {
    expect(noPerspective(input({ youth: { perspective: null } }))).toBe(true)
  })

  it('does not flag a youth with a perspectief', () => {
    expect(noPerspective(input({ youth: { perspective: 'thuis-netwerk' } }))).toBe(false)
  })
})

describe('computeSignals', () => {
  it('lists every signal that applies, in a fixed order', () => {
    const everything = input({
      youth: {
        birthDate: '2009-02-01',
        lastReviewDate: '2026-09-01',
        expectedOutflowDate: '2026-10-01',
        perspective: null,
      },
      statuses: { wonen: 'rood', school: 'oranje', toekomstplan: 'oranje' },
      assessments: { school: { status: 'oranje', dueDate: '2026-11-01' } },
      redStreaks: { wonen: 4 },
    })
    expect(computeSignals(everything)).toEqual([
      'verouderd',
      'achttienZonderPlan',
      'uitstroomdatumVerstreken',
      'geenPerspectief',
      'streefdatumVerstreken',
      'langdurigRood',
    ])
  })

  it('never changes the statuses it is given', () => {
    const given = input({
      youth: { perspective: null, lastReviewDate: '2026-01-01' },
      statuses: { wonen: 'rood', school: 'groen', toekomstplan: 'nvt' },
      redStreaks: { wonen: 3 },
    })
    const before = [...given.statuses]
    computeSignals(given)
    expect([...given.statuses]).toEqual(before)
  })
})
