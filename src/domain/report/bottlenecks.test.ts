import { describe, expect, it } from 'vitest'
import { makeStateOnDate, type YouthWithAssessments } from '../../../test/factories/report-state'
import { bottlenecks } from './bottlenecks'

const PEILDATUM = '2026-03-29'

function bottlenecksOf(entries: readonly YouthWithAssessments[]) {
  return bottlenecks(makeStateOnDate(PEILDATUM, entries), PEILDATUM)
}

describe('bottlenecks per precondition', () => {
  it('counts youths rood and oranje; groen, onbekend and n.v.t. are no knelpunt', () => {
    const b = bottlenecksOf([
      { youth: { id: 'a' }, assess: { wonen: { status: 'rood' }, school: { status: 'oranje' } } },
      { youth: { id: 'b' }, assess: { wonen: { status: 'oranje' } } },
      { youth: { id: 'c' }, assess: { wonen: { status: 'groen' } } },
      // 14 on the peildatum: Toekomstplan 18+ is n.v.t., whatever was recorded.
      { youth: { id: 'd', birthDate: '2012-01-01' }, assess: { toekomstplan: { status: 'rood' } } },
    ])
    expect(b.perPrecondition).toMatchObject([
      { preconditionId: 'wonen', rood: 1, oranje: 1, youths: 2 },
      { preconditionId: 'school', rood: 0, oranje: 1, youths: 1 },
      { preconditionId: 'toekomstplan', rood: 0, oranje: 0, youths: 0 },
    ])
  })

  it('counts each knelpuntcode by the colour of the precondition it is recorded on', () => {
    const b = bottlenecksOf([
      {
        youth: { id: 'a' },
        assess: { wonen: { status: 'rood', reasonCodes: ['WON-2', 'JON-1'] } },
      },
      { youth: { id: 'b' }, assess: { wonen: { status: 'oranje', reasonCodes: ['WON-2'] } } },
    ])
    expect(b.perPrecondition[0]?.codes).toEqual([
      { code: 'WON-2', rood: 1, oranje: 1, youths: 2 },
      { code: 'JON-1', rood: 1, oranje: 0, youths: 1 },
    ])
  })

  it('ignores knelpuntcodes left on a precondition that is groen again', () => {
    const b = bottlenecksOf([
      { youth: { id: 'a' }, assess: { wonen: { status: 'groen', reasonCodes: ['WON-1'] } } },
    ])
    expect(b.perPrecondition[0]?.codes).toEqual([])
    expect(b.perCode).toEqual([])
  })
})

describe('bottlenecks per knelpuntcode', () => {
  it('counts a youth with the same code on two preconditions once in the code total', () => {
    const b = bottlenecksOf([
      {
        youth: { id: 'a' },
        assess: {
          wonen: { status: 'rood', reasonCodes: ['JON-1'] },
          school: { status: 'oranje', reasonCodes: ['JON-1'] },
        },
      },
    ])
    // Rood through Wonen and oranje through School, but one youth.
    expect(b.perCode).toEqual([{ code: 'JON-1', rood: 1, oranje: 1, youths: 1 }])
    expect(b.perPrecondition.map((p) => p.codes)).toEqual([
      [{ code: 'JON-1', rood: 1, oranje: 0, youths: 1 }],
      [{ code: 'JON-1', rood: 0, oranje: 1, youths: 1 }],
      [],
    ])
  })

  it('lists the codes with most youths first, then most rood, then by code', () => {
    const b = bottlenecksOf([
      { youth: { id: 'a' }, assess: { wonen: { status: 'oranje', reasonCodes: ['WON-1'] } } },
      { youth: { id: 'b' }, assess: { wonen: { status: 'rood', reasonCodes: ['WON-4'] } } },
      { youth: { id: 'c' }, assess: { school: { status: 'oranje', reasonCodes: ['SCH-1'] } } },
      { youth: { id: 'd' }, assess: { school: { status: 'oranje', reasonCodes: ['SCH-1'] } } },
      { youth: { id: 'e' }, assess: { school: { status: 'oranje', reasonCodes: ['SCH-2'] } } },
    ])
    expect(b.perCode.map((c) => c.code)).toEqual(['SCH-1', 'WON-4', 'SCH-2', 'WON-1'])
  })
})

describe('bottlenecks per eigenaar', () => {
  it('counts youths per eigenaar of an open precondition, with a streefdatum before the peildatum', () => {
    const b = bottlenecksOf([
      {
        youth: { id: 'a' },
        assess: { wonen: { status: 'rood', owner: 'gemeente', dueDate: '2026-03-28' } },
      },
      {
        youth: { id: 'b' },
        // The streefdatum is the peildatum itself: not passed yet.
        assess: { wonen: { status: 'oranje', owner: 'gemeente', dueDate: PEILDATUM } },
      },
      {
        youth: { id: 'c' },
        // Groen is no knelpunt, so neither its eigenaar nor its old streefdatum counts.
        assess: { wonen: { status: 'groen', owner: 'school', dueDate: '2026-01-01' } },
      },
      { youth: { id: 'd' }, assess: { school: { status: 'rood' } } },
    ])
    expect(b.perOwner).toEqual([
      { owner: 'gemeente', rood: 1, oranje: 1, youths: 2, overdue: 1 },
      { owner: null, rood: 1, oranje: 0, youths: 1, overdue: 0 },
    ])
  })

  it('counts a youth once per eigenaar, however many of its preconditions that eigenaar holds', () => {
    const b = bottlenecksOf([
      {
        youth: { id: 'a' },
        assess: {
          wonen: { status: 'rood', owner: 'aanbieder' },
          school: { status: 'oranje', owner: 'aanbieder', dueDate: '2026-03-01' },
        },
      },
    ])
    expect(b.perOwner).toEqual([{ owner: 'aanbieder', rood: 1, oranje: 1, youths: 1, overdue: 1 }])
  })

  it('lists most youths first, then most rood, then by eigenaar, with no eigenaar last', () => {
    const b = bottlenecksOf([
      { youth: { id: 'a' }, assess: { wonen: { status: 'rood' } } },
      { youth: { id: 'b' }, assess: { wonen: { status: 'rood', owner: 'school' } } },
      { youth: { id: 'c' }, assess: { wonen: { status: 'rood', owner: 'aanbieder' } } },
      { youth: { id: 'd' }, assess: { wonen: { status: 'oranje', owner: 'gemeente' } } },
      { youth: { id: 'e' }, assess: { wonen: { status: 'oranje', owner: 'gemeente' } } },
    ])
    expect(b.perOwner.map((o) => o.owner)).toEqual(['gemeente', 'aanbieder', 'school', null])
  })
})
