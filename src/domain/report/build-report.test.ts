import { describe, expect, it } from 'vitest'
import { buildReport, type Report } from './build-report'
import { periodAt } from './periods'
import {
  applyEvents,
  fixture,
  FIXTURE_EVENTS,
  FIXTURE_SETTINGS,
  FIXTURE_TODAY,
  type FixtureEvent,
} from '../../../test/fixtures/report-fixture'
import type { ReportScope } from './scope'

const P1 = periodAt(1, FIXTURE_SETTINGS, FIXTURE_TODAY)
const P0 = periodAt(0, FIXTURE_SETTINGS, FIXTURE_TODAY)
const DEN_HAAG: ReportScope = { kind: 'gemeente', code: 'GM0518' }

function report(scope: ReportScope, events: readonly FixtureEvent[] = FIXTURE_EVENTS): Report {
  const { current, audit } = applyEvents(FIXTURE_SETTINGS, events)
  return buildReport({
    current,
    history: audit,
    period: P1,
    previous: P0,
    scope,
    createdAt: '2026-05-20T12:00:00.000Z',
  })
}

// Every expected number below is worked out by hand from the comments in report-fixture.ts.
describe('the report for period P1 (peildatum 29-03-2026), gemeente Den Haag', () => {
  const r = report(DEN_HAAG)

  it('covers 16-02-2026 to 29-03-2026 and compares with 15-02-2026; not voorlopig', () => {
    expect([r.period.start, r.period.end, r.previousPeildatum]).toEqual([
      '2026-02-16',
      '2026-03-29',
      '2026-02-15',
    ])
    expect(r.period.provisional).toBe(false)
  })

  it('counts the youths placed on the peildatum as known then, not as known today', () => {
    // H1, H2, H3 and H5 (whose uitstroom was registered only after the peildatum). Not H4 (left
    // 20-03), H8 (in Rotterdam then), H9 (left in January), H10 (placed in April).
    expect(r.youths.map((y) => y.clientRef)).toEqual(['H-01', 'H-02', 'H-05', 'H-03'])
    expect(r.keyFigures.placed).toBe(4)
    expect(r.keyFigures.placedPrevious).toBe(4) // H1, H3, H4, H5
  })

  it('counts instroom and uitstroom within the period, by bestemming and reden', () => {
    expect(r.keyFigures.inflow).toBe(1) // H2
    expect(r.keyFigures.outflow).toBe(1) // H4
    expect(r.keyFigures.outflowByDestination['beschermd-wonen']).toBe(1)
    expect(Object.values(r.keyFigures.outflowByDestination).reduce((a, b) => a + b)).toBe(1)
    expect(r.keyFigures.outflowByReason['01']).toBe(1)
    expect(r.keyFigures.outflowByReason['02']).toBe(0)
  })

  it('works out verblijfsduur mean, median and bands on the peildatum', () => {
    // 393 (H1), 37 (H2), 804 (H3), 301 (H5) days.
    expect(r.keyFigures.lengthOfStay.meanDays).toBe((393 + 37 + 804 + 301) / 4)
    expect(r.keyFigures.lengthOfStay.medianDays).toBe((301 + 393) / 2)
    expect(r.keyFigures.lengthOfStay.bands).toEqual({ under1: 2, from1to2: 1, over2: 1 })
  })

  it('counts youths past their beoogde uitstroomdatum and the days over', () => {
    expect(r.keyFigures.overdue).toEqual({ youths: 1, days: 28 }) // H1: 01-03 → 29-03
    expect(r.youths.find((y) => y.clientRef === 'H-01')?.daysOverdue).toBe(28)
  })

  it('counts totaalstatus now and on the previous peildatum', () => {
    expect(r.stoplight.total).toEqual({
      rood: { count: 3, previous: 1 },
      oranje: { count: 0, previous: 1 },
      onbekend: { count: 0, previous: 0 },
      groen: { count: 1, previous: 2 },
    })
    expect(r.stoplight.change).toEqual({ beter: 0, slechter: 1, gelijk: 2, nieuw: 1 })
  })

  it('counts statuses per precondition, with the previous peildatum', () => {
    const wonen = r.stoplight.perPrecondition.find((p) => p.preconditionId === 'wonen')
    expect(wonen?.counts.rood).toEqual({ count: 2, previous: 0 })
    expect(wonen?.counts.oranje).toEqual({ count: 1, previous: 2 })
    expect(wonen?.counts.groen).toEqual({ count: 1, previous: 2 })
    const plan = r.stoplight.perPrecondition.find((p) => p.preconditionId === 'toekomstplan')
    expect(plan?.counts.nvt).toEqual({ count: 2, previous: 1 }) // H2 and H5; before: H5
  })

  it('uses the preconditions in use on the peildatum, not the one enabled later', () => {
    expect(r.preconditions.map((p) => p.id)).toEqual(['wonen', 'school', 'toekomstplan'])
    expect(r.youths.find((y) => y.clientRef === 'H-03')?.statuses).toEqual({
      wonen: 'groen',
      school: 'groen',
      toekomstplan: 'groen',
    })
  })

  it('counts knelpunten per precondition and code ("2 rood op Wonen, 1 daarvan WON-2")', () => {
    const wonen = r.bottlenecks.perPrecondition[0]
    expect(wonen).toMatchObject({ preconditionId: 'wonen', rood: 2, oranje: 1, youths: 3 })
    expect(wonen?.codes.find((c) => c.code === 'WON-2')).toEqual({
      code: 'WON-2',
      rood: 1,
      oranje: 0,
      youths: 1,
    })
    expect(wonen?.codes.find((c) => c.code === 'WON-3')).toEqual({
      code: 'WON-3',
      rood: 0,
      oranje: 1,
      youths: 1,
    })
    expect(r.bottlenecks.perCode.map((c) => c.code).sort()).toEqual([
      'INK-1',
      'JON-1',
      'SCH-2',
      'WON-1',
      'WON-2',
      'WON-3',
    ])
  })

  it('counts knelpunten per eigenaar, with passed streefdatums', () => {
    const byOwner = Object.fromEntries(r.bottlenecks.perOwner.map((o) => [o.owner ?? 'geen', o]))
    expect(byOwner.gemeente).toEqual({
      owner: 'gemeente',
      rood: 1,
      oranje: 0,
      youths: 1,
      overdue: 1,
    })
    expect(byOwner.woningcorporatie).toEqual({
      owner: 'woningcorporatie',
      rood: 1,
      oranje: 1,
      youths: 2,
      overdue: 0,
    })
    expect(byOwner.school).toEqual({ owner: 'school', rood: 1, oranje: 0, youths: 1, overdue: 1 })
    expect(byOwner.aanbieder).toEqual({
      owner: 'aanbieder',
      rood: 0,
      oranje: 1,
      youths: 1,
      overdue: 0,
    })
    expect(r.bottlenecks.perOwner).toHaveLength(4)
  })

  it('lists youths turning 18 within 6 and 12 months with their Toekomstplan 18+', () => {
    expect(r.eighteenPlus.windows[0]).toMatchObject({ months: 6, youths: 1 })
    expect(r.eighteenPlus.windows[0]?.futurePlan?.oranje).toBe(1)
    expect(r.eighteenPlus.windows[1]).toMatchObject({ months: 12, youths: 2 })
    expect(r.eighteenPlus.windows[1]?.futurePlan?.groen).toBe(1)
    expect(
      r.eighteenPlus.youths.map((y) => [y.clientRef, y.turns18In, y.within, y.futurePlan]),
    ).toEqual([
      ['H-01', '2026-06', 6, 'oranje'],
      ['H-03', '2026-12', 12, 'groen'],
    ])
  })

  it('gives each row its change since the previous peildatum and its open actions', () => {
    const byRef = Object.fromEntries(r.youths.map((y) => [y.clientRef, y]))
    expect(byRef['H-01']?.change).toBe('slechter')
    expect(byRef['H-02']?.change).toBe('nieuw')
    expect(byRef['H-03']?.change).toBe('gelijk')
    expect(byRef['H-01']?.reasonCodes).toEqual(['INK-1', 'WON-2'])
    expect(byRef['H-01']?.actions).toEqual([
      {
        preconditionId: 'wonen',
        status: 'rood',
        action: 'Aanmelden kamertraining',
        owner: 'gemeente',
        dueDate: '2026-03-15',
      },
      {
        preconditionId: 'toekomstplan',
        status: 'oranje',
        action: 'Uitkering aanvragen',
        owner: 'aanbieder',
        dueDate: '2026-06-01',
      },
    ])
    expect(byRef['H-02']?.age).toBe(14)
    expect(byRef['H-02']?.statuses.toekomstplan).toBe('nvt')
  })
})

describe('scope', () => {
  it('Rotterdam holds the youth that moved to Den Haag after the peildatum', () => {
    const r = report({ kind: 'gemeente', code: 'GM0599' })
    expect(r.youths.map((y) => y.clientRef)).toEqual(['H-06', 'H-08'])
  })

  it('a jeugdregio covers its gemeenten; all covers everyone known on the peildatum', () => {
    expect(report({ kind: 'regio', name: 'Haaglanden' }).keyFigures.placed).toBe(4)
    const all = report({ kind: 'all' })
    expect(all.keyFigures.placed).toBe(6)
    expect(all.keyFigures.inflow).toBe(1) // H7 was entered only after the peildatum
  })
})

describe('a report for a past period', () => {
  it('gives the same figures after later edits', () => {
    const before = report({ kind: 'all' })
    const later: FixtureEvent[] = [
      ...FIXTURE_EVENTS,
      {
        at: '2026-05-21T10:00:00.000Z',
        kind: 'assess',
        id: 'h6',
        preconditionId: 'wonen',
        input: { status: 'groen' },
      },
      {
        at: '2026-05-21T11:00:00.000Z',
        kind: 'update',
        id: 'h2',
        patch: { placementDate: '2025-12-01', municipalityCode: 'GM0599' },
      },
      {
        at: '2026-05-22T10:00:00.000Z',
        kind: 'outflow',
        id: 'h1',
        outflow: { date: '2026-03-01', destination: 'zelfstandig', reason: '01', note: '' },
      },
      { at: '2026-05-23T10:00:00.000Z', kind: 'settings', patch: { futurePlanAge: 12 } },
    ]
    expect(report({ kind: 'all' }, later)).toEqual(before)
  })

  it('does not change the current state it was given', () => {
    const f = fixture()
    const youths = new Map(f.current.youths)
    buildReport({
      current: f.current,
      history: f.audit,
      period: P1,
      previous: P0,
      scope: { kind: 'all' },
      createdAt: '',
    })
    expect(f.current.youths).toEqual(youths)
    expect(f.current.youths.get('h1')?.outflow).toBeNull()
    expect(f.current.youths.has('h7')).toBe(true)
  })
})
