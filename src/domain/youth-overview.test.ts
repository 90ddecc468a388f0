import { defaultPreconditions, enabledPreconditions } from './preconditions'
import { makeAssessment } from '../../test/factories/assessment'
import { makeSettings } from '../../test/factories/settings'
import { makeYouth } from '../../test/factories/youth'
import type { Assessment, Settings, Status } from './types'
import { deriveOverview, type OverviewContext } from './youth-overview'

const TODAY = '2026-11-23'

function context(settings: Settings = makeSettings()): OverviewContext {
  return { settings, enabled: enabledPreconditions(settings), today: TODAY }
}

function assessed(statuses: Record<string, Status>): Map<string, Assessment> {
  return new Map(
    Object.entries(statuses).map(([id, status]) => [
      id,
      makeAssessment({ preconditionId: id, status }),
    ]),
  )
}

// Reviewed recently, perspectief and uitstroomdatum set: no signals unless a test adds one.
const reviewed = { lastReviewDate: '2026-11-01', expectedOutflowDate: '2027-06-01' }

describe('deriveOverview', () => {
  it('shows age and length of stay on the given day', () => {
    // Born 10 March 2010 → 16 on 23 November 2026. Placed 1 January 2026 → 326 days (see dates).
    const youth = makeYouth({ ...reviewed, birthDate: '2010-03-10', placementDate: '2026-01-01' })
    const overview = deriveOverview(youth, undefined, undefined, context())
    expect(overview.age).toBe(16)
    expect(overview.lengthOfStayDays).toBe(326)
    expect(overview.youth).toBe(youth)
  })

  it('gives a status for every enabled precondition and none for switched-off ones', () => {
    const youth = makeYouth({ ...reviewed, birthDate: '2010-03-10' })
    const assessments = assessed({ wonen: 'rood', school: 'groen', vervolghulp: 'oranje' })
    const overview = deriveOverview(youth, assessments, undefined, context())
    expect(overview.statuses).toEqual({ wonen: 'rood', school: 'groen', toekomstplan: 'onbekend' })
  })

  it('takes the worst applicable status as totaalstatus', () => {
    const youth = makeYouth({ ...reviewed, birthDate: '2010-03-10' })
    const assessments = assessed({ wonen: 'oranje', school: 'groen', toekomstplan: 'groen' })
    expect(deriveOverview(youth, assessments, undefined, context()).totalStatus).toBe('oranje')
  })

  it('ignores a rood on a switched-off precondition for the totaalstatus', () => {
    const youth = makeYouth({ ...reviewed, birthDate: '2010-03-10' })
    const assessments = assessed({
      wonen: 'groen',
      school: 'groen',
      toekomstplan: 'groen',
      netwerk: 'rood',
    })
    expect(deriveOverview(youth, assessments, undefined, context()).totalStatus).toBe('groen')
  })

  it('shows Toekomstplan 18+ as n.v.t. for a 15-year-old and leaves it out of the totaalstatus', () => {
    const youth = makeYouth({ ...reviewed, birthDate: '2011-03-10' })
    const assessments = assessed({ wonen: 'groen', school: 'groen' })
    const overview = deriveOverview(youth, assessments, undefined, context())
    expect(overview.age).toBe(15)
    expect(overview.statuses.toekomstplan).toBe('nvt')
    expect(overview.totalStatus).toBe('groen')
  })

  it('is onbekend everywhere for a youth nobody assessed yet', () => {
    const youth = makeYouth({ ...reviewed, birthDate: '2010-03-10' })
    const overview = deriveOverview(youth, undefined, undefined, context())
    expect(overview.statuses).toEqual({
      wonen: 'onbekend',
      school: 'onbekend',
      toekomstplan: 'onbekend',
    })
    expect(overview.totalStatus).toBe('onbekend')
  })

  it('includes a precondition the provider switched on, and a user-added one', () => {
    const settings = makeSettings({
      preconditions: [
        ...defaultPreconditions().map((p) => (p.id === 'netwerk' ? { ...p, enabled: true } : p)),
        { id: 'eigen-geld', name: 'Geldzaken', enabled: true, builtin: false, criteria: null },
      ],
    })
    const youth = makeYouth({ ...reviewed, birthDate: '2010-03-10' })
    const assessments = assessed({
      wonen: 'groen',
      school: 'groen',
      toekomstplan: 'groen',
      'eigen-geld': 'rood',
    })
    const overview = deriveOverview(youth, assessments, undefined, context(settings))
    expect(overview.statuses).toEqual({
      wonen: 'groen',
      school: 'groen',
      toekomstplan: 'groen',
      netwerk: 'onbekend',
      'eigen-geld': 'rood',
    })
    expect(overview.totalStatus).toBe('rood')
  })

  it('adds the signals that apply to this youth', () => {
    const youth = makeYouth({ ...reviewed, perspective: null, expectedOutflowDate: '2026-11-01' })
    expect(deriveOverview(youth, undefined, undefined, context()).signals).toEqual([
      'uitstroomdatumVerstreken',
      'geenPerspectief',
    ])
  })

  it('gives no signals for a recently reviewed youth with everything in order', () => {
    const youth = makeYouth({ ...reviewed, birthDate: '2010-03-10' })
    const assessments = assessed({ wonen: 'groen', school: 'groen', toekomstplan: 'groen' })
    expect(deriveOverview(youth, assessments, undefined, context()).signals).toEqual([])
  })

  it('flags langdurig rood from the red streaks of enabled preconditions only', () => {
    const youth = makeYouth({ ...reviewed, birthDate: '2010-03-10' })
    const assessments = assessed({ wonen: 'rood', school: 'groen', toekomstplan: 'groen' })
    const onEnabled = new Map([['wonen', 3]])
    const onDisabled = new Map([['netwerk', 6]])
    expect(deriveOverview(youth, assessments, onEnabled, context()).signals).toEqual([
      'langdurigRood',
    ])
    expect(deriveOverview(youth, assessments, onDisabled, context()).signals).toEqual([])
  })

  it('ignores a passed streefdatum on a switched-off precondition', () => {
    const youth = makeYouth({ ...reviewed, birthDate: '2010-03-10' })
    const assessments = assessed({ wonen: 'groen', school: 'groen', toekomstplan: 'groen' })
    assessments.set(
      'vervolghulp',
      makeAssessment({ preconditionId: 'vervolghulp', status: 'rood', dueDate: '2026-01-01' }),
    )
    expect(deriveOverview(youth, assessments, undefined, context()).signals).toEqual([])
  })

  it('flags a passed streefdatum on an open enabled precondition', () => {
    const youth = makeYouth({ ...reviewed, birthDate: '2010-03-10' })
    const assessments = assessed({ school: 'groen', toekomstplan: 'groen' })
    assessments.set('wonen', makeAssessment({ status: 'oranje', dueDate: '2026-11-22' }))
    expect(deriveOverview(youth, assessments, undefined, context()).signals).toEqual([
      'streefdatumVerstreken',
    ])
  })

  it('uses the configured review cadence for verouderd', () => {
    // Reviewed 1 November: 22 days ago.
    const youth = makeYouth({ ...reviewed, birthDate: '2010-03-10' })
    const weekly = makeSettings({ reviewCadenceDays: 14 })
    expect(deriveOverview(youth, undefined, undefined, context()).signals).toEqual([])
    expect(deriveOverview(youth, undefined, undefined, context(weekly)).signals).toEqual([
      'verouderd',
    ])
  })
})
