import { makeAssessment } from '../../test/factories/assessment'
import {
  signalInput as input,
  TODAY,
  type Assessments,
  type Statuses,
} from '../../test/factories/signal-input'
import { dueDatePassed, longRed } from './signals'
import type { Status } from './types'

// The signals about a youth's assessments: streefdatum passed, rood for several reviews.

describe('streefdatumVerstreken', () => {
  const open = (status: Status, dueDate: string | null) => ({
    statuses: { wonen: status, school: 'groen', toekomstplan: 'groen' } satisfies Statuses,
    assessments: { wonen: { status, dueDate } },
  })

  it.each(['rood', 'oranje', 'onbekend'] as const)(
    'flags a passed streefdatum while the precondition is still %s',
    (status) => {
      expect(dueDatePassed(input(open(status, '2026-11-22')))).toBe(true)
    },
  )

  it('does not flag a streefdatum that is today', () => {
    expect(dueDatePassed(input(open('rood', TODAY)))).toBe(false)
  })

  it('does not flag an assessment without a streefdatum', () => {
    expect(dueDatePassed(input(open('rood', null)))).toBe(false)
  })

  it('does not flag a passed streefdatum once the precondition is groen', () => {
    expect(dueDatePassed(input(open('groen', '2026-01-01')))).toBe(false)
  })

  it('does not flag a passed streefdatum on a precondition that is n.v.t.', () => {
    const opts = {
      statuses: { wonen: 'groen', school: 'groen', toekomstplan: 'nvt' } satisfies Statuses,
      assessments: {
        toekomstplan: { status: 'rood', dueDate: '2026-01-01' },
      } satisfies Assessments,
    }
    expect(dueDatePassed(input(opts))).toBe(false)
  })

  it('does not flag a passed streefdatum on a precondition that is switched off', () => {
    const opts = {
      assessments: { vervolghulp: { status: 'rood', dueDate: '2026-01-01' } } satisfies Assessments,
    }
    expect(dueDatePassed(input(opts))).toBe(false)
  })

  it('flags when any one open precondition is past its streefdatum', () => {
    const opts = {
      statuses: { wonen: 'oranje', school: 'rood', toekomstplan: 'groen' } satisfies Statuses,
      assessments: {
        wonen: makeAssessment({ status: 'oranje', dueDate: '2027-01-01' }),
        school: makeAssessment({ status: 'rood', dueDate: '2026-10-01' }),
      },
    }
    expect(dueDatePassed(input(opts))).toBe(true)
  })
})

describe('langdurigRood', () => {
  const rood: Statuses = { wonen: 'rood', school: 'groen', toekomstplan: 'groen' }

  it('flags a precondition rood in 3 consecutive reviews', () => {
    expect(longRed(input({ statuses: rood, redStreaks: { wonen: 3 } }))).toBe(true)
  })

  it('does not flag a precondition rood in only 2 consecutive reviews', () => {
    expect(longRed(input({ statuses: rood, redStreaks: { wonen: 2 } }))).toBe(false)
  })

  it('keeps flagging a longer streak', () => {
    expect(longRed(input({ statuses: rood, redStreaks: { wonen: 7 } }))).toBe(true)
  })

  it('drops the flag once the precondition is no longer rood, before the next review', () => {
    const fixed: Statuses = { wonen: 'groen', school: 'groen', toekomstplan: 'groen' }
    expect(longRed(input({ statuses: fixed, redStreaks: { wonen: 4 } }))).toBe(false)
  })

  it('does not flag a long streak on a precondition that is switched off', () => {
    expect(longRed(input({ statuses: rood, redStreaks: { vervolghulp: 5, wonen: 1 } }))).toBe(false)
  })
})
